/**
 * Skill matcher: longest match of normalised token sequences against the pack's terms and the
 * curated aliases (term-index.ts), in English and — for a posting detected as French or Spanish
 * — in that language too; conservative typo tolerance for long capitalised names (fuzzy.ts); and
 * the precision rules of rules.ts (ambiguous words, organisation names, degree lines). Evidence
 * spans index the input text.
 * @module
 */
import { buildFuzzyIndex, type FuzzyIndex, fuzzyCandidates, fuzzyVocabulary } from './fuzzy';
import { detectLanguage, type PostingLanguage } from './language';
import { type Token, tokenize } from './normalize';
import {
  type CompactLanguageTerms,
  type CompactPack,
  toCompact,
  toLanguageTerms,
} from './pack-format';
import { BLOCKED_PHRASES, checkLocalRule, hasCueWord, ignoredSpans } from './rules';
import {
  binarySkillTable,
  rowSkillTable,
  type SkillInfo,
  type SkillTable,
  withAliases,
} from './skill-table';
import { allStrings, type StringTable } from './string-table';
import { allTerms, mapLookup, sortedLookup, type TermLookup, tableLookup } from './term-index';
import type { SkillAlias, SkillHit, SkillKind, SkillsPack } from './types';

/** What `find` is told about the text beyond the text itself. */
export interface FindOptions {
  /** The posting's language; detected from the text when not given. */
  readonly language?: PostingLanguage;
  /** Names that are never skills here: the hiring organisation ("Google" in a Google posting). */
  readonly ignore?: readonly string[];
}

/** A built matcher; build once per pack and reuse. */
export interface SkillMatcher {
  /** Finds skills in `text`, one hit per skill id (first evidence), ordered by position. */
  find(text: string, options?: FindOptions): SkillHit[];
  /** Is `id` (ESCO URI, `onet:…`, `tool:…` or `alias:…`) a skill this matcher knows? */
  has(id: string): boolean;
  /** Display label of a known skill id. */
  labelOf(id: string): string | undefined;
  /** Kind of a known skill id. */
  kindOf(id: string): SkillKind | undefined;
  /** Broader concepts of a tool (ESCO URIs), empty for others. */
  broaderOf(id: string): readonly string[];
  /**
   * The skill a name denotes when the whole of `name` is one of its terms ("go", "Excel"), for a
   * person typing a skill: no context rules, since the intent is explicit; else `find(name)[0]`.
   */
  lookup(name: string): { id: string; label: string; kind: SkillKind } | undefined;
}

/** Builds the term index for `pack` plus curated `aliases` (aliases win on shared terms). */
export function createSkillMatcher(
  pack: SkillsPack,
  aliases: readonly SkillAlias[] = [],
): SkillMatcher {
  return createCompactSkillMatcher(toCompact(pack), aliases, toLanguageTerms(pack));
}

/**
 * The same matcher straight from the committed compact files (no `SkillEntry` objects are made):
 * what the CLI uses. French and Spanish terms are indexed the first time a posting in that
 * language is read.
 */
export function createCompactSkillMatcher(
  pack: CompactPack,
  aliases: readonly SkillAlias[] = [],
  languages: readonly CompactLanguageTerms[] = [],
): SkillMatcher {
  const { skills, terms } = curateAliases(rowSkillTable(pack.skills), aliases);
  return matcherOf({
    skills,
    curated: mapLookup(terms),
    terms: sortedLookup(pack),
    vocabulary: () => fuzzyVocabulary(allTerms(pack), (i) => pack.skills[i]?.[0]),
    language: (language) => {
      const source = languages.find((l) => l.language === language);
      return source && sortedLookup(source);
    },
  });
}

/**
 * The curated aliases on top of the pack's skills (skill-table.ts's withAliases), and their
 * terms: normalised, the first alias to name a term owning it, `~owner` for one written in
 * capitals ("RMN", "SOX", "NPI": an acronym, counted only in capitals). The committed pack's
 * matcher indexes these terms in a Map; the shipped pack stores them as a table (pack-files.ts).
 */
