/**
 * Pure skills-pack builder: ESCO 1.2.0 collections (CSV) + O*NET 29.3 Technology Skills (TSV) →
 * `SkillsPack`. No I/O; `build-pack.ts` reads the files and writes the JSON.
 * @module
 */
import { normalise } from '../normalize';
import type { SkillEntry, SkillKind, SkillsPack } from '../types';
import { parseCsvRecords, parseTsvRecords } from './csv';

/** Attribution lines, verbatim from the data sources' terms. */
export const SKILLS_ATTRIBUTION: readonly string[] = [
  'This product uses the ESCO classification of the European Commission.',
  'This product includes information from the O*NET 29.3 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license.',
];

/** Raw source texts the pack is built from. */
export interface SkillsPackSources {
  readonly digitalCsv: string;
  readonly transversalCsv: string;
  readonly languageCsv: string;
  readonly onetTechnologyTsv: string;
}

/** Builds the pack. Deterministic: the same sources always give the same JSON. */
export function buildSkillsPack(sources: SkillsPackSources): SkillsPack {
  const skills: SkillEntry[] = [];
  const byId = new Map<string, number>();
  const seenTerms = new Set<string>();
  const transversal = parseCsvRecords(sources.transversalCsv);
  const language = parseCsvRecords(sources.languageCsv);
  const languageIds = new Set(language.map((r) => r.conceptUri ?? ''));
  const softIds = new Set(
    transversal.map((r) => r.conceptUri ?? '').filter((id) => !languageIds.has(id)),
  );
  const esco = [...parseCsvRecords(sources.digitalCsv), ...language, ...transversal];
  for (const rec of esco) {
    const id = rec.conceptUri ?? '';
    const label = (rec.preferredLabel ?? '').trim();
    if (!id.startsWith('http://data.europa.eu/esco/skill/') || label === '' || byId.has(id)) {
      continue;
    }
    const kind: SkillKind = softIds.has(id) ? 'soft' : 'hard';
    const alt = (rec.altLabels ?? '').split(/\s*\|\s*|\r?\n/);
    // One-word alt labels of transversal skills are everyday verbs ("report", "sing", "plan").
    const terms = uniqueTerms([label, ...alt]).filter(
      (t, i) => i === 0 || kind === 'hard' || t.includes(' '),
    );
    for (const t of terms) seenTerms.add(t);
    byId.set(id, skills.length);
    skills.push({ id, label, kind, terms });
  }
  for (const entry of onetEntries(sources.onetTechnologyTsv)) {
    const fresh = entry.terms.filter((t) => !seenTerms.has(t));
    if (!fresh.includes(entry.terms[0] ?? '')) continue;
    for (const t of fresh) seenTerms.add(t);
    skills.push({ ...entry, terms: fresh });
  }
  return { version: 1, attribution: [...SKILLS_ATTRIBUTION], skills };
}

/** Serialises a pack exactly as committed (compact, one skill per line, trailing newline). */
export function serialisePack(pack: SkillsPack): string {
  const skills = pack.skills.map((s) => JSON.stringify(s)).join(',\n');
  const head = `{"version":${pack.version},"attribution":${JSON.stringify(pack.attribution)}`;
  return `${head},"skills":[\n${skills}\n]}\n`;
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

function onetEntries(tsv: string): SkillEntry[] {
  const firstByLabel = new Map<
    string,
    { label: string; code: string; rows: number; hot: boolean }
  >();
  for (const rec of parseTsvRecords(tsv)) {
    const label = (rec.Example ?? '').trim();
    const code = (rec['Commodity Code'] ?? '').trim();
    const key = normalise(label);
    if (key === '' || code === '') continue;
    const hot = rec['Hot Technology'] === 'Y' || rec['In Demand'] === 'Y';
    const prev = firstByLabel.get(key);
    const rows = (prev?.rows ?? 0) + 1;
    const best = !prev || code < prev.code || (code === prev.code && label < prev.label);
    firstByLabel.set(key, {
      label: best ? label : (prev?.label ?? label),
      code: best ? code : (prev?.code ?? code),
      rows,
      hot: hot || (prev?.hot ?? false),
    });
  }
  const out: SkillEntry[] = [];
  for (const { label, code, rows, hot } of firstByLabel.values()) {
    // Compactness: keep tools that O*NET flags hot/in demand or lists for 2+ occupations.
    if (!hot && rows < 2) continue;
    // "Amazon Web Services AWS software" → also "Amazon Web Services AWS"; but generic categories
    // named by one plain word ("Statistical software", "Testing software") keep only the full label.
    const short = label.replace(/\s+software$/i, '');
    const named = short !== label && (/\s/.test(short) || /^.+\p{Lu}/u.test(short));
    const terms = uniqueTerms(named ? [label, short] : [label]);
    out.push({ id: `onet:${code}:${slugify(label)}`, label, kind: 'hard', terms });
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function uniqueTerms(labels: readonly string[]): string[] {
  const out: string[] = [];
  for (const l of labels) {
    const t = normalise(l);
    if (t !== '' && !out.includes(t)) out.push(t);
  }
  return out;
}
