// safeFetch and fetchJson against a local HTTP server on loopback, through both real clients:
// the global fetch (the service worker's, a browser's) and the CLI's node:http client
// (lib/cli/node-fetch.ts), which must give safeFetch the same answers.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeFetch } from '../../../lib/cli/node-fetch';
import type { FetchLike } from '../../../lib/deps';
import { createMemoryCache, fetchJson, type SafeFetchOptions, safeFetch } from '../../../lib/fetch';
import { type LocalServer, startLocalServer } from '../../helpers/local-server';

const JSON_BODY = '{"id":"https://issuer.example/doc"}';
const bytes = (n: number) => 'x'.repeat(n);

let server: LocalServer;

beforeAll(async () => {
  server = await startLocalServer({
    '/doc': { body: JSON_BODY },
    '/did': { body: JSON_BODY, headers: { 'content-type': 'application/did+json' } },
    '/ld': { body: JSON_BODY, headers: { 'content-type': 'application/ld+json; charset=utf-8' } },
    '/html': { body: '<p>hi</p>', headers: { 'content-type': 'text/html' } },
    '/no-type': { body: JSON_BODY, headers: { 'content-type': '' } },
    '/404': { status: 404, body: 'gone' },
    '/410': { status: 410, body: 'gone' },
    '/500': { status: 500, body: 'oops' },
    '/302-no-location': { status: 302, body: '' },
    '/slow': { body: JSON_BODY, delayMs: 3_000 },
    '/stall': { chunks: ['{"a":', '1}'], chunkDelayMs: 3_000 },
    '/exact-100': { body: bytes(100), headers: { 'content-type': 'text/plain' } },
    '/chunked-500': {
      chunks: Array(5).fill(bytes(100)),
      headers: { 'content-type': 'text/plain' },
    },
    '/chunked-small': { chunks: ['{"a"', ':', '1}'] },
    '/close-500': { closeDelimited: bytes(500), headers: { 'content-type': 'text/plain' } },
    '/chunked-2mb': {
      chunks: Array(32).fill(bytes(64 * 1024)),
      headers: { 'content-type': 'text/plain' },
    },
    '/r1': { redirect: '/r2' },
    '/r2': { redirect: '/r3', status: 301 },
    '/r3': { redirect: '/doc', status: 307 },
    '/r0': { redirect: '/r1', status: 308 },
    '/to-remote-http': { redirect: 'http://example.com/doc' },
    '/to-userinfo': (req) => ({ redirect: `http://user:secret@${req.headers.host}/doc` }),
    '/set-cookie': { body: JSON_BODY, headers: { 'set-cookie': 'session=abc; Path=/' } },
    '/text': { body: 'hello, not json', headers: { 'content-type': 'text/plain' } },
    '/latin1': { body: new Uint8Array([0x7b, 0xff, 0x7d]) },
    '/cached': { body: JSON_BODY, headers: { 'cache-control': 'max-age=600' } },
  });
});

afterAll(() => server.close());

const CLIENTS: Array<[string, FetchLike]> = [
  ['the global fetch', (input, init) => globalThis.fetch(input, init)],
  ["the CLI's node:http client", createNodeFetch()],
];

