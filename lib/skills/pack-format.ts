/**
 * The committed pack's compact form, a built index rather than a document, so the popup's matcher
 * is ready without building anything: the skills (`[id, label, "h"|"s", "broader broader"?]`,
 * ESCO URIs shortened to `esco:<uuid>`) and every normalised term, sorted, with the number of the
 * skill that owns it (`~n` for an acronym that counts only in capitals). The French and Spanish
 * terms are files of their own in the same form. `readPack` gives back plain `SkillEntry`
 * objects (for tests and tools).
 * @module
 */
import type { SkillEntry, SkillsPack } from './types';

/** A sorted term index: `terms[i]` belongs to skill `owners[i]` (`~owner` for capitals only). */
export interface CompactTerms {
  readonly terms: readonly string[];
  readonly owners: readonly number[];
}

/** The committed English pack. */
export interface CompactPack extends CompactTerms {
  readonly version: 3;
  readonly attribution: readonly string[];
  readonly skills: readonly (readonly string[])[];
}

/** A committed language file: terms of pack skills in one language. */
export interface CompactLanguageTerms extends CompactTerms {
  readonly version: 3;
  readonly language: 'fr' | 'es';
}

const ESCO = 'http://data.europa.eu/esco/skill/';
/** Prefix of an acronym term in `SkillEntry.terms` (see build/onet-source.ts). */
const UPPER = '^';

/** Pack → the compact English pack (the first skill to list a term owns it). */
export function toCompact(pack: SkillsPack): CompactPack {
  const skills = pack.skills.map(compactRow);
  return {
    version: 3,
    attribution: pack.attribution,
    skills,
    ...sortedTerms(pack.skills.map((s) => s.terms)),
  };
}

/** A skill as a compact row: `[shortId, label, "h"|"s", "broader broader"?]`. */
export function compactRow(skill: {
  id: string;
  label: string;
  kind: SkillEntry['kind'];
  broader?: readonly string[] | undefined;
}): string[] {
  const row = [shortId(skill.id), skill.label, skill.kind === 'soft' ? 's' : 'h'];
  if (skill.broader && skill.broader.length > 0) row.push(skill.broader.map(shortId).join(' '));
  return row;
}

/** Pack → compact French and Spanish term files. */
export function toLanguageTerms(pack: SkillsPack): CompactLanguageTerms[] {
  return (['fr', 'es'] as const).map((language) => ({
    version: 3,
    language,
    ...sortedTerms(pack.skills.map((s) => s[language] ?? [])),
  }));
}

/** Compact files → pack. */
export function readPack(
  pack: CompactPack,
  languages: readonly CompactLanguageTerms[] = [],
): SkillsPack {
  const terms = ownTerms(pack, pack.skills.length);
  const byLanguage = new Map(languages.map((l) => [l.language, ownTerms(l, pack.skills.length)]));
  const skills: SkillEntry[] = pack.skills.map(([short = '', label = '', kind, broader], i) => {
    const fr = byLanguage.get('fr')?.[i] ?? [];
    const es = byLanguage.get('es')?.[i] ?? [];
    return {
      id: longId(short),
      label,
      kind: kind === 's' ? 'soft' : 'hard',
      terms: terms[i] ?? [],
      ...(broader ? { broader: broader.split(' ').map(longId) } : {}),
      ...(fr.length > 0 ? { fr } : {}),
      ...(es.length > 0 ? { es } : {}),
    };
  });
  return { version: 3, attribution: pack.attribution, skills };
}

/** Pack → the committed JSON texts (deterministic; arrays one item per line). */
export function writePack(pack: SkillsPack): { en: string; fr: string; es: string } {
  const compact = toCompact(pack);
  const lines = (rows: readonly unknown[]) => rows.map((r) => JSON.stringify(r)).join(',\n');
  const index = (t: CompactTerms) =>
    `"terms":[\n${lines(t.terms)}\n],"owners":[\n${t.owners.join(',\n')}\n]`;
  const head = `{"version":3,"attribution":${JSON.stringify(pack.attribution)}`;
  const [fr, es] = toLanguageTerms(pack).map(
    (file) => `{"version":3,"language":"${file.language}",${index(file)}}\n`,
  );
  return {
    en: `${head},"skills":[\n${lines(compact.skills)}\n],${index(compact)}}\n`,
    fr: fr ?? '',
    es: es ?? '',
  };
}

/** `http://data.europa.eu/esco/skill/<uuid>` → `esco:<uuid>`; other ids unchanged. */
export function shortId(id: string): string {
  return id.startsWith(ESCO) ? `esco:${id.slice(ESCO.length)}` : id;
}

/** `esco:<uuid>` → the ESCO concept URI; other ids unchanged. */
export function longId(id: string): string {
  return id.startsWith('esco:') ? `${ESCO}${id.slice(5)}` : id;
}

function sortedTerms(perSkill: readonly (readonly string[])[]): {
  terms: string[];
  owners: number[];
} {
  const owner = new Map<string, number>();
  perSkill.forEach((terms, i) => {
    for (const raw of terms) {
      const upper = raw.startsWith(UPPER);
      const term = upper ? raw.slice(UPPER.length) : raw;
      if (term !== '' && !owner.has(term)) owner.set(term, upper ? ~i : i);
    }
  });
  // Sorted by UTF-16 code units, as the matcher's binary search compares.
  const terms = [...owner.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { terms, owners: terms.map((t) => owner.get(t) as number) };
}

function ownTerms(index: CompactTerms, count: number): string[][] {
  const out: string[][] = Array.from({ length: count }, () => []);
  index.terms.forEach((term, i) => {
    const owner = index.owners[i] ?? 0;
    out[owner < 0 ? ~owner : owner]?.push(owner < 0 ? `${UPPER}${term}` : term);
  });
  return out;
}
