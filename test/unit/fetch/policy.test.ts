// The URL policy: https only, loopback http behind insecureLocalhost, no user:pass@ URLs —
// both as a pure function and as enforced by safeFetch before any request is made.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FetchLike } from '../../../lib/deps';
import { checkUrlPolicy, isLoopbackHost, safeFetch, type UrlPolicy } from '../../../lib/fetch';
import { type LocalServer, startLocalServer } from '../../helpers/local-server';

describe('checkUrlPolicy', () => {
  const local: UrlPolicy = { insecureLocalhost: true };

  it('allows https to any host', () => {
    expect(checkUrlPolicy('https://issuer.example/did.json', {}).allowed).toBe(true);
  });

  it.each([
    'http://issuer.example/did.json',
    'http://127.0.0.1.nip.example/',
    'http://localhost.evil.example/',
    'http://0.0.0.0/',
    'http://10.0.0.1/',
  ])('refuses plain http to non-loopback %s even with insecureLocalhost', (url) => {
    expect(checkUrlPolicy(url, local)).toEqual({ allowed: false, reason: 'scheme_not_allowed' });
  });

  it.each([
    'http://127.0.0.1:8080/',
    'http://localhost/',
    'http://[::1]:3000/',
    'http://127.9.9.9/',
  ])('allows loopback http %s only with insecureLocalhost', (url) => {
    expect(checkUrlPolicy(url, local).allowed).toBe(true);
    expect(checkUrlPolicy(url, {})).toEqual({ allowed: false, reason: 'scheme_not_allowed' });
    expect(checkUrlPolicy(url, { insecureLocalhost: false }).allowed).toBe(false);
  });

  it('reads numeric loopback spellings the way URL normalises them', () => {
    for (const url of ['http://127.1/', 'http://0x7f000001/', 'http://2130706433/']) {
      expect(checkUrlPolicy(url, local).allowed).toBe(true);
    }
  });

  it.each([
    'https://user:pass@issuer.example/',
    'https://user@issuer.example/',
    'http://a:b@127.0.0.1/',
  ])('refuses URLs with credentials: %s', (url) => {
    expect(checkUrlPolicy(url, local)).toEqual({ allowed: false, reason: 'credentials_in_url' });
  });

  it.each([
    'file:///etc/passwd',
    'ftp://issuer.example/',
    'data:application/json,{}',
    'javascript:alert(1)',
    'ws://127.0.0.1/',
  ])('refuses the scheme of %s', (url) => {
    expect(checkUrlPolicy(url, local)).toEqual({ allowed: false, reason: 'scheme_not_allowed' });
  });

  it.each(['', 'not a url', '//issuer.example/x', 'https://'])(
    'returns url_invalid for %j',
    (url) => {
      expect(checkUrlPolicy(url, local)).toEqual({ allowed: false, reason: 'url_invalid' });
    },
  );
});

describe('isLoopbackHost', () => {
  it('recognises 127.0.0.0/8, ::1 and localhost in any case', () => {
    for (const host of ['127.0.0.1', '127.255.255.255', 'LOCALHOST', '::1', '[::1]']) {
      expect(isLoopbackHost(host)).toBe(true);
    }
  });

  it('rejects look-alikes', () => {
    for (const host of [
      '127.0.0.256',
      '127.0.0',
      '128.0.0.1',
      'localhost.example',
      '127.0.0.1.example',
      '::2',
      '',
    ]) {
      expect(isLoopbackHost(host)).toBe(false);
    }
  });
});

describe('safeFetch applies the policy before any request', () => {
  let server: LocalServer;
  const requested: string[] = [];
  const spy: FetchLike = (input, init) => {
    requested.push(input);
    return globalThis.fetch(input, init);
  };
  const fetchWith = (url: string, policy: UrlPolicy) =>
    safeFetch(url, { fetch: spy, now: () => new Date(), policy });

  beforeAll(async () => {
    server = await startLocalServer({ '/doc': { body: '{}' } });
  });
  afterAll(() => server.close());

  it('refuses http to a non-loopback host without a request', async () => {
    requested.length = 0;
    const result = await fetchWith('http://issuer.example/did.json', { insecureLocalhost: true });
    expect(!result.ok && result.error.code).toBe('fetch_blocked_url');
    expect(requested).toEqual([]);
  });

  it('refuses loopback http when insecureLocalhost is off', async () => {
    requested.length = 0;
    const result = await fetchWith(`${server.url}/doc`, {});
    expect(!result.ok && result.error.code).toBe('fetch_blocked_url');
    expect(requested).toEqual([]);
    expect(server.hits('/doc')).toBe(0);
  });

  it('refuses a user:pass@ URL without a request', async () => {
    requested.length = 0;
    const result = await fetchWith(server.url.replace('http://', 'http://user:pass@'), {
      insecureLocalhost: true,
    });
    expect(!result.ok && result.error.detail).toMatch(/^credentials_in_url/);
    expect(requested).toEqual([]);
  });

  it('fetches loopback http when insecureLocalhost is on', async () => {
    const result = await fetchWith(`${server.url}/doc`, { insecureLocalhost: true });
    expect(result.ok).toBe(true);
    expect(server.hits('/doc')).toBe(1);
  });
});
