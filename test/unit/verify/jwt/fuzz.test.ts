// Property tests for compact JWS input: random a.b.c strings, random JSON headers and payloads
// under random signatures (with realistic algs, kids and credential payloads mixed in), and huge
// segments. verifyCredential must resolve within a time bound, with a status from the
// vocabulary, and never say `verified`: none of these carries a signature the key made.

import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type VerificationResult,
  type VerificationStatus,
  verifyCredential,
} from '../../../../lib/verify';
import { fakeFetch, fixedClock } from '../../../helpers/fake-fetch';
import { openBadge } from '../../../helpers/issue';
import {
  b64url,
  didJwk,
  didWebDocumentUrl,
  encodeSegment,
  type JwtKey,
  jwkControllerDocument,
  jwtKey,
} from '../../../helpers/jwt';

const STATUSES: readonly VerificationStatus[] = [
  'verified',
  'confirmed',
  'expired',
  'revoked',
  'suspended',
  'invalid',
  'unverifiable',
  'malformed',
];
const TIME_LIMIT_MS = 2_000;
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const WEB_DID = 'did:web:issuer.example';

let ed: JwtKey;
let edIssuer: string;
let routes: Parameters<typeof fakeFetch>[0];
beforeAll(async () => {
  ed = await jwtKey('EdDSA');
  edIssuer = didJwk(ed.publicJwk);
  routes = {
    [didWebDocumentUrl(WEB_DID)]: {
      json: jwkControllerDocument(WEB_DID, [{ fragment: 'key-1', jwk: ed.publicJwk }]),
    },
    'https://issuer.example/.well-known/jwks.json': {
      json: { keys: [{ ...ed.publicJwk, kid: 'k1' }] },
    },
  };
});

/** Verifies `text` and checks the invariants every result keeps. */
async function verifyBounded(text: string): Promise<VerificationResult> {
  const started = performance.now();
  const result = await verifyCredential(
    { kind: 'text', text },
    { fetch: fakeFetch(routes), now: fixedClock() },
  );
  expect(performance.now() - started).toBeLessThan(TIME_LIMIT_MS);
  expect(STATUSES).toContain(result.status);
  expect(result.checks.length).toBeGreaterThan(0);
  expect(result.status).not.toBe('verified');
  return result;
}

const segment = (maxLength: number) =>
  fc.string({ unit: fc.constantFrom(...BASE64URL), minLength: 0, maxLength });

const header = () =>
  fc.oneof(
    fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 })),
    fc.record(
      {
        alg: fc.constantFrom(
          'EdDSA',
          'Ed25519',
          'ES256',
          'RS256',
          'PS256',
          'none',
          'HS256',
          'ES512',
          '',
        ),
        typ: fc.constantFrom('vc+jwt', 'JWT', 'vp+jwt', 'x'),
        cty: fc.constantFrom('vc', 'json'),
        kid: fc.constantFrom(
          '#key-1',
          `${WEB_DID}#key-1`,
          'k1',
          'did:key:z6Mk',
          'https://issuer.example/k',
        ),
        jwk: fc.constant(ed.publicJwk),
        crit: fc.array(fc.string({ maxLength: 4 }), { maxLength: 2 }),
      },
      { requiredKeys: ['alg'] },
    ),
  );

const payload = () =>
  fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc
      .record({
        issuer: fc.constantFrom(WEB_DID, 'https://issuer.example/', 'did:example:x'),
        overrides: fc.dictionary(
          fc.constantFrom(
            'validFrom',
            'validUntil',
            'id',
            'credentialSubject',
            'type',
            'vc',
            'iss',
            'exp',
          ),
          fc.jsonValue({ maxDepth: 2 }),
        ),
      })
      .map(({ issuer, overrides }) =>
        openBadge(issuer === 'did:example:x' ? edIssuer : issuer, overrides),
      ),
  );

describe('JWT fuzzing', () => {
  it('never verifies random base64url a.b.c strings', async () => {
    await fc.assert(
      fc.asyncProperty(segment(200), segment(400), segment(120), async (h, p, s) => {
        await verifyBounded(`${h}.${p}.${s}`);
      }),
      { numRuns: 300 },
    );
  });

  it('never verifies random JSON headers and payloads under random signatures', async () => {
    await fc.assert(
      fc.asyncProperty(
        header(),
        payload(),
        fc.uint8Array({ minLength: 0, maxLength: 300 }),
        async (h, p, signature) => {
          await verifyBounded(
            `${encodeSegment(h)}.${encodeSegment(p ?? null)}.${b64url(signature)}`,
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never verifies a real header and credential under a random 64-byte signature', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 64, maxLength: 64 }), async (signature) => {
        const jws = `${encodeSegment({ alg: 'EdDSA', typ: 'vc+jwt' })}.${encodeSegment(openBadge(edIssuer))}`;
        await verifyBounded(`${jws}.${b64url(signature)}`);
      }),
      { numRuns: 100 },
    );
  });

  it.each([
    [
      'a 900 KB payload segment',
      () => `${encodeSegment({ alg: 'EdDSA' })}.${'A'.repeat(900_000)}.AAAA`,
    ],
    [
      'a 900 KB header segment',
      () => `${'e'.repeat(900_000)}.${encodeSegment(openBadge(edIssuer))}.AAAA`,
    ],
    [
      'a 900 KB signature segment',
      () =>
        `${encodeSegment({ alg: 'EdDSA' })}.${encodeSegment(openBadge(edIssuer))}.${'A'.repeat(900_000)}`,
    ],
    [
      'a JWS just over 1 MiB',
      () => `${encodeSegment({ alg: 'EdDSA' })}.${'A'.repeat(1024 * 1024)}.AAAA`,
    ],
    [
      'a credential padded to 600 KB of JSON',
      () =>
        `${encodeSegment({ alg: 'EdDSA', typ: 'vc+jwt' })}.${encodeSegment(openBadge(edIssuer, { description: 'x'.repeat(600_000) }))}.${'A'.repeat(86)}`,
    ],
    [
      'a payload nested 5000 levels deep',
      () =>
        `${encodeSegment({ alg: 'EdDSA' })}.${encodeSegment(`${'['.repeat(5000)}${']'.repeat(5000)}`)}.AAAA`,
    ],
  ])('stays bounded for %s', async (_label, make) => {
    const result = await verifyBounded(make());
    expect(['invalid', 'malformed', 'unverifiable']).toContain(result.status);
  });
});
