// The CLI's node:http client (lib/cli/node-fetch.ts) beyond what safe-fetch.test.ts checks of
// both clients: it refuses a name whose DNS answer is private before connecting (a page's author
// controls their DNS), decodes compressed bodies without letting a small bomb grow past the cap,
// refuses a certificate nobody vouches for, and fails cleanly on a connection cut mid-body.

import type { LookupAddress } from 'node:dns';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { type AddressInfo, createServer as createNetServer } from 'node:net';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createNodeFetch,
  guardedLookup,
  MAX_BODY_BYTES,
  nat64Embedded,
  type Resolve,
} from '../../../lib/cli/node-fetch';
import { PrivateAddressError, type SafeFetchOptions, safeFetch } from '../../../lib/fetch';
import { MAX_IMAGE_BYTES } from '../../../lib/verify/baked/png';
import { selfSigned } from '../../helpers/tls';

const JSON_BODY = '{"id":"https://issuer.example/doc"}';

/** A resolver that answers every name from `table`, as dns.lookup's all-addresses form. */
const resolver =
  (table: Record<string, string[]>): Resolve =>
  (hostname, _options, callback) => {
    const addresses = (table[hostname] ?? []).map(
      (address): LookupAddress => ({ address, family: address.includes(':') ? 6 : 4 }),
    );
    callback(null, addresses);
  };

/** guardedLookup's answer for `hostname`, in the form net.connect asks for. */
function lookUp(table: Record<string, string[]>, hostname: string, all = true) {
  return new Promise<{ error: Error | null; address: unknown }>((resolve) =>
    guardedLookup(resolver(table))(hostname, { all }, (error, address) =>
      resolve({ error, address }),
    ),
  );
}

describe('guardedLookup', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['10.0.0.5', 'private network'],
    ['192.168.1.1', 'private network'],
    ['169.254.169.254', 'link-local'],
    ['100.64.0.1', 'shared address space'],
    ['::1', 'loopback'],
    ['::ffff:127.0.0.1', 'IPv4 embedded in IPv6'],
    ['fd00::1', 'private network'],
    ['fe80::1', 'link-local'],
  ])('refuses a public name that resolves to %s (%s)', async (address, range) => {
    const { error } = await lookUp({ 'rebind.example': [address] }, 'rebind.example');
    expect(error).toBeInstanceOf(PrivateAddressError);
    expect(error).toMatchObject({ host: 'rebind.example', address });
    expect((error as PrivateAddressError).range).toBe(range);
  });

  it('refuses a name with one private answer among public ones', async () => {
    const { error } = await lookUp(
      { 'mixed.example': ['93.184.216.34', '10.1.2.3'] },
      'mixed.example',
    );
    expect(error).toMatchObject({ name: 'PrivateAddressError', address: '10.1.2.3' });
  });

  it('passes public answers on, as a list or as the first address', async () => {
    const table = { 'issuer.example': ['93.184.216.34', '2606:2800:220:1::1'] };
    const all = await lookUp(table, 'issuer.example', true);
    expect(all.error).toBeNull();
    expect(all.address).toEqual([
      { address: '93.184.216.34', family: 4 },
      { address: '2606:2800:220:1::1', family: 6 },
    ]);
    const one = await lookUp(table, 'issuer.example', false);
    expect(one).toEqual({ error: null, address: '93.184.216.34' });
  });

  it('lets localhost resolve to loopback (reachable only behind the test switch), nothing else', async () => {
    expect((await lookUp({ localhost: ['127.0.0.1', '::1'] }, 'localhost')).error).toBeNull();
    const elsewhere = await lookUp({ localhost: ['10.0.0.1'] }, 'localhost');
    expect(elsewhere.error).toBeInstanceOf(PrivateAddressError);
  });

  it('judges a NAT64 answer (64:ff9b::/96, IPv6-only networks) by the IPv4 address it embeds', async () => {
    expect(nat64Embedded('64:ff9b::808:808')).toBe('8.8.8.8');
    expect(nat64Embedded('64:ff9b::8.8.4.4')).toBe('8.8.4.4');
    expect(nat64Embedded('2001:db8::1')).toBeUndefined();
    const table = {
      'issuer.example': ['64:ff9b::5db8:d822'],
      'rebind.example': ['64:ff9b::7f00:1'],
    };
    expect((await lookUp(table, 'issuer.example')).error).toBeNull();
    const refused = await lookUp(table, 'rebind.example');
    expect(refused.error).toMatchObject({ name: 'PrivateAddressError', range: 'loopback' });
  });

  it("keeps Node's own lookup hints and order", async () => {
    const asked: unknown[] = [];
    const spy: Resolve = (_host, options, callback) => {
      asked.push(options);
      callback(null, [{ address: '93.184.216.34', family: 4 }]);
    };
    await new Promise((resolve) =>
      guardedLookup(spy)('issuer.example', { all: true, hints: 32, order: 'ipv4first' }, resolve),
    );
    expect(asked).toEqual([{ family: 0, all: true, hints: 32, order: 'ipv4first' }]);
  });

  it('says a name with no address is not found, and passes resolver errors through', async () => {
    expect((await lookUp({}, 'nowhere.example')).error).toMatchObject({ code: 'ENOTFOUND' });
    const failing: Resolve = (_host, _options, callback) =>
      callback(Object.assign(new Error('server failure'), { code: 'ESERVFAIL' }), []);
    const error = await new Promise((resolve) =>
      guardedLookup(failing)('issuer.example', {}, (e) => resolve(e)),
    );
    expect(error).toMatchObject({ code: 'ESERVFAIL' });
  });
});

