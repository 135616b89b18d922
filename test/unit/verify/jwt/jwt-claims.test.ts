// JWT registered claims against the credential they secure: the VC 1.1 mapping (vc claim +
// iss/nbf/exp/jti/sub), the claims a VC 2.0 payload may carry next to the credential, and
// the encodings of the signature itself.

import { beforeAll, describe, expect, it } from 'vitest';
import { type VerificationResult, verifyCredential } from '../../../../lib/verify';
import { fakeFetch, fixedClock } from '../../../helpers/fake-fetch';
import { openBadge } from '../../../helpers/issue';
import { didJwk, type JwtKey, jwtKey, numericDate, signJws, splitJws } from '../../../helpers/jwt';

const CREDENTIAL_ID = 'urn:uuid:1f0f3c2e-4a1b-4c5d-9e8f-0a1b2c3d4e5f';
const SUBJECT_ID = 'did:example:learner';
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

let ed: JwtKey;
let es: JwtKey;
beforeAll(async () => {
  [ed, es] = await Promise.all([jwtKey('EdDSA'), jwtKey('ES256')]);
});

const codes = (result: VerificationResult) => result.checks.map((c) => c.code);
const verifyText = (text: string) =>
  verifyCredential({ kind: 'text', text }, { fetch: fakeFetch(), now: fixedClock() });

function expectStatus(result: VerificationResult, status: string, code?: string) {
  expect(result.status, JSON.stringify(result.checks)).toBe(status);
  if (code !== undefined) expect(codes(result)).toContain(code);
}

/** A VC 1.1 JWT payload: the vc claim plus every registered claim. */
function vc11Payload(issuer: string, claims: Record<string, unknown> = {}, vc = {}) {
  return {
    iss: issuer,
    nbf: numericDate('2026-01-01T00:00:00Z'),
    exp: numericDate('2027-01-01T00:00:00Z'),
    jti: CREDENTIAL_ID,
    sub: SUBJECT_ID,
    vc: {
      '@context': ['https://www.w3.org/2018/credentials/v1'],
      type: ['VerifiableCredential'],
      credentialSubject: { degree: { type: 'BachelorDegree', name: 'Physics' } },
      ...vc,
    },
    ...claims,
  };
}

