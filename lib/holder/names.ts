// Holder names: does the name a credential gives its holder fit the person a page is about? Both
// names are folded to one comparable form (UAX #15 NFKC, UAX #44 default case mapping, selected
// combining marks dropped) and compared by explicit rules, each returning a reason code.
// Policy: no similarity scores or edit distance: "Jordan Rivers" must never pass for "Jordan
// Rivera", since a candidate could pick a credential one letter away from the page's name.

import { cleanDisplayText } from '../shared/display-text';
import {
  AMBIGUOUS_HONORIFICS,
  HONORIFICS,
  INITIAL_SCRIPTS,
  JOINING_PUNCTUATION,
  LETTER_FOLDS,
  MARKS_DROPPED,
  NAME_MATCH_OUTCOMES,
  POST_NOMINALS,
  POST_NOMINALS_AFTER_COMMA,
  PRONOUNS,
  SCRIPTS,
  TITLES_OF_NOBILITY,
  UNSPACED_SCRIPTS,
} from './name-rules';
import type { CompareNamesOptions, NameComparison, NameMatchReason } from './types';

/** Longer than any real name; a longer one is not compared (unknown), never cut to fit. */
export const MAX_NAME_LENGTH = 256;

/**
 * Compares the credential's holder name with the page's name (or, when the page has none or the
 * names disagree, its login). Either name absent gives `unknown`; the reason says why.
 */
export function compareNames(
  credentialName: string | undefined,
  pageName: string | undefined,
  options: CompareNamesOptions = {},
): NameComparison {
  const credential = cleanDisplayText(credentialName ?? '');
  const page = cleanDisplayText(pageName ?? '');
  const login = cleanDisplayText(options.pageLogin ?? '');
  const shownPage = hasLetter(page) ? page : login;
  const result = (reason: NameMatchReason): NameComparison => {
    const comparison: NameComparison = { outcome: NAME_MATCH_OUTCOMES[reason], reason };
    if (credential !== '') comparison.credential = cleanDisplayText(credential, MAX_NAME_LENGTH);
    if (shownPage !== '') comparison.page = cleanDisplayText(shownPage, MAX_NAME_LENGTH);
    return comparison;
  };
  if (!hasLetter(credential)) return result('no_credential_name');
  if (!hasLetter(page) && !hasLetter(login)) return result('no_page_name');
  if ([credential, page, login].some((text) => text.length > MAX_NAME_LENGTH)) {
    return result('name_too_long');
  }
  const holder = parseName(credential);
  const loginMatches = hasLetter(login) && matchesLogin(holder, login);
  if (!hasLetter(page)) {
    if (loginMatches) return result('login_matches');
    const loginScripts = scriptsOf([foldText(login)]);
    const nameScripts = scriptsOf(texts(holder.tokens));
    return result(isDisjoint(loginScripts, nameScripts) ? 'different_scripts' : 'login_differs');
  }
  const byName = compareParsed(holder, parseName(page));
  // A login is the page owner's own choice, as the display name is: when it spells the
  // credential's name it is a hint even if the display name is a handle or a company.
  const outcome = NAME_MATCH_OUTCOMES[byName];
  if (loginMatches && (outcome === 'mismatch' || outcome === 'unknown')) {
    return result('login_matches');
  }
  return result(byName);
}

type Token = { text: string; index: number; group: number | undefined };
type ParsedName = { tokens: Token[]; reordered: boolean; titleTokens: Token[] };
type Word = { key: string; parts: string[]; hyphenated: boolean };
type Fit = 'full' | 'initial' | undefined;

const LETTER = /\p{L}/u;
const SCRIPT_PATTERNS = SCRIPTS.map((name) => [name, new RegExp(`\\p{sc=${name}}`, 'u')] as const);
const NEUTRAL_SCRIPT = /[\p{sc=Common}\p{sc=Inherited}]/u;
const NOT_WORD = /[^\p{L}\p{M}\p{N}]+/u;
const NOT_WORD_GLOBAL = /[^\p{L}\p{M}\p{N}]+/gu;
const HYPHEN_INSIDE = /[\p{L}\p{M}\p{N}]\p{Pd}+[\p{L}\p{M}\p{N}]/u;
const BRACKETED = /[([{]([^()[\]{}]*)[)\]}]/gu;
const COMMAS = /[,\u060c]/u;
/** Preference between alignments that fit: stronger evidence first, then the simpler reading. */
const ALIGNMENT_ORDER: NameMatchReason[] = [
  'same_name',
  'middle_initial',
  'middle_name_missing',
  'middle_names_differ',
  'initial_only',
  'one_of_two_surnames',
  'hyphenated_part',
];

