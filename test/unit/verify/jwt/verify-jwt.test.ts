// JOSE-secured credentials through the whole pipeline: VC 2.0 (payload = credential), the
// algorithm allow-list, header rules, every way of finding the key (did:jwk, did:key, did:web,
// JWKS, embedded jwk) and its binding to the issuer. VC 1.1 claims live in jwt-claims.test.ts.

import { beforeAll, describe, expect, it } from 'vitest';
import { type VerificationResult, verifyCredential } from '../../../../lib/verify';
import { fakeFetch, fixedClock, type Route } from '../../../helpers/fake-fetch';
import { openBadge } from '../../../helpers/issue';
import {
  didJwk,
  didKeyOf,
  didWebDocumentUrl,
  hmacJws,
  type JwtKey,
  jwkControllerDocument,
  jwtKey,
  signJws,
  splitJws,
  unsignedJws,
} from '../../../helpers/jwt';

const VC2 = { typ: 'vc+jwt', cty: 'vc' };
const WEB_DID = 'did:web:issuer.example';
const HTTPS_ISSUER = 'https://issuer.example/';
const JWKS_URL = 'https://issuer.example/.well-known/jwks.json';

let ed: JwtKey;
let es: JwtKey;
let es2: JwtKey;
let rs: JwtKey;
let rsWeak: JwtKey;
let es512: JwtKey;
beforeAll(async () => {
  [ed, es, es2, rs, rsWeak, es512] = await Promise.all([
    jwtKey('EdDSA'),
    jwtKey('ES256'),
    jwtKey('ES256'),
    jwtKey('RS256'),
    jwtKey('RS256', { modulusLength: 1024 }),
    jwtKey('ES512'),
  ]);
});

const codes = (result: VerificationResult) => result.checks.map((c) => c.code);
const verifyText = (text: string, routes: Record<string, Route> = {}) =>
  verifyCredential({ kind: 'text', text }, { fetch: fakeFetch(routes), now: fixedClock() });
const webDidRoutes = (did: string, document: Record<string, unknown>) => ({
  [didWebDocumentUrl(did)]: { json: document },
});

function expectStatus(result: VerificationResult, status: string, code?: string) {
  expect(result.status, JSON.stringify(result.checks)).toBe(status);
  if (code !== undefined) expect(codes(result)).toContain(code);
}

describe('VC 2.0 JOSE credentials', () => {
  it('verifies EdDSA with a did:jwk issuer and no kid', async () => {
    const issuer = didJwk(ed.publicJwk);
    const result = await verifyText(await signJws({ alg: 'EdDSA', ...VC2 }, openBadge(issuer), ed));
    expectStatus(result, 'verified');
    expect(codes(result)).toEqual(
      expect.arrayContaining(['key_resolved', 'signature_valid', 'issuer_bound', 'validity_ok']),
    );
    expect(result.format).toEqual({ dataModel: 'vc-2.0', securing: 'jose' });
    expect(result.issuer.id).toBe(issuer);
  });

  it('verifies ES256 whose kid is a did:web DID URL', async () => {
    const document = jwkControllerDocument(WEB_DID, [{ fragment: 'key-1', jwk: es.publicJwk }]);
    const jws = await signJws(
      { alg: 'ES256', kid: `${WEB_DID}#key-1`, ...VC2 },
      openBadge(WEB_DID),
      es,
    );
    expectStatus(await verifyText(jws, webDidRoutes(WEB_DID, document)), 'verified');
  });

  it("verifies RS256 with an opaque kid found in the https issuer's JWKS", async () => {
    const jwks = {
      keys: [
        { ...es.publicJwk, kid: 'other' },
        { ...rs.publicJwk, kid: 'rsa-1' },
      ],
    };
    const jws = await signJws({ alg: 'RS256', kid: 'rsa-1', ...VC2 }, openBadge(HTTPS_ISSUER), rs);
    expectStatus(await verifyText(jws, { [JWKS_URL]: { json: jwks } }), 'verified', 'issuer_bound');
  });

  it('verifies EdDSA with a did:key issuer and its did:key kid', async () => {
    const { did, methodId } = didKeyOf(ed.publicJwk);
    const jws = await signJws({ alg: 'EdDSA', kid: methodId, ...VC2 }, openBadge(did), ed);
    expectStatus(await verifyText(jws), 'verified');
  });
});