export function curateAliases(
  base: SkillTable,
  aliases: readonly SkillAlias[],
): { skills: SkillTable; terms: Map<string, number> } {
  const terms = new Map<string, number>();
  const skills = withAliases(base, aliases, (term, idx) => {
    const norm = tokenNorms(term);
    if (norm !== '' && !terms.has(norm))
      terms.set(norm, /^[\p{Lu}\d]{2,6}s?$/u.test(term) ? ~idx : idx);
  });
  return { skills, terms };
}

/**
 * The shipped pack's binary tables (string-table.ts; pack-files.ts writes them), with the
 * curated aliases already applied: their skills in the skills table, their terms a table of
 * their own.
 */
export interface PackTables {
  readonly skills: StringTable;
  readonly aliases: StringTable;
  readonly terms: StringTable;
  readonly fr: StringTable;
  readonly es: StringTable;
  /** The typo vocabulary (fuzzyVocabulary of the English pack). */
  readonly fuzzy: StringTable;
}

/** The same matcher over the shipped tables: nothing parsed or built, a skill decoded when found. */
export function createTableSkillMatcher(tables: PackTables): SkillMatcher {
  return matcherOf({
    skills: binarySkillTable(tables.skills),
    curated: tableLookup(tables.aliases),
    terms: tableLookup(tables.terms),
    vocabulary: () => allStrings(tables.fuzzy),
    language: (language) => tableLookup(tables[language]),
  });
}

/** What a matcher is made of, whichever form the pack came in. */
interface PackParts {
  /** The pack's skills with the curated aliases on top. */
  readonly skills: SkillTable;
  /** The curated aliases' terms: they win over the pack's. */
  readonly curated: TermLookup;
  readonly terms: TermLookup;
  /** The typo vocabulary (fuzzy.ts), asked for on first need. */
  vocabulary(): Iterable<string>;
  language(language: 'fr' | 'es'): TermLookup | undefined;
}

function matcherOf(parts: PackParts): SkillMatcher {
  const { skills } = parts;
  const en = [parts.curated, parts.terms];
  const state: MatcherState = { skills, parts, en, languages: new Map() };
  const info = (id: string): SkillInfo | undefined => {
    const idx = skills.indexOf(id);
    return idx === undefined ? undefined : skills.at(idx);
  };
  return {
    find: (text, options) => find(text, state, options),
    has: (id) => skills.indexOf(id) !== undefined,
    labelOf: (id) => info(id)?.label,
    kindOf: (id) => info(id)?.kind,
    broaderOf: (id) => info(id)?.broader ?? NONE,
    lookup: (name) => {
      const key = tokenNorms(name);
      const owner = en.map((index) => index.get(key)).find((o) => o !== undefined);
      const exact = owner === undefined ? undefined : skills.at(owner.skill);
      if (exact !== undefined) return { id: exact.id, label: exact.label, kind: exact.kind };
      const [hit] = find(name, state, { language: 'en' });
      return hit === undefined ? undefined : { id: hit.id, label: hit.label, kind: hit.kind };
    },
  };
}

const NONE: readonly string[] = [];

interface MatcherState {
  readonly skills: SkillTable;
  readonly parts: PackParts;
  /** Curated aliases first (they win), then the pack. */
  readonly en: readonly TermLookup[];
  /** French and Spanish lookups, made the first time a posting in that language is read. */
  readonly languages: Map<'fr' | 'es', TermLookup>;
  fuzzy?: FuzzyIndex;
}

interface Candidate {
  readonly skill: number;
  readonly first: number;
  readonly last: number;
  /** Accepted only in a tech context (ambiguous single-token term). */
  readonly contextual: boolean;
}

const CONTEXT_WINDOW = 8;

function tokenNorms(text: string): string {
  return tokenize(text)
    .map((t) => t.norm)
    .join(' ');
}