describe('VC 1.1 JWT claims', () => {
  const issuer = () => didJwk(es.publicJwk);
  const sign = (payload: unknown) => signJws({ alg: 'ES256', typ: 'JWT' }, payload, es);

  it('maps iss, nbf, exp, jti and sub onto the credential and verifies', async () => {
    const result = await verifyText(await sign(vc11Payload(issuer())));
    expectStatus(result, 'verified');
    expect(result.format.dataModel).toBe('vc-1.1');
    expect(result.issuer.id).toBe(issuer());
    expect(result.validFrom).toBe('2026-01-01T00:00:00Z');
    expect(result.validUntil).toBe('2027-01-01T00:00:00Z');
    expect(result.credential?.id).toBe(CREDENTIAL_ID);
    expect(result.credential?.subject.id).toBe(SUBJECT_ID);
  });

  it('returns expired when exp is in the past', async () => {
    const payload = vc11Payload(issuer(), { exp: numericDate('2026-06-01T00:00:00Z') });
    expectStatus(await verifyText(await sign(payload)), 'expired', 'expired');
  });

  it('returns invalid with not_yet_valid when nbf is in the future', async () => {
    const payload = vc11Payload(issuer(), {
      nbf: numericDate('2027-01-01T00:00:00Z'),
      exp: numericDate('2028-01-01T00:00:00Z'),
    });
    expectStatus(await verifyText(await sign(payload)), 'invalid', 'not_yet_valid');
  });

  it.each([
    ['iss contradicts vc.issuer', {}, { issuer: 'did:example:someone-else' }],
    ['jti contradicts vc.id', {}, { id: 'urn:uuid:00000000-0000-4000-8000-000000000000' }],
    ['sub contradicts credentialSubject.id', {}, { credentialSubject: { id: 'did:example:eve' } }],
    ['nbf contradicts vc.issuanceDate', {}, { issuanceDate: '2025-01-01T00:00:00Z' }],
  ])('returns invalid with jwt_claim_mismatch when %s', async (_label, claims, vc) => {
    const payload = vc11Payload(issuer(), claims, vc);
    expectStatus(await verifyText(await sign(payload)), 'invalid', 'jwt_claim_mismatch');
  });
});
describe('registered claims beside a VC 2.0 credential', () => {
  const issuer = () => didJwk(ed.publicJwk);
  const sign = (payload: unknown) => signJws({ alg: 'EdDSA', typ: 'vc+jwt' }, payload, ed);

  it('takes validUntil from exp when the credential has none, and expires with it', async () => {
    const payload = { ...openBadge(issuer()), exp: numericDate('2026-06-01T00:00:00Z') };
    const result = await verifyText(await sign(payload));
    expectStatus(result, 'expired', 'expired');
    expect(result.validUntil).toBe('2026-06-01T00:00:00Z');
  });

  it.each([
    ['iss', { iss: 'did:example:someone-else' }],
    ['jti', { jti: 'urn:uuid:00000000-0000-4000-8000-000000000000' }],
    ['sub', { sub: 'did:example:eve' }],
  ])(
    'returns invalid with jwt_claim_mismatch when %s contradicts the credential',
    async (_c, claims) => {
      const payload = { ...openBadge(issuer(), { id: CREDENTIAL_ID }), ...claims };
      expectStatus(await verifyText(await sign(payload)), 'invalid', 'jwt_claim_mismatch');
    },
  );

  // Regression (fixed): lib/verify/jwt/jwt-claims.ts credentialFromJwtPayload (VC 2.0 branch) only copies exp
  // into validUntil when validUntil is absent and never compares them, so a JWT whose exp is
  // 2026-06-01 (past at the test clock 2026-11-23) but whose validUntil is 2028-01-01 comes out
  // 'verified'. RFC 7519 §4.1.4 says the JWT MUST NOT be accepted after exp; STANDARDS §7.3
  // step 5: "exp sets/equals validUntil and not past. Mismatch ⇒ invalid". Expected expired or
  // invalid; actual verified.
  it('never verifies a VC 2.0 JWT whose exp has passed, whatever validUntil says', async () => {
    const payload = {
      ...openBadge(issuer(), { validUntil: '2028-01-01T00:00:00Z' }),
      exp: numericDate('2026-06-01T00:00:00Z'),
    };
    expect(['expired', 'invalid']).toContain((await verifyText(await sign(payload))).status);
  });

  // Regression (fixed): same function: nbf only fills validFrom when absent, so nbf = 2027-06-01 (future) with
  // validFrom = 2026-01-01 is 'verified'. RFC 7519 §4.1.5 (MUST NOT be accepted before nbf);
  // STANDARDS §7.3 step 5 ("nbf == validFrom and not in the future"). Expected invalid
  // (not_yet_valid or jwt_claim_mismatch); actual verified.
  it('never verifies a VC 2.0 JWT whose nbf is in the future, whatever validFrom says', async () => {
    const payload = { ...openBadge(issuer()), nbf: numericDate('2027-06-01T00:00:00Z') };
    expectStatus(await verifyText(await sign(payload)), 'invalid');
  });

  // Regression (fixed): lib/verify/jwt/jwt-claims.ts mapVc11 writes exp into expirationDate even when the vc
  // claim holds a VC 2.0 credential (first @context https://www.w3.org/ns/credentials/v2), whose
  // validity lib/verify/validity.ts reads from validUntil, so exp = 2026-06-01 (past) is ignored
  // and the result is 'verified'. Expected expired (or invalid); actual verified.
  it('never verifies a vc claim holding a VC 2.0 credential after exp', async () => {
    const payload = {
      iss: issuer(),
      exp: numericDate('2026-06-01T00:00:00Z'),
      vc: openBadge(issuer()),
    };
    expect(['expired', 'invalid']).toContain((await verifyText(await sign(payload))).status);
  });
});

describe('signature encodings', () => {
  it("verifies the fully-specified alg 'Ed25519' (RFC 9864)", async () => {
    const jws = await signJws({ alg: 'Ed25519' }, openBadge(didJwk(ed.publicJwk)), ed);
    expectStatus(await verifyText(jws), 'verified');
  });

  it('never verifies a signature re-encoded with other trailing bits (non-canonical base64url)', async () => {
    const jws = await signJws({ alg: 'EdDSA' }, openBadge(didJwk(ed.publicJwk)), ed);
    const [header, payload, signature] = splitJws(jws).segments;
    const last = signature.at(-1);
    for (const c of BASE64URL.replace(last ?? '', '')) {
      const result = await verifyText(`${header}.${payload}.${signature.slice(0, -1)}${c}`);
      expect(result.status, `last character ${c}`).not.toBe('verified');
    }
  });

  it('returns invalid for a did:jwk whose key is marked use enc', async () => {
    const issuer = didJwk({ ...ed.publicJwk, use: 'enc' });
    const jws = await signJws({ alg: 'EdDSA' }, openBadge(issuer), ed);
    expectStatus(await verifyText(jws), 'invalid', 'key_not_assertion_method');
  });
});
