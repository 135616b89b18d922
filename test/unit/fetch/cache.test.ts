// Response caching: the Cache-Control freshness rule, the bounded memory cache, and safeFetch
// serving from the cache against a local server with an injected clock.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CachedResponse,
  cacheTtlMs,
  createMemoryCache,
  type FetchCache,
  type SafeFetchOptions,
  safeFetch,
} from '../../../lib/fetch';
import { DEFAULT_CACHE_TTL_MS, MAX_CACHE_TTL_MS } from '../../../lib/fetch/cache';
import { type LocalServer, startLocalServer } from '../../helpers/local-server';

const DAY_MS = 24 * 60 * 60 * 1000;

describe('cacheTtlMs', () => {
  it('uses the default freshness without Cache-Control or without max-age', () => {
    expect(cacheTtlMs(null)).toBe(DEFAULT_CACHE_TTL_MS);
    expect(cacheTtlMs('public')).toBe(DEFAULT_CACHE_TTL_MS);
  });

  it('reads max-age in seconds, case-insensitively and among other directives', () => {
    expect(cacheTtlMs('max-age=60')).toBe(60_000);
    expect(cacheTtlMs('public, MAX-AGE=120')).toBe(120_000);
  });

  it('clamps max-age to 24 hours', () => {
    expect(MAX_CACHE_TTL_MS).toBe(DAY_MS);
    expect(cacheTtlMs('max-age=31536000')).toBe(DAY_MS);
  });

  it.each([
    'no-store',
    'no-cache',
    'private',
    'max-age=3600, no-store',
    'max-age=0',
    'max-age=-5',
    'max-age=abc',
  ])('never caches with %j', (header) => {
    expect(cacheTtlMs(header)).toBe(0);
  });
});

describe('createMemoryCache', () => {
  const entry = (url: string): CachedResponse => ({
    url,
    status: 200,
    contentType: 'application/json',
    body: new Uint8Array(),
    storedAt: 0,
    expiresAt: 1,
  });

  it('evicts the oldest entry beyond maxEntries', async () => {
    const cache = createMemoryCache({ maxEntries: 2 });
    await cache.set('a', entry('a'));
    await cache.set('b', entry('b'));
    await cache.set('c', entry('c'));
    expect(await cache.get('a')).toBeUndefined();
    expect((await cache.get('c'))?.url).toBe('c');
  });

  it('treats a rewritten entry as the newest', async () => {
    const cache = createMemoryCache({ maxEntries: 2 });
    await cache.set('a', entry('a'));
    await cache.set('b', entry('b'));
    await cache.set('a', entry('a'));
    await cache.set('c', entry('c'));
    expect(await cache.get('a')).toBeDefined();
    expect(await cache.get('b')).toBeUndefined();
  });

  it('keeps the most recently read entry: a document every credential asks for outlives one-off reads', async () => {
    const cache = createMemoryCache({ maxEntries: 2 });
    await cache.set('did', entry('did'));
    await cache.set('a', entry('a'));
    expect(await cache.get('did')).toBeDefined();
    await cache.set('b', entry('b'));
    expect(await cache.get('did')).toBeDefined();
    expect(await cache.get('a')).toBeUndefined();
  });

  it('bounds the bytes it holds, and never holds a body larger than the whole budget', async () => {
    const sized = (url: string, n: number): CachedResponse => ({
      ...entry(url),
      body: new Uint8Array(n),
    });
    const cache = createMemoryCache({ maxEntries: 100, maxBytes: 1000 });
    await cache.set('a', sized('a', 400));
    await cache.set('b', sized('b', 400));
    await cache.set('c', sized('c', 400));
    expect(await cache.get('a')).toBeUndefined();
    expect(await cache.get('b')).toBeDefined();
    await cache.set('huge', sized('huge', 1001));
    expect(await cache.get('huge')).toBeUndefined();
    expect(await cache.get('c')).toBeDefined();
  });
});

describe('safeFetch with a cache', () => {
  let server: LocalServer;
  let time = Date.parse('2026-11-23T12:00:00Z');
  let cache: FetchCache;

  beforeAll(async () => {
    server = await startLocalServer({
      '/max-age-60': { body: '{"n":1}', headers: { 'cache-control': 'max-age=60' } },
      '/no-store': { body: '{"n":2}', headers: { 'cache-control': 'no-store' } },
      '/year': { body: '{"n":3}', headers: { 'cache-control': 'max-age=31536000' } },
      '/default': { body: '{"n":4}' },
      '/missing': { status: 404, body: 'no', headers: { 'cache-control': 'max-age=600' } },
    });
  });
  afterAll(() => server.close());

  const fetchAt = (path: string, at: number) => {
    time = at;
    cache ??= createMemoryCache();
    const options: SafeFetchOptions = {
      fetch: globalThis.fetch,
      now: () => new Date(time),
      policy: { insecureLocalhost: true },
      cache,
    };
    return safeFetch(`${server.url}${path}`, options);
  };
  const t0 = Date.parse('2026-11-23T12:00:00Z');

  it('serves a response from the cache within max-age', async () => {
    const first = await fetchAt('/max-age-60', t0);
    const second = await fetchAt('/max-age-60', t0 + 59_999);
    expect(first.ok && first.value.fromCache).toBe(false);
    expect(second.ok && second.value.fromCache).toBe(true);
    expect(second.ok && new TextDecoder().decode(second.value.body)).toBe('{"n":1}');
    expect(server.hits('/max-age-60')).toBe(1);
  });

  it('refetches once max-age has passed on the injected clock', async () => {
    const after = await fetchAt('/max-age-60', t0 + 60_000);
    expect(after.ok && after.value.fromCache).toBe(false);
    expect(server.hits('/max-age-60')).toBe(2);
  });

  it('does not cache a no-store response', async () => {
    await fetchAt('/no-store', t0);
    const again = await fetchAt('/no-store', t0);
    expect(again.ok && again.value.fromCache).toBe(false);
    expect(server.hits('/no-store')).toBe(2);
  });

  it('clamps a one-year max-age to 24 hours', async () => {
    await fetchAt('/year', t0);
    const beforeDay = await fetchAt('/year', t0 + DAY_MS - 1);
    expect(beforeDay.ok && beforeDay.value.fromCache).toBe(true);
    const afterDay = await fetchAt('/year', t0 + DAY_MS);
    expect(afterDay.ok && afterDay.value.fromCache).toBe(false);
    expect(server.hits('/year')).toBe(2);
  });

  it('keeps a response without Cache-Control for the default five minutes', async () => {
    await fetchAt('/default', t0);
    expect((await fetchAt('/default', t0 + DEFAULT_CACHE_TTL_MS - 1)).ok).toBe(true);
    expect(server.hits('/default')).toBe(1);
    await fetchAt('/default', t0 + DEFAULT_CACHE_TTL_MS);
    expect(server.hits('/default')).toBe(2);
  });

  it('does not cache HTTP errors', async () => {
    await fetchAt('/missing', t0);
    const again = await fetchAt('/missing', t0);
    expect(!again.ok && again.error.code).toBe('http_error');
    expect(server.hits('/missing')).toBe(2);
  });
});