describe('JWS header and algorithm rules', () => {
  const edIssuer = () => didJwk(ed.publicJwk);

  it('refuses alg none (unsigned) with jwt_algorithm_not_allowed', async () => {
    const jws = unsignedJws({ alg: 'none', ...VC2 }, openBadge(edIssuer()));
    expectStatus(await verifyText(jws), 'invalid', 'jwt_algorithm_not_allowed');
  });

  it('refuses HS256 with jwt_algorithm_not_allowed', async () => {
    const jws = await hmacJws({ alg: 'HS256', ...VC2 }, openBadge(edIssuer()));
    expectStatus(await verifyText(jws), 'invalid', 'jwt_algorithm_not_allowed');
  });

  it('returns unverifiable with jwt_algorithm_unsupported for ES512', async () => {
    const jws = await signJws({ alg: 'ES512', ...VC2 }, openBadge(didJwk(es512.publicJwk)), es512);
    expectStatus(await verifyText(jws), 'unverifiable', 'jwt_algorithm_unsupported');
  });

  it('returns invalid with jwt_key_mismatch for an EdDSA header over a P-256 key', async () => {
    const jws = await signJws({ alg: 'EdDSA', ...VC2 }, openBadge(didJwk(es.publicJwk)), ed);
    expectStatus(await verifyText(jws), 'invalid', 'jwt_key_mismatch');
  });

  it('returns invalid with key_too_weak for RS256 with a 1024-bit key', async () => {
    const jws = await signJws(
      { alg: 'RS256', ...VC2 },
      openBadge(didJwk(rsWeak.publicJwk)),
      rsWeak,
    );
    expectStatus(await verifyText(jws), 'invalid', 'key_too_weak');
  });

  it.each([
    ['typ bad+typ', { typ: 'bad+typ' }],
    ['a crit header', { crit: ['exp'], exp: 1 }],
    ['cty text/plain', { cty: 'text/plain' }],
  ])('returns invalid with jwt_header_invalid for %s', async (_label, extra) => {
    const jws = await signJws({ alg: 'EdDSA', ...VC2, ...extra }, openBadge(edIssuer()), ed);
    expectStatus(await verifyText(jws), 'invalid', 'jwt_header_invalid');
  });

  it('accepts historic typ values and JWT', async () => {
    for (const typ of ['JWT', 'vc+ld+jwt', 'vc+ld+json+jwt', 'application/vc+jwt']) {
      const jws = await signJws({ alg: 'EdDSA', typ }, openBadge(edIssuer()), ed);
      expectStatus(await verifyText(jws), 'verified');
    }
  });

  it('returns malformed for a payload holding a vp claim', async () => {
    const payload = { iss: edIssuer(), vp: { type: ['VerifiablePresentation'] } };
    expectStatus(await verifyText(await signJws({ alg: 'EdDSA' }, payload, ed)), 'malformed');
  });

  it('returns invalid with jwt_claims_invalid for a VC 2.0 payload that also has a vc claim', async () => {
    const payload = { ...openBadge(edIssuer()), vc: { type: ['VerifiableCredential'] } };
    const jws = await signJws({ alg: 'EdDSA', ...VC2 }, payload, ed);
    expectStatus(await verifyText(jws), 'invalid', 'jwt_claims_invalid');
  });
});

