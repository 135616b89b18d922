// Open Badges 2.0 hosted assertions (STANDARDS §4.2): re-fetched from their id, which must be
// where the issuer's policy allows, then BadgeClass, issuer Profile, revocation and dates. An
// unsigned badge the issuer serves is at best `confirmed`, never `verified`.

import { describe, expect, it } from 'vitest';
import type { VerificationResult } from '../../../../lib/verify';
import {
  ASSERTION_ID,
  assertion,
  BADGE_ID,
  badgeClass,
  checkOf,
  codes,
  hostedRoutes,
  ISSUER_ID,
  issuerProfile,
  REVOCATION_LIST_ID,
  revocationList,
  verifyOb2,
} from './fixtures';

function expectStatus(result: VerificationResult, status: string, code?: string) {
  expect(result.status, JSON.stringify(result.checks)).toBe(status);
  if (code !== undefined) expect(codes(result)).toContain(code);
}

/** Routes whose issuer Profile carries `verification`, the assertion served at `id`. */
function policyRoutes(verification: Record<string, unknown>, id = ASSERTION_ID) {
  return hostedRoutes(assertion({ id }), {
    [ISSUER_ID]: { json: issuerProfile({ verification }) },
  });
}

describe('OB 2.0 hosted assertions', () => {
  it('returns confirmed, never verified, for an assertion the issuer serves at its id', async () => {
    const result = await verifyOb2(assertion(), hostedRoutes());
    expectStatus(result, 'confirmed', 'hosted_confirmed');
    expect(result.format).toEqual({ dataModel: 'ob-2.0', securing: 'hosted' });
    expect(result.checks.some((c) => c.id === 'proof' && c.outcome === 'pass')).toBe(false);
    expect(codes(result)).toEqual(expect.arrayContaining(['validity_ok', 'status_absent']));
  });

  it('trusts only the id of the given JSON: the served assertion decides', async () => {
    const pasted = assertion({ issuedOn: '2030-01-01T00:00:00Z', badge: 'https://evil.example/b' });
    expectStatus(await verifyOb2(pasted, hostedRoutes()), 'confirmed', 'hosted_confirmed');
  });

  it('returns invalid with hosted_id_mismatch when the served assertion names another id', async () => {
    const served = { ...assertion(), id: 'https://example.org/another-badge.json' };
    const routes = hostedRoutes(assertion(), { [ASSERTION_ID]: { json: served } });
    expectStatus(await verifyOb2(assertion(), routes), 'invalid', 'hosted_id_mismatch');
  });

  it('returns revoked when the id answers 410 Gone', async () => {
    const routes = hostedRoutes(assertion(), { [ASSERTION_ID]: { json: {}, status: 410 } });
    expectStatus(await verifyOb2(assertion(), routes), 'revoked', 'status_revoked');
  });

  it('returns revoked, with the reason, when the served body says revoked: true', async () => {
    const body = { id: ASSERTION_ID, revoked: true, revocationReason: 'Issued in error' };
    const result = await verifyOb2(assertion(), hostedRoutes(body));
    expectStatus(result, 'revoked', 'status_revoked');
    expect(checkOf(result, 'status_revoked')?.detail).toContain('Issued in error');
  });

  it('returns invalid with hosted_origin_not_allowed when hosted off the issuer origin', async () => {
    const id = 'https://badges.other.example/beths-robotics-badge.json';
    const result = await verifyOb2(assertion({ id }), hostedRoutes(assertion({ id })));
    expectStatus(result, 'invalid', 'hosted_origin_not_allowed');
  });

  it('returns unverifiable when the BadgeClass URL is unreachable', async () => {
    const routes = hostedRoutes(assertion(), { [BADGE_ID]: { json: {}, status: 503 } });
    expectStatus(await verifyOb2(assertion(), routes), 'unverifiable');
  });

  it('summarises the BadgeClass and names the issuer', async () => {
    const result = await verifyOb2(assertion(), hostedRoutes());
    expect(result.issuer).toMatchObject({ id: ISSUER_ID, name: 'An Example Badge Issuer' });
    expect(result.credential).toMatchObject({
      id: ASSERTION_ID,
      name: 'Awesome Robotics Badge',
      description: 'For doing awesome things with robots that people think is pretty great.',
      achievement: {
        criteria: { id: 'https://example.org/badgecriteria.html', narrative: 'Build a robot.' },
      },
    });
    expect(result.credential?.alignments[0]).toMatchObject({ targetName: 'Robot Assembly' });
    expect(result.credential?.skills).toEqual(
      expect.arrayContaining(['robotics', 'engineering', 'Robot Assembly']),
    );
    expect(result.issuedOn).toBe('2016-12-31T23:59:59Z');
  });

  // Regression (fixed): lib/verify/ob2/verify-ob2.ts hostedPolicyCheck reads the hosting policy from whatever
  // issuer object the BadgeClass carries. Here the assertion, served from evil.example, embeds
  // its BadgeClass and an issuer Profile claiming id https://example.org/organization.json with
  // verification.allowedOrigins ['evil.example']; the policy is never fetched from example.org,
  // so the result is 'confirmed' with issuer "An Example Badge Issuer" (example.org). Expected:
  // an embedded (unfetched) Profile cannot widen where its own id's issuer hosts assertions —
  // not 'confirmed' (hosted_origin_not_allowed, or the Profile fetched from its id).
  it('does not let an embedded issuer Profile authorise another origin for itself', async () => {
    const id = 'https://evil.example/badge.json';
    const issuer = issuerProfile({ verification: { allowedOrigins: ['evil.example'] } });
    const forged = assertion({ id, badge: badgeClass({ id: `${id}#badge`, issuer }) });
    const result = await verifyOb2(forged, { [id]: { json: forged } });
    expect(result.status).not.toBe('confirmed');
  });
});

