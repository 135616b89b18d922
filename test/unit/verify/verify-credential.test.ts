// The pipeline's verdicts and check codes for JSON credentials: each suite, validity, issuer
// binding, did:web issuers, contexts, status and internal errors. Input kinds and format checks
// live in input.test.ts; proof-level outcomes in proofs/verify-proofs.test.ts.

import { beforeAll, describe, expect, it, vi } from 'vitest';
import { type VerificationResult, type VerifyOptions, verifyCredential } from '../../../lib/verify';
import { controllerDocument, fakeFetch, fixedClock, type Route } from '../../helpers/fake-fetch';
import { issue, openBadge, type Suite, type TestKey, testKey } from '../../helpers/issue';
import { startLocalServer } from '../../helpers/local-server';

let issuer: TestKey;
let other: TestKey;
beforeAll(async () => {
  [issuer, other] = await Promise.all([testKey(1), testKey(2)]);
});

const ED25519_2020_CONTEXT = 'https://w3id.org/security/suites/ed25519-2020/v1';
const codes = (result: VerificationResult) => result.checks.map((c) => c.code);
const verify = (value: unknown, options: Partial<VerifyOptions> = {}) =>
  verifyCredential({ kind: 'json', value }, { fetch: fakeFetch(), now: fixedClock(), ...options });

function badgeFor(suite: Suite, overrides: Record<string, unknown> = {}) {
  const badge = openBadge(issuer.did, overrides);
  if (suite === 'Ed25519Signature2020')
    badge['@context'] = [...(badge['@context'] as string[]), ED25519_2020_CONTEXT];
  return badge;
}

describe('verifyCredential verdicts', () => {
  it.each(['eddsa-rdfc-2022', 'eddsa-jcs-2022', 'Ed25519Signature2020', 'eddsa-2022'] as const)(
    'returns verified for a credential signed with %s',
    async (suite) => {
      const result = await verify(await issue(badgeFor(suite), { key: issuer, suite }));
      expect(result.status).toBe('verified');
      expect(codes(result)).toEqual(
        expect.arrayContaining([
          'format_ok',
          'key_resolved',
          'signature_valid',
          'issuer_bound',
          'validity_ok',
          'status_absent',
        ]),
      );
      expect(result.format).toEqual({ dataModel: 'vc-2.0', securing: 'data-integrity' });
      expect(result.issuer).toMatchObject({ id: issuer.did, name: 'Credlens Test University' });
    },
  );

  it('returns verified for a VC 1.1 credential with issuanceDate', async () => {
    const vc11 = {
      '@context': [
        'https://www.w3.org/2018/credentials/v1',
        'https://w3id.org/security/data-integrity/v2',
      ],
      type: ['VerifiableCredential'],
      issuer: issuer.did,
      issuanceDate: '2026-01-01T00:00:00Z',
      credentialSubject: { id: 'did:example:learner' },
    };
    const result = await verify(await issue(vc11, { key: issuer }));
    expect(result.status).toBe('verified');
    expect(result.format.dataModel).toBe('vc-1.1');
  });

  it('returns expired after validUntil', async () => {
    const result = await verify(
      await issue(badgeFor('eddsa-rdfc-2022', { validUntil: '2026-06-01T00:00:00Z' }), {
        key: issuer,
      }),
    );
    expect(result.status).toBe('expired');
    expect(codes(result)).toContain('expired');
    expect(result.validUntil).toBe('2026-06-01T00:00:00Z');
  });

  it('returns invalid with not_yet_valid before validFrom', async () => {
    const result = await verify(
      await issue(badgeFor('eddsa-rdfc-2022', { validFrom: '2027-01-01T00:00:00Z' }), {
        key: issuer,
      }),
    );
    expect(result.status).toBe('invalid');
    expect(codes(result)).toContain('not_yet_valid');
  });

  it('returns invalid with date_invalid for an unreadable validFrom', async () => {
    const result = await verify(
      await issue(badgeFor('eddsa-rdfc-2022', { validFrom: 'last tuesday' }), { key: issuer }),
    );
    expect(result.status).toBe('invalid');
    expect(codes(result)).toContain('date_invalid');
  });

  it('returns invalid with signature_invalid for a tampered credential and skips validity', async () => {
    const signed = await issue(badgeFor('eddsa-rdfc-2022'), { key: issuer });
    const result = await verify({ ...signed, name: 'Kubernetes Administrator (Distinction)' });
    expect(result.status).toBe('invalid');
    expect(result.checks).toContainEqual(
      expect.objectContaining({ id: 'proof', outcome: 'fail', code: 'signature_invalid' }),
    );
    expect(result.checks).toContainEqual(
      expect.objectContaining({ id: 'validity', outcome: 'skipped' }),
    );
  });

  it('returns invalid with key_issuer_mismatch when another did:key signed', async () => {
    const result = await verify(await issue(badgeFor('eddsa-rdfc-2022'), { key: other }));
    expect(result.status).toBe('invalid');
    expect(codes(result)).toContain('key_issuer_mismatch');
  });

  it('returns invalid with key_unresolved for a did:key method id with the wrong fragment', async () => {
    const result = await verify(
      await issue(badgeFor('eddsa-rdfc-2022'), {
        key: issuer,
        verificationMethod: `${issuer.did}#key-1`,
      }),
    );
    expect(result.status).toBe('invalid');
    expect(codes(result)).toContain('key_unresolved');
  });

  it('returns unverifiable with status_unsupported for an unknown credentialStatus type', async () => {
    const credentialStatus = {
      id: 'https://issuer.example/status#1',
      type: 'https://status.example/ns#ExampleStatusMethod',
    };
    const result = await verify(
      await issue(badgeFor('eddsa-rdfc-2022', { credentialStatus }), { key: issuer }),
    );
    expect(result.status).toBe('unverifiable');
    expect(result.checks).toContainEqual(
      expect.objectContaining({ id: 'status', outcome: 'unknown', code: 'status_unsupported' }),
    );
  });
});