function hasLetter(text: string): boolean {
  return LETTER.test(text);
}

/**
 * One comparable form. Case: the locale-independent default mapping (toLowerCase), because a
 * name's language is unknown; Turkish "İ" lowers to "i" plus a dot that is then dropped, and
 * dotless "ı" is folded to "i", so "IŞIK", "Işık" and "Isik" compare equal.
 */
function foldText(text: string): string {
  const lowered = text.replace(JOINING_PUNCTUATION, '').normalize('NFKC').toLowerCase();
  const unmarked = lowered.normalize('NFD').replace(MARKS_DROPPED, '$1').normalize('NFC');
  return Array.from(unmarked, (point) => LETTER_FOLDS[point] ?? point).join('');
}

function parseName(cleaned: string): ParsedName {
  const folded = foldText(cleaned).replace(BRACKETED, (whole, inner: string) =>
    inner.split(NOT_WORD).every((word) => word === '' || PRONOUNS.has(word)) ? ' ' : whole,
  );
  const [first = [], ...rest] = folded.split(COMMAS).map(splitWords);
  const kept = [first];
  let titleWords: Word[] = [];
  for (const segment of rest) {
    if (segment.every(isDroppedAfterComma)) continue;
    const [head, of] = segment;
    if (segment.length > 2 && head && TITLES_OF_NOBILITY.has(head.key) && of?.key === 'of') {
      titleWords = segment.slice(2);
    } else {
      kept.push(segment);
    }
  }
  const segments = kept.filter((segment) => segment.length > 0).map(trimTitles);
  // Exactly two parts is "Last, First"; more cannot be read reliably, so they stay in order.
  const reordered = segments.length === 2;
  const ordered = reordered ? [...segments].reverse() : segments;
  const tokens = toTokens(ordered.flat(), 0);
  if (tokens.length === 0) {
    // Only punctuation-like letters (a lone "ʼ"): compare the text as it stands.
    tokens.push({ text: cleaned.toLowerCase().replace(/\s/gu, ''), index: 0, group: undefined });
  }
  return { tokens, reordered, titleTokens: toTokens(titleWords, tokens.length) };
}

function splitWords(segment: string): Word[] {
  return segment
    .split(/\s+/u)
    .map((word) => {
      const parts = word.split(NOT_WORD).filter((part) => part !== '');
      return { key: parts.join(''), parts, hyphenated: HYPHEN_INSIDE.test(word) };
    })
    .filter((word) => word.parts.length > 0);
}

function isDroppedAfterComma(word: Word): boolean {
  return (
    POST_NOMINALS.has(word.key) ||
    POST_NOMINALS_AFTER_COMMA.has(word.key) ||
    HONORIFICS.has(word.key)
  );
}

/** Leading honorifics and trailing post-nominals go, but never the last remaining word. */
function trimTitles(words: Word[]): Word[] {
  let start = 0;
  let end = words.length;
  const isHonorific = (key: string) =>
    HONORIFICS.has(key) || (AMBIGUOUS_HONORIFICS.has(key) && end - start > 2);
  while (end - start > 1 && isHonorific(words[start]?.key ?? '')) start++;
  while (end - start > 1 && POST_NOMINALS.has(words[end - 1]?.key ?? '')) end--;
  return words.slice(start, end);
}

function toTokens(words: Word[], firstIndex: number): Token[] {
  const tokens: Token[] = [];
  words.forEach((word, wordIndex) => {
    for (const text of word.parts) {
      const group = word.hyphenated ? firstIndex + wordIndex : undefined;
      tokens.push({ text, index: firstIndex + tokens.length, group });
    }
  });
  return tokens;
}

