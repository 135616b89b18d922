// Property tests: whatever it is given, verifyCredential resolves (never rejects) within a time
// bound, with a status from the vocabulary, and never says `verified` for something that is not
// an intact credential. Hostile shapes too: deep nesting, huge strings, bad multibase.

import { base58, base64urlnopad } from '@scure/base';
import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type CredentialInput,
  type VerificationResult,
  type VerificationStatus,
  verifyCredential,
} from '../../../lib/verify';
import { fakeFetch, fixedClock } from '../../helpers/fake-fetch';
import { issue, openBadge, type TestKey, testKey } from '../../helpers/issue';

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
const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

type Path = Array<string | number>;

let key: TestKey;
let rdfc: Record<string, unknown>;
let jcs: Record<string, unknown>;
beforeAll(async () => {
  key = await testKey(5);
  [rdfc, jcs] = await Promise.all([
    issue(openBadge(key.did), { key }),
    issue(openBadge(key.did), { key, suite: 'eddsa-jcs-2022' }),
  ]);
});

/** Verifies with a fake fetch (every URL 404) and checks the invariants every result keeps. */
async function verifyBounded(input: CredentialInput): Promise<VerificationResult> {
  const started = performance.now();
  const result = await verifyCredential(input, { fetch: fakeFetch(), now: fixedClock() });
  expect(performance.now() - started).toBeLessThan(TIME_LIMIT_MS);
  expect(STATUSES).toContain(result.status);
  expect(result.checks.length).toBeGreaterThan(0);
  return result;
}

async function neverVerified(input: CredentialInput): Promise<void> {
  expect((await verifyBounded(input)).status).not.toBe('verified');
}

function pathsOf(value: unknown, path: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [path];
  const children = Object.entries(value).flatMap(([k, v]) =>
    pathsOf(v, [...path, Array.isArray(value) ? Number(k) : k]),
  );
  return path.length === 0 ? children : [path, ...children];
}

function replaceAt(
  root: Record<string, unknown>,
  path: Path,
  replacement: unknown,
): Record<string, unknown> {
  const copy = structuredClone(root);
  let parent = copy as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  parent[path[path.length - 1] as string | number] = replacement;
  return copy;
}

const withProof = (document: Record<string, unknown>, changes: Record<string, unknown>) => ({
  ...document,
  proof: { ...(document.proof as Record<string, unknown>), ...changes },
});

const base64urlJson = (value: unknown) =>
  base64urlnopad.encode(new TextEncoder().encode(JSON.stringify(value)));

describe('verifyCredential never rejects', () => {
  it('for random JSON values', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), (value) => neverVerified({ kind: 'json', value })),
      { numRuns: 200 },
    );
  });

  it('for random objects holding non-JSON values (BigInt, Map, typed arrays, undefined)', async () => {
    const anything = fc.anything({
      withBigInt: true,
      withMap: true,
      withSet: true,
      withDate: true,
      withTypedArray: true,
      withSparseArray: true,
      withNullPrototype: true,
    });
    await fc.assert(
      // Only robustness here: undefined or null members add nothing to the signed graph.
      fc.asyncProperty(fc.dictionary(fc.string(), anything, { maxKeys: 5 }), async (extra) => {
        await verifyBounded({
          kind: 'json',
          value: {
            ...rdfc,
            ...extra,
            credentialSubject: { ...(rdfc.credentialSubject as object), ...extra },
          },
        });
      }),
      { numRuns: 100 },
    );
  });

  it('for random strings and JSON text', async () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.json(),
      fc.string({ unit: fc.constantFrom('[', ']', '{', '}', '"', '\\', ',', ':', 'a', '1') }),
    );
    await fc.assert(
      fc.asyncProperty(text, (value) => neverVerified({ kind: 'text', text: value })),
      { numRuns: 200 },
    );
  });

  it('for random compact JWS shapes', async () => {
    const header = fc.record(
      {
        alg: fc.constantFrom('EdDSA', 'ES256', 'RS256', 'HS256', 'none', 'Ed25519'),
        kid: fc.oneof(fc.string(), fc.constant(`${key.methodId}`)),
        typ: fc.constantFrom('vc+jwt', 'JWT', 'vc-ld+jwt'),
      },
      { requiredKeys: [] },
    );
    const payload = fc.oneof(
      fc.jsonValue(),
      fc.constant(rdfc),
      fc.constant({ vc: rdfc, iss: key.did }),
    );
    const segment = fc.string({ unit: fc.constantFrom(...'ABCabc012-_'), maxLength: 90 });
    const jws = fc.oneof(
      fc.tuple(segment, segment, segment).map((parts) => parts.join('.')),
      fc
        .tuple(header, payload, fc.uint8Array({ maxLength: 80 }))
        .map(([h, p, s]) => `${base64urlJson(h)}.${base64urlJson(p)}.${base64urlnopad.encode(s)}`),
    );
    await fc.assert(
      fc.asyncProperty(jws, (text) => neverVerified({ kind: 'text', text })),
      { numRuns: 200 },
    );
  });

  it('for random bytes, PNG-prefixed or not', async () => {
    const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 2048 }),
      fc.uint8Array({ maxLength: 2048 }).map((b) => new Uint8Array([...png, ...b])),
    );
    await fc.assert(
      fc.asyncProperty(bytes, (value) => neverVerified({ kind: 'bytes', bytes: value })),
      { numRuns: 200 },
    );
  });

  it('for 10 000 nested arrays as text and as a parsed value', async () => {
    const text = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    expect((await verifyBounded({ kind: 'text', text })).status).toBe('malformed');
    expect((await verifyBounded({ kind: 'text', text: `{"a":${text}}` })).status).toBe('malformed');
    let value: unknown = [];
    for (let i = 0; i < 10_000; i++) value = [value];
    expect(
      (await verifyBounded({ kind: 'json', value: { ...rdfc, evidence: value } })).status,
    ).toBe('malformed');
  });

  it('for 2 MB strings as text, bytes and inside a parsed credential', async () => {
    const huge = 'é'.repeat(1024 * 1024);
    expect((await verifyBounded({ kind: 'text', text: huge })).status).toBe('malformed');
    expect(
      (await verifyBounded({ kind: 'bytes', bytes: new TextEncoder().encode(huge) })).status,
    ).toBe('malformed');
    await neverVerified({ kind: 'json', value: { ...rdfc, description: huge } });
    await neverVerified({
      kind: 'json',
      value: withProof(rdfc, { proofValue: `z${'1'.repeat(2 * 1024 * 1024)}` }),
    });
  });
});

