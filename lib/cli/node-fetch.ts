// The CLI's HTTP client: node:http and node:https with keep-alive agents, behind the fetch
// signature safeFetch calls (lib/fetch/safe-fetch.ts keeps every policy: URL checks on each
// hop, redirects, timeout, byte cap, content type). Used instead of Node's global fetch for two
// reasons:
// - It sees DNS answers, which a browser never shows an extension: a public name that resolves
//   to a private address (DNS rebinding, `127.0.0.1.nip.io`) is refused before connecting, with
//   the same `fetch_blocked_private_host` as a private address written in the URL.
// - It costs the main thread less: on the latency bench's 110 requests, undici's per-request
//   machinery took about 60 ms more of a batch bound by that thread.
// Like fetch, it hands the response over at its headers with a body stream that reads (and
// decodes) only as fast as safeFetch pulls, so a caller's byte cap or a cancel stops the
// transfer, and a connection never outlives a failed or cancelled body.
// Node-only (not in tsconfig.lib.json).

import { lookup as dnsLookup, type LookupAddress, type LookupAllOptions } from 'node:dns';
import * as http from 'node:http';
import * as https from 'node:https';
import type { Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { FetchLike } from '../deps';
import { classifyHost, isLoopbackHost, PrivateAddressError } from '../fetch';
import { clip } from '../shared/text';

/**
 * The most body bytes delivered, whatever the request: more than any cap safeFetch is given
 * (16 MiB, a baked image), so a longer body still reaches safeFetch as too large, never as a
 * failure, and a compression bomb stops here even for a caller without a cap.
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
  return (hostname: string, options: LookupOptionsIn, callback: LookupCallback) => {
    const family =
      options.family === 6 || options.family === 'IPv6'
        ? 6
        : options.family === 4 || options.family === 'IPv4'
          ? 4
          : 0;
    // Node's own hints (ADDRCONFIG: no IPv6 answers on a machine without IPv6) and order stay.
    const asked: LookupAllOptions = {
      family,
      all: true,
      ...(options.hints === undefined ? {} : { hints: options.hints }),
      ...(options.order === undefined ? {} : { order: options.order }),
    };
    resolve(hostname, asked, (error, addresses) => {
      if (error !== null) return callback(error, []);
      const loopbackName = isLoopbackHost(hostname);
      for (const { address } of addresses) {
        const range = classifyHost(nat64Embedded(address) ?? address);
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

type LookupOptionsIn = {
  all?: boolean | undefined;
  family?: number | string | undefined;
  hints?: number | undefined;
  order?: 'ipv4first' | 'ipv6first' | 'verbatim' | undefined;
};

/**
 * The IPv4 address a DNS64 answer in the well-known NAT64 prefix 64:ff9b::/96 (RFC 6052) stands
 * for: on an IPv6-only network every IPv4-only host is reached that way, so the answer is judged
 * by the address it embeds (64:ff9b::7f00:1 is still loopback).
 */
export function nat64Embedded(address: string): string | undefined {
  const match = /^64:ff9b::(?:([0-9a-f]{1,4}):([0-9a-f]{1,4})|(\d+\.\d+\.\d+\.\d+))$/i.exec(
    address,
  );
  if (match === null) return undefined;
  if (match[3] !== undefined) return match[3];
  const high = Number.parseInt(match[1] ?? '', 16);
  const low = Number.parseInt(match[2] ?? '', 16);
  return [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.');
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
      let settled = false;
      const fail = (error: unknown) => {
        if (settled) return;
        settled = true;
        request.destroy();
        reject(error);
      };
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
          if (settled) {
            response.destroy();
            return;
          }
          try {
            const answer = toResponse(response, url.href);
            settled = true;
            resolve(answer);
          } catch (error) {
            response.destroy();
            fail(error);
          }
        },
      );
      request.on('error', fail);
      // A protocol switch (101) is never a document: Node would drop the socket without an
      // answer or an error, and the request would wait forever.
      request.on('upgrade', (_response, socket) => {
        socket.destroy();
        fail(new Error('the server switched protocols'));
      });
      // Whatever else ends the request without an answer still settles it.
      request.on('close', () => fail(new Error('the connection closed without an answer')));
      request.end();
    });
}

