// Holder names: each rule with the pairs that reach it (outcome and reason both pinned), the data
// tables entry by entry, the login rule, and two properties: a name always matches itself, and
// comparing name with name gives the same answer either way round.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameMatchKey } from '../../../lib/holder';
import {
  AMBIGUOUS_HONORIFICS,
  HONORIFICS,
  LETTER_FOLDS,
  NAME_MATCH_OUTCOMES,
  POST_NOMINALS,
  POST_NOMINALS_AFTER_COMMA,
  PRONOUNS,
  TITLES_OF_NOBILITY,
} from '../../../lib/holder/name-rules';
import { compareNames, MAX_NAME_LENGTH } from '../../../lib/holder/names';
import type { NameMatchOutcome, NameMatchReason } from '../../../lib/holder/types';
import { cleanDisplayText } from '../../../lib/shared/display-text';
import { isMessageKey, sayEnglish } from '../../../lib/shared/words';

type Pair = [credential: string, page: string, outcome: NameMatchOutcome, reason: NameMatchReason];

const PAIRS: Pair[] = [
  // Same name after folding case, accents, punctuation and spacing.
  ['Ada Lovelace', 'Ada Lovelace', 'match', 'same_name'],
  ['ADA LOVELACE', 'ada lovelace', 'match', 'same_name'],
  ['  Ada   Lovelace ', 'Ada Lovelace', 'match', 'same_name'],
  ['José Núñez', 'Jose Nunez', 'match', 'same_name'],
  ['Zoë Saldaña', 'Zoe Saldana', 'match', 'same_name'],
  ['Łukasz Żółć', 'Lukasz Zolc', 'match', 'same_name'],
  ['Johann Strauß', 'Johann Strauss', 'match', 'same_name'],
  ['Søren Kierkegaard', 'Soren Kierkegaard', 'match', 'same_name'],
  ['Elif Işık', 'ELIF IŞIK', 'match', 'same_name'],
  ['Elif Işık', 'Elif Isik', 'match', 'same_name'],
  ['İlker Başbuğ', 'Ilker Basbug', 'match', 'same_name'],
  ['Ａｄａ Ｌｏｖｅｌａｃｅ', 'Ada Lovelace', 'match', 'same_name'], // full width, NFKC
  ["Conan O'Brien", 'Conan O’Brien', 'match', 'same_name'],
  ["Conan O'Brien", 'Conan OBrien', 'match', 'same_name'],
  ['Jean-Luc Picard', 'Jean Luc Picard', 'match', 'same_name'],
  ['Ada Lovelace (she/her)', 'Ada Lovelace', 'match', 'same_name'],
  // Titles and post-nominals.
  ['Dr. Ada Lovelace, PhD', 'Ada Lovelace', 'match', 'same_name'],
  ['Prof. Dr. Ada Lovelace', 'Ada Lovelace', 'match', 'same_name'],
  ['Ada Lovelace, Ph.D., M.B.A.', 'Ada Lovelace', 'match', 'same_name'],
  ['Ada Lovelace CISSP PMP', 'Ada Lovelace', 'match', 'same_name'],
  ['Sir Tim Berners-Lee OBE', 'Tim Berners-Lee', 'match', 'same_name'],
  ['Herr Dipl.-Ing. Karl Benz', 'Karl Benz', 'match', 'same_name'],
  ['Sra. María Pérez', 'Maria Perez', 'match', 'same_name'],
  ['Dott.ssa Maria Rossi', 'Maria Rossi', 'match', 'same_name'],
  ['Martin Luther King Jr.', 'Martin Luther King', 'match', 'same_name'],
  ['M. Pierre Curie', 'Pierre Curie', 'match', 'same_name'],
  ['Jack Ma', 'Jack Li', 'mismatch', 'different_names'], // "Ma" is a surname here, not an MA
  ['Ada Lovelace, MA', 'Ada Lovelace', 'match', 'same_name'],
  // "Last, First".
  ['Lovelace, Ada', 'Ada Lovelace', 'match', 'same_name_reordered'],
  ['Lovelace, Dr. Ada', 'Ada Lovelace', 'match', 'same_name_reordered'],
  ['García Márquez, Gabriel', 'Gabriel García Márquez', 'match', 'same_name_reordered'],
  ['Lovelace, Ada', 'Lovelace, Ada', 'match', 'same_name'],
  // Middle names.
  ['Ada Augusta Lovelace', 'Ada Lovelace', 'match', 'middle_name_missing'],
  ['Ada A. Lovelace', 'Ada Augusta Lovelace', 'match', 'middle_initial'],
  ['Ada Augusta Lovelace', 'Ada Byron Lovelace', 'possible', 'middle_names_differ'],
  // Initials.
  ['A. Lovelace', 'Ada Lovelace', 'possible', 'initial_only'],
  ['J.R.R. Tolkien', 'John Ronald Reuel Tolkien', 'possible', 'initial_only'],
  ['Ada L.', 'Ada Lovelace', 'possible', 'initial_only'],
  ['M. Curie', 'Marie Curie', 'possible', 'initial_only'],
  ['B. Lovelace', 'Ada Lovelace', 'mismatch', 'different_names'],
  // Two surnames, hyphenated names.
  ['Gabriel García Márquez', 'Gabriel García', 'possible', 'one_of_two_surnames'],
  ['Gabriel José García Márquez', 'Gabriel García', 'possible', 'one_of_two_surnames'],
  ['Mary Smith-Jones', 'Mary Jones', 'possible', 'hyphenated_part'],
  ['Mary Smith-Jones', 'Mary Smith', 'possible', 'hyphenated_part'],
  ['Jean-Luc Picard', 'Jean Picard', 'possible', 'hyphenated_part'],
  // Order, spacing, one name, titles of nobility.
  ['Zhang Wei', 'Wei Zhang', 'possible', 'name_order_differs'],
  ['Ada Lovelace', 'Lovelace Ada', 'possible', 'name_order_differs'],
  ['Vincent van Gogh', 'Vincent vanGogh', 'possible', 'spacing_differs'],
  ['Conan O Brien', "Conan O'Brien", 'possible', 'spacing_differs'],
  ['Ada Lovelace', 'Ada', 'possible', 'one_name_only'],
  ['Ada Lovelace', 'Lovelace', 'possible', 'one_name_only'],
  ['Ada King, Countess of Lovelace', 'Ada Lovelace', 'possible', 'known_by_title'],
  ['Ada King, Countess of Lovelace', 'Ada King', 'match', 'same_name'],
  // Close is not the same.
  ['Jordan Rivera', 'Jordan Rivers', 'mismatch', 'different_names'],
  ['Ada Smith', 'Ada Jones', 'mismatch', 'different_names'],
  ['Robert Smith', 'Bob Smith', 'mismatch', 'different_names'], // nicknames are not known
  ['Ada Byron', 'Ada Lovelace', 'mismatch', 'different_names'], // nor name changes
  ['Ada', 'Adam', 'mismatch', 'different_names'],
  ['Hans Müller', 'Hans Mueller', 'mismatch', 'different_names'], // ü is not ue
  // Invisible characters neither hide nor create a match.
  ['Ada Love\u200blace', 'Ada Lovelace', 'match', 'same_name'],
  ['Ada\u00a0Love\u00adlace\u2060', 'Ada Lovelace', 'match', 'same_name'],
  ['\u202eAda Lovelace\u202c', 'Ada Lovelace', 'match', 'same_name'],
  ['Jordan Rivers\u200b', 'Jordan Rivera', 'mismatch', 'different_names'],
  ['Jordan\u200bRivera', 'Jordan Rivera', 'possible', 'spacing_differs'],
  ['Ada \u200b Smith', 'Ada \u200d Jones', 'mismatch', 'different_names'],
  // Cyrillic (ё = е, й ≠ и), Greek (final sigma, tonos, capitals).
  ['Пётр Иванов', 'Петр Иванов', 'match', 'same_name'],
  ['Андрей Иванов', 'Андреи Иванов', 'mismatch', 'different_names'],
  ['Иванов, Пётр', 'Пётр Иванов', 'match', 'same_name_reordered'],
  ['ΣΟΦΙΑ ΠΑΠΑΔΟΠΟΥΛΟΣ', 'Σοφία Παπαδόπουλος', 'match', 'same_name'],
  ['Νίκος Παπάς', 'Νίκος Παππάς', 'mismatch', 'different_names'],
  // Arabic and Hebrew vowel pointing is optional; Devanagari vowel signs are the spelling.
  ['مُحَمَّد علي', 'محمد علي', 'match', 'same_name'],
  ['أحمد علي', 'احمد علي', 'match', 'same_name'],
  ['محمد علي', 'محمد حسن', 'mismatch', 'different_names'],
  ['שָׂרָה כֹּהֵן', 'שרה כהן', 'match', 'same_name'],
  ['राम शर्मा', 'राम शर्मा', 'match', 'same_name'],
  ['राम शर्मा', 'रम शर्मा', 'mismatch', 'different_names'],
  // Chinese, Japanese, Korean: spacing inside the name does not matter.
  ['张伟', '张伟', 'match', 'same_name'],
  ['张伟', '张 伟', 'match', 'same_name'],
  ['张伟', '张　伟', 'match', 'same_name'], // ideographic space
  ['张伟', '王伟', 'mismatch', 'different_names'],
  ['山田太郎', '山田 太郎', 'match', 'same_name'],
  ['山田 太郎', '太郎 山田', 'possible', 'name_order_differs'],
  ['ｼﾞｮﾝ･ｽﾐｽ', 'ジョン スミス', 'match', 'same_name'], // half-width katakana, NFKC
  ['김민준', '김 민준', 'match', 'same_name'],
  ['김민준', '이민준', 'mismatch', 'different_names'],
  // Different scripts cannot be compared without transliteration.
  ['Ада Лавлейс', 'Ada Lovelace', 'unknown', 'different_scripts'],
  ['Zhang Wei', '张伟', 'unknown', 'different_scripts'],
  ['山田', 'ヤマダ', 'unknown', 'different_scripts'],
  ['Σοφία Παπαδοπούλου', 'Sofia Papadopoulou', 'unknown', 'different_scripts'],
  // A word spelt in two alphabets is a look-alike, not the same name.
  ['\u0410da Lovelace', 'Ada Lovelace', 'mismatch', 'mixed_scripts'], // Cyrillic А
  ['Ada Lovel\u0430ce', 'Ada Lovelace', 'mismatch', 'mixed_scripts'], // Cyrillic а
  // Nothing to compare.
  ['', 'Ada Lovelace', 'unknown', 'no_credential_name'],
  ['   ', 'Ada Lovelace', 'unknown', 'no_credential_name'],
  ['\u200b\u200d', 'Ada Lovelace', 'unknown', 'no_credential_name'],
  ['12345', 'Ada Lovelace', 'unknown', 'no_credential_name'],
  ['Ada Lovelace', '', 'unknown', 'no_page_name'],
  ['Ada Lovelace', '—', 'unknown', 'no_page_name'],
];