describe('keys embedded in the header', () => {
  it('returns invalid with jwt_key_not_bound for an https issuer and no kid', async () => {
    const jws = await signJws({ alg: 'EdDSA', jwk: ed.publicJwk }, openBadge(HTTPS_ISSUER), ed);
    const result = await verifyText(jws);
    expectStatus(result, 'invalid', 'jwt_key_not_bound');
    expect(result.checks).toContainEqual(
      expect.objectContaining({ code: 'signature_valid', outcome: 'pass' }),
    );
  });

  it('verifies a header jwk that is the key its did:jwk issuer encodes', async () => {
    const jws = await signJws(
      { alg: 'EdDSA', jwk: ed.publicJwk },
      openBadge(didJwk(ed.publicJwk)),
      ed,
    );
    expectStatus(await verifyText(jws), 'verified');
  });

  it('returns invalid with jwt_key_mismatch when the header jwk is not the key kid names', async () => {
    const document = jwkControllerDocument(WEB_DID, [{ fragment: 'key-1', jwk: es.publicJwk }]);
    const header = { alg: 'ES256', kid: `${WEB_DID}#key-1`, jwk: es2.publicJwk };
    const jws = await signJws(header, openBadge(WEB_DID), es2);
    expectStatus(
      await verifyText(jws, webDidRoutes(WEB_DID, document)),
      'invalid',
      'jwt_key_mismatch',
    );
  });

  it('returns invalid with key_private_exposed for a header jwk carrying d', async () => {
    const jws = await signJws(
      { alg: 'EdDSA', jwk: ed.privateJwk },
      openBadge(didJwk(ed.publicJwk)),
      ed,
    );
    expectStatus(await verifyText(jws), 'invalid', 'key_private_exposed');
  });
});

describe('kid resolution and issuer binding', () => {
  it("verifies kid '#key-1' relative to a did:web issuer", async () => {
    const document = jwkControllerDocument(WEB_DID, [{ fragment: 'key-1', jwk: es.publicJwk }]);
    const jws = await signJws({ alg: 'ES256', kid: '#key-1' }, openBadge(WEB_DID), es);
    expectStatus(await verifyText(jws, webDidRoutes(WEB_DID, document)), 'verified');
  });

  it('returns invalid with key_not_assertion_method for an authentication-only key', async () => {
    const document = jwkControllerDocument(WEB_DID, [
      { fragment: 'key-1', jwk: es.publicJwk, relations: ['authentication'] },
    ]);
    const jws = await signJws({ alg: 'ES256', kid: `${WEB_DID}#key-1` }, openBadge(WEB_DID), es);
    const result = await verifyText(jws, webDidRoutes(WEB_DID, document));
    expectStatus(result, 'invalid', 'key_not_assertion_method');
  });

  it("returns invalid with key_issuer_mismatch for another DID's key", async () => {
    const other = 'did:web:other.example';
    const document = jwkControllerDocument(other, [{ fragment: 'key-1', jwk: es.publicJwk }]);
    const jws = await signJws({ alg: 'ES256', kid: `${other}#key-1` }, openBadge(WEB_DID), es);
    const result = await verifyText(jws, webDidRoutes(other, document));
    expectStatus(result, 'invalid', 'key_issuer_mismatch');
  });

  it('returns unverifiable when the issuer JWKS is unreachable', async () => {
    const jws = await signJws({ alg: 'RS256', kid: 'rsa-1' }, openBadge(HTTPS_ISSUER), rs);
    expectStatus(await verifyText(jws), 'unverifiable', 'http_error');
  });

  it('returns invalid when the JWKS has no key with that kid', async () => {
    const jwks = { keys: [{ ...rs.publicJwk, kid: 'rsa-2' }] };
    const jws = await signJws({ alg: 'RS256', kid: 'rsa-1' }, openBadge(HTTPS_ISSUER), rs);
    expectStatus(
      await verifyText(jws, { [JWKS_URL]: { json: jwks } }),
      'invalid',
      'key_unresolved',
    );
  });
});

describe('tampering', () => {
  it('never verifies a JWS whose payload segment had one character changed', async () => {
    const jws = await signJws({ alg: 'EdDSA', ...VC2 }, openBadge(didJwk(ed.publicJwk)), ed);
    const [header, payload, signature] = splitJws(jws).segments;
    for (let i = 0; i < payload.length; i += Math.ceil(payload.length / 40)) {
      const flipped = payload[i] === 'A' ? 'B' : 'A';
      const tampered = `${header}.${payload.slice(0, i)}${flipped}${payload.slice(i + 1)}.${signature}`;
      const result = await verifyText(tampered);
      expect(['invalid', 'malformed'], `position ${i}`).toContain(result.status);
    }
  });
});
