// Identical requests under way share one request: counted at a real local server, with the
// limits that make two requests different, a caller's deadline, and errors shared too.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createInflight,
  type FetchError,
  type FetchedResponse,
  fetchJson,
  type InflightFetches,
  type SafeFetchOptions,
  safeFetch,
} from '../../../lib/fetch';
import { type LocalServer, startLocalServer } from '../../helpers/local-server';

let server: LocalServer;

beforeAll(async () => {
  server = await startLocalServer({
    '/did.json': { body: '{"id":"did:web:example"}', delayMs: 150 },
    '/no-store': { body: '{"n":1}', delayMs: 50, headers: { 'cache-control': 'no-store' } },
    '/missing': { status: 404, body: 'no', delayMs: 50 },
    '/slow': { body: '{"n":2}', delayMs: 600 },
  });
});
afterAll(() => server.close());

const options = (inflight: InflightFetches, extra: Partial<SafeFetchOptions> = {}) => ({
  fetch: globalThis.fetch,
  now: () => new Date(),
  policy: { insecureLocalhost: true },
  inflight,
  ...extra,
});

describe('requests under way', () => {
  it('sends one request for many identical ones made while it is under way', async () => {
    const inflight = createInflight<FetchedResponse, FetchError>();
    const before = server.hits('/did.json');
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => fetchJson(`${server.url}/did.json`, options(inflight))),
    );
    expect(server.hits('/did.json') - before).toBe(1);
    for (const answer of answers)
      expect(answer).toEqual({ ok: true, value: { id: 'did:web:example' } });
    expect(inflight.size).toBe(0);
  });

  it('asks again once the answer is in: freshness is the response cache’s business (no-store)', async () => {
    const inflight = createInflight<FetchedResponse, FetchError>();
    const before = server.hits('/no-store');
    await safeFetch(`${server.url}/no-store`, options(inflight));
    await safeFetch(`${server.url}/no-store`, options(inflight));
    expect(server.hits('/no-store') - before).toBe(2);
  });

  it('never hands a request a body read under other limits', async () => {
    const inflight = createInflight<FetchedResponse, FetchError>();
    const before = server.hits('/did.json');
    const [large, small] = await Promise.all([
      safeFetch(`${server.url}/did.json`, options(inflight)),
      safeFetch(`${server.url}/did.json`, options(inflight, { maxBytes: 5 })),
    ]);
    expect(server.hits('/did.json') - before).toBe(2);
    expect(large.ok).toBe(true);
    expect(small).toMatchObject({ ok: false, error: { code: 'response_too_large' } });
  });

  it('shares a failure: a dead host is asked once, not once per credential', async () => {
    const inflight = createInflight<FetchedResponse, FetchError>();
    const before = server.hits('/missing');
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => safeFetch(`${server.url}/missing`, options(inflight))),
    );
    expect(server.hits('/missing') - before).toBe(1);
    for (const answer of answers)
      expect(answer).toMatchObject({ ok: false, error: { code: 'http_error', status: 404 } });
  });

  it('lets a caller whose deadline passes stop waiting, without failing the others', async () => {
    const inflight = createInflight<FetchedResponse, FetchError>();
    const deadline = new AbortController();
    const started = Date.now();
    const patient = safeFetch(`${server.url}/slow`, options(inflight));
    const hurried = safeFetch(`${server.url}/slow`, options(inflight, { signal: deadline.signal }));
    setTimeout(() => deadline.abort(), 50);
    expect(await hurried).toMatchObject({ ok: false, error: { code: 'fetch_timeout' } });
    expect(Date.now() - started).toBeLessThan(400);
    expect(await patient).toMatchObject({ ok: true });
  });

  it('answers a caller already out of time without waiting', async () => {
    const inflight = createInflight<FetchedResponse, FetchError>();
    const result = await safeFetch(
      `${server.url}/slow`,
      options(inflight, { signal: AbortSignal.abort() }),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'fetch_timeout' } });
  });
});