function find(text: string, state: MatcherState, options: FindOptions = {}): SkillHit[] {
  const tokens = tokenize(text);
  const language = options.language ?? detectLanguage(text);
  const indexes = [...state.en];
  if (language === 'fr' || language === 'es') indexes.push(languageIndex(state, language));
  const skip = ignoredSpans(text, tokens, options.ignore ?? []);
  const candidates: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    const hit = skip.has(i) ? undefined : longestAt(text, tokens, i, indexes, state);
    const verdict = hit && hit.last > i ? 'ok' : hit && checkLocalRule(text, tokens, i);
    if (hit && verdict) {
      candidates.push({ ...hit, contextual: verdict === 'context' });
      i = hit.last + 1;
    } else {
      i++;
    }
  }
  const anchors = candidates.filter((c) => !c.contextual);
  const hits: SkillHit[] = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    if (c.contextual && !inTechContext(c, tokens, anchors, state.skills)) continue;
    const info = state.skills.at(c.skill);
    const first = tokens[c.first];
    const last = tokens[c.last];
    if (!info || !first || !last || seen.has(info.id)) continue;
    seen.add(info.id);
    const evidence = text.slice(first.start, last.end);
    hits.push({
      id: info.id,
      label: info.label,
      kind: info.kind,
      evidence,
      start: first.start,
      end: last.end,
    });
  }
  return hits;
}

function languageIndex(state: MatcherState, language: 'fr' | 'es'): TermLookup {
  let index = state.languages.get(language);
  if (index) return index;
  index = state.parts.language(language) ?? mapLookup();
  state.languages.set(language, index);
  return index;
}

const BREAK = /[,;:•\n()!?]|\.\s/;

function longestAt(
  text: string,
  tokens: readonly Token[],
  start: number,
  indexes: readonly TermLookup[],
  state: MatcherState,
): Candidate | undefined {
  const head = tokens[start];
  if (!head) return undefined;
  let best: Candidate | undefined;
  const [curated, pack] = state.en;
  for (const index of indexes) {
    let heads = [head.norm];
    if (index.get(head.norm) === undefined && !index.continues(head.norm)) {
      // Typo tolerance only for capitalised words (product and technology names) against the
      // English pack: an ordinary lower-case word one edit from a tool ("required" / RequireJS)
      // is just a word.
      if (index !== pack || !/^\p{Lu}/u.test(head.raw)) continue;
      heads = fuzzyCandidates(head.norm, fuzzyOf(state)).filter(
        (n) => pack.get(n) !== undefined || pack.continues(n) || curated?.get(n) !== undefined,
      );
    }
    for (const first of heads) {
      let key = first;
      for (let j = start; j < tokens.length; j++) {
        if (j > start) {
          const prev = tokens[j - 1] as Token;
          const next = tokens[j] as Token;
          // A term never runs across a list or sentence break ("designs, software").
          if (BREAK.test(text.slice(prev.end, next.start))) break;
          key += ` ${next.norm}`;
        }
        const owner = BLOCKED_PHRASES.has(key) ? undefined : index.get(key);
        const acronymInLowerCase = owner?.upper === true && j === start && !isCapitals(head.raw);
        if (owner !== undefined && !acronymInLowerCase && (!best || j > best.last)) {
          best = { skill: owner.skill, first: start, last: j, contextual: false };
        }
        if (!index.continues(key)) break;
      }
    }
  }
  return best;
}

function isCapitals(raw: string): boolean {
  return raw === raw.toUpperCase() || /^\p{Lu}.*\p{Lu}/u.test(raw);
}

/** The typo index covers names only: tokens of tools, O*NET software and curated aliases. */
function fuzzyOf(state: MatcherState): FuzzyIndex {
  state.fuzzy ??= buildFuzzyIndex(state.parts.vocabulary());
  return state.fuzzy;
}

function inTechContext(
  c: Candidate,
  tokens: readonly Token[],
  anchors: readonly Candidate[],
  skills: SkillTable,
): boolean {
  if (hasCueWord(tokens, c.first)) return true;
  return anchors.some(
    (a) =>
      skills.at(a.skill)?.kind === 'hard' &&
      a.last >= c.first - CONTEXT_WINDOW &&
      a.first <= c.last + CONTEXT_WINDOW,
  );
}
