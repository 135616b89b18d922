// Key handling: did:key and did:jwk expansion, the did:web URL mapping, and CID "Retrieve
// Verification Method" over a fake fetch.

import { base64urlnopad } from '@scure/base';
import { beforeAll, describe, expect, it } from 'vitest';
import { fetchJson } from '../../../lib/fetch';
import { ok } from '../../../lib/shared/result';
import { deepFreeze } from '../../../lib/shared/text';
import {
  didWebToUrl,
  expandDidJwk,
  expandDidKey,
  publicKeyOfMethod,
  resolveVerificationMethod,
} from '../../../lib/verify/keys';
import { controllerDocument, fakeFetch, fixedClock, type Route } from '../../helpers/fake-fetch';
import { type TestKey, testKey } from '../../helpers/issue';

let key: TestKey;
beforeAll(async () => {
  key = await testKey(7);
});

const didJwk = (jwk: unknown) =>
  `did:jwk:${base64urlnopad.encode(new TextEncoder().encode(JSON.stringify(jwk)))}`;
const ed25519Jwk = () => ({ kty: 'OKP', crv: 'Ed25519', x: base64urlnopad.encode(key.publicKey) });

describe('expandDidKey', () => {
  it('expands an Ed25519 did:key into a document listing its key for assertionMethod', () => {
    const result = expandDidKey(key.did);
    expect(result.ok && result.value).toMatchObject({
      id: key.did,
      assertionMethod: [key.methodId],
    });
    const method = result.ok
      ? (result.value.verificationMethod as Record<string, unknown>[])[0]
      : {};
    const decoded = publicKeyOfMethod(method ?? {});
    expect(decoded.ok && decoded.value.bytes).toEqual(key.publicKey);
  });

  it('expands a P-256 (zDn…) did:key for the ECDSA suites', () => {
    const result = expandDidKey('did:key:zDnaerDaTF5BXEavCrfRZEk316dpbLsfPDZ3WJ5hRTPFU2169');
    const method = result.ok
      ? (result.value.verificationMethod as Record<string, unknown>[])[0]
      : {};
    const decoded = publicKeyOfMethod(method ?? {});
    expect(decoded.ok && decoded.value.algorithm).toBe('P-256');
  });

  it.each([
    'did:key:z6Mk0OIl',
    'did:key:6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK',
    'did:key:',
    'did:key:z',
  ])('returns key_malformed for bad multibase %s', (did) => {
    const result = expandDidKey(did);
    expect(!result.ok && result.error.code).toBe('key_malformed');
  });

  it('returns key_malformed for an Ed25519 header with the wrong key length', () => {
    const short = key.multikey.slice(0, -2);
    expect(expandDidKey(`did:key:${short}`).ok).toBe(false);
  });
});

describe('expandDidJwk', () => {
  it('expands an Ed25519 JWK with method #0', () => {
    const did = didJwk(ed25519Jwk());
    const result = expandDidJwk(did);
    expect(result.ok && result.value).toMatchObject({ id: did, assertionMethod: [`${did}#0`] });
  });

  it('returns key_private_exposed for a JWK with "d"', () => {
    const result = expandDidJwk(didJwk({ ...ed25519Jwk(), d: base64urlnopad.encode(key.seed) }));
    expect(!result.ok && result.error.code).toBe('key_private_exposed');
  });

  it.each([
    'did:jwk:!!!',
    'did:jwk:',
    didJwk('a string'),
    didJwk([1, 2]),
    'did:jwk:eyJub3QganNvbg',
  ])('returns key_malformed for garbage %s', (did) => {
    const result = expandDidJwk(did);
    expect(!result.ok && result.error.code).toBe('key_malformed');
  });

  // did:jwk: if use is "enc", only keyAgreement is included.
  it('does not list an encryption-only JWK (use "enc") for assertionMethod', () => {
    const result = expandDidJwk(didJwk({ ...ed25519Jwk(), use: 'enc' }));
    const document = result.ok ? result.value : undefined;
    expect(document?.assertionMethod).toBeUndefined();
  });
});

