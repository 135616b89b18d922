/**
 * Conservative typo tolerance for the skill matcher: tokens of 8+ characters that are not in the
 * vocabulary may match a vocabulary token one edit away with the same first letter
 * (symmetric-delete index). Short tokens ("Go", "R", "C") never do.
 * @module
 */

/** Vocabulary plus its deletion index and a per-matcher lookup cache. */
export interface FuzzyIndex {
  readonly vocabulary: ReadonlySet<string>;
  readonly deletions: ReadonlyMap<string, readonly string[]>;
  readonly cache: Map<string, readonly string[]>;
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
  for (const key of [norm, ...deletions(norm)]) {
    for (const word of fuzzy.deletions.get(key) ?? []) {
      // A typo seldom hits the first letter, and "Interest" is not "Pinterest".
      if (word[0] === norm[0] && withinOneEdit(norm, word)) found.add(word);
    }
  }
  const list = [...found].sort();
  if (fuzzy.cache.size > 10_000) fuzzy.cache.clear();
  fuzzy.cache.set(norm, list);
  return list;
}

/** Indexes the long tokens of `vocabulary` by their one-deletion variants. */
export function buildFuzzyIndex(vocabulary: ReadonlySet<string>): FuzzyIndex {
  const deletionsMap = new Map<string, string[]>();
  for (const word of vocabulary) {
    if (word.length < FUZZY_MIN_LENGTH || !/^\p{L}+$/u.test(word)) continue;
    for (const key of [word, ...deletions(word)]) {
      const list = deletionsMap.get(key);
      if (list) list.push(word);
      else deletionsMap.set(key, [word]);
    }
  }
  return { vocabulary, deletions: deletionsMap, cache: new Map() };
}

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let k = 0; k < word.length; k++) out.push(word.slice(0, k) + word.slice(k + 1));
  return out;
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
