/**
 * Precision rules for short or ambiguous single-token skill terms ("Go", "R", "C", "Excel",
 * common English words that are also product names). Checked on the ORIGINAL text, case-sensitively.
 * @module
 */
import type { Token } from './normalize';

/** How a single-token term must look in the original text to count. */
export interface AmbiguousRule {
  /** The exact original spellings accepted (case-sensitive). */
  readonly forms: readonly string[];
  /** Needs another skill nearby or a cue word ("programming", "language") next to it. */
  readonly needsTechContext: boolean;
  /** Characters that must not touch the token on either side (e.g. "&" for R&D, "-" for go-getter). */
  readonly badNeighbours: string;
  /** Following words that reveal ordinary English ("go to", "excel at"). */
  readonly badNextWords: readonly string[];
}

/** Normalised single-token terms never matched on their own (pronouns, particles). */
export const BLOCKED_TERMS: ReadonlySet<string> = new Set(
  (
    'it a i as do in on or and the to be is at by of for with an we us up so no if me my our ' +
    'you all one rest email design base make data link note press play drive did less call ' +
    'source electronic computer formula algorithm plan chip cops rage alarm sensor ict ' +
    'controller encoder hydraulic pneumatic'
  ).split(' '),
);

/** Common English words that are also product names: match only when capitalised. */
export const CAPITALISED_ONLY: ReadonlySet<string> = new Set(
  (
    'access chef puppet spark swift slack word outlook office box team react express flask ' +
    'hive pig storm ruby shell unity ant jest mocha ember backbone meteor elm dart julia ' +
    'crystal sage oracle project visio publisher teams zoom notion asana monday basecamp ' +
    'trello jira confluence bamboo camel pulse compass maple sketch figma canvas blackboard ' +
    'moodle quicken peachtree eclipse atom vim emacs perl logo scheme prolog lisp smalltalk ' +
    'apex agile scrum kanban git vue rust kube node hack scratch harvest turing salt absorb ' +
    'euphoria fantom dylan occam ada drone cuneiform shiva ning'
  ).split(' '),
);

const TECH_CUES: ReadonlySet<string> = new Set(
  (
    'programming language lang developer development engineer code coding stack backend ' +
    'service microservice compiler library framework script spreadsheet pivot vlookup macro ' +
    'software tool statistical studio'
  ).split(' '),
);

/** The explicit rule table for ambiguous short terms, keyed by normalised term. */
export const AMBIGUOUS_RULES: Readonly<Record<string, AmbiguousRule>> = {
  go: {
    forms: ['Go', 'GO'],
    needsTechContext: true,
    badNeighbours: "-'’",
    badNextWords: [
      'to',
      'live',
      'ahead',
      'beyond',
      'getter',
      'through',
      'above',
      'back',
      'for',
      'with',
      'get',
      'out',
      'on',
      'into',
      'the',
      'a',
      'an',
      'further',
      'deep',
      'far',
      'over',
      'from',
      'in',
      'up',
      'down',
      'market',
      'big',
      'extra',
      'home',
      'team',
    ],
  },
  r: {
    forms: ['R'],
    needsTechContext: true,
    badNeighbours: "&-'’.",
    badNextWords: ['and', 'd', 'n'],
  },
  c: {
    forms: ['C'],
    needsTechContext: true,
    badNeighbours: "&-'’.",
    badNextWords: ['level', 'suite', 'corp', 'corporation'],
  },
  excel: {
    forms: ['Excel', 'EXCEL'],
    needsTechContext: true,
    badNeighbours: '',
    badNextWords: ['at', 'in', 'as', 'with', 'when', 'under', 'on', 'by', 'and', 'beyond'],
  },
};

/**
 * Local verdict for a single-token hit: `false` rejects it, `'ok'` accepts it, `'context'`
 * accepts it only in a tech context (another hard skill nearby or a cue word).
 */
export function checkLocalRule(
  text: string,
  tokens: readonly Token[],
  index: number,
): false | 'ok' | 'context' {
  const tok = tokens[index];
  if (!tok) return false;
  if (BLOCKED_TERMS.has(tok.norm)) return false;
  const rule = AMBIGUOUS_RULES[tok.norm];
  if (rule) {
    if (!rule.forms.includes(tok.raw)) return false;
    const before = text[tok.start - 1] ?? ' ';
    const after = text[tok.end] ?? ' ';
    if (rule.badNeighbours.includes(before) || rule.badNeighbours.includes(after)) return false;
    const next = tokens[index + 1];
    if (next && rule.badNextWords.includes(next.norm) && !isListBreak(text, tok.end, next.start)) {
      return false;
    }
    return rule.needsTechContext ? 'context' : 'ok';
  }
  if (CAPITALISED_ONLY.has(tok.norm)) {
    if (!/^\p{Lu}/u.test(tok.raw)) return false;
    // A capital at the start of a sentence proves nothing ("Access to …").
    return /(^|[.!?:\n•*-])\s*$/.test(text.slice(Math.max(0, tok.start - 4), tok.start))
      ? 'context'
      : 'ok';
  }
  if (tok.norm.length <= 2) return tok.raw === tok.raw.toUpperCase() ? 'ok' : false;
  return 'ok';
}

/** A cue word right before or after the token ("R programming", "Go developer"). */
export function hasCueWord(tokens: readonly Token[], index: number): boolean {
  const prev = tokens[index - 1]?.norm ?? '';
  const next = tokens[index + 1]?.norm ?? '';
  return TECH_CUES.has(next) || TECH_CUES.has(prev) || next === 'golang';
}

function isListBreak(text: string, from: number, to: number): boolean {
  return /[,;/|()•·\n]/.test(text.slice(from, to));
}