describe('didWebToUrl', () => {
  it.each([
    ['did:web:issuer.example', 'https://issuer.example/.well-known/did.json'],
    ['did:web:issuer.example:users:alice', 'https://issuer.example/users/alice/did.json'],
    ['did:web:issuer.example%3A8443', 'https://issuer.example:8443/.well-known/did.json'],
    ['did:web:issuer.example%3A8443:a', 'https://issuer.example:8443/a/did.json'],
    ['did:web:localhost%3A8080', 'https://localhost:8080/.well-known/did.json'],
    ['did:web:127.0.0.1', 'https://127.0.0.1/.well-known/did.json'],
  ])('maps %s to %s', (did, url) => {
    expect(didWebToUrl(did)).toEqual({ ok: true, value: url });
  });

  it('maps loopback hosts to http only with insecureLocalhost', () => {
    const options = { insecureLocalhost: true };
    expect(didWebToUrl('did:web:localhost%3A8080', options)).toEqual({
      ok: true,
      value: 'http://localhost:8080/.well-known/did.json',
    });
    expect(didWebToUrl('did:web:127.0.0.1:x', options)).toEqual({
      ok: true,
      value: 'http://127.0.0.1/x/did.json',
    });
    expect(didWebToUrl('did:web:issuer.example', options)).toEqual({
      ok: true,
      value: 'https://issuer.example/.well-known/did.json',
    });
  });

  it.each([
    'did:web:',
    'did:web:issuer.example::a',
    'did:web:issuer.example:',
    'did:web:issuer example',
    'did:web:evil.example%2Fpath',
    'did:web:user%40issuer.example',
    'did:web:issuer.example:a%2Fb',
    'did:web:issuer.example:..',
    'did:web:%ZZ',
    'did:web:issuer.example?query',
  ])('returns controller_document_invalid for malformed %s', (did) => {
    const result = didWebToUrl(did);
    expect(!result.ok && result.error.code).toBe('controller_document_invalid');
  });
});