describe('compareNames on name pairs', () => {
  it.each(PAIRS)('%j vs %j → %s (%s)', (credential, page, outcome, reason) => {
    const result = compareNames(credential, page);
    expect([result.outcome, result.reason]).toEqual([outcome, reason]);
    expect(compareNames(page, credential).outcome).toBe(outcome);
  });

  it('gives unknown when either name is absent', () => {
    expect(compareNames(undefined, 'Ada Lovelace')).toMatchObject({
      outcome: 'unknown',
      reason: 'no_credential_name',
    });
    expect(compareNames('Ada Lovelace', undefined)).toMatchObject({
      outcome: 'unknown',
      reason: 'no_page_name',
    });
    expect(compareNames(undefined, undefined).outcome).toBe('unknown');
  });

  it('refuses to compare a name longer than MAX_NAME_LENGTH instead of cutting it', () => {
    const long = `Ada ${'x'.repeat(MAX_NAME_LENGTH)} Lovelace`;
    expect(compareNames(long, 'Ada Lovelace')).toMatchObject({
      outcome: 'unknown',
      reason: 'name_too_long',
    });
    expect(compareNames('Ada Lovelace', long).reason).toBe('name_too_long');
    expect(compareNames(long, 'Ada Lovelace').credential).toHaveLength(MAX_NAME_LENGTH);
  });

  it('returns both names as a reader sees them, invisible characters removed', () => {
    expect(compareNames('Ada\u200b Love\u2066lace', ' Ada  Lovelace ')).toEqual({
      outcome: 'match',
      reason: 'same_name',
      credential: 'Ada Lovelace',
      page: 'Ada Lovelace',
    });
    expect(compareNames(undefined, undefined)).toEqual({
      outcome: 'unknown',
      reason: 'no_credential_name',
    });
  });
});