describe.each(CLIENTS)('with %s', (_, client) => {
  function options(extra: Partial<SafeFetchOptions> = {}): SafeFetchOptions {
    return {
      fetch: client,
      now: () => new Date(),
      policy: { insecureLocalhost: true },
      ...extra,
    };
  }

  describe('safeFetch', () => {
    it('returns the body, status and media type of a JSON document', async () => {
      const result = await safeFetch(`${server.url}/doc`, options());
      expect(result.ok && new TextDecoder().decode(result.value.body)).toBe(JSON_BODY);
      expect(result.ok && result.value).toMatchObject({
        status: 200,
        contentType: 'application/json',
        fromCache: false,
      });
    });

    it('accepts application/did+json and ld+json with parameters', async () => {
      expect((await safeFetch(`${server.url}/did`, options())).ok).toBe(true);
      const ld = await safeFetch(`${server.url}/ld`, options());
      expect(ld.ok && ld.value.contentType).toBe('application/ld+json');
    });

    it('returns content_type_invalid for text/html and for a missing content type', async () => {
      for (const path of ['/html', '/no-type']) {
        const result = await safeFetch(`${server.url}${path}`, options());
        expect(!result.ok && result.error.code).toBe('content_type_invalid');
      }
    });

    it('accepts only the media types the caller asks for', async () => {
      const html = await safeFetch(`${server.url}/html`, options({ accept: ['text/html'] }));
      expect(html.ok).toBe(true);
      const json = await safeFetch(`${server.url}/did`, options({ accept: ['text/html'] }));
      expect(!json.ok && json.error.code).toBe('content_type_invalid');
    });

    it.each([404, 410, 500])('returns http_error with status %i', async (status) => {
      const result = await safeFetch(`${server.url}/${status}`, options());
      expect(!result.ok && result.error).toMatchObject({ code: 'http_error', status });
    });

    it('returns http_error for a redirect without a Location', async () => {
      const result = await safeFetch(`${server.url}/302-no-location`, options());
      expect(!result.ok && result.error).toMatchObject({ code: 'http_error', status: 302 });
    });

    it('returns fetch_timeout when the server is slow to answer', async () => {
      const started = Date.now();
      const result = await safeFetch(`${server.url}/slow`, options({ timeoutMs: 150 }));
      expect(!result.ok && result.error.code).toBe('fetch_timeout');
      expect(Date.now() - started).toBeLessThan(2_000);
    });

    it('returns fetch_timeout when the body stalls after the headers', async () => {
      const result = await safeFetch(`${server.url}/stall`, options({ timeoutMs: 200 }));
      expect(!result.ok && result.error.code).toBe('fetch_timeout');
    });

    it('returns fetch_failed, not fetch_timeout, when the caller aborts', async () => {
      const controller = new AbortController();
      controller.abort();
      const result = await safeFetch(`${server.url}/slow`, options({ signal: controller.signal }));
      expect(!result.ok && result.error.code).toBe('fetch_failed');
    });

    it('returns fetch_failed when nothing listens on the port', async () => {
      const closed = await startLocalServer({});
      await closed.close();
      const result = await safeFetch(`${closed.url}/doc`, options());
      expect(!result.ok && result.error.code).toBe('fetch_failed');
    });

    it('accepts a body of exactly maxBytes', async () => {
      const result = await safeFetch(`${server.url}/exact-100`, options({ maxBytes: 100 }));
      expect(result.ok && result.value.body.byteLength).toBe(100);
      const over = await safeFetch(`${server.url}/exact-100`, options({ maxBytes: 99 }));
      expect(!over.ok && over.error.code).toBe('response_too_large');
    });

    it('returns response_too_large for a chunked body without Content-Length', async () => {
      const result = await safeFetch(`${server.url}/chunked-500`, options({ maxBytes: 300 }));
      expect(!result.ok && result.error.code).toBe('response_too_large');
    });

    it('returns response_too_large for a body delimited by connection close', async () => {
      const result = await safeFetch(`${server.url}/close-500`, options({ maxBytes: 300 }));
      expect(!result.ok && result.error.code).toBe('response_too_large');
    });

    it('returns response_too_large for a 2 MB chunked body under the default cap', async () => {
      const result = await safeFetch(`${server.url}/chunked-2mb`, options());
      expect(!result.ok && result.error.code).toBe('response_too_large');
    });

    it('joins a small chunked body', async () => {
      const result = await safeFetch(`${server.url}/chunked-small`, options());
      expect(result.ok && new TextDecoder().decode(result.value.body)).toBe('{"a":1}');
    });

    it('counts bytes read even when Content-Length claims a small body', async () => {
      const lying: FetchLike = async () =>
        new Response(bytes(500), {
          headers: { 'content-type': 'text/plain', 'content-length': '10' },
        });
      const result = await safeFetch(
        'https://issuer.example/doc',
        options({ fetch: lying, maxBytes: 300 }),
      );
      expect(!result.ok && result.error.code).toBe('response_too_large');
    });

    it('does not refuse a small body whose Content-Length claims it is huge', async () => {
      const lying: FetchLike = async () =>
        new Response(JSON_BODY, {
          headers: { 'content-type': 'application/json', 'content-length': '999999999' },
        });
      const result = await safeFetch('https://issuer.example/doc', options({ fetch: lying }));
      expect(result.ok).toBe(true);
    });

    it('never sends a Cookie or Referer header, even after a Set-Cookie', async () => {
      const before = server.requests.length;
      await safeFetch(`${server.url}/set-cookie`, options());
      await safeFetch(`${server.url}/set-cookie`, options());
      const sent = server.requests.slice(before).filter((r) => r.path === '/set-cookie');
      expect(sent).toHaveLength(2);
      for (const request of sent) {
        expect(request.headers.cookie).toBeUndefined();
        expect(request.headers.referer).toBeUndefined();
        expect(request.headers.accept).toBe('application/json, application/ld+json, text/plain');
      }
    });
  });

  describe('safeFetch redirects', () => {
    it('follows three redirects and reports the final URL', async () => {
      const result = await safeFetch(`${server.url}/r1`, options());
      expect(result.ok && result.value.url).toBe(`${server.url}/doc`);
    });

    it('returns too_many_redirects after a fourth redirect without fetching its target', async () => {
      const before = server.hits('/doc');
      const result = await safeFetch(`${server.url}/r0`, options());
      expect(!result.ok && result.error.code).toBe('too_many_redirects');
      expect(server.hits('/doc')).toBe(before);
    });

    it('blocks a redirect to plain http on a non-loopback host without requesting it', async () => {
      const requested: string[] = [];
      const spy: FetchLike = (input, init) => {
        requested.push(input);
        return client(input, init);
      };
      const result = await safeFetch(`${server.url}/to-remote-http`, options({ fetch: spy }));
      expect(!result.ok && result.error.code).toBe('fetch_blocked_url');
      expect(requested).toEqual([`${server.url}/to-remote-http`]);
    });

    it('blocks a redirect to a URL carrying credentials', async () => {
      const before = server.hits('/doc');
      const result = await safeFetch(`${server.url}/to-userinfo`, options());
      expect(!result.ok && result.error).toMatchObject({ code: 'fetch_blocked_url' });
      expect(!result.ok && result.error.detail).toContain('credentials_in_url');
      expect(server.hits('/doc')).toBe(before);
    });

    it('re-checks the final URL of a browser opaque redirect', async () => {
      const opaque = Object.defineProperty(new Response(null), 'type', { value: 'opaqueredirect' });
      const followed = Object.defineProperty(new Response(JSON_BODY), 'url', {
        value: 'http://example.com/doc',
      });
      const browserLike: FetchLike = async (_input, init) =>
        init?.redirect === 'manual' ? opaque : followed;
      const result = await safeFetch('https://issuer.example/doc', options({ fetch: browserLike }));
      expect(!result.ok && result.error.code).toBe('fetch_blocked_url');
    });
  });

  describe('fetchJson', () => {
    it('parses a JSON document', async () => {
      const result = await fetchJson(`${server.url}/doc`, options());
      expect(result).toEqual({ ok: true, value: { id: 'https://issuer.example/doc' } });
    });

    it('returns response_not_json for text that is not JSON', async () => {
      const result = await fetchJson(`${server.url}/text`, options());
      expect(!result.ok && result.error.code).toBe('response_not_json');
    });

    it('returns response_not_json for a body that is not UTF-8', async () => {
      const result = await fetchJson(`${server.url}/latin1`, options());
      expect(!result.ok && result.error.code).toBe('response_not_json');
    });

    it('parses a cached response once and gives every caller the same frozen value', async () => {
      const cached = options({ cache: createMemoryCache() });
      const first = await fetchJson(`${server.url}/cached`, cached);
      const second = await fetchJson(`${server.url}/cached`, cached);
      expect(first.ok && second.ok && first.value === second.value).toBe(true);
      expect(first.ok && Object.isFrozen(first.value)).toBe(true);
      expect(() => {
        if (first.ok) (first.value as { id: string }).id = 'changed';
      }).toThrow(TypeError);
      // Not cached: parsed anew each time.
      const fresh = await fetchJson(`${server.url}/doc`, options());
      const again = await fetchJson(`${server.url}/doc`, options());
      expect(fresh.ok && again.ok && fresh.value !== again.value).toBe(true);
      expect(again).toEqual(fresh);
    });

    it('passes fetch errors through', async () => {
      const result = await fetchJson(`${server.url}/404`, options());
      expect(!result.ok && result.error).toMatchObject({ code: 'http_error', status: 404 });
    });
  });
});
