/**
 * O*NET sources → pack entries: Technology Skills 29.3 (software, hot or listed for 2+
 * occupations) and Tools Used 29.0 (equipment listed for 2 to 40 occupations: fewer is too
 * specialised to recognise, more is office kit every posting mentions — "Personal computers").
 * Single-word tools are left out (see below). Pure; no I/O.
 * @module
 */
import { normalise } from '../normalize';
import type { SkillEntry } from '../types';
import { parseTsvRecords } from './csv';

const MAX_TOOL_OCCUPATIONS = 40;
/** Trailing capitals that are words or generic parts, not a product's acronym. */
const NOT_ACRONYMS: ReadonlySet<string> = new Set([
  'ETC',
  'API',
  'SDK',
  'IDE',
  'OS',
  'PC',
  'APP',
  'USB',
  'EMS',
  'SLAM',
  'II',
  'III',
  'IV',
]);

/**
 * Marks a term that counts only when written in capitals in the text ("XML", not "xml"; "ETC"
 * is refused outright): the matcher strips it and checks the case.
 */
export const UPPER_ONLY = '^';

/** Technology Skills examples, one entry per normalised name, sorted by id. */
export function onetTechnologyEntries(tsv: string): SkillEntry[] {
  const out: SkillEntry[] = [];
  for (const { label, code, rows, hot } of grouped(tsv).values()) {
    // Compactness: keep tools that O*NET flags hot/in demand or lists for 2+ occupations.
    if (!hot && rows < 2) continue;
    // "Amazon Web Services AWS software" → also "Amazon Web Services AWS"; but generic categories
    // named by one plain word ("Statistical software", "Testing software") keep only the full label.
    const short = label.replace(/\s+software$/i, '');
    const named = short !== label && (/\s/.test(short) || /^.+\p{Lu}/u.test(short));
    // O*NET ends many names with their acronym ("Extensible markup language XML") and names
    // Apache projects in full ("Apache Hive"): recruiters write "XML" and "Hive".
    const found = /\s(\p{Lu}[\p{Lu}\d/+#.]{1,5})$/u.exec(short)?.[1];
    const acronym = found && !NOT_ACRONYMS.has(found) ? found : undefined;
    const apache = /^Apache (\p{Lu}\w+)$/u.exec(short)?.[1];
    const extra = [acronym, apache].filter((t): t is string => t !== undefined);
    const terms = uniqueTerms([...(named ? [label, short] : [label]), ...extra]).map((t) =>
      t === acronym?.toLowerCase() ? `${UPPER_ONLY}${t}` : t,
    );
    out.push({ id: `onet:${code}:${slugify(label)}`, label, kind: 'hard', terms });
  }
  return sortById(out);
}

/** Tools Used examples (equipment), one entry per normalised name, sorted by id. */
export function onetToolEntries(tsv: string): SkillEntry[] {
  const out: SkillEntry[] = [];
  for (const { label, code, occupations } of grouped(tsv).values()) {
    if (occupations.size < 2 || occupations.size > MAX_TOOL_OCCUPATIONS) continue;
    // One plain word ("Scales", "Platforms", "Monitors") is an everyday word in a posting far
    // more often than the equipment; equipment recruiters name alone is a curated alias.
    if (!/\s/.test(label)) continue;
    out.push({
      id: `onet-tool:${code}:${slugify(label)}`,
      label,
      kind: 'hard',
      terms: uniqueTerms([label]),
    });
  }
  return sortById(out);
}

/** Lower-case ASCII slug for ids: "Amazon Web Services AWS software" → "amazon-web-services-aws-software". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/\+/g, 'plus')
    .replace(/#/g, 'sharp')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Normalised, distinct, non-empty terms of `labels`, in order. */
export function uniqueTerms(labels: readonly string[]): string[] {
  const out: string[] = [];
  for (const l of labels) {
    const t = normalise(l);
    if (t !== '' && !out.includes(t)) out.push(t);
  }
  return out;
}

interface Group {
  label: string;
  code: string;
  rows: number;
  hot: boolean;
  occupations: Set<string>;
}

function grouped(tsv: string): Map<string, Group> {
  const byKey = new Map<string, Group>();
  for (const rec of parseTsvRecords(tsv)) {
    const label = (rec.Example ?? '').trim();
    const code = (rec['Commodity Code'] ?? '').trim();
    const key = normalise(label);
    if (key === '' || code === '') continue;
    const hot = rec['Hot Technology'] === 'Y' || rec['In Demand'] === 'Y';
    const prev = byKey.get(key);
    const best = !prev || code < prev.code || (code === prev.code && label < prev.label);
    const group: Group = prev ?? { label, code, rows: 0, hot: false, occupations: new Set() };
    if (best) {
      group.label = label;
      group.code = code;
    }
    group.rows++;
    group.hot ||= hot;
    group.occupations.add(rec['O*NET-SOC Code'] ?? '');
    byKey.set(key, group);
  }
  return byKey;
}

function sortById(entries: SkillEntry[]): SkillEntry[] {
  return entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