type LoginCase = [
  credential: string,
  page: string | undefined,
  login: string,
  reason: NameMatchReason,
];

const LOGINS: LoginCase[] = [
  ['Ada Lovelace', undefined, 'adalovelace', 'login_matches'],
  ['Ada Lovelace', undefined, 'ada-lovelace', 'login_matches'],
  ['Ada Lovelace', undefined, 'Ada_Lovelace', 'login_matches'],
  ['Ada Lovelace', undefined, 'ada.lovelace', 'login_matches'],
  ['Ada Lovelace', undefined, 'alovelace', 'login_matches'],
  ['Ada Lovelace', undefined, 'lovelace-ada', 'login_matches'],
  ['Ada Lovelace', undefined, 'adalovelace1815', 'login_matches'],
  ['Ada Augusta Lovelace', undefined, 'aalovelace', 'login_matches'],
  ['Ada Augusta Lovelace', undefined, 'adalovelace', 'login_matches'],
  ['Gabriel García Márquez', undefined, 'gabrielgarcia', 'login_matches'],
  ['José Núñez', undefined, 'josenunez', 'login_matches'],
  ['Lovelace, Ada', undefined, 'adalovelace', 'login_matches'],
  ['Ada King, Countess of Lovelace', undefined, 'adalovelace', 'login_matches'],
  ['Ada Lovelace', undefined, 'adal', 'login_differs'],
  ['Ada Lovelace', undefined, 'adalovelac', 'login_differs'],
  ['Ada Lovelace', undefined, 'octocat', 'login_differs'],
  ['Ada Lovelace', undefined, 'ada\u200blovelace\u0301', 'login_matches'],
  ['Ада Лавлейс', undefined, 'adalovelace', 'different_scripts'],
  // A login that spells the name outweighs a display name that does not.
  ['Ada Lovelace', 'Lovelace Labs', 'adalovelace', 'login_matches'],
  ['Ada Lovelace', 'Ada Lovelace', 'octocat', 'same_name'],
  ['Ada Smith', 'Ada Jones', 'octocat', 'different_names'],
  ['Ada Lovelace', undefined, '', 'no_page_name'],
];

