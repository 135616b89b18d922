/**
 * The matcher's index: every normalised term (space-joined tokens) → skill number, in one Map per
 * language, with the set of tokens a term can start with and the longest term's length. Built in
 * one pass over the pack (no per-token trie nodes), so the popup's matcher is ready quickly.
 * @module
 */

/** Terms of one language. */
export interface TermIndex {
  readonly terms: Map<string, number>;
  /** Terms that are acronyms: a one-word match must be written in capitals. */
  readonly upper: Set<string>;
  readonly firsts: Set<string>;
  maxTokens: number;
}

/** An empty index. */
export function emptyIndex(): TermIndex {
  return { terms: new Map(), upper: new Set(), firsts: new Set(), maxTokens: 1 };
}

/**
 * Adds a normalised term; the first skill to claim a term keeps it. A leading "^" marks an
 * acronym (see `upper`).
 */
export function addTerm(index: TermIndex, raw: string, skill: number): void {
  const acronym = raw.startsWith('^');
  const term = acronym ? raw.slice(1) : raw;
  if (term === '' || index.terms.has(term)) return;
  if (acronym) index.upper.add(term);
  index.terms.set(term, skill);
  const space = term.indexOf(' ');
  index.firsts.add(space === -1 ? term : term.slice(0, space));
  let count = 1;
  for (let i = space; i !== -1; i = term.indexOf(' ', i + 1)) count++;
  if (count > index.maxTokens) index.maxTokens = count;
}
