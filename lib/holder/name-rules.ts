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

/** Plain-English wording of each reason for the card (checked complete by the compiler). */
export const NAME_MATCH_WORDING = {
  same_name: 'The credential is in the same name as this page.',
  same_name_reordered:
    'Same name, written surname first ("Lovelace, Ada") on one side and given name first on the other.',
  middle_name_missing:
    'Same given name and surname; one side also has a middle name the other leaves out.',
  middle_initial: 'Same name; one side abbreviates a middle name to its initial.',
  spacing_differs:
    'The same letters, spaced or joined differently ("De Vries" and "DeVries"). Probably the same name.',
  initial_only:
    'One side gives only an initial where the other has a full name ("A. Lovelace"). It fits, but so would other names.',
  one_of_two_surnames:
    'One side has two surnames, the other only the first of them ("García Márquez" and "García"). Common, but not proof.',
  hyphenated_part:
    'One side uses only part of a hyphenated name ("Smith-Jones" and "Jones"). Common, but not proof.',
  middle_names_differ:
    'Same given name and surname, but different middle names. Could be the same person or a namesake.',
  name_order_differs:
    'The same names in a different order ("Zhang Wei" and "Wei Zhang"). Often the same person, since some cultures put the family name first.',
  one_name_only:
    'One side gives a single name, which appears in the other. Too little to tell who it is.',
  known_by_title:
    'The credential names its holder with a title ("Ada King, Countess of Lovelace"), and the page uses the name from the title.',
  login_matches:
    'The page shows only a username, and it spells the credential’s name. Anyone can pick a username, so this is a hint, not proof.',
  different_names:
    'The names are different. A nickname, a changed name or another spelling could explain it; check before relying on this credential.',
  mixed_scripts:
    'A name mixes letters from different alphabets in one word, the way look-alike names are made, so it is not the same text as the other name.',
  different_scripts:
    'The names are in different alphabets (for example Latin and Cyrillic). Credlens does not transliterate, so it cannot compare them.',
  login_differs:
    'The page shows only a username, and it does not spell the credential’s name. Usernames often differ from names, so this says nothing.',
  no_credential_name: 'The credential does not name its holder, so there is nothing to compare.',
  no_page_name: 'This page does not say whose it is, so there is nothing to compare.',
  name_too_long: 'A name is too long to be a person’s name, so Credlens did not compare it.',
} as const satisfies Record<NameMatchReason, string>;
