// Plain-language wording for check codes: one sentence for every code in the union (read from
// the source, so a new code without wording fails here as well as in tsc), typed facts named
// where they help, and `detail` never read — the card no longer repeats it in parentheses.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeCheck } from '../../../lib/present';
import { sayWith } from '../../../lib/shared/words';
import type { Check, CheckAbout, CheckId } from '../../../lib/verify';

const check = (
  code: string,
  options: { detail?: string; about?: CheckAbout; outcome?: Check['outcome']; id?: CheckId } = {},
): Check =>
  ({
    id: options.id ?? 'format',
    outcome: options.outcome ?? 'pass',
    code,
    ...(options.detail === undefined ? {} : { detail: options.detail }),
    ...(options.about === undefined ? {} : { about: options.about }),
  }) as Check;

/** The string literals of `type <name> = | 'a' | 'b' …` in a source file. */
function unionMembers(file: string, name: string): string[] {
  const source = readFileSync(file, 'utf8');
  const start = source.indexOf(`export type ${name} =`);
  const body = source.slice(start, source.indexOf(';', start));
  return [...body.matchAll(/'([a-z_]+)'/g)].map((m) => m[1] as string);
}

const CODES = [
  ...unionMembers('lib/verify/result.ts', 'CheckCode'),
  ...unionMembers('lib/fetch/safe-fetch.ts', 'FetchErrorCode'),
];

describe('describeCheck', () => {
  it('has its own sentence for every code in the union', () => {
    expect(CODES.length).toBeGreaterThan(100);
    const fallback = (code: string) => code.replace(/_/g, ' ').toLowerCase();
    for (const code of CODES) {
      const { text } = describeCheck(check(code));
      expect(text.length, code).toBeGreaterThan(5);
      if (code.includes('_')) expect(text.toLowerCase(), code).not.toBe(fallback(code));
    }
  });

  it('never reads detail: the same code says the same thing whatever the detail', () => {
    for (const code of CODES) {
      const plain = describeCheck(check(code)).text;
      expect(describeCheck(check(code, { detail: 'not checked: 42 (x)' })).text, code).toBe(plain);
    }
  });

  it('says once that no revocation list is published (no detail echoed in parentheses)', () => {
    const absent = check('status_absent', { detail: 'the issuer publishes no revocation status' });
    expect(describeCheck(absent)).toEqual({
      outcome: 'pass',
      text: 'The issuer publishes no revocation list for it',
    });
  });

  it('words a skipped validity check by why it was skipped, with a code of its own', () => {
    expect(
      describeCheck(check('validity_skipped_proof_failed', { outcome: 'skipped', id: 'validity' })),
    ).toEqual({
      outcome: 'skipped',
      text: 'Dates and revocation not checked: nothing in a credential with a failed signature can be trusted',
    });
    expect(describeCheck(check('proof_skipped_no_key', { outcome: 'skipped' })).text).toBe(
      "Signature not checked: the issuer's key could not be found",
    );
  });

  it.each([
    ['expired', { date: '2025-01-31T00:00:00.000Z' }, 'Expired on Jan 31, 2025'],
    ['expired', {}, 'Expired'],
    ['not_yet_valid', { date: '2031-06-01T12:00:00.000Z' }, 'Not valid until Jun 1, 2031'],
    [
      'validity_ok',
      { date: '2030-01-01T00:00:00.000Z' },
      'Within its validity period, until Jan 1, 2030',
    ],
    ['validity_ok', {}, 'Within its validity period, with no expiry date'],
    [
      'hosted_confirmed',
      { host: 'api.accredible.com' },
      "The issuing platform's server (api.accredible.com) confirms it",
    ],
    [
      'status_signed_by_other',
      { signer: 'did:web:status.example' },
      'The revocation list is signed by did:web:status.example, not by the issuer',
    ],
    [
      'status_list_invalid',
      { url: 'https://issuer.example/status/1' },
      "The issuer's revocation list at https://issuer.example/status/1 could not be trusted, so revocation is unknown",
    ],
    [
      'status_message',
      { message: 'pending review' },
      "The issuer's status list says: pending review",
    ],
  ] as const)('names the typed facts of %s: %j', (code, about, text) => {
    expect(describeCheck(check(code, { about })).text).toBe(text);
  });

  it('words a fetch code by the document the check was about', () => {
    expect(describeCheck(check('fetch_timeout', { id: 'status', outcome: 'unknown' })).text).toBe(
      "The issuer's revocation list did not answer in time",
    );
    expect(describeCheck(check('http_error', { id: 'key', outcome: 'unknown' })).text).toBe(
      "The server of the issuer's key answered with an error",
    );
  });

  it('writes a date the way the language does, on the day the credential says (UTC)', () => {
    const words = (language: string) =>
      sayWith((key, substitutions) => `${key}: ${substitutions.join('|')}`, language);
    // 23:30 UTC is already the next day east of Greenwich: the credential's own day counts.
    const late = check('expired', { about: { date: '2025-01-31T23:30:00Z' } });
    expect(describeCheck(late, words('de')).text).toBe('Check_expired_on: 31. Jan. 2025');
    expect(describeCheck(late, words('fr')).text).toBe('Check_expired_on: 31 janv. 2025');
    expect(describeCheck(late, words('en')).text).toBe('Check_expired_on: Jan 31, 2025');
    // Not a date: quoted as it is, never guessed at.
    expect(describeCheck(check('expired', { about: { date: 'soon' } }), words('de')).text).toBe(
      'Check_expired_on: soon',
    );
  });

  it('falls back to the code in words for a code from another version', () => {
    expect(describeCheck(check('a_code_from_the_future', { outcome: 'unknown' })).text).toBe(
      'A check Credlens cannot describe: a code from the future',
    );
  });

  it('caps a quoted fact, so every sentence fits the 600 characters a badge check may hold', () => {
    const long = 'y'.repeat(5000);
    for (const code of CODES) {
      const about = { url: long, host: long, date: long, signer: long, message: long };
      expect(describeCheck(check(code, { about })).text.length, code).toBeLessThanOrEqual(600);
    }
  });

  it('passes facts through as text, never interpreting markup', () => {
    const text = describeCheck(check('status_message', { about: { message: '<img src=x>' } })).text;
    expect(text).toBe("The issuer's status list says: <img src=x>");
  });
});
