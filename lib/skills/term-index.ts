/**
 * The matcher's term lookups. The pack's terms come sorted (pack-format.ts), so looking one up is
 * a binary search and nothing is built when the popup opens; the few curated aliases go in a Map.
 * Both answer the same two questions: which skill a term names, and whether a longer term starts
 * with it (so the matcher stops extending a phrase as soon as no term can follow).
 * @module
 */
import type { CompactTerms } from './pack-format';
import { compareAt, lowerBoundBytes, type StringTable, startsWithAt } from './string-table';

/** A term's skill and whether it counts only in capitals. */
export interface TermOwner {
  readonly skill: number;
  readonly upper: boolean;
}

/** The lookups the matcher needs from an index. */
export interface TermLookup {
  get(term: string): TermOwner | undefined;
  /** Is there a longer term that starts with `term` and a space? */
  continues(term: string): boolean;
}

/** Lookups over a sorted pack index. */
export function sortedLookup(index: CompactTerms): TermLookup {
  const { terms, owners } = index;
  const lowerBound = (key: string): number => {
    let lo = 0;
    let hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((terms[mid] as string) < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    get(term) {
      const i = lowerBound(term);
      if (terms[i] !== term) return undefined;
      return ownerOf(owners[i] ?? 0);
    },
    continues(term) {
      const prefix = `${term} `;
      return terms[lowerBound(prefix)]?.startsWith(prefix) ?? false;
    },
  };
}

/** The same lookups over a shipped binary table (string-table.ts), comparing UTF-8 bytes. */
export function tableLookup(table: StringTable): TermLookup {
  const encoder = new TextEncoder();
  let buffer = new Uint8Array(256);
  const encode = (text: string): Uint8Array => {
    if (buffer.length < text.length * 3) buffer = new Uint8Array(text.length * 3);
    return buffer.subarray(0, encoder.encodeInto(text, buffer).written);
  };
  return {
    get(term) {
      const key = encode(term);
      const i = lowerBoundBytes(table, key);
      if (i >= table.count || compareAt(table, i, key) !== 0) return undefined;
      return ownerOf(table.column[i] as number);
    },
    continues(term) {
      const prefix = encode(`${term} `);
      const i = lowerBoundBytes(table, prefix);
      return i < table.count && startsWithAt(table, i, prefix);
    },
  };
}

/**
 * The same lookups over a small Map of terms to owners (`~owner` for capitals only): the
 * curated aliases (matcher.ts's curateAliases).
 */
export function mapLookup(owners: ReadonlyMap<string, number> = new Map()): TermLookup {
  const map = new Map<string, TermOwner>();
  const prefixes = new Set<string>();
  for (const [term, owner] of owners) {
    map.set(term, ownerOf(owner));
    for (let i = term.indexOf(' '); i !== -1; i = term.indexOf(' ', i + 1)) {
      prefixes.add(term.slice(0, i));
    }
  }
  return { get: (term) => map.get(term), continues: (term) => prefixes.has(term) };
}

/** An encoded owner: a skill's row, bitwise-negated when the term counts only in capitals. */
function ownerOf(encoded: number): TermOwner {
  return encoded < 0 ? { skill: ~encoded, upper: true } : { skill: encoded, upper: false };
}

/** Every term of a sorted index with its owner (for the typo vocabulary). */
export function* allTerms(index: CompactTerms): Generator<[string, number]> {
  for (let i = 0; i < index.terms.length; i++) {
    const owner = index.owners[i] ?? 0;
    yield [index.terms[i] as string, owner < 0 ? ~owner : owner];
  }
}