/** The name rules in order; the first that applies gives the reason. Symmetric in its outcome. */
function compareParsed(a: ParsedName, b: ParsedName): NameMatchReason {
  const reason = compareTokens(a, b);
  if (reason !== 'different_names') return reason;
  // "Ada King, Countess of Lovelace" is also Ada Lovelace: her given names with the title's place.
  const alternatives: Array<[ParsedName, ParsedName]> = [
    [titleName(a), b],
    [a, titleName(b)],
    [titleName(a), titleName(b)],
  ];
  for (const [left, right] of alternatives) {
    if (left === a && right === b) continue;
    const outcome = NAME_MATCH_OUTCOMES[compareTokens(left, right)];
    if (outcome === 'match' || outcome === 'possible') return 'known_by_title';
  }
  return reason;
}

function compareTokens(a: ParsedName, b: ParsedName): NameMatchReason {
  const [left, right] = [texts(a.tokens), texts(b.tokens)];
  if (left.join(' ') === right.join(' ')) {
    return a.reordered === b.reordered ? 'same_name' : 'same_name_reordered';
  }
  if (left.join('') === right.join('')) {
    return isSubsetOf(scriptsOf(left), UNSPACED_SCRIPTS) ? 'same_name' : 'spacing_differs';
  }
  if ([...left, ...right].some(isMixedScript)) return 'mixed_scripts';
  if (isDisjoint(scriptsOf(left), scriptsOf(right))) return 'different_scripts';
  if (left.length === right.length && [...left].sort().join(' ') === [...right].sort().join(' ')) {
    return 'name_order_differs';
  }
  if (left.length === 1 || right.length === 1) {
    const [single, other] = left.length === 1 ? [left, right] : [right, left];
    return other.includes(single[0] ?? '') ? 'one_name_only' : 'different_names';
  }
  const aligned = [alignNames(a.tokens, b.tokens), alignNames(b.tokens, a.tokens)]
    .filter((found) => found !== undefined)
    .sort((x, y) => ALIGNMENT_ORDER.indexOf(x) - ALIGNMENT_ORDER.indexOf(y));
  return aligned[0] ?? 'different_names';
}

/**
 * Reads `a` and `b` as given name, middle names, surname(s). The given names and the surnames
 * must agree (equal, or one an initial of the other); `a` may carry a second surname that `b`
 * leaves out; middle names may be missing from either side.
 */
function alignNames(a: Token[], b: Token[]): NameMatchReason | undefined {
  const [givenA, givenB, lastA, lastB] = [a[0], b[0], a.at(-1), b.at(-1)];
  if (!givenA || !givenB || !lastA || !lastB) return undefined;
  const given = tokenFit(givenA.text, givenB.text);
  let family = tokenFit(lastA.text, lastB.text);
  const secondSurname = family === undefined && a.length > 2 && a.at(-2)?.text === lastB.text;
  if (secondSurname) family = 'full';
  if (given === undefined || family === undefined) return undefined;
  const middle = alignMiddles(a.slice(1, secondSurname ? -2 : -1), b.slice(1, -1));
  const droppedA = secondSurname ? [...middle.unmatchedA, lastA] : middle.unmatchedA;
  if (hasHyphenPartner(droppedA, a) || hasHyphenPartner(middle.unmatchedB, b)) {
    return 'hyphenated_part';
  }
  if (secondSurname) return 'one_of_two_surnames';
  if (given === 'initial' || family === 'initial') return 'initial_only';
  if (middle.unmatchedA.length > 0 && middle.unmatchedB.length > 0) return 'middle_names_differ';
  if (middle.unmatchedA.length > 0 || middle.unmatchedB.length > 0) return 'middle_name_missing';
  return middle.initial ? 'middle_initial' : 'same_name';
}