describe('createNodeFetch', () => {
  let server: Server;
  let origin: string;
  let port: number;
  const hits: string[] = [];
  const bomb = gzipSync(new Uint8Array(MAX_BODY_BYTES + 4 * 1024 * 1024));

  beforeAll(async () => {
    server = createHttpServer((request, response) => {
      hits.push(request.url ?? '');
      if (request.url === '/gzip') {
        response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
        response.end(gzipSync(JSON_BODY));
      } else if (request.url === '/br') {
        response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'br' });
        response.end(brotliCompressSync(JSON_BODY));
      } else if (request.url === '/bomb') {
        response.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' });
        response.end(bomb);
      } else if (request.url === '/empty-gzip') {
        response.writeHead(200, {
          'content-type': 'text/plain',
          'content-encoding': 'gzip',
          'content-length': '0',
        });
        response.end();
      } else if (request.url === '/redirect-gzip') {
        response.writeHead(302, { location: '/gzip', 'content-encoding': 'gzip' });
        response.end();
      } else if (request.url === '/not-gzip') {
        response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
        response.end('this is not gzip at all');
      } else if (request.url === '/two-types') {
        response.setHeader('content-type', ['application/json', 'text/html']);
        response.writeHead(200).end(JSON_BODY);
      } else if (request.url === '/trickle-404') {
        response.writeHead(404, { 'content-type': 'text/plain' });
        const timer = setInterval(() => response.write('x'), 20);
        response.on('close', () => clearInterval(timer));
      } else if (request.url === '/compress') {
        response.writeHead(200, {
          'content-type': 'application/json',
          'content-encoding': 'compress',
        });
        response.end('x');
      } else {
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON_BODY);
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
    origin = `http://127.0.0.1:${port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const options = (fetch = createNodeFetch()): SafeFetchOptions => ({
    fetch,
    now: () => new Date(),
    policy: { insecureLocalhost: true },
  });

  it('refuses a public name that resolves to this machine before connecting', async () => {
    const before = hits.length;
    const fetch = createNodeFetch({ resolve: resolver({ 'rebind.example': ['127.0.0.1'] }) });
    const result = await safeFetch(`https://rebind.example:${port}/doc`, options(fetch));
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'fetch_blocked_private_host',
        detail: 'host rebind.example resolves to 127.0.0.1, loopback',
      },
    });
    expect(hits.length).toBe(before);
  });

  it('connects to a name whose answer is allowed (localhost behind the test switch)', async () => {
    const fetch = createNodeFetch({ resolve: resolver({ localhost: ['127.0.0.1'] }) });
    const result = await safeFetch(`http://localhost:${port}/doc`, options(fetch));
    expect(result.ok && new TextDecoder().decode(result.value.body)).toBe(JSON_BODY);
  });

  it.each(['gzip', 'br'])('decodes a %s body', async (encoding) => {
    const result = await safeFetch(`${origin}/${encoding}`, options());
    expect(result.ok && new TextDecoder().decode(result.value.body)).toBe(JSON_BODY);
  });

  it('stops decoding a compression bomb at the cap: too large, not a failure', async () => {
    expect(MAX_BODY_BYTES).toBeGreaterThan(MAX_IMAGE_BYTES);
    const response = await createNodeFetch()(`${origin}/bomb`);
    expect((await response.arrayBuffer()).byteLength).toBe(MAX_BODY_BYTES);
    const result = await safeFetch(`${origin}/bomb`, {
      ...options(),
      accept: ['text/plain'],
      maxBytes: MAX_IMAGE_BYTES,
    });
    expect(!result.ok && result.error.code).toBe('response_too_large');
  });

  it('fails on a content encoding it cannot decode, never hands over encoded bytes', async () => {
    const result = await safeFetch(`${origin}/compress`, options());
    expect(!result.ok && result.error).toMatchObject({ code: 'fetch_failed' });
    expect(!result.ok && result.error.detail).toContain('compress');
  });

  it('reads an empty compressed body as empty, and follows a compressed redirect', async () => {
    const empty = await safeFetch(`${origin}/empty-gzip`, { ...options(), accept: ['text/plain'] });
    expect(empty.ok && empty.value.body.byteLength).toBe(0);
    const redirected = await safeFetch(`${origin}/redirect-gzip`, options());
    expect(redirected.ok && new TextDecoder().decode(redirected.value.body)).toBe(JSON_BODY);
  });

  it('fails on a body that is not what its encoding says, and closes the connection', async () => {
    const closed = new Promise<void>((resolve) =>
      server.once('request', (request) => request.socket.once('close', () => resolve())),
    );
    const result = await safeFetch(`${origin}/not-gzip`, options());
    expect(!result.ok && result.error.code).toBe('fetch_failed');
    await closed;
  });

  it('reads a repeated content type as fetch does (joined), so it is refused', async () => {
    const result = await safeFetch(`${origin}/two-types`, options());
    expect(!result.ok && result.error.code).toBe('content_type_invalid');
  });

  it('answers an error status at once, without reading a body that never ends', async () => {
    const started = Date.now();
    const result = await safeFetch(`${origin}/trickle-404`, { ...options(), timeoutMs: 3_000 });
    expect(!result.ok && result.error).toMatchObject({ code: 'http_error', status: 404 });
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('does not wait forever on a server that switches protocols (101)', async () => {
    const switching = createNetServer((socket) =>
      socket.once('data', () =>
        socket.write(
          'HTTP/1.1 101 Switching Protocols\r\nupgrade: websocket\r\nconnection: upgrade\r\n\r\n',
        ),
      ),
    );
    await new Promise<void>((resolve) => switching.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(switching.address() as AddressInfo).port}/doc`;
      const result = await safeFetch(url, { ...options(), timeoutMs: 5_000 });
      expect(!result.ok && result.error.code).toBe('fetch_failed');
    } finally {
      await new Promise((resolve) => switching.close(resolve));
    }
  });

  it('refuses a certificate that no authority vouches for', async () => {
    const tls = createHttpsServer(selfSigned(), (_request, response) =>
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON_BODY),
    );
    await new Promise<void>((resolve) => tls.listen(0, '127.0.0.1', resolve));
    try {
      const url = `https://127.0.0.1:${(tls.address() as AddressInfo).port}/doc`;
      const result = await safeFetch(url, options());
      expect(!result.ok && result.error.code).toBe('fetch_failed');
      expect(!result.ok && result.error.detail).toMatch(/self[- ]signed/i);
    } finally {
      await new Promise((resolve) => tls.close(resolve));
    }
  });

  it('fails when the connection is cut in the middle of the body', async () => {
    const cutting = createNetServer((socket) =>
      socket.once('data', () => {
        socket.write(
          'HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{"a":',
        );
        setTimeout(() => socket.destroy(), 20);
      }),
    );
    await new Promise<void>((resolve) => cutting.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(cutting.address() as AddressInfo).port}/doc`;
      const result = await safeFetch(url, options());
      expect(!result.ok && result.error.code).toBe('fetch_failed');
    } finally {
      await new Promise((resolve) => cutting.close(resolve));
    }
  });

  it('sends no cookie, asks for compressed bodies, and names itself', async () => {
    const seen: Record<string, string | string[] | undefined>[] = [];
    const echo = createHttpServer((request, response) => {
      seen.push(request.headers);
      response
        .writeHead(200, { 'content-type': 'application/json', 'set-cookie': 'a=b; Path=/' })
        .end(JSON_BODY);
    });
    await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(echo.address() as AddressInfo).port}/doc`;
      const fetch = createNodeFetch();
      await fetch(url, { headers: { accept: 'application/json' } });
      await fetch(url, { headers: { accept: 'application/json' } });
      expect(seen).toHaveLength(2);
      for (const headers of seen) {
        expect(headers).toMatchObject({
          accept: 'application/json',
          'accept-encoding': 'gzip, deflate, br',
          'user-agent': 'credlens',
        });
        expect(headers.cookie).toBeUndefined();
      }
    } finally {
      echo.closeAllConnections();
      await new Promise((resolve) => echo.close(resolve));
    }
  });
});
