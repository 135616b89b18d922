// Open Badges 2.0 fixtures shaped after the 1EdTech validator's (ob20/basic-assertion.json,
// assets/robotics-badge.json, assets/organization.json), served by a fake fetch at their ids.

import {
  type VerificationResult,
  type VerifyOptions,
  verifyCredential,
} from '../../../../lib/verify';
import { fakeFetch, fixedClock, type Route } from '../../../helpers/fake-fetch';

export const OB2_CONTEXT = 'https://w3id.org/openbadges/v2';
export const ASSERTION_ID = 'https://example.org/beths-robotics-badge.json';
export const BADGE_ID = 'https://example.org/robotics-badge.json';
export const ISSUER_ID = 'https://example.org/organization.json';
export const REVOCATION_LIST_ID = 'https://example.org/revocation-list.json';
/** sha256("nobody@example.org" + "deadsea"), from the 1EdTech fixture. */
export const NOBODY_SALTED_SHA256 =
  'sha256$ecf5409f3f4b91ab60cc5ef4c02aef7032354375e70cf4d8e43f6a1d29891942';

export function assertion(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    '@context': OB2_CONTEXT,
    type: 'Assertion',
    id: ASSERTION_ID,
    recipient: { type: 'email', hashed: true, salt: 'deadsea', identity: NOBODY_SALTED_SHA256 },
    image: 'https://example.org/beths-robot-badge.png',
    evidence: 'https://example.org/beths-robot-work.html',
    issuedOn: '2016-12-31T23:59:59Z',
    badge: BADGE_ID,
    verification: { type: 'hosted' },
    ...overrides,
  };
}

export function badgeClass(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    '@context': OB2_CONTEXT,
    type: 'BadgeClass',
    id: BADGE_ID,
    name: 'Awesome Robotics Badge',
    description: 'For doing awesome things with robots that people think is pretty great.',
    image: 'https://example.org/robotics-badge.png',
    criteria: { id: 'https://example.org/badgecriteria.html', narrative: 'Build a robot.' },
    alignment: [
      {
        targetName: 'Robot Assembly',
        targetUrl: 'https://example.org/skills/robot-assembly',
        targetDescription: 'Assembles a working robot',
        targetFramework: 'Example Robotics Framework',
        targetCode: 'RA-1',
      },
    ],
    tags: ['robotics', 'engineering'],
    issuer: ISSUER_ID,
    ...overrides,
  };
}

export function issuerProfile(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    '@context': OB2_CONTEXT,
    type: 'Issuer',
    id: ISSUER_ID,
    name: 'An Example Badge Issuer',
    url: 'https://example.org',
    email: 'contact@example.org',
    ...overrides,
  };
}

export function revocationList(entries: unknown[]): Record<string, unknown> {
  return {
    '@context': OB2_CONTEXT,
    id: REVOCATION_LIST_ID,
    type: 'RevocationList',
    issuer: ISSUER_ID,
    revokedAssertions: entries,
  };
}

/** Routes for a hosted assertion, its BadgeClass and issuer; `extra` overrides or adds any. */
export function hostedRoutes(
  served: Record<string, unknown> = assertion(),
  extra: Record<string, Route> = {},
): Record<string, Route> {
  return {
    [String(served.id)]: { json: served },
    [BADGE_ID]: { json: badgeClass() },
    [ISSUER_ID]: { json: issuerProfile() },
    ...extra,
  };
}

export function verifyOb2(
  value: unknown,
  routes: Record<string, Route>,
  options: Partial<VerifyOptions> = {},
): Promise<VerificationResult> {
  return verifyCredential(
    { kind: 'json', value },
    { fetch: fakeFetch(routes), now: fixedClock(), ...options },
  );
}

export const codes = (result: VerificationResult) => result.checks.map((c) => c.code);

export const checkOf = (result: VerificationResult, code: string) =>
  result.checks.find((c) => c.code === code);