describe('verifyCredential keys and contexts', () => {
  const DID_WEB = 'did:web:issuer.example';
  const didWebRoutes = (key: TestKey): Record<string, Route> => ({
    'https://issuer.example/.well-known/did.json': {
      json: controllerDocument(DID_WEB, key.multikey, 'key-1'),
    },
  });

  it('returns verified for a did:web issuer whose document is served over https', async () => {
    const signed = await issue(openBadge(DID_WEB), {
      key: issuer,
      verificationMethod: `${DID_WEB}#key-1`,
    });
    const fetch = fakeFetch(didWebRoutes(issuer));
    const result = await verify(signed, { fetch });
    expect(result.status).toBe('verified');
    expect(fetch.requests).toEqual(['https://issuer.example/.well-known/did.json']);
  });

  it('returns verified for a did:web issuer on a loopback server with insecureLocalhost', async () => {
    const didOf = (host: string) => `did:web:${host.replace(':', '%3A')}`;
    const server = await startLocalServer({
      '/.well-known/did.json': (request) => ({
        body: JSON.stringify(
          controllerDocument(didOf(request.headers.host ?? ''), issuer.multikey, 'key-1'),
        ),
        headers: { 'content-type': 'application/did+json' },
      }),
    });
    try {
      const did = didOf(server.url.slice('http://'.length));
      const signed = await issue(openBadge(did), {
        key: issuer,
        verificationMethod: `${did}#key-1`,
      });
      const result = await verify(signed, { fetch: globalThis.fetch, insecureLocalhost: true });
      expect(result.status).toBe('verified');
      expect(server.hits('/.well-known/did.json')).toBe(1);
      const refused = await verify(signed, { fetch: globalThis.fetch });
      expect(refused.status).toBe('unverifiable');
      expect(server.hits('/.well-known/did.json')).toBe(1);
    } finally {
      await server.close();
    }
  });

  it('returns unverifiable with the fetch code when the did:web document is unreachable', async () => {
    const signed = await issue(openBadge(DID_WEB), {
      key: issuer,
      verificationMethod: `${DID_WEB}#key-1`,
    });
    const result = await verify(signed);
    expect(result.status).toBe('unverifiable');
    expect(result.checks).toContainEqual(
      expect.objectContaining({ id: 'key', outcome: 'unknown', code: 'http_error' }),
    );
  });

  it('returns invalid when the did:web document publishes a different key', async () => {
    const signed = await issue(openBadge(DID_WEB), {
      key: issuer,
      verificationMethod: `${DID_WEB}#key-1`,
    });
    const result = await verify(signed, { fetch: fakeFetch(didWebRoutes(other)) });
    expect(result.status).toBe('invalid');
    expect(codes(result)).toContain('signature_invalid');
  });

  it('returns unverifiable with did_method_unsupported for an unknown DID method', async () => {
    const signed = await issue(badgeFor('eddsa-rdfc-2022'), {
      key: issuer,
      verificationMethod: 'did:example:123#key-1',
    });
    const result = await verify(signed);
    expect(result.status).toBe('unverifiable');
    expect(codes(result)).toContain('did_method_unsupported');
  });

  it('returns unverifiable with context_unknown for a context that is not bundled', async () => {
    const signed = await issue(badgeFor('eddsa-rdfc-2022'), { key: issuer });
    const result = await verify({
      ...signed,
      '@context': [...(signed['@context'] as string[]), 'https://evil.example/context.json'],
    });
    expect(result.status).toBe('unverifiable');
    expect(result.checks).toContainEqual(
      expect.objectContaining({ id: 'context', outcome: 'unknown', code: 'context_unknown' }),
    );
  });

  it('returns invalid with context_undefined_term for a term no context defines', async () => {
    const signed = await issue(badgeFor('eddsa-rdfc-2022'), { key: issuer });
    const result = await verify({ ...signed, undefinedTerm: 'surprise' });
    expect(result.status).toBe('invalid');
    expect(result.checks).toContainEqual(
      expect.objectContaining({ id: 'context', outcome: 'fail', code: 'context_undefined_term' }),
    );
  });
});

