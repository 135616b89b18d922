// The CLI's HTTP client: node:http and node:https with keep-alive agents, behind the fetch
// signature safeFetch calls (lib/fetch/safe-fetch.ts keeps every policy: URL checks on each
// hop, redirects, timeout, byte cap, content type). Used instead of Node's global fetch for two
// reasons:
// - It sees DNS answers, which a browser never shows an extension: a public name that resolves
//   to a private address (DNS rebinding, `127.0.0.1.nip.io`) is refused before connecting, with
//   the same `fetch_blocked_private_host` as a private address written in the URL.
// - It costs the main thread less: on the latency bench's 110 requests, undici's per-request
//   streams and promise machinery took about 60 ms more of a batch bound by that thread.
// Node-only (not in tsconfig.lib.json).

import { lookup as dnsLookup, type LookupAddress, type LookupAllOptions } from 'node:dns';
import * as http from 'node:http';
import * as https from 'node:https';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { FetchLike } from '../deps';
import { classifyHost, isLoopbackHost, PrivateAddressError } from '../fetch';

/**
 * The most body bytes kept, whatever the request: more than any cap safeFetch is given (16 MiB,
 * a baked image), so a longer body still reaches safeFetch as too large, never as a failure.
 */
export const MAX_BODY_BYTES = 16 * 1024 * 1024 + 1;

/** A resolver with dns.lookup's all-addresses form (tests give their own). */
export type Resolve = (
  hostname: string,
  options: LookupAllOptions,
  callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void,
) => void;

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * net.connect's `lookup` over `resolve`, refusing a name any of whose addresses is private.
 * A loopback name (`localhost`) may resolve to loopback: the URL policy lets such a name through
 * only behind the explicit test/demo switch. IP literals never come here (Node connects to them
 * directly), and the URL policy has judged them already.
 */
export function guardedLookup(resolve: Resolve) {
  return (
    hostname: string,
    options: { all?: boolean | undefined; family?: number | string | undefined },
    callback: LookupCallback,
  ) => {
    const family =
      options.family === 6 || options.family === 'IPv6'
        ? 6
        : options.family === 4 || options.family === 'IPv4'
          ? 4
          : 0;
    resolve(hostname, { family, all: true }, (error, addresses) => {
      if (error !== null) return callback(error, []);
      const loopbackName = isLoopbackHost(hostname);
      for (const { address } of addresses) {
        const range = classifyHost(address);
        if (range === undefined || (loopbackName && range === 'loopback')) continue;
        return callback(new PrivateAddressError(hostname, address, range), []);
      }
      const first = addresses[0];
      if (first === undefined) {
        const none: NodeJS.ErrnoException = new Error(`${hostname} has no address`);
        none.code = 'ENOTFOUND';
        return callback(none, []);
      }
      if (options.all === true) return callback(null, addresses);
      return callback(null, first.address, first.family);
    });
  };
}

/** A fetch over node:http(s) that checks every DNS answer (see the top of this file). */
export function createNodeFetch(options: { resolve?: Resolve } = {}): FetchLike {
  const lookup = guardedLookup(options.resolve ?? (dnsLookup as Resolve));
  // No cookies, no proxies, no cache: nothing is kept between requests but idle sockets.
  const agents = {
    'http:': new http.Agent({ keepAlive: true }),
    'https:': new https.Agent({ keepAlive: true }),
  };
  return (input, init = {}) =>
    new Promise<Response>((resolve, reject) => {
      const url = new URL(input);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        reject(new TypeError(`fetching ${url.protocol} URLs is not supported`));
        return;
      }
      const client = url.protocol === 'https:' ? https : http;
      const headers: Record<string, string> = {
        'accept-encoding': 'gzip, deflate, br',
        'user-agent': 'credlens',
      };
      new Headers(init.headers).forEach((value, name) => {
        headers[name] = value;
      });
      const request = client.request(
        url,
        {
          method: init.method ?? 'GET',
          headers,
          agent: agents[url.protocol],
          lookup,
          ...(init.signal ? { signal: init.signal } : {}),
        },
        (response) => {
          readBody(response).then((body) => {
            try {
              resolve(toResponse(response, body, url.href));
            } catch (error) {
              reject(error);
            }
          }, reject);
        },
      );
      request.on('error', reject);
      request.end();
    });
}

/** The body as sent, decoded if the server compressed it, cut at MAX_BODY_BYTES. */
function readBody(response: http.IncomingMessage): Promise<Uint8Array<ArrayBuffer>> {
  const encoding = (response.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? createGunzip()
      : encoding === 'deflate'
        ? createInflate()
        : encoding === 'br'
          ? createBrotliDecompress()
          : undefined;
  if (decoder === undefined && encoding !== 'identity') {
    response.destroy();
    return Promise.reject(new Error(`unsupported content encoding "${clipped(encoding)}"`));
  }
  const source = decoder === undefined ? response : response.pipe(decoder);
  if (decoder !== undefined) response.on('error', (error) => decoder.destroy(error));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      const body = Buffer.concat(chunks, Math.min(length, MAX_BODY_BYTES));
      resolve(new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.byteLength));
    };
    source.on('data', (chunk: Buffer) => {
      if (done) return;
      chunks.push(chunk);
      length += chunk.byteLength;
      // Enough to show safeFetch it is too large: stop reading (and decompressing) here.
      if (length >= MAX_BODY_BYTES) {
        finish();
        response.destroy();
      }
    });
    source.on('end', finish);
    source.on('error', (error) => {
      if (!done) reject(error);
      done = true;
    });
    response.on('close', () => {
      if (!done && !response.complete) reject(new Error('the connection closed mid-response'));
    });
  });
}

function toResponse(
  response: http.IncomingMessage,
  body: Uint8Array<ArrayBuffer>,
  url: string,
): Response {
  const headers = new Headers();
  for (const [name, value] of Object.entries(response.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) headers.set(name, value.join(', '));
  }
  // The body is decoded here: its length and encoding headers no longer describe it.
  headers.delete('content-encoding');
  headers.delete('content-length');
  const status = response.statusCode ?? 0;
  // A body is not allowed with these statuses; Response's constructor refuses other ranges.
  const empty = status === 204 || status === 205 || status === 304;
  const answer = new Response(empty ? null : body, { status, headers });
  // As fetch's: the URL this response came from (redirects are never followed here).
  Object.defineProperty(answer, 'url', { value: url });
  return answer;
}

function clipped(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
