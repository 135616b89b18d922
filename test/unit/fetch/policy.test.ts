// The URL policy: https to public hosts only, loopback (http or https) behind
// insecureLocalhost and nothing else private ever, no user:pass@ URLs — both as a pure
// function and as enforced by safeFetch before any request is made and on every redirect hop.
// The full table of private notations is in host-class.test.ts.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FetchLike } from '../../../lib/deps';
import { checkUrlPolicy, createMemoryCache, safeFetch, type UrlPolicy } from '../../../lib/fetch';
import { fakeFetch, fixedClock } from '../../helpers/fake-fetch';
import { type LocalServer, startLocalServer } from '../../helpers/local-server';

describe('checkUrlPolicy', () => {
  const local: UrlPolicy = { insecureLocalhost: true };

  it.each([
    'https://issuer.example/did.json',
    'https://8.8.8.8/',
    'https://[2606:4700::1111]/',
    'https://example.com./',
  ])('allows https to the public host of %s, switch or not', (url) => {
    expect(checkUrlPolicy(url, {}).allowed).toBe(true);
    expect(checkUrlPolicy(url, local).allowed).toBe(true);
  });

  it.each([
    ['https://10.0.0.1/x.json', '10.0.0.1', 'private network'],
    ['https://192.168.50.2:9443/.well-known/did.json', '192.168.50.2', 'private network'],
    ['https://169.254.169.254/latest/meta-data/', '169.254.169.254', 'link-local'],
    ['https://intranet/status', 'intranet', 'local name'],
    ['https://[fd00::1]/', '[fd00::1]', 'private network'],
  ])('refuses https to the private host of %s with its own reason', (url, host, range) => {
    const refusal = { allowed: false, reason: 'private_host', host, range };
    expect(checkUrlPolicy(url, {})).toEqual(refusal);
    expect(checkUrlPolicy(url, local)).toEqual(refusal);
  });

  it.each([
    'http://issuer.example/did.json',
    'http://8.8.8.8/',
    'http://127.0.0.1.nip.example/',
    'http://localhost.evil.example/',
  ])('refuses plain http to public %s even with insecureLocalhost', (url) => {
    expect(checkUrlPolicy(url, local)).toEqual({ allowed: false, reason: 'scheme_not_allowed' });
  });

  it.each([
    'http://0.0.0.0/',
    'http://10.0.0.1/',
    'http://192.168.1.1/',
    'http://[::ffff:127.0.0.1]/',
    'http://app.localhost/',
  ])('refuses plain http to non-loopback private %s as a private host, switch or not', (url) => {
    expect(checkUrlPolicy(url, local)).toMatchObject({ allowed: false, reason: 'private_host' });
    expect(checkUrlPolicy(url, {})).toMatchObject({ allowed: false, reason: 'private_host' });
  });

  it.each([
    'http://127.0.0.1:8080/',
    'https://127.0.0.1:8443/',
    'http://localhost/',
    'https://localhost:8443/x',
    'http://LOCALHOST./',
    'http://[::1]:3000/',
    'http://127.9.9.9/',
    'https://127.2/',
  ])('allows loopback %s only with insecureLocalhost', (url) => {
    expect(checkUrlPolicy(url, local).allowed).toBe(true);
    expect(checkUrlPolicy(url, {})).toMatchObject({
      allowed: false,
      reason: 'private_host',
      range: 'loopback',
    });
    expect(checkUrlPolicy(url, { insecureLocalhost: false }).allowed).toBe(false);
  });

  it('reads numeric loopback spellings the way URL normalises them', () => {
    for (const url of ['http://127.1/', 'http://0x7f000001/', 'http://2130706433/']) {
      expect(checkUrlPolicy(url, local).allowed).toBe(true);
      expect(checkUrlPolicy(url, {})).toMatchObject({ reason: 'private_host', host: '127.0.0.1' });
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

  it('refuses loopback http when insecureLocalhost is off, as a private host', async () => {
    requested.length = 0;
    const result = await fetchWith(`${server.url}/doc`, {});
    expect(!result.ok && result.error.code).toBe('fetch_blocked_private_host');
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

describe('safeFetch refuses private hosts on every hop (fake fetch, no network)', () => {
  const PUBLIC = 'https://issuer.example/badge.json';
  const BODY = { json: { id: 'x' } };
  const redirect = (location: string, status = 302) => ({
    body: '',
    status,
    headers: { location },
  });
  const run = (url: string, fetch: FetchLike, policy: UrlPolicy = {}) =>
    safeFetch(url, { fetch, now: fixedClock(), policy });

  it('refuses a private first URL without a request, naming the host', async () => {
    const fetch = fakeFetch({ 'https://10.0.0.1/x.json': BODY });
    const result = await run('https://10.0.0.1/x.json', fetch);
    expect(!result.ok && result.error).toEqual({
      code: 'fetch_blocked_private_host',
      detail: 'host 10.0.0.1, private network',
    });
    expect(fetch.requests).toEqual([]);
  });

  it.each([
    ['https://10.0.0.1/admin', '10.0.0.1', 'private network'],
    ['https://0x7f000001/', '127.0.0.1', 'loopback'],
    ['//192.168.1.1/x', '192.168.1.1', 'private network'],
    ['https://169.254.169.254/latest/meta-data/', '169.254.169.254', 'link-local'],
    ['https://[::ffff:a00:1]/', '[::ffff:a00:1]', 'IPv4 embedded in IPv6'],
    ['https://printer.local/', 'printer.local', 'local name'],
  ])(
    'refuses a public URL redirecting to %s without requesting it',
    async (location, host, range) => {
      const target = new URL(location, PUBLIC).href;
      const fetch = fakeFetch({ [PUBLIC]: redirect(location), [target]: BODY });
      const result = await run(PUBLIC, fetch);
      expect(!result.ok && result.error).toEqual({
        code: 'fetch_blocked_private_host',
        detail: `redirected to host ${host}, ${range}`,
      });
      expect(fetch.requests).toEqual([PUBLIC]);
    },
  );

  it('refuses a private host at the third hop of a public chain', async () => {
    const fetch = fakeFetch({
      [PUBLIC]: redirect('https://cdn.example/a', 301),
      'https://cdn.example/a': redirect('https://cdn.example/b', 307),
      'https://cdn.example/b': redirect('https://172.20.0.5/final', 308),
      'https://172.20.0.5/final': BODY,
    });
    const result = await run(PUBLIC, fetch);
    expect(!result.ok && result.error.code).toBe('fetch_blocked_private_host');
    expect(fetch.requests).toEqual([PUBLIC, 'https://cdn.example/a', 'https://cdn.example/b']);
  });

  it('refuses a redirect to loopback unless the switch is on, and anything else private always', async () => {
    const toLoopback = fakeFetch({ [PUBLIC]: redirect('https://127.0.0.1/doc') });
    const off = await run(PUBLIC, toLoopback);
    expect(!off.ok && off.error.code).toBe('fetch_blocked_private_host');
    expect(toLoopback.requests).toEqual([PUBLIC]);
    const loopback = fakeFetch({
      [PUBLIC]: redirect('https://127.0.0.1/doc'),
      'https://127.0.0.1/doc': BODY,
    });
    expect((await run(PUBLIC, loopback, { insecureLocalhost: true })).ok).toBe(true);
    const toPrivate = fakeFetch({ [PUBLIC]: redirect('https://10.1.2.3/doc') });
    const on = await run(PUBLIC, toPrivate, { insecureLocalhost: true });
    expect(!on.ok && on.error.code).toBe('fetch_blocked_private_host');
    expect(toPrivate.requests).toEqual([PUBLIC]);
  });

  it('refuses the private final URL of a browser opaque redirect and never reads its body', async () => {
    const opaque = Object.defineProperty(new Response(null), 'type', { value: 'opaqueredirect' });
    let cancelled = false;
    const body = new ReadableStream({
      cancel() {
        cancelled = true;
      },
    });
    const followed = Object.defineProperty(
      new Response(body, { headers: { 'content-type': 'application/json' } }),
      'url',
      { value: 'https://192.168.0.1/router' },
    );
    const browserLike: FetchLike = async (_input, init) =>
      init?.redirect === 'manual' ? opaque : followed;
    const result = await run(PUBLIC, browserLike);
    expect(!result.ok && result.error).toEqual({
      code: 'fetch_blocked_private_host',
      detail: 'redirected to host 192.168.0.1, private network',
    });
    expect(cancelled).toBe(true);
  });

  it('never serves a cached answer for a private URL', async () => {
    const cache = createMemoryCache();
    const now = fixedClock();
    await cache.set('https://10.0.0.1/x.json', {
      url: 'https://10.0.0.1/x.json',
      status: 200,
      contentType: 'application/json',
      body: new TextEncoder().encode('{}'),
      storedAt: now().getTime(),
      expiresAt: now().getTime() + 60_000,
    });
    const fetch = fakeFetch();
    const result = await safeFetch('https://10.0.0.1/x.json', { fetch, now, policy: {}, cache });
    expect(!result.ok && result.error.code).toBe('fetch_blocked_private_host');
    expect(fetch.requests).toEqual([]);
  });
});
