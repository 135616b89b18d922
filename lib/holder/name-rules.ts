// The data behind holder-name comparison (names.ts): titles and post-nominals that are not part of
// a name, letters folded for comparison, the scripts a name is written in, and for every reason
// code its outcome and its wording on the card. Words here are already folded (lower case, no
// diacritics, no punctuation), because that is the form names.ts looks them up in.

import type { NameMatchOutcome, NameMatchReason } from './types';

/**
 * Honorifics dropped from the start of a name (or of the given-name part of "Last, First").
 * English, then German, French, Spanish, Italian, Dutch. "Don" and "Dean" are left out: they are
 * also given names. "Sr" here is Señor; at the end of a name it is Senior (POST_NOMINALS).
 */
export const HONORIFICS: ReadonlySet<string> = new Set([
  ...['mr', 'mrs', 'ms', 'miss', 'mister', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame'],
  ...['lord', 'lady', 'rev', 'revd', 'reverend', 'fr', 'hon'],
  ...['herr', 'frau', 'dipling', 'mme', 'mlle', 'sr', 'sra', 'srta', 'dra', 'dott', 'dottssa'],
  ...['ing', 'drs', 'ir'],
]);

/**
 * Honorifics that are also a plausible initial ("M." is Monsieur or Marie): dropped only when at
 * least two words follow, so "M. Curie" keeps its initial and "M. Pierre Curie" loses the title.
 */
export const AMBIGUOUS_HONORIFICS: ReadonlySet<string> = new Set(['m']);

/**
 * Degrees, certifications, honours and generational suffixes dropped from the end of a name.
 * Generational suffixes go too, so a father and son with the same name compare as the same name
 * (a shared name Credlens cannot tell apart anyway).
 */
export const POST_NOMINALS: ReadonlySet<string> = new Set([
  ...['phd', 'dphil', 'edd', 'md', 'dds', 'dmd', 'dvm', 'pharmd', 'jd', 'llb', 'llm', 'mba'],
  ...['msc', 'mphil', 'mres', 'meng', 'beng', 'bsc', 'ceng', 'rn', 'cpa', 'cfa', 'pmp'],
  ...['cissp', 'cism', 'cisa', 'ceh', 'csm', 'frs', 'obe', 'mbe', 'cbe', 'kbe', 'dbe', 'esq'],
  ...['jr', 'sr', 'ii', 'iii', 'iv'],
]);

/**
 * Post-nominals that are also surnames or given names (Ma and Do are Chinese and Vietnamese
 * surnames): dropped only as their own comma-separated part ("Jack Ma" keeps "Ma";
 * "Ada Lovelace, MA" loses it).
 */
export const POST_NOMINALS_AFTER_COMMA: ReadonlySet<string> = new Set([
  ...['ma', 'ba', 'bs', 'ms', 'do', 'pe'],
]);

/** "Countess of Lovelace": a part after a comma that starts with one of these and "of" is a title. */
export const TITLES_OF_NOBILITY: ReadonlySet<string> = new Set([
  ...['count', 'countess', 'earl', 'duke', 'duchess', 'baron', 'baroness', 'viscount'],
  ...['viscountess', 'marquess', 'marchioness', 'lord', 'lady', 'prince', 'princess'],
]);

/** A bracketed part made only of these, as in "Ada Lovelace (she/her)", is not part of the name. */
export const PRONOUNS: ReadonlySet<string> = new Set([
  ...['she', 'her', 'hers', 'he', 'him', 'his', 'they', 'them', 'theirs', 'ze', 'hir', 'xe'],
  ...['xem', 'any', 'all', 'pronouns'],
]);

/**
 * Letters that are distinct code points rather than a letter plus a combining mark, so stripping
 * marks leaves them alone, yet are routinely written without their stroke or ligature in systems
 * that only take ASCII ("Łukasz" as "Lukasz", "Strauß" as "Strauss", "Işık" as "Isik").
 * ς→σ: Greek final sigma is the same letter in another position. ё→е: Russian routinely writes ё
 * as е; other Cyrillic marks are kept (й is not и).
 */
export const LETTER_FOLDS: Readonly<Record<string, string>> = {
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ø: 'o',
  ħ: 'h',
  ŧ: 't',
  ı: 'i',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  ς: 'σ',
  ё: 'е',
};

/**
 * Punctuation that joins the letters of one word, removed so the word stays whole: apostrophes
 * ("O'Brien" = "OBrien"; "O Brien" only differs in spacing), the Catalan middle dot ("Col·lell" =
 * "Collell") and the Arabic tatweel, which only stretches a word. Removed before NFKC, which would
 * turn the acute accent U+00B4 into a space and a combining mark.
 */
export const JOINING_PUNCTUATION =
  /['\u2018\u2019\u02bc\u02bb\u0060\u00b4\u2032\uff07\u00b7\u0640]/gu;

/**
 * Scripts whose combining marks are dropped for comparison: Latin and Greek accents are routinely
 * left out ("José"/"Jose", Greek capitals without tonos); Arabic harakat and Hebrew niqqud are
 * optional vowel pointing that names usually omit. Policy: marks are kept everywhere else, above
 * all in Brahmic scripts (Devanagari …) and Thai, where a vowel sign is the spelling, and in
 * Cyrillic (й is not и).
 */
export const MARKS_DROPPED = /([\p{sc=Latin}\p{sc=Greek}\p{sc=Arabic}\p{sc=Hebrew}])\p{M}+/gu;

/** Scripts a name's letters are sorted into; a letter in none of them counts as "Other". */
export const SCRIPTS = [
  ...['Latin', 'Greek', 'Cyrillic', 'Armenian', 'Georgian', 'Hebrew', 'Arabic', 'Syriac'],
  ...['Thaana', 'Devanagari', 'Bengali', 'Gurmukhi', 'Gujarati', 'Oriya', 'Tamil', 'Telugu'],
  ...['Kannada', 'Malayalam', 'Sinhala', 'Thai', 'Lao', 'Tibetan', 'Myanmar', 'Ethiopic'],
  ...['Khmer', 'Mongolian', 'Han', 'Hiragana', 'Katakana', 'Hangul', 'Cherokee'],
] as const;

/**
 * Scripts written without spaces inside a name, where "张伟" and "张 伟" are the same name, and
 * which mix freely in one word (Japanese kanji with kana).
 */
export const UNSPACED_SCRIPTS: ReadonlySet<string> = new Set([
  'Han',
  'Hiragana',
  'Katakana',
  'Hangul',
]);

/** Alphabets in which a single letter can stand for a name ("A. Lovelace"). */
export const INITIAL_SCRIPTS: ReadonlySet<string> = new Set([
  ...['Latin', 'Greek', 'Cyrillic', 'Armenian', 'Georgian', 'Hebrew'],
]);

/** The outcome each reason stands for: one place, so a reason can never come with two verdicts. */
export const NAME_MATCH_OUTCOMES = {
  same_name: 'match',
  same_name_reordered: 'match',
  middle_name_missing: 'match',
  middle_initial: 'match',
  spacing_differs: 'possible',
  initial_only: 'possible',
  one_of_two_surnames: 'possible',
  hyphenated_part: 'possible',
  middle_names_differ: 'possible',
  name_order_differs: 'possible',
  one_name_only: 'possible',
  known_by_title: 'possible',
  login_matches: 'possible',
  different_names: 'mismatch',
  mixed_scripts: 'mismatch',
  different_scripts: 'unknown',
  login_differs: 'unknown',
  no_credential_name: 'unknown',
  no_page_name: 'unknown',
  name_too_long: 'unknown',
} as const satisfies Record<NameMatchReason, NameMatchOutcome>;
