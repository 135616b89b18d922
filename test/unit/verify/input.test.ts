// Input kinds (json, text, bytes, url) and the format checks verifyCredential derives from
// them: empty, not JSON, not a credential, too deep, too large, and formats not yet supported.

import { beforeAll, describe, expect, it } from 'vitest';
import {
  type CredentialInput,
  MAX_DEPTH,
  MAX_INPUT_BYTES,
  MAX_NODES,
  type VerificationResult,
  verifyCredential,
} from '../../../lib/verify';
import { type FakeFetch, fakeFetch, fixedClock } from '../../helpers/fake-fetch';
import { issue, openBadge, testKey } from '../../helpers/issue';

const URL_INPUT = 'https://credentials.example/badges/1.json';
let signed: Record<string, unknown>;
let fetch: FakeFetch;

beforeAll(async () => {
  const key = await testKey(3);
  signed = await issue(openBadge(key.did), { key });
  fetch = fakeFetch({
    [URL_INPUT]: { json: signed },
    'https://credentials.example/page.html': {
      body: '<html></html>',
      headers: { 'content-type': 'text/html' },
    },
    'https://credentials.example/text': {
      body: 'plain words',
      headers: { 'content-type': 'text/plain' },
    },
  });
});

const run = (input: CredentialInput, insecureLocalhost = false) =>
  verifyCredential(input, { fetch, now: fixedClock(), insecureLocalhost });
const only = (result: VerificationResult) => result.checks.map((c) => `${c.outcome}:${c.code}`);
const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('verifyCredential input kinds', () => {
  it('verifies a parsed JSON value', async () => {
    expect((await run({ kind: 'json', value: signed })).status).toBe('verified');
  });

  it('verifies JSON text, with surrounding whitespace and a byte-order mark', async () => {
    expect((await run({ kind: 'text', text: JSON.stringify(signed, null, 2) })).status).toBe(
      'verified',
    );
    expect((await run({ kind: 'text', text: `\uFEFF \n${JSON.stringify(signed)}\n` })).status).toBe(
      'verified',
    );
  });

  it('verifies UTF-8 bytes', async () => {
    const bytes = new TextEncoder().encode(JSON.stringify(signed));
    expect((await run({ kind: 'bytes', bytes })).status).toBe('verified');
  });

  it('verifies a credential fetched from a URL and reports where it came from', async () => {
    const result = await run({ kind: 'url', url: URL_INPUT });
    expect(result.status).toBe('verified');
    expect(result.url).toBe(URL_INPUT);
  });

  it('returns unverifiable with http_error when the URL answers 404', async () => {
    const result = await run({ kind: 'url', url: 'https://credentials.example/missing.json' });
    expect(result.status).toBe('unverifiable');
    expect(only(result)).toEqual(['unknown:http_error']);
  });

  it('returns unverifiable with content_type_invalid for an HTML page', async () => {
    const result = await run({ kind: 'url', url: 'https://credentials.example/page.html' });
    expect(only(result)).toEqual(['unknown:content_type_invalid']);
  });

  it('returns unverifiable with fetch_blocked_url for plain http without a request', async () => {
    const before = fetch.requests.length;
    const result = await run({ kind: 'url', url: 'http://credentials.example/badge.json' }, true);
    expect(only(result)).toEqual(['unknown:fetch_blocked_url']);
    expect(fetch.requests.length).toBe(before);
  });

  it('returns unverifiable with fetch_failed when fetch throws a non-Error', async () => {
    const throwing = () => {
      throw 'weird';
    };
    const result = await verifyCredential(
      { kind: 'url', url: URL_INPUT },
      { fetch: throwing, now: fixedClock() },
    );
    expect(result.status).toBe('unverifiable');
    expect(only(result)).toEqual(['unknown:fetch_failed']);
  });

  it('returns malformed with json_invalid when the URL serves text that is not JSON', async () => {
    const result = await run({ kind: 'url', url: 'https://credentials.example/text' });
    expect(result.status).toBe('malformed');
    expect(only(result)).toEqual(['fail:json_invalid']);
  });
});