describe('verifyCredential internal errors', () => {
  it.each([Symbol('weird'), null, 42, { not: 'an error' }])(
    'resolves unverifiable with internal_error when a dependency throws %s',
    async (thrown) => {
      const log = vi.fn();
      const result = await verify(badgeFor('eddsa-rdfc-2022'), {
        log,
        now: () => {
          throw thrown;
        },
      });
      expect(result.status).toBe('unverifiable');
      expect(codes(result)).toEqual(['internal_error']);
      expect(log).toHaveBeenCalledWith('verify_internal_error', { name: 'unknown' });
    },
  );

  it('resolves when the JSON value has a throwing getter', async () => {
    const value = Object.defineProperty(badgeFor('eddsa-rdfc-2022'), 'issuer', {
      enumerable: true,
      get() {
        throw new TypeError('boom');
      },
    });
    const result = await verify(value);
    expect(result.status).toBe('unverifiable');
    expect(codes(result)).toEqual(['internal_error']);
  });

  it('resolves when fetch throws a non-Error synchronously while resolving a key', async () => {
    const signed = await issue(openBadge('did:web:issuer.example'), {
      key: issuer,
      verificationMethod: 'did:web:issuer.example#key-1',
    });
    const fetch = () => {
      throw 'not an error';
    };
    const result = await verify(signed, { fetch });
    expect(result.status).toBe('unverifiable');
    expect(result.checks).toContainEqual(
      expect.objectContaining({ id: 'key', outcome: 'unknown', code: 'fetch_failed' }),
    );
  });
});
