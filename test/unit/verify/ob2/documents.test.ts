// Open Badges 2.0 documents that are not what they claim: the served assertion, BadgeClass,
// issuer Profile, CryptographicKey and revocation list all go through zod schemas
// (lib/verify/ob2/schemas.ts), so each bad one gives a specific code — never a throw, never a
// verdict better than the documents support.

import { describe, expect, it } from 'vitest';
import {
  ASSERTION_ID,
  assertion,
  BADGE_ID,
  checkOf,
  codes,
  hostedRoutes,
  ISSUER_ID,
  issuerProfile,
  REVOCATION_LIST_ID,
  verifyOb2,
} from './fixtures';

const NOT_OBJECTS = [
  ['null', null],
  ['an array', [{ id: ASSERTION_ID }]],
  ['a string', 'https://example.org/beths-robotics-badge.json'],
  ['a number', 7],
] as const;

describe('OB 2.0 fetched documents through their schemas', () => {
  it.each(NOT_OBJECTS)('a served assertion that is %s is hosted_id_mismatch', async (_, body) => {
    const result = await verifyOb2(
      assertion(),
      hostedRoutes(assertion(), { [ASSERTION_ID]: { json: body } }),
    );
    expect(result.status).toBe('invalid');
    expect(checkOf(result, 'hosted_id_mismatch')).toMatchObject({ id: 'hosted', outcome: 'fail' });
  });

  it.each(NOT_OBJECTS)(
    'a BadgeClass that is %s names another id, and nothing is confirmed',
    async (_, body) => {
      const result = await verifyOb2(
        assertion(),
        hostedRoutes(assertion(), { [BADGE_ID]: { json: body } }),
      );
      expect(result.status).toBe('invalid');
      expect(codes(result)).toContain('hosted_id_mismatch');
      expect(codes(result)).not.toContain('hosted_confirmed');
    },
  );

  it('reads a revoked flag only when it is true, and a reason only when it is text', async () => {
    const revoked = assertion({ revoked: true, revocationReason: { text: 'no' } });
    const result = await verifyOb2(assertion(), hostedRoutes(revoked));
    expect(result.status).toBe('revoked');
    expect(checkOf(result, 'status_revoked')?.detail).toBe('revoked by the issuer');
    const notRevoked = assertion({ revoked: 'yes' });
    expect((await verifyOb2(assertion(), hostedRoutes(notRevoked))).status).toBe('confirmed');
  });

  it('treats a malformed hosting policy as present, so the assertion is allowed nowhere', async () => {
    const profile = issuerProfile({ verification: { allowedOrigins: 42 } });
    const result = await verifyOb2(
      assertion(),
      hostedRoutes(assertion(), { [ISSUER_ID]: { json: profile } }),
    );
    expect(result.status).toBe('invalid');
    expect(codes(result)).toContain('hosted_origin_not_allowed');
  });

  it('names the host that confirmed a hosted assertion in typed facts', async () => {
    const result = await verifyOb2(assertion(), hostedRoutes());
    expect(checkOf(result, 'hosted_confirmed')?.about).toEqual({ host: 'example.org' });
  });

  it.each([
    ['null', null],
    ['an array', [ASSERTION_ID]],
    ['revokedAssertions as a string', { revokedAssertions: ASSERTION_ID, count: 1 }],
    ['an empty object', {}],
    ['a map with a non-string reason', { abc: 1 }],
  ])(
    'a revocation list that is %s is status_list_invalid naming the list, unknown',
    async (_, body) => {
      const routes = hostedRoutes(assertion(), {
        [ISSUER_ID]: { json: issuerProfile({ revocationList: REVOCATION_LIST_ID }) },
        [REVOCATION_LIST_ID]: { json: body },
      });
      const result = await verifyOb2(assertion(), routes);
      expect(result.status).toBe('unverifiable');
      expect(checkOf(result, 'status_list_invalid')).toMatchObject({
        outcome: 'unknown',
        about: { url: REVOCATION_LIST_ID },
      });
    },
  );

  it('skips revocation entries of the wrong kind and finds the matching one', async () => {
    const routes = hostedRoutes(assertion(), {
      [ISSUER_ID]: { json: issuerProfile({ revocationList: REVOCATION_LIST_ID }) },
      [REVOCATION_LIST_ID]: {
        json: {
          revokedAssertions: [
            null,
            3,
            { id: 5 },
            { uid: 'x' },
            { id: ASSERTION_ID, revocationReason: 9 },
          ],
        },
      },
    });
    const result = await verifyOb2(assertion(), routes);
    expect(result.status).toBe('revoked');
    expect(checkOf(result, 'status_revoked')?.detail).toBe(
      "listed in the issuer's revocation list",
    );
  });
});
