/**
 * Conservative typo tolerance for the skill matcher: tokens of 8+ characters that are not in the
 * vocabulary may match a vocabulary token one edit away with the same first letter
 * (a scan of the words with that first letter). Short tokens ("Go", "R", "C") never do.
 * @module
 */

/** Vocabulary plus its long words by first letter and a per-matcher lookup cache. */
export interface FuzzyIndex {
  readonly vocabulary: ReadonlySet<string>;
  readonly byFirst: ReadonlyMap<string, readonly string[]>;
  readonly cache: Map<string, readonly string[]>;
}

/** Ids of the skills whose terms are names: tools, O*NET software and curated aliases. */
const NAMED_ID = /^(?:onet:|tool:|alias:)/;

/**
 * The typo vocabulary: every token of a term owned by a named skill, sorted. Made once per pack
 * (the extension ships it; pack-files.ts) rather than from 100,000 terms when the popup opens.
 */
export function fuzzyVocabulary(
  terms: Iterable<readonly [string, number]>,
  idOf: (skill: number) => string | undefined,
): string[] {
  const vocabulary = new Set<string>();
  for (const [term, skill] of terms) {
    if (NAMED_ID.test(idOf(skill) ?? '')) for (const t of term.split(' ')) vocabulary.add(t);
  }
  return [...vocabulary].sort();
}

const FUZZY_MIN_LENGTH = 8;

/** Words every job text uses that sit one edit from a product name ("required" → RequireJS). */
const ORDINARY_WORDS: ReadonlySet<string> = new Set(
  'required requires requirement preferred desired including understanding experienced'.split(' '),
);

/** Vocabulary tokens within one edit of `norm` (none for short or known tokens). */
export function fuzzyCandidates(norm: string, fuzzy: FuzzyIndex): readonly string[] {
  if (norm.length < FUZZY_MIN_LENGTH || fuzzy.vocabulary.has(norm) || ORDINARY_WORDS.has(norm))
    return [];
  const cached = fuzzy.cache.get(norm);
  if (cached) return cached;
  const found = new Set<string>();
  // A typo seldom hits the first letter, and "Interest" is not "Pinterest".
  for (const word of fuzzy.byFirst.get(norm[0] as string) ?? []) {
    if (withinOneEdit(norm, word)) found.add(word);
  }
  const list = [...found].sort();
  if (fuzzy.cache.size > 10_000) fuzzy.cache.clear();
  fuzzy.cache.set(norm, list);
  return list;
}

/**
 * Groups the long tokens of `vocabulary` by first letter. A scan of one group (a few hundred
 * words) per unknown capitalised token is quicker than building a deletion index up front.
 */
export function buildFuzzyIndex(vocabulary: Iterable<string>): FuzzyIndex {
  const words = new Set(vocabulary);
  const byFirst = new Map<string, string[]>();
  for (const word of words) {
    if (word.length < FUZZY_MIN_LENGTH || !/^\p{L}+$/u.test(word)) continue;
    const group = byFirst.get(word[0] as string);
    if (group) group.push(word);
    else byFirst.set(word[0] as string, [word]);
  }
  return { vocabulary: words, byFirst, cache: new Map() };
}

/** Levenshtein distance ≤ 1 (one substitution, insertion or deletion). */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