/** The longest in-order pairing of middle names (LCS, with an initial fitting its name). */
function alignMiddles(a: Token[], b: Token[]) {
  const best = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  const at = (i: number, j: number) => best[i]?.[j] ?? 0;
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const paired = tokenFit(a[i]?.text ?? '', b[j]?.text ?? '') ? at(i + 1, j + 1) + 1 : 0;
      (best[i] as number[])[j] = Math.max(paired, at(i + 1, j), at(i, j + 1));
    }
  }
  const unmatchedA: Token[] = [];
  const unmatchedB: Token[] = [];
  let initial = false;
  let [i, j] = [0, 0];
  while (i < a.length && j < b.length) {
    const pair = tokenFit(a[i]?.text ?? '', b[j]?.text ?? '');
    if (pair && at(i, j) === at(i + 1, j + 1) + 1) {
      initial ||= pair === 'initial';
      [i, j] = [i + 1, j + 1];
    } else if (at(i + 1, j) >= at(i, j + 1)) {
      unmatchedA.push(a[i++] as Token);
    } else {
      unmatchedB.push(b[j++] as Token);
    }
  }
  unmatchedA.push(...a.slice(i));
  unmatchedB.push(...b.slice(j));
  return { unmatchedA, unmatchedB, initial };
}

function tokenFit(x: string, y: string): Fit {
  if (x === y) return 'full';
  return isInitialOf(x, y) || isInitialOf(y, x) ? 'initial' : undefined;
}

function isInitialOf(initial: string, name: string): boolean {
  if ([...initial].length !== 1 || name.length <= initial.length || !name.startsWith(initial)) {
    return false;
  }
  const script = scriptOf(initial);
  return script !== undefined && INITIAL_SCRIPTS.has(script);
}

/** Whether a left-out token was hyphen-joined to one that was kept ("Jones" of "Smith-Jones"). */
function hasHyphenPartner(dropped: Token[], all: Token[]): boolean {
  const droppedIndexes = new Set(dropped.map((token) => token.index));
  return dropped.some(
    (token) =>
      token.group !== undefined &&
      all.some((other) => other.group === token.group && !droppedIndexes.has(other.index)),
  );
}

function titleName(name: ParsedName): ParsedName {
  if (name.titleTokens.length === 0) return name;
  return { ...name, tokens: [...name.tokens.slice(0, -1), ...name.titleTokens] };
}

/**
 * Whether the login spells the name: all names run together, given + surname either way round,
 * initial + surname, initials + surname, or given + first surname. Separators go ("ada-lovelace",
 * "ada.lovelace"), and so do trailing digits ("adalovelace1815").
 */
function matchesLogin(name: ParsedName, login: string): boolean {
  const key = foldText(login)
    .replace(NOT_WORD_GLOBAL, '')
    .replace(/\p{Nd}+$/u, '');
  if (key === '') return false;
  return [name, titleName(name)].some((candidate) => loginForms(texts(candidate.tokens)).has(key));
}

function loginForms(names: string[]): Set<string> {
  const [given = '', family = ''] = [names[0], names.at(-1)];
  const initial = (name: string) => [...name][0] ?? '';
  if (names.length < 2) return new Set([given]);
  const forms = [
    names.join(''),
    given + family,
    family + given,
    initial(given) + family,
    names.slice(0, -1).map(initial).join('') + family,
  ];
  if (names.length > 2) forms.push(given + (names.at(-2) ?? ''));
  return new Set(forms);
}

function texts(tokens: Token[]): string[] {
  return tokens.map((token) => token.text);
}

function scriptOf(point: string): string | undefined {
  for (const [name, pattern] of SCRIPT_PATTERNS) if (pattern.test(point)) return name;
  return NEUTRAL_SCRIPT.test(point) ? undefined : 'Other';
}

/** The scripts of the letters (not marks, digits or Common letters such as "ー"). */
function scriptsOf(words: string[]): Set<string> {
  const scripts = new Set<string>();
  for (const point of words.join('')) {
    const script = LETTER.test(point) ? scriptOf(point) : undefined;
    if (script !== undefined) scripts.add(script);
  }
  return scripts;
}

/** One word in two alphabets ("Аda" with Cyrillic А), except kanji with kana or Hangul. */
function isMixedScript(word: string): boolean {
  const scripts = scriptsOf([word]);
  return scripts.size > 1 && !isSubsetOf(scripts, UNSPACED_SCRIPTS);
}

/** Both written in some script, and in no script in common ("Ada" and "Ада"). */
function isDisjoint(left: Set<string>, right: Set<string>): boolean {
  return left.size > 0 && right.size > 0 && ![...left].some((script) => right.has(script));
}

function isSubsetOf(scripts: Set<string>, of: ReadonlySet<string>): boolean {
  return scripts.size > 0 && [...scripts].every((script) => of.has(script));
}
