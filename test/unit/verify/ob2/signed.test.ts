// Signed Open Badges 2.0 (STANDARDS §4.3): a compact RS256 JWS whose payload is the assertion,
// checked against the CryptographicKey named by verification.creator, which the issuer's
// Profile must list in publicKey and whose owner must be the issuer. Then revocation and dates.

import { exportSPKI } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { type VerificationResult, verifyCredential } from '../../../../lib/verify';
import { fakeFetch, fixedClock, type Route } from '../../../helpers/fake-fetch';
import { encodeSegment, type JwtKey, jwtKey, signJws, splitJws } from '../../../helpers/jwt';
import {
  assertion,
  BADGE_ID,
  badgeClass,
  codes,
  ISSUER_ID,
  issuerProfile,
  OB2_CONTEXT,
  REVOCATION_LIST_ID,
  revocationList,
} from './fixtures';

const SIGNED_ID = 'urn:uuid:52e4c6b3-8c13-4fa8-8482-a5cf34ef37a9';
const KEY_URL = 'https://example.org/key1.json';
const OTHER_KEY_URL = 'https://example.org/key2.json';

let rs: JwtKey;
let es: JwtKey;
let pem: string;
beforeAll(async () => {
  [rs, es] = await Promise.all([jwtKey('RS256'), jwtKey('ES256')]);
  pem = await exportSPKI(rs.publicKey);
});

const cryptographicKey = (id = KEY_URL, owner = ISSUER_ID) => ({
  '@context': OB2_CONTEXT,
  id,
  type: 'CryptographicKey',
  owner,
  publicKeyPem: pem,
});

function signedAssertion(overrides: Record<string, unknown> = {}) {
  return assertion({
    id: SIGNED_ID,
    verification: { type: 'signed', creator: KEY_URL },
    ...overrides,
  });
}

function routes(extra: Record<string, Route> = {}): Record<string, Route> {
  return {
    [BADGE_ID]: { json: badgeClass() },
    [ISSUER_ID]: { json: issuerProfile({ publicKey: KEY_URL }) },
    [KEY_URL]: { json: cryptographicKey() },
    ...extra,
  };
}

const verifyText = (text: string, served: Record<string, Route> = routes()) =>
  verifyCredential({ kind: 'text', text }, { fetch: fakeFetch(served), now: fixedClock() });

function expectStatus(result: VerificationResult, status: string, code?: string) {
  expect(result.status, JSON.stringify(result.checks)).toBe(status);
  if (code !== undefined) expect(codes(result)).toContain(code);
}