function toResponse(response: http.IncomingMessage, url: string): Response {
  const headers = new Headers();
  // From the raw pairs: a repeated header reads as fetch reads it (joined), not as its first copy.
  const raw = response.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) headers.append(raw[i] ?? '', raw[i + 1] ?? '');
  const status = response.statusCode ?? 0;
  if (status < 200 || status > 599) {
    throw new Error(`the server answered with status ${status}`);
  }
  const empty = status === 204 || status === 205 || status === 304;
  let body: ReadableStream<Uint8Array> | null = null;
  if (empty) response.resume();
  else body = bodyStream(response, headers.get('content-encoding'));
  // The body is decoded here: its length and encoding headers no longer describe it.
  headers.delete('content-encoding');
  headers.delete('content-length');
  const answer = new Response(body, { status, headers });
  // As fetch's: the URL this response came from (redirects are never followed here).
  Object.defineProperty(answer, 'url', { value: url });
  return answer;
}

/**
 * The body as a stream that reads only when pulled, decoded if the server compressed it (the
 * decoder is made at the first byte: an empty body is empty whatever its encoding), ending at
 * MAX_BODY_BYTES. An error or a cancel destroys the connection.
 */
function bodyStream(
  response: http.IncomingMessage,
  contentEncoding: string | null,
): ReadableStream<Uint8Array> {
  const encoding = (contentEncoding ?? '').trim().toLowerCase();
  const makeDecoder = (): Transform | undefined | 'unsupported' =>
    encoding === '' || encoding === 'identity'
      ? undefined
      : encoding === 'gzip' || encoding === 'x-gzip'
        ? createGunzip()
        : encoding === 'deflate'
          ? createInflate()
          : encoding === 'br'
            ? createBrotliDecompress()
            : 'unsupported';
  let decoder: Transform | undefined;
  let delivered = 0;
  let done = false;
  const stop = () => {
    done = true;
    decoder?.destroy();
    response.destroy();
  };
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        const fail = (error: unknown) => {
          if (done) return;
          stop();
          controller.error(error);
        };
        const deliver = (chunk: Buffer) => {
          if (done) return;
          const room = MAX_BODY_BYTES - delivered;
          const part = chunk.byteLength > room ? chunk.subarray(0, room) : chunk;
          delivered += part.byteLength;
          controller.enqueue(new Uint8Array(part.buffer, part.byteOffset, part.byteLength));
          if (delivered >= MAX_BODY_BYTES) {
            // Enough to show the caller it is too large: stop reading (and decoding) here.
            stop();
            controller.close();
          } else if ((controller.desiredSize ?? 0) <= 0) {
            decoder?.pause();
            response.pause();
          }
        };
        const finish = () => {
          if (done) return;
          done = true;
          controller.close();
        };
        response.on('data', (chunk: Buffer) => {
          if (done) return;
          if (decoder === undefined) {
            const made = makeDecoder();
            if (made === 'unsupported') {
              fail(new Error(`unsupported content encoding "${clip(encoding, 40)}"`));
              return;
            }
            if (made === undefined) {
              deliver(chunk);
              return;
            }
            decoder = made;
            decoder.on('data', deliver);
            decoder.on('end', finish);
            decoder.on('error', fail);
          }
          decoder.write(chunk);
        });
        response.on('end', () => {
          if (decoder === undefined) finish();
          else decoder.end();
        });
        response.on('error', fail);
        response.on('close', () => {
          if (!response.complete) fail(new Error('the connection closed mid-response'));
        });
      },
      pull() {
        decoder?.resume();
        response.resume();
      },
      cancel() {
        stop();
      },
    },
    { highWaterMark: 64 * 1024, size: (chunk) => chunk.byteLength },
  );
}
