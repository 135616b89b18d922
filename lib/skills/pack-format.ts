/**
 * The committed pack's compact form, a built index rather than a document: one array per skill
 * (`[id, label, "h"|"s", "term|term", "broader broader"?]`), ESCO URIs shortened to `esco:<uuid>`,
 * and the French and Spanish terms in files of their own (`[id, "term|term"]`). Fewer objects make
 * the popup's parse and index build fast; `readPack` gives back plain `SkillEntry` objects.
 * @module
 */
import type { SkillEntry, SkillsPack } from './types';

/** The committed English pack. */
export interface CompactPack {
  readonly version: 2;
  readonly attribution: readonly string[];
  readonly skills: readonly (readonly string[])[];
}

/** A committed language file: extra terms of pack skills in one language. */
export interface CompactLanguageTerms {
  readonly version: 2;
  readonly language: 'fr' | 'es';
  readonly terms: readonly (readonly string[])[];
}

const ESCO = 'http://data.europa.eu/esco/skill/';

/** Compact files → pack. */
export function readPack(
  pack: CompactPack,
  languages: readonly CompactLanguageTerms[] = [],
): SkillsPack {
  const extra = new Map<string, { fr?: string[]; es?: string[] }>();
  for (const file of languages) {
    for (const [id = '', terms = ''] of file.terms) {
      const entry = extra.get(id) ?? {};
      entry[file.language] = terms.split('|');
      extra.set(id, entry);
    }
  }
  const skills: SkillEntry[] = pack.skills.map(
    ([short = '', label = '', kind, terms = '', broader]) => {
      const id = longId(short);
      const more = extra.get(short);
      return {
        id,
        label,
        kind: kind === 's' ? 'soft' : 'hard',
        terms: terms.split('|'),
        ...(broader ? { broader: broader.split(' ').map(longId) } : {}),
        ...(more?.fr ? { fr: more.fr } : {}),
        ...(more?.es ? { es: more.es } : {}),
      };
    },
  );
  return { version: 2, attribution: pack.attribution, skills };
}

/** Pack → compact English rows (what the matcher indexes). */
export function toCompact(pack: SkillsPack): CompactPack {
  return {
    version: 2,
    attribution: pack.attribution,
    skills: pack.skills.map((s) => {
      const row = [shortId(s.id), s.label, s.kind === 'soft' ? 's' : 'h', s.terms.join('|')];
      if (s.broader && s.broader.length > 0) row.push(s.broader.map(shortId).join(' '));
      return row;
    }),
  };
}

/** Pack → compact French and Spanish term files. */
export function toLanguageTerms(pack: SkillsPack): CompactLanguageTerms[] {
  return (['fr', 'es'] as const).map((language) => ({
    version: 2,
    language,
    terms: pack.skills
      .filter((s) => (s[language]?.length ?? 0) > 0)
      .map((s) => [shortId(s.id), (s[language] ?? []).join('|')]),
  }));
}

/** Pack → the committed JSON texts (one skill per line, trailing newline), deterministic. */
export function writePack(pack: SkillsPack): { en: string; fr: string; es: string } {
  const compact = toCompact(pack);
  const lines = compact.skills.map((row) => JSON.stringify(row));
  const head = `{"version":2,"attribution":${JSON.stringify(pack.attribution)}`;
  const [fr, es] = toLanguageTerms(pack).map(
    (file) =>
      `{"version":2,"language":"${file.language}","terms":[\n${file.terms.map((row) => JSON.stringify(row)).join(',\n')}\n]}\n`,
  );
  return { en: `${head},"skills":[\n${lines.join(',\n')}\n]}\n`, fr: fr ?? '', es: es ?? '' };
}

/** `http://data.europa.eu/esco/skill/<uuid>` → `esco:<uuid>`; other ids unchanged. */
export function shortId(id: string): string {
  return id.startsWith(ESCO) ? `esco:${id.slice(ESCO.length)}` : id;
}

/** `esco:<uuid>` → the ESCO concept URI; other ids unchanged. */
export function longId(id: string): string {
  return id.startsWith('esco:') ? `${ESCO}${id.slice(5)}` : id;
}