describe('verifyCredential never verifies a damaged credential', () => {
  it('when any member of an eddsa-jcs-2022 credential is replaced by random JSON', async () => {
    const paths = pathsOf(jcs);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...paths),
        fc.jsonValue({ maxDepth: 3 }),
        async (path, replacement) => {
          const mutated = replaceAt(jcs, path, replacement);
          fc.pre(canonicalize(mutated) !== canonicalize(jcs));
          await neverVerified({ kind: 'json', value: mutated });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('when any string of an eddsa-rdfc-2022 credential is replaced by another string', async () => {
    const paths = pathsOf(rdfc);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...paths),
        fc.string({ minLength: 1, maxLength: 40 }),
        async (path, replacement) => {
          const original = path.reduce<unknown>(
            (node, step) => (node as Record<string | number, unknown>)[step],
            rdfc,
          );
          fc.pre(typeof original === 'string' && original !== replacement);
          await neverVerified({ kind: 'json', value: replaceAt(rdfc, path, replacement) });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('when proofValue is bad base58 or multibase, or a random 64-byte signature', async () => {
    const bad = fc.oneof(
      fc
        .string({ unit: fc.constantFrom(...`${BASE58}0OIl+/=`), maxLength: 120 })
        .map((s) => `z${s}`),
      fc.string({ maxLength: 120 }),
      fc.uint8Array({ minLength: 64, maxLength: 64 }).map((b) => `z${base58.encode(b)}`),
      fc.uint8Array({ minLength: 64, maxLength: 64 }).map((b) => `u${base64urlnopad.encode(b)}`),
    );
    await fc.assert(
      fc.asyncProperty(bad, (proofValue) =>
        neverVerified({ kind: 'json', value: withProof(rdfc, { proofValue }) }),
      ),
      { numRuns: 150 },
    );
  });

  it('when the did:key publicKeyMultibase is bad base58, another multicodec or another key', async () => {
    const multibase = fc.oneof(
      fc.string({ unit: fc.constantFrom(...`${BASE58}0OIl`), maxLength: 80 }).map((s) => `z${s}`),
      fc
        .uint8Array({ minLength: 32, maxLength: 32 })
        .map((b) => `z${base58.encode(new Uint8Array([0xed, 0x01, ...b]))}`),
      fc
        .uint8Array({ minLength: 33, maxLength: 35 })
        .map((b) => `z${base58.encode(new Uint8Array([0x80, 0x24, ...b]))}`),
      fc.string({ maxLength: 60 }),
    );
    await fc.assert(
      fc.asyncProperty(multibase, fc.boolean(), (value, asIssuer) => {
        const did = `did:key:${value}`;
        const document = withProof(rdfc, { verificationMethod: `${did}#${value}` });
        return neverVerified({
          kind: 'json',
          value: asIssuer ? { ...document, issuer: did } : document,
        });
      }),
      { numRuns: 150 },
    );
  });

  it('when the verification method is a random did:web, did:jwk or URL', async () => {
    const method = fc.oneof(
      fc.string({ maxLength: 60 }).map((s) => `did:web:${s}#k`),
      fc.jsonValue({ maxDepth: 2 }).map((jwk) => `did:jwk:${base64urlJson(jwk)}#0`),
      fc.webUrl({ withFragments: true }),
    );
    await fc.assert(
      fc.asyncProperty(method, (verificationMethod) =>
        neverVerified({ kind: 'json', value: withProof(rdfc, { verificationMethod }) }),
      ),
      { numRuns: 150 },
    );
  });
});