describe('compareNames with a login', () => {
  it.each(LOGINS)('%j vs page %j login %j → %s', (credential, page, login, reason) => {
    const result = compareNames(credential, page, { pageLogin: login });
    expect(result.reason).toBe(reason);
    expect(result.outcome).toBe(NAME_MATCH_OUTCOMES[reason]);
  });

  it('shows the login as the page name when the page has no name', () => {
    expect(compareNames('Ada Lovelace', undefined, { pageLogin: 'adalovelace' }).page).toBe(
      'adalovelace',
    );
  });
});

describe('name data tables', () => {
  const allWords = [
    ...HONORIFICS,
    ...AMBIGUOUS_HONORIFICS,
    ...POST_NOMINALS,
    ...POST_NOMINALS_AFTER_COMMA,
    ...TITLES_OF_NOBILITY,
    ...PRONOUNS,
  ];

  it('holds words in folded form, or lookups could never hit them', () => {
    for (const word of allWords) expect(word).toMatch(/^\p{Ll}+$/u);
  });

  it.each([...HONORIFICS])('drops the honorific %j before a name', (title) => {
    expect(compareNames(`${title.toUpperCase()}. Ada Lovelace`, 'Ada Lovelace').reason).toBe(
      'same_name',
    );
  });

  it.each([...AMBIGUOUS_HONORIFICS])('keeps %j as an initial unless two names follow', (title) => {
    expect(compareNames(`${title}. Ada Lovelace`, 'Ada Lovelace').reason).toBe('same_name');
    expect(compareNames(`${title}. Lovelace`, 'Lovelace').reason).toBe('one_name_only');
  });

  it.each([...POST_NOMINALS])('drops the post-nominal %j after a name', (suffix) => {
    expect(compareNames(`Ada Lovelace ${suffix.toUpperCase()}`, 'Ada Lovelace').reason).toBe(
      'same_name',
    );
  });

  it.each([...POST_NOMINALS_AFTER_COMMA])('drops %j only after a comma', (suffix) => {
    expect(compareNames(`Ada Lovelace, ${suffix.toUpperCase()}`, 'Ada Lovelace').reason).toBe(
      'same_name',
    );
    // Without the comma it is read as a second surname, as "Jack Ma" must be.
    expect(compareNames(`Ada Lovelace ${suffix}`, 'Ada Lovelace').reason).toBe(
      'one_of_two_surnames',
    );
  });

  it.each([...TITLES_OF_NOBILITY])('reads "%s of <place>" as a title', (title) => {
    expect(compareNames(`Ada King, ${title} of Lovelace`, 'Ada Lovelace').reason).toBe(
      'known_by_title',
    );
  });

  it('never drops the only word: a name that is just a title is still a name', () => {
    expect(compareNames('Dr.', 'Dr').reason).toBe('same_name');
    expect(compareNames('Sir', 'Dame').reason).toBe('different_names');
  });

  it.each(Object.entries(LETTER_FOLDS))('folds %j to %j', (from, to) => {
    expect(compareNames(`${from}`, to).reason).toBe('same_name');
    expect(compareNames(from.toUpperCase(), to).reason).toBe('same_name');
  });

  it('has an outcome and non-empty wording for every reason, and the pairs reach every reason', () => {
    const reasons = Object.keys(NAME_MATCH_OUTCOMES) as NameMatchReason[];
    for (const reason of reasons) {
      expect(isMessageKey(nameMatchKey(reason)), reason).toBe(true);
      expect(sayEnglish(nameMatchKey(reason)).length, reason).toBeGreaterThan(20);
    }
    const reached = new Set([
      ...PAIRS.map(([, , , reason]) => reason),
      ...LOGINS.map(([, , , reason]) => reason),
      'name_too_long',
    ]);
    expect([...reached].sort()).toEqual([...reasons].sort());
  });
});

