/**
 * The skills pack as the extension ships it: data files beside its code, fetched from its own
 * origin, rather than a 7.5 MB chunk every page compiles. The committed English pack is cut in
 * two (skills; terms and owners) so that no shipped file reaches the 5 MiB above which AMO's
 * linter refuses to parse a file (FILE_TOO_LARGE); the French and Spanish files ship as they are.
 * @module
 */

import { SKILL_ALIASES } from './data/aliases';
import { createCompactSkillMatcher, type SkillMatcher } from './matcher';
import type { CompactLanguageTerms, CompactPack } from './pack-format';

/** The committed files (lib/skills/data), as `npm run skills:pack` writes them. */
export const COMMITTED_PACK_FILES = [
  'skills-pack.json',
  'skills-pack-fr.json',
  'skills-pack-es.json',
] as const;

/** The shipped files, in the order `loadSkillMatcher` reads them. */
export const SHIPPED_PACK_FILES = [
  'skills-pack-skills.json',
  'skills-pack-terms.json',
  'skills-pack-fr.json',
  'skills-pack-es.json',
] as const;

export type ShippedPackFile = (typeof SHIPPED_PACK_FILES)[number];

/** The shipped files' text, from the committed files' text (the build does this). */
export function shippedPackFiles(
  committed: (file: (typeof COMMITTED_PACK_FILES)[number]) => string,
): { file: ShippedPackFile; text: string }[] {
  const { terms, owners, ...skills } = JSON.parse(committed('skills-pack.json')) as CompactPack;
  return [
    { file: 'skills-pack-skills.json', text: JSON.stringify(skills) },
    { file: 'skills-pack-terms.json', text: JSON.stringify({ terms, owners }) },
    { file: 'skills-pack-fr.json', text: committed('skills-pack-fr.json') },
    { file: 'skills-pack-es.json', text: committed('skills-pack-es.json') },
  ];
}

/**
 * Builds the matcher from the shipped files as `read` returns them parsed. They are Credlens' own
 * (built from the committed pack, inside the extension), never fetched from the web, so they are
 * taken as the pack format says rather than parsed again here.
 */
export async function loadSkillMatcher(
  read: (file: ShippedPackFile) => Promise<unknown>,
): Promise<SkillMatcher> {
  const [skills, terms, fr, es] = await Promise.all(SHIPPED_PACK_FILES.map(read));
  const pack = { ...(skills as object), ...(terms as object) } as CompactPack;
  return createCompactSkillMatcher(pack, SKILL_ALIASES, [
    fr as CompactLanguageTerms,
    es as CompactLanguageTerms,
  ]);
}