describe('verifyCredential format checks', () => {
  it.each<[string, CredentialInput]>([
    ['empty text', { kind: 'text', text: '' }],
    ['whitespace', { kind: 'text', text: ' \n\t ' }],
    ['a lone byte-order mark', { kind: 'text', text: '\uFEFF' }],
    ['empty bytes', { kind: 'bytes', bytes: new Uint8Array() }],
  ])('returns malformed with input_empty for %s', async (_label, input) => {
    const result = await run(input);
    expect(result.status).toBe('malformed');
    expect(only(result)).toEqual(['fail:input_empty']);
  });

  it.each<[string, CredentialInput]>([
    ['broken JSON', { kind: 'text', text: '{"issuer": ' }],
    [
      'bytes that are not UTF-8',
      { kind: 'bytes', bytes: new Uint8Array([0x7b, 0xc3, 0x28, 0x7d]) },
    ],
  ])('returns malformed with json_invalid for %s', async (_label, input) => {
    expect(only(await run(input))).toEqual(['fail:json_invalid']);
  });

  const withoutIssuer = () => {
    const { issuer: _issuer, ...rest } = signed;
    return rest;
  };
  it.each<[string, () => unknown]>([
    ['an array', () => [signed]],
    ['null', () => null],
    ['a string', () => 'credential'],
    ['a credential without issuer', withoutIssuer],
    ['a credential without credentialSubject', () => ({ ...signed, credentialSubject: undefined })],
    [
      'a credential without the VerifiableCredential type',
      () => ({ ...signed, type: ['OpenBadgeCredential'] }),
    ],
    [
      'a credential whose first @context is not the W3C one',
      () => ({
        ...signed,
        '@context': [
          'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
          'https://www.w3.org/ns/credentials/v2',
        ],
      }),
    ],
    ['a credential with an empty issuer id', () => ({ ...signed, issuer: { id: '' } })],
  ])('returns malformed with not_a_credential for %s', async (_label, value) => {
    const result = await run({ kind: 'json', value: value() });
    expect(result.status).toBe('malformed');
    expect(only(result)).toEqual(['fail:not_a_credential']);
  });

  it('returns malformed with not_a_credential for JSON text of a scalar', async () => {
    expect(only(await run({ kind: 'text', text: '42' }))).toEqual(['fail:not_a_credential']);
  });

  it('accepts nesting of exactly MAX_DEPTH in text and refuses one level more', async () => {
    expect(only(await run({ kind: 'text', text: nested(MAX_DEPTH) }))).toEqual([
      'fail:not_a_credential',
    ]);
    expect(only(await run({ kind: 'text', text: nested(MAX_DEPTH + 1) }))).toEqual([
      'fail:input_too_deep',
    ]);
  });

  it('returns malformed with input_too_deep for 10 000 nested arrays as text and for deep JSON values', async () => {
    expect(only(await run({ kind: 'text', text: `{"a":${nested(10_000)}}` }))).toEqual([
      'fail:input_too_deep',
    ]);
    let deep: Record<string, unknown> = {};
    for (let i = 0; i < 200; i++) deep = { child: deep };
    expect(
      only(await run({ kind: 'json', value: { ...signed, credentialSubject: deep } })),
    ).toEqual(['fail:input_too_deep']);
  });

  it('ignores brackets inside strings when measuring depth', async () => {
    const text = JSON.stringify({ ...signed, description: '['.repeat(MAX_DEPTH * 2) });
    expect((await run({ kind: 'text', text })).status).not.toBe('malformed');
  });

  it('returns malformed with input_too_large beyond MAX_INPUT_BYTES and MAX_NODES', async () => {
    const big = JSON.stringify({ ...signed, description: 'x'.repeat(MAX_INPUT_BYTES) });
    expect(only(await run({ kind: 'text', text: big }))).toEqual(['fail:input_too_large']);
    expect(only(await run({ kind: 'bytes', bytes: new TextEncoder().encode(big) }))).toEqual([
      'fail:input_too_large',
    ]);
    const wide = {
      ...signed,
      credentialSubject: { id: 'did:example:x', list: Array(MAX_NODES).fill(1) },
    };
    expect(only(await run({ kind: 'json', value: wide }))).toEqual(['fail:input_too_large']);
  });

  it('returns malformed rather than hanging for a cyclic JSON value', async () => {
    const cyclic: Record<string, unknown> = { ...signed };
    cyclic.self = cyclic;
    expect((await run({ kind: 'json', value: cyclic })).status).toBe('malformed');
  });

  // VC-JWT support is being added in lib/verify/jwt; until then a compact JWS was
  // format_unsupported. Either way, a JWS with a junk signature must never verify or crash.
  it('never verifies nor crashes on a compact JWS with a junk signature', async () => {
    const jwt =
      'eyJhbGciOiJFZERTQSIsInR5cCI6InZjK2p3dCJ9.eyJpc3MiOiJkaWQ6ZXhhbXBsZTppc3N1ZXIifQ.c2lnbmF0dXJl';
    const result = await run({ kind: 'text', text: jwt });
    expect(['unverifiable', 'malformed', 'invalid']).toContain(result.status);
    expect(only(result)).not.toContain('unknown:internal_error');
  });

  // Baked badges (lib/verify/baked) are being added; until then they were format_unsupported.
  // Either way, an image without a credential is a format problem, never a crash or a verdict.
  it('returns a format problem for PNG bytes and SVG text without a credential', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"></svg>';
    for (const input of [
      { kind: 'bytes', bytes: png },
      { kind: 'text', text: svg },
    ] as const) {
      const result = await run(input);
      expect(['unverifiable', 'malformed']).toContain(result.status);
      expect(result.checks[0]).toMatchObject({ id: 'format' });
      expect(result.checks[0]?.outcome).not.toBe('pass');
      expect(only(result)).not.toContain('unknown:internal_error');
    }
  });
});
