/**
 * Skill matcher: longest-match multi-pattern search over normalised token sequences (a token
 * trie of every pack term and alias), with conservative fuzziness for long tokens and the
 * precision rules of `rules.ts` for short/ambiguous terms. Evidence spans index the input text.
 * @module
 */
import { buildFuzzyIndex, type FuzzyIndex, fuzzyCandidates } from './fuzzy';
import { type Token, tokenize } from './normalize';
import { checkLocalRule, hasCueWord } from './rules';
import type { SkillAlias, SkillHit, SkillKind, SkillsPack } from './types';

/** A built matcher; build once per pack and reuse. */
export interface SkillMatcher {
  /** Finds skills in `text`, one hit per skill id (first evidence), ordered by position. */
  find(text: string): SkillHit[];
  /** Is `id` (ESCO URI, `onet:…` or `alias:…`) a skill this matcher knows? */
  has(id: string): boolean;
  /** Display label of a known skill id. */
  labelOf(id: string): string | undefined;
  /** Kind of a known skill id. */
  kindOf(id: string): SkillKind | undefined;
  /**
   * The skill a name denotes when the whole of `name` is one of its terms ("go", "Excel"), for a
   * person typing a skill: no context rules, since the intent is explicit; else `find(name)[0]`.
   */
  lookup(name: string): { id: string; label: string; kind: SkillKind } | undefined;
}

/** Builds the token trie for `pack` plus curated `aliases` (aliases win on shared terms). */
export function createSkillMatcher(
  pack: SkillsPack,
  aliases: readonly SkillAlias[] = [],
): SkillMatcher {
  const skills: SkillInfo[] = [];
  const root: TrieNode = { next: new Map() };
  const packIndex = new Map<string, number>();
  for (const s of pack.skills) {
    packIndex.set(s.id, skills.length);
    skills.push({ id: s.id, label: s.label, kind: s.kind });
  }
  for (const a of aliases) {
    let idx = packIndex.get(a.id);
    const known = idx === undefined ? undefined : skills[idx];
    if (idx === undefined || !known) {
      idx = skills.length;
      packIndex.set(a.id, idx);
      skills.push({ id: a.id, label: a.label, kind: a.kind });
    } else {
      // The curated display label wins ("Amazon Web Services" over O*NET's "… AWS software").
      skills[idx] = { ...known, label: a.label };
    }
    for (const term of a.terms)
      insert(
        root,
        tokenize(term).map((t) => t.norm),
        idx,
      );
  }
  pack.skills.forEach((s, i) => {
    for (const term of s.terms) insert(root, term.split(' '), i);
  });
  const fuzzy = buildFuzzyIndex(trieTokens(root));
  const info = (id: string): SkillInfo | undefined => {
    const idx = packIndex.get(id);
    return idx === undefined ? undefined : skills[idx];
  };
  return {
    find: (text) => find(text, root, skills, fuzzy),
    has: (id) => packIndex.has(id),
    labelOf: (id) => info(id)?.label,
    kindOf: (id) => info(id)?.kind,
    lookup: (name) => {
      let node: TrieNode | undefined = root;
      for (const token of tokenize(name)) node = node?.next.get(token.norm);
      const exact = node === root || node?.skill === undefined ? undefined : skills[node.skill];
      if (exact !== undefined) return exact;
      const [hit] = find(name, root, skills, fuzzy);
      return hit === undefined ? undefined : { id: hit.id, label: hit.label, kind: hit.kind };
    },
  };
}

interface SkillInfo {
  readonly id: string;
  readonly label: string;
  readonly kind: SkillKind;
}

interface TrieNode {
  readonly next: Map<string, TrieNode>;
  skill?: number;
}

interface Candidate {
  readonly skill: number;
  readonly first: number;
  readonly last: number;
  /** Accepted only in a tech context (ambiguous single-token term). */
  readonly contextual: boolean;
}

const CONTEXT_WINDOW = 8;

function insert(root: TrieNode, tokens: readonly string[], skill: number): void {
  if (tokens.length === 0 || tokens.some((t) => t === '')) return;
  let node = root;
  for (const t of tokens) {
    let child = node.next.get(t);
    if (!child) {
      child = { next: new Map() };
      node.next.set(t, child);
    }
    node = child;
  }
  if (node.skill === undefined) node.skill = skill;
}

function find(text: string, root: TrieNode, skills: SkillInfo[], fuzzy: FuzzyIndex): SkillHit[] {
  const tokens = tokenize(text);
  const candidates: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    const hit = longestAt(tokens, i, root, fuzzy);
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
    if (c.contextual && !inTechContext(c, tokens, anchors, skills)) continue;
    const info = skills[c.skill];
    const first = tokens[c.first];
    const last = tokens[c.last];
    if (!info || !first || !last || seen.has(info.id)) continue;
    seen.add(info.id);
    const evidence = text.slice(first.start, last.end);
    hits.push({ ...info, evidence, start: first.start, end: last.end });
  }
  return hits;
}

function longestAt(
  tokens: readonly Token[],
  start: number,
  root: TrieNode,
  fuzzy: FuzzyIndex,
): Candidate | undefined {
  let node: TrieNode | undefined = root;
  let best: Candidate | undefined;
  for (let j = start; j < tokens.length && node; j++) {
    const token = tokens[j];
    const norm = token?.norm ?? '';
    // Typo tolerance only for capitalised words (product and technology names): an ordinary
    // lower-case word one edit from a tool ("required" / RequireJS) is just a word.
    const capitalised = token !== undefined && /^\p{Lu}/u.test(token.raw);
    node = node.next.get(norm) ?? (capitalised ? fuzzyStep(node, norm, fuzzy) : undefined);
    if (node?.skill !== undefined) {
      best = { skill: node.skill, first: start, last: j, contextual: false };
    }
  }
  return best;
}

function inTechContext(
  c: Candidate,
  tokens: readonly Token[],
  anchors: readonly Candidate[],
  skills: readonly SkillInfo[],
): boolean {
  if (hasCueWord(tokens, c.first)) return true;
  return anchors.some(
    (a) =>
      skills[a.skill]?.kind === 'hard' &&
      a.last >= c.first - CONTEXT_WINDOW &&
      a.first <= c.last + CONTEXT_WINDOW,
  );
}

function fuzzyStep(node: TrieNode, norm: string, fuzzy: FuzzyIndex): TrieNode | undefined {
  for (const cand of fuzzyCandidates(norm, fuzzy)) {
    const child = node.next.get(cand);
    if (child) return child;
  }
  return undefined;
}

function trieTokens(root: TrieNode): Set<string> {
  const vocabulary = new Set<string>();
  const walk = (node: TrieNode): void => {
    for (const [tok, child] of node.next) {
      vocabulary.add(tok);
      walk(child);
    }
  };
  walk(root);
  return vocabulary;
}
