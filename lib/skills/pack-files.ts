/**
 * The skills pack as the extension ships it: binary string tables beside its code
 * (string-table.ts), fetched from its own origin and read without parsing, rather than a 7.5 MB
 * chunk every page compiles or 7.8 MB of JSON the popup parses before its first lookup. The
 * build writes them from the committed JSON pack; each stays under the 5 MiB above which AMO's
 * linter refuses to parse a file.
 * @module
 */

import { SKILL_ALIASES } from './data/aliases';
import { fuzzyVocabulary } from './fuzzy';
import { createTableSkillMatcher, curateAliases, type SkillMatcher } from './matcher';
import {
  type CompactLanguageTerms,
  type CompactPack,
  type CompactTerms,
  compactRow,
} from './pack-format';
import { rowSkillTable } from './skill-table';
import { decodeStringTable, encodeStringTable } from './string-table';
import { allTerms } from './term-index';

/** The committed files (lib/skills/data), as `npm run skills:pack` writes them. */
export const COMMITTED_PACK_FILES = [
  'skills-pack.json',
  'skills-pack-fr.json',
  'skills-pack-es.json',
] as const;

/** The shipped files, in the order `loadSkillMatcher` reads them. */
export const SHIPPED_PACK_FILES = [
  'skills-en.bin',
  'aliases-en.bin',
  'terms-en.bin',
  'terms-fr.bin',
  'terms-es.bin',
  'fuzzy-en.bin',
] as const;

export type ShippedPackFile = (typeof SHIPPED_PACK_FILES)[number];

/** The shipped files' bytes, from the committed files' text (the build does this). */
export function shippedPackFiles(
  committed: (file: (typeof COMMITTED_PACK_FILES)[number]) => string,
): { file: ShippedPackFile; bytes: Uint8Array }[] {
  const en = JSON.parse(committed('skills-pack.json')) as CompactPack;
  const language = (file: 'skills-pack-fr.json' | 'skills-pack-es.json') =>
    JSON.parse(committed(file)) as CompactLanguageTerms;
  const { skills, aliases } = withCuratedAliases(en);
  return [
    { file: 'skills-en.bin', bytes: skills },
    { file: 'aliases-en.bin', bytes: aliases },
    { file: 'terms-en.bin', bytes: termsTable(en) },
    { file: 'terms-fr.bin', bytes: termsTable(language('skills-pack-fr.json')) },
    { file: 'terms-es.bin', bytes: termsTable(language('skills-pack-es.json')) },
    { file: 'fuzzy-en.bin', bytes: vocabularyTable(en) },
  ];
}

/**
 * Builds the matcher from the shipped files' bytes as `read` returns them. A file that is not a
 * string table throws: a damaged pack fails loudly rather than matching nothing.
 */
export async function loadSkillMatcher(
  read: (file: ShippedPackFile) => Promise<ArrayBuffer>,
): Promise<SkillMatcher> {
  const [skills, aliases, terms, fr, es, fuzzy] = (
    await Promise.all(SHIPPED_PACK_FILES.map(read))
  ).map(decodeStringTable);
  if (!skills || !aliases || !terms || !fr || !es || !fuzzy)
    throw new Error('skills pack: a file is missing');
  return createTableSkillMatcher({ skills, aliases, terms, fr, es, fuzzy });
}

/** The positions of `strings` in byte order, the order the shipped tables' binary search compares in. */
function byteOrder(strings: readonly string[]): number[] {
  const encoder = new TextEncoder();
  const bytes = strings.map((s) => encoder.encode(s));
  const compare = (x: Uint8Array, y: Uint8Array) => {
    for (let k = 0; k < Math.min(x.length, y.length); k++) {
      const diff = (x[k] as number) - (y[k] as number);
      if (diff !== 0) return diff;
    }
    return x.length - y.length;
  };
  return strings
    .map((_, i) => i)
    .sort((a, b) => compare(bytes[a] as Uint8Array, bytes[b] as Uint8Array));
}

/**
 * The skills table with the curated aliases applied as the matcher applies them (label
 * overrides in place, new skills after the pack's), and the aliases' terms as a table. Rows are
 * `shortId\tlabel\tkind\tbroader`, in skill order; the column lists them in id order.
 */
function withCuratedAliases(pack: CompactPack): { skills: Uint8Array; aliases: Uint8Array } {
  const { skills: table, terms: curated } = curateAliases(
    rowSkillTable(pack.skills),
    SKILL_ALIASES,
  );
  const rows: string[] = [];
  const ids: string[] = [];
  for (let i = 0; i < table.size; i++) {
    const skill = table.at(i);
    if (!skill) throw new Error(`skills pack: no skill ${i}`);
    const row = compactRow(skill);
    if (row.some((cell) => cell.includes('\t'))) throw new Error(`skills pack: a tab in ${row}`);
    rows.push(row.join('\t'));
    ids.push(row[0] as string);
  }
  return {
    skills: encodeStringTable(rows, byteOrder(ids)),
    aliases: termsTable({ terms: [...curated.keys()], owners: [...curated.values()] }),
  };
}

/** The terms in byte order (the committed pack sorts by UTF-16 units), each with its owner. */
function termsTable(index: CompactTerms): Uint8Array {
  const order = byteOrder(index.terms);
  return encodeStringTable(
    order.map((i) => index.terms[i] ?? ''),
    order.map((i) => index.owners[i] ?? 0),
  );
}

/** The typo vocabulary, made here once rather than in every popup. */
function vocabularyTable(pack: CompactPack): Uint8Array {
  const words = fuzzyVocabulary(allTerms(pack), (i) => pack.skills[i]?.[0]);
  return encodeStringTable(
    words,
    words.map(() => 0),
  );
}
