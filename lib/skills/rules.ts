/**
 * Applies the precision rules (data in precision-rules.ts and word-rules.ts, each rule with why
 * and examples — most from real postings — that test/unit/skills/precision-rules.test.ts runs):
 * the verdict on a one-word hit, cue words, and the spans no skill may start in (the hiring
 * organisation, degree lines' fields of study, team names). Nothing else decides precision.
 * @module
 */
import type { Token } from './normalize';
import { BLOCKED_TERMS, CAPITALISED_ONLY, ORGANISATION_TERMS } from './precision-rules';
import { WORD_RULES, type WordRule } from './word-rules';

export {
  BLOCKED_PHRASES,
  BLOCKED_TERMS,
  CAPITALISED_ONLY,
  ORGANISATION_TERMS,
  PRECISION_RULES,
  type PrecisionRule,
} from './precision-rules';
export { type RuleExample, WORD_RULES, type WordRule } from './word-rules';

/** Words next to a term that show it is a technology ("R programming", "Go developer"). */
const TECH_CUES: ReadonlySet<string> = new Set(
  (
    'programming language lang developer development engineer code coding stack backend ' +
    'service microservice compiler library framework script spreadsheet pivot vlookup macro ' +
    'software tool statistical studio'
  ).split(' '),
);

/** Words that start a degree or qualification ("BS in Computer Science"). */
const DEGREE_CUE =
  /\b(?:B\.?S\.?c?|B\.?A\.?|B\.?Eng|M\.?S\.?c?|M\.?Eng|MBA|Ph\.?D\.?|BTech|MTech|[Bb]achelor(?:'s|’s|s)?|[Mm]aster(?:'s|’s|s)?|[Dd]egree|[Dd]iploma|[Dd]octorate)\b/g;
/** The field of study follows "in" or "of" close after the degree word. */
const DEGREE_FIELD = /^[^.;:\n•]{0,40}?\b(?:in|of)\s/;
/** Where a degree's field list ends. */
const DEGREE_END =
  /[;:\n•]|\.(?=\s+\p{Lu}|\s*$)|\b(?:and|with|plus|including|experience|years?)\b/u;

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
  if (BLOCKED_TERMS.has(tok.norm) || ORGANISATION_TERMS.has(tok.norm)) return false;
  const rule = WORD_RULES[tok.norm];
  if (rule) return wordVerdict(rule, text, tokens, index);
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

/**
 * Token positions no skill may start at: the hiring organisation's name, degree lines' fields of
 * study, and team names ("the Cloud Storage team").
 */
export function ignoredSpans(
  text: string,
  tokens: readonly Token[],
  ignore: readonly string[],
): Set<number> {
  const out = new Set<number>();
  const names = ignore.map((n) => n.trim().toLowerCase()).filter((n) => n.length >= 2);
  if (names.length > 0) {
    const lower = text.toLowerCase();
    tokens.forEach((t, i) => {
      if (names.some((n) => lower.startsWith(n, t.start))) out.add(i);
    });
  }
  for (const m of text.matchAll(DEGREE_CUE)) {
    const after = (m.index ?? 0) + m[0].length;
    const field = DEGREE_FIELD.exec(text.slice(after, after + 60));
    if (!field) continue;
    const from = after + field[0].length;
    const rest = text.slice(from, from + 200);
    const stop = DEGREE_END.exec(rest);
    const until = from + (stop ? stop.index : rest.length);
    tokens.forEach((t, i) => {
      if (t.start >= from && t.end <= until) out.add(i);
    });
  }
  tokens.forEach((t, i) => {
    if (t.norm !== 'team' || i < 2) return;
    // "the/our/join <Name …> team": the words between the determiner and "team".
    for (let j = i - 1; j >= Math.max(0, i - 5); j--) {
      const norm = tokens[j]?.norm ?? '';
      if (norm === 'the' || norm === 'our' || norm === 'your') {
        for (let k = j + 1; k < i; k++) out.add(k);
        break;
      }
    }
  });
  return out;
}

function wordVerdict(
  rule: WordRule,
  text: string,
  tokens: readonly Token[],
  index: number,
): false | 'ok' | 'context' {
  const tok = tokens[index] as Token;
  if (!rule.forms.includes(tok.raw)) return false;
  const before = text[tok.start - 1] ?? ' ';
  const after = text[tok.end] ?? ' ';
  if (rule.badNeighbours.includes(before) || rule.badNeighbours.includes(after)) return false;
  const next = tokens[index + 1];
  if (next && rule.badNextWords.includes(next.norm) && !isListBreak(text, tok.end, next.start)) {
    return false;
  }
  const nearby = tokens.slice(index + 1, index + 7).map((t) => t.norm);
  if (rule.badNearbyWords?.some((w) => nearby.includes(w))) return false;
  return rule.needsTechContext ? 'context' : 'ok';
}

function isListBreak(text: string, from: number, to: number): boolean {
  return /[,;/|()•·\n]/.test(text.slice(from, to));
}