/** Words from several scripts, with titles, initials, punctuation and invisible characters mixed in. */
const WORD = fc.constantFrom(
  ...['Ada', 'Lovelace', 'A.', 'L', 'García', 'Márquez', 'Smith-Jones', 'Jones', "O'Brien"],
  ...['Dr.', 'PhD', 'Jr', 'Countess', 'of', 'M.', 'MA', 'Łukasz', 'Işık', 'İ', 'Strauß'],
  ...['Пётр', 'Иванов', 'Аda', 'Σοφία', 'ΣΟΦΙΑΣ', 'محمد', 'שָׂרָה', 'राम', '张伟', '山田'],
  ...['たろう', '김민준', '(she/her)', ',', '-', '\u200b', 'Zhang', 'Wei', 'ー', 'ʼ'],
);
const NAME = fc.array(WORD, { minLength: 1, maxLength: 6 }).map((words) => words.join(' '));
const ANY_TEXT = fc.string({ unit: 'binary', maxLength: 40 });
const hasVisibleLetter = (text: string) => /\p{L}/u.test(cleanDisplayText(text));

describe('compareNames properties', () => {
  it('matches any name with a letter against itself', () => {
    fc.assert(
      fc.property(fc.oneof(NAME, ANY_TEXT).filter(hasVisibleLetter), (name) => {
        expect(compareNames(name, name).outcome).toBe('match');
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the same outcome and reason whichever name comes first', () => {
    fc.assert(
      fc.property(fc.oneof(NAME, ANY_TEXT), fc.oneof(NAME, ANY_TEXT), (a, b) => {
        const [forward, backward] = [compareNames(a, b), compareNames(b, a)];
        expect(backward.outcome).toBe(forward.outcome);
        if (hasVisibleLetter(a) && hasVisibleLetter(b))
          expect(backward.reason).toBe(forward.reason);
      }),
      { numRuns: 2000 },
    );
  });

  it('never turns a one-letter change into a match (edit distance is not a rule)', () => {
    // Words of two letters or more: "L" + "q" would make an initial into the name it stands for.
    const fullWords = fc.array(
      WORD.filter((word) => /\p{L}.*\p{L}/u.test(word)),
      {
        minLength: 1,
        maxLength: 6,
      },
    );
    const fullName = fullWords.map((words) => words.join(' '));
    fc.assert(
      fc.property(fullName, fc.constantFrom('q', 'x', 'z'), (name, letter) => {
        const changed = `${name}${letter}`;
        expect(compareNames(name, changed).outcome).not.toBe('match');
      }),
      { numRuns: 1000 },
    );
  });
});