describe('issuer hosting policy (1EdTech allowed-origins fixtures)', () => {
  it.each([
    ['allowedOrigins listing the host', { allowedOrigins: ['example.com', 'example.org'] }, true],
    ['allowedOrigins as a single string', { allowedOrigins: 'example.org' }, true],
    ['allowedOrigins without the host', { allowedOrigins: ['example.com'] }, false],
    ['startsWith matching', { startsWith: 'https://example.org/' }, true],
    ['startsWith not matching', { startsWith: 'https://example.org/NOT' }, false],
    [
      'several startsWith, one matching',
      { startsWith: ['https://example.org/', 'http://example.com/assert'] },
      true,
    ],
    [
      'several startsWith, none matching',
      { startsWith: ['https://example.org/NOT', 'http://example.com/ALSONOT'] },
      false,
    ],
  ])('%s', async (_label, verification, allowed) => {
    const result = await verifyOb2(assertion(), policyRoutes(verification));
    if (allowed) expectStatus(result, 'confirmed', 'hosted_confirmed');
    else expectStatus(result, 'invalid', 'hosted_origin_not_allowed');
  });

  it('allows another origin the issuer lists in allowedOrigins', async () => {
    const id = 'https://badges.example.com/beths-robotics-badge.json';
    const routes = policyRoutes({ allowedOrigins: ['badges.example.com'] }, id);
    expectStatus(await verifyOb2(assertion({ id }), routes), 'confirmed', 'hosted_confirmed');
  });
});

describe('issuer revocation list', () => {
  const withList = (list: Record<string, unknown> | undefined) =>
    hostedRoutes(assertion(), {
      [ISSUER_ID]: { json: issuerProfile({ revocationList: REVOCATION_LIST_ID }) },
      ...(list === undefined ? {} : { [REVOCATION_LIST_ID]: { json: list } }),
    });

  it('returns revoked when the list names the assertion id as a string', async () => {
    const list = revocationList(['urn:uuid:6deb4a00-ebce-4b28-8cc2-afa705ef7be4', ASSERTION_ID]);
    expectStatus(await verifyOb2(assertion(), withList(list)), 'revoked', 'status_revoked');
  });

  it('returns revoked, with the reason, when the list names it in an object entry', async () => {
    const list = revocationList([
      { id: ASSERTION_ID, revocationReason: 'A good reason, for sure' },
    ]);
    const result = await verifyOb2(assertion(), withList(list));
    expectStatus(result, 'revoked', 'status_revoked');
    expect(checkOf(result, 'status_revoked')?.detail).toContain('A good reason, for sure');
  });

  it('returns confirmed with status_valid for an empty list', async () => {
    expectStatus(
      await verifyOb2(assertion(), withList(revocationList([]))),
      'confirmed',
      'status_valid',
    );
  });

  it('returns unverifiable with status_unreachable when the list cannot be fetched', async () => {
    expectStatus(
      await verifyOb2(assertion(), withList(undefined)),
      'unverifiable',
      'status_unreachable',
    );
  });
});

describe('assertion dates', () => {
  const dated = (dates: Record<string, unknown>) =>
    verifyOb2(assertion(), hostedRoutes(assertion(dates)));

  it('returns expired when expires is in the past', async () => {
    expectStatus(await dated({ expires: '2020-01-01T00:00:00Z' }), 'expired', 'expired');
  });

  it('returns invalid with not_yet_valid when issuedOn is in the future', async () => {
    expectStatus(await dated({ issuedOn: '2027-01-01T00:00:00Z' }), 'invalid', 'not_yet_valid');
  });

  it('returns invalid with date_invalid when expires is before issuedOn', async () => {
    const dates = { issuedOn: '2016-12-31T23:59:59Z', expires: '2016-06-01T00:00:00Z' };
    expectStatus(await dated(dates), 'invalid', 'date_invalid');
  });
});
