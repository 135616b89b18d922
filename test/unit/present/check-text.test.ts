// Plain-language wording for check codes: the standard sentence, the check's detail appended
// (capped), and unknown codes falling back to the detail or to the code itself.

import { describe, expect, it } from 'vitest';
import { describeCheck } from '../../../lib/present';
import type { Check } from '../../../lib/verify';

const check = (code: string, detail?: string, outcome: Check['outcome'] = 'pass'): Check =>
  ({ id: 'format', outcome, code, ...(detail === undefined ? {} : { detail }) }) as Check;

describe('describeCheck', () => {
  it('words a skipped check by what it would have covered, not by the failure that skipped it', () => {
    const skipped: Check = {
      id: 'validity',
      outcome: 'skipped',
      code: 'signature_invalid',
      detail: 'not checked: nothing in a credential with a failed proof can be trusted',
    };
    expect(describeCheck(skipped)).toEqual({
      outcome: 'skipped',
      text: 'Dates and revocation not checked: nothing in a credential with a failed proof can be trusted',
    });
  });

  it('uses the standard sentence for a known code without detail', () => {
    expect(describeCheck(check('signature_valid'))).toEqual({
      outcome: 'pass',
      text: 'The digital signature is valid: nothing was changed after signing',
    });
  });

  it('appends the detail in parentheses and keeps the outcome', () => {
    expect(describeCheck(check('status_revoked', 'entry 42 is set', 'fail'))).toEqual({
      outcome: 'fail',
      text: 'Revoked by the issuer (entry 42 is set)',
    });
  });

  it.each([
    ['hosted_confirmed', "The issuing platform's server confirms it"],
    ['key_unresolved', "Could not find the issuer's public key"],
    [
      'status_unreachable',
      "Could not reach the issuer's revocation list, so revocation is unknown",
    ],
    ['expired', 'Expired'],
    ['internal_error', 'Credlens hit an unexpected problem checking it'],
  ])('words %s as "%s"', (code, text) => {
    expect(describeCheck(check(code)).text).toBe(text);
  });

  it('falls back to the capitalised detail for a code with no wording', () => {
    expect(
      describeCheck(check('http_error', 'could not fetch the credential: HTTP 404', 'unknown')),
    ).toEqual({ outcome: 'unknown', text: 'Could not fetch the credential: HTTP 404' });
  });

  it('falls back to the code in words when there is no detail either', () => {
    expect(describeCheck(check('jwt_claim_mismatch', undefined, 'fail')).text).toBe(
      'jwt claim mismatch',
    );
    expect(describeCheck(check('fetch_timeout', '')).text).toBe('fetch timeout');
  });

  it('caps the appended detail at 400 characters', () => {
    const long = 'x'.repeat(5000);
    expect(describeCheck(check('format_ok', long)).text).toBe(
      `Recognised format (${'x'.repeat(400)})`,
    );
    expect(describeCheck(check('http_error', long)).text).toBe(`X${'x'.repeat(399)}`);
  });

  it('keeps every sentence within the 600 characters a badge check may hold', () => {
    const codes = ['context_undefined_term', 'jwt_key_not_bound', 'status_list_invalid', 'nope'];
    for (const code of codes)
      expect(describeCheck(check(code, 'y'.repeat(1000))).text.length).toBeLessThanOrEqual(600);
  });

  it('passes detail through as text, never interpreting markup', () => {
    const text = describeCheck(check('format_ok', '<img src=x onerror=alert(1)>')).text;
    expect(text).toBe('Recognised format (<img src=x onerror=alert(1)>)');
  });
});