describe('signed OB 2.0 assertions', () => {
  it('verifies an RS256 assertion signed with the key the issuer lists', async () => {
    const result = await verifyText(await signJws({ alg: 'RS256' }, signedAssertion(), rs));
    expectStatus(result, 'verified');
    expect(codes(result)).toEqual(
      expect.arrayContaining(['key_resolved', 'signature_valid', 'issuer_bound', 'validity_ok']),
    );
    expect(result.format).toEqual({ dataModel: 'ob-2.0', securing: 'jose' });
    expect(result.issuer.name).toBe('An Example Badge Issuer');
  });

  it('verifies when the issuer lists several keys, the creator among them', async () => {
    const profile = issuerProfile({ publicKey: [OTHER_KEY_URL, KEY_URL] });
    const jws = await signJws({ alg: 'RS256' }, signedAssertion(), rs);
    expectStatus(await verifyText(jws, routes({ [ISSUER_ID]: { json: profile } })), 'verified');
  });

  it('returns invalid with key_issuer_mismatch when the key is owned by someone else', async () => {
    const key = cryptographicKey(KEY_URL, 'https://example.org/someone-else.json');
    const jws = await signJws({ alg: 'RS256' }, signedAssertion(), rs);
    expectStatus(
      await verifyText(jws, routes({ [KEY_URL]: { json: key } })),
      'invalid',
      'key_issuer_mismatch',
    );
  });

  it("returns invalid when the issuer's publicKey does not list the creator", async () => {
    const profile = issuerProfile({ publicKey: OTHER_KEY_URL });
    const jws = await signJws({ alg: 'RS256' }, signedAssertion(), rs);
    expectStatus(
      await verifyText(jws, routes({ [ISSUER_ID]: { json: profile } })),
      'invalid',
      'key_issuer_mismatch',
    );
  });

  it('returns invalid with signature_invalid for a payload changed after signing', async () => {
    const [header, , signature] = splitJws(
      await signJws({ alg: 'RS256' }, signedAssertion(), rs),
    ).segments;
    const tampered = signedAssertion({ issuedOn: '2017-01-01T00:00:00Z' });
    const result = await verifyText(`${header}.${encodeSegment(tampered)}.${signature}`);
    expectStatus(result, 'invalid', 'signature_invalid');
  });

  it('returns unverifiable with jwt_algorithm_unsupported for an ES256 signature', async () => {
    const result = await verifyText(await signJws({ alg: 'ES256' }, signedAssertion(), es));
    expectStatus(result, 'unverifiable', 'jwt_algorithm_unsupported');
  });

  it('returns unverifiable when the assertion names no creator key', async () => {
    const result = await verifyText(
      await signJws({ alg: 'RS256' }, signedAssertion({ verification: { type: 'signed' } }), rs),
    );
    expectStatus(result, 'unverifiable', 'key_unresolved');
  });

  it('returns unverifiable when the creator key cannot be fetched', async () => {
    const jws = await signJws({ alg: 'RS256' }, signedAssertion(), rs);
    expectStatus(
      await verifyText(jws, routes({ [KEY_URL]: { json: {}, status: 404 } })),
      'unverifiable',
    );
  });

  it("returns revoked when the issuer's revocation list names the assertion", async () => {
    const profile = issuerProfile({ publicKey: KEY_URL, revocationList: REVOCATION_LIST_ID });
    const list = revocationList([{ id: SIGNED_ID, revocationReason: 'Academic misconduct' }]);
    const jws = await signJws({ alg: 'RS256' }, signedAssertion(), rs);
    const served = routes({ [ISSUER_ID]: { json: profile }, [REVOCATION_LIST_ID]: { json: list } });
    expectStatus(await verifyText(jws, served), 'revoked', 'status_revoked');
  });

  it('returns expired when a signed assertion expired', async () => {
    const jws = await signJws(
      { alg: 'RS256' },
      signedAssertion({ expires: '2020-01-01T00:00:00Z' }),
      rs,
    );
    expectStatus(await verifyText(jws), 'expired', 'expired');
  });

  // Regression (fixed): lib/verify/ob2/verify-ob2.ts verifySigned treats an issuer Profile without publicKey as
  // authorising ANY key whose CryptographicKey document claims owner = issuer id
  // (`issuer.publicKey === undefined ||`). The key document is served by whoever hosts the
  // creator URL, so anyone can self-assert ownership: here the key lives at
  // https://evil.example/key.json, owner https://example.org/organization.json, the real issuer
  // profile (fetched from example.org) lists no publicKey, and the result is 'verified'.
  // STANDARDS §4.3 step 3: trusted keys = the Profile's publicKey (1..n); creator must be one
  // of them. Expected invalid (key_issuer_mismatch) or unverifiable; actual verified.
  it('does not trust a key that only claims the issuer as owner when the issuer lists no keys', async () => {
    const evilKey = 'https://evil.example/key.json';
    const jws = await signJws(
      { alg: 'RS256' },
      signedAssertion({ verification: { type: 'signed', creator: evilKey } }),
      rs,
    );
    const served = routes({
      [ISSUER_ID]: { json: issuerProfile() },
      [evilKey]: { json: cryptographicKey(evilKey, ISSUER_ID) },
    });
    expect((await verifyText(jws, served)).status).not.toBe('verified');
  });

  // Regression (fixed): lib/verify/ob2/verify-ob2.ts loadBadgeAndIssuer accepts an issuer Profile embedded in
  // the (signed, so signer-controlled) assertion without fetching it from its id. Here the
  // assertion embeds its BadgeClass and a Profile with id https://example.org/organization.json
  // and publicKey https://evil.example/key.json, whose key document claims that owner; the
  // signer is never tied to example.org, yet the result is 'verified' with issuer
  // "An Example Badge Issuer". Expected: the Profile that authorises keys comes from its id
  // (here unreachable ⇒ unverifiable), never 'verified'.
  it('does not let a signed assertion embed the issuer Profile that authorises its own key', async () => {
    const evilKey = 'https://evil.example/key.json';
    const issuer = issuerProfile({ publicKey: evilKey });
    const forged = signedAssertion({
      verification: { type: 'signed', creator: evilKey },
      badge: badgeClass({ id: 'https://evil.example/badge', issuer }),
    });
    const served = { [evilKey]: { json: cryptographicKey(evilKey, ISSUER_ID) } };
    expect((await verifyText(await signJws({ alg: 'RS256' }, forged, rs), served)).status).not.toBe(
      'verified',
    );
  });
});