describe('resolveVerificationMethod', () => {
  const CONTROLLER = 'https://issuer.example/keys';
  const resolve = (methodId: string, routes: Record<string, Route> = {}) =>
    resolveVerificationMethod(methodId, {
      purpose: 'assertionMethod',
      fetchJson: (url) =>
        fetchJson(url, { fetch: fakeFetch(routes), now: fixedClock(), policy: {} }),
    });
  const serve = (document: Record<string, unknown>) => ({ [CONTROLLER]: { json: document } });
  const methodOf = (document: Record<string, unknown>) =>
    (document.verificationMethod as Record<string, unknown>[])[0] as Record<string, unknown>;

  it('resolves a did:key method without fetching', async () => {
    const result = await resolve(key.methodId);
    expect(result.ok && result.value).toMatchObject({
      methodId: key.methodId,
      controller: key.did,
    });
  });

  it('looks through a controller document with a huge method list without overflowing', async () => {
    const document = { id: CONTROLLER, verificationMethod: new Array(300_000).fill(0) };
    const result = await resolveVerificationMethod(`${CONTROLLER}#k1`, {
      purpose: 'assertionMethod',
      fetchJson: async () => ok(document),
    });
    expect(!result.ok && result.error).toMatchObject({
      code: 'key_unresolved',
      detail: expect.stringContaining('does not contain'),
    });
  });

  it('decodes a did:key once, and a shared (frozen) controller document once, for many credentials', async () => {
    const [first, second] = await Promise.all([resolve(key.methodId), resolve(key.methodId)]);
    expect(first.ok && second.ok && first.value.key === second.value.key).toBe(true);
    const frozen = deepFreeze(controllerDocument(CONTROLLER, key.multikey, 'k1'));
    const fromFrozen = () =>
      resolveVerificationMethod(`${CONTROLLER}#k1`, {
        purpose: 'assertionMethod',
        fetchJson: async () => ok(frozen),
      });
    const [a, b] = [await fromFrozen(), await fromFrozen()];
    expect(a.ok && b.ok && a.value.key === b.value.key).toBe(true);
    // A document that is not frozen could change between reads: decoded anew each time.
    const open = controllerDocument(CONTROLLER, key.multikey, 'k1');
    const fromOpen = () =>
      resolveVerificationMethod(`${CONTROLLER}#k1`, {
        purpose: 'assertionMethod',
        fetchJson: async () => ok(open),
      });
    const [c, d] = [await fromOpen(), await fromOpen()];
    expect(c.ok && d.ok && c.value.key !== d.value.key).toBe(true);
    expect(c).toEqual(a);
    // …and a change to it is seen, even when only the inside changed.
    const other = await testKey(8);
    methodOf(open).publicKeyMultibase = other.multikey;
    const changed = await fromOpen();
    expect(changed.ok && changed.value.key.bytes).toEqual(other.publicKey);
  });

  it('resolves a method published in an https controller document', async () => {
    const result = await resolve(
      `${CONTROLLER}#k1`,
      serve(controllerDocument(CONTROLLER, key.multikey, 'k1')),
    );
    expect(result.ok && result.value.key.bytes).toEqual(key.publicKey);
    expect(result.ok && result.value.controller).toBe(CONTROLLER);
  });

  it('resolves a did:web method from its well-known URL', async () => {
    const did = 'did:web:issuer.example';
    const routes = {
      'https://issuer.example/.well-known/did.json': {
        json: controllerDocument(did, key.multikey, 'key-1'),
      },
    };
    const result = await resolve(`${did}#key-1`, routes);
    expect(result.ok && result.value.controller).toBe(did);
  });

  it('returns controller_document_invalid when the document id differs', async () => {
    const result = await resolve(
      `${CONTROLLER}#k1`,
      serve(controllerDocument('https://evil.example/keys', key.multikey, 'k1')),
    );
    expect(!result.ok && result.error).toMatchObject({
      outcome: 'fail',
      code: 'controller_document_invalid',
    });
  });

  it('returns controller_document_invalid when the method names another controller', async () => {
    const document = controllerDocument(CONTROLLER, key.multikey, 'k1');
    methodOf(document).controller = 'https://evil.example/keys';
    const result = await resolve(`${CONTROLLER}#k1`, serve(document));
    expect(!result.ok && result.error.code).toBe('controller_document_invalid');
  });

  it('returns controller_document_invalid for a document without an id', async () => {
    const result = await resolve(`${CONTROLLER}#k1`, serve({ verificationMethod: [] }));
    expect(!result.ok && result.error.code).toBe('controller_document_invalid');
  });

  it('returns key_unresolved when the method is missing', async () => {
    const result = await resolve(
      `${CONTROLLER}#other`,
      serve(controllerDocument(CONTROLLER, key.multikey, 'k1')),
    );
    expect(!result.ok && result.error).toMatchObject({ outcome: 'fail', code: 'key_unresolved' });
    expect((await resolve(`${key.did}#not-the-key`)).ok).toBe(false);
  });

  it('returns key_not_assertion_method when the key is listed only for authentication', async () => {
    const document = {
      ...controllerDocument(CONTROLLER, key.multikey, 'k1'),
      assertionMethod: [],
      authentication: [`${CONTROLLER}#k1`],
    };
    const result = await resolve(`${CONTROLLER}#k1`, serve(document));
    expect(!result.ok && result.error).toMatchObject({
      outcome: 'fail',
      code: 'key_not_assertion_method',
    });
  });

  it('resolves relative "#key-1" references against the document id', async () => {
    const document = {
      id: CONTROLLER,
      verificationMethod: [
        {
          id: '#key-1',
          type: 'Multikey',
          controller: CONTROLLER,
          publicKeyMultibase: key.multikey,
        },
      ],
      assertionMethod: ['#key-1'],
    };
    const result = await resolve(`${CONTROLLER}#key-1`, serve(document));
    expect(result.ok && result.value.methodId).toBe(`${CONTROLLER}#key-1`);
  });

  it('finds a method embedded inside assertionMethod', async () => {
    const method = {
      id: `${CONTROLLER}#k2`,
      type: 'Multikey',
      controller: CONTROLLER,
      publicKeyMultibase: key.multikey,
    };
    const result = await resolve(
      `${CONTROLLER}#k2`,
      serve({ id: CONTROLLER, assertionMethod: [method] }),
    );
    expect(result.ok && result.value.key.bytes).toEqual(key.publicKey);
  });

  it('returns key_private_exposed for a method with secretKeyMultibase', async () => {
    const document = controllerDocument(CONTROLLER, key.multikey, 'k1');
    methodOf(document).secretKeyMultibase = 'z3u2en7t5LR2WtQH5PfsqMNcY1c3d8zb3K5t7B8R9d4s';
    const result = await resolve(`${CONTROLLER}#k1`, serve(document));
    expect(!result.ok && result.error).toMatchObject({
      outcome: 'fail',
      code: 'key_private_exposed',
    });
  });

  it('resolves a P-256 Multikey method (the ECDSA suites check which curve a proof needs)', async () => {
    const document = controllerDocument(
      CONTROLLER,
      'zDnaerDaTF5BXEavCrfRZEk316dpbLsfPDZ3WJ5hRTPFU2169',
      'k1',
    );
    const result = await resolve(`${CONTROLLER}#k1`, serve(document));
    expect(result.ok && result.value.key.algorithm).toBe('P-256');
  });

  it('returns did_method_unsupported with an unknown outcome for other DID methods', async () => {
    const result = await resolve('did:example:123#key-1');
    expect(!result.ok && result.error).toMatchObject({
      outcome: 'unknown',
      code: 'did_method_unsupported',
    });
  });

  it('returns an unknown outcome with the fetch code when the document cannot be fetched', async () => {
    const result = await resolve(`${CONTROLLER}#k1`);
    expect(!result.ok && result.error).toMatchObject({ outcome: 'unknown', code: 'http_error' });
  });

  it('returns an unknown outcome for plain-http and non-URL method ids', async () => {
    const blocked = await resolve('http://issuer.example/keys#k1');
    expect(!blocked.ok && blocked.error).toMatchObject({
      outcome: 'unknown',
      code: 'fetch_blocked_url',
    });
    const urn = await resolve('urn:uuid:1234#k1');
    expect(!urn.ok && urn.error).toMatchObject({ outcome: 'unknown', code: 'key_unresolved' });
  });
});
