/**
 * Text normalisation for skill matching: NFKC, lower case, punctuation folding that keeps
 * `+ # .` inside tech tokens (c++, c#, .net, node.js), simple plural → singular and US/UK
 * spelling folding. `tokenize` keeps offsets into the original text for evidence spans.
 * @module
 */

/** One token of the original text: its normalised form and its UTF-16 range in the input. */
export interface Token {
  /** Normalised token text (never empty, no spaces). */
  readonly norm: string;
  /** The exact original substring. */
  readonly raw: string;
  /** Start offset (inclusive) into the original text. */
  readonly start: number;
  /** End offset (exclusive) into the original text. */
  readonly end: number;
}

/** Normalises free text to space-separated normalised tokens (the form stored in the pack). */
export function normalise(text: string): string {
  return tokenize(text)
    .map((t) => t.norm)
    .join(' ');
}

/** Splits text into word tokens with offsets into the ORIGINAL string. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const re = TOKEN_RE();
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const raw = m[0];
    const norm = normaliseToken(raw);
    if (norm !== '') tokens.push({ norm, raw, start: m.index, end: m.index + raw.length });
  }
  return tokens;
}

/** Normalises one already-isolated token (see `normalise`). */
export function normaliseToken(raw: string): string {
  const lower = raw.normalize('NFKC').toLowerCase();
  if (!/^[\p{L}\p{M}]+$/u.test(lower)) return lower;
  const singular = isPluralAcronym(raw) ? lower.slice(0, -1) : singularise(lower, raw);
  return foldSpelling(singular);
}

// A token: optional leading "." (".net"), alphanumerics joined by single inner "." / "'"-less
// dots (node.js, asp.net), then optional trailing "+"s or "#" (c++, c#, f#).
const TOKEN_RE = (): RegExp =>
  /(?:\.(?=[\p{L}]))?[\p{L}\p{N}\p{M}]+(?:\.[\p{L}\p{N}\p{M}]+)*(?:\+{1,2}|#)?/gu;

function isPluralAcronym(raw: string): boolean {
  return /^[A-Z]{2,}s$/.test(raw);
}

const ALL_CAPS = /^[A-Z]+$/;
const ES_EXCEPTIONS: Record<string, string> = {
  caches: 'cache',
  niches: 'niche',
  headaches: 'headache',
  avalanches: 'avalanche',
};

function singularise(word: string, raw: string): string {
  if (word.length <= 3 || ALL_CAPS.test(raw)) return word;
  const exception = ES_EXCEPTIONS[word];
  if (exception) return exception;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ss|x|ch|sh|zz)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

// US → UK: ESCO is written in British English, so fold towards it.
const SPELLING: Record<string, string> = {
  color: 'colour',
  behavior: 'behaviour',
  labor: 'labour',
  favor: 'favour',
  honor: 'honour',
  humor: 'humour',
  neighbor: 'neighbour',
  flavor: 'flavour',
  endeavor: 'endeavour',
  harbor: 'harbour',
  rumor: 'rumour',
  vapor: 'vapour',
  center: 'centre',
  centered: 'centred',
  programme: 'program',
  catalog: 'catalogue',
  analog: 'analogue',
  dialog: 'dialogue',
  defense: 'defence',
  offense: 'offence',
  license: 'licence',
  modeling: 'modelling',
  modeled: 'modelled',
  labeling: 'labelling',
  labeled: 'labelled',
  traveling: 'travelling',
  canceled: 'cancelled',
  fulfill: 'fulfil',
  enrollment: 'enrolment',
};

function foldSpelling(word: string): string {
  let w = word;
  if (w.length >= 6) {
    w = w
      .replace(/izations?$/, 'isation')
      .replace(/iz(e|ed|er|ing)$/, 'is$1')
      .replace(/yz(e|ed|er|ing)$/, 'ys$1');
  }
  return SPELLING[w] ?? w;
}
