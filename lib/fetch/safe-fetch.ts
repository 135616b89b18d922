// The only code in Credlens that touches the network. Every request: URL policy (https to
// public hosts only, see policy.ts) checked on every hop, bounded redirects, an overall
// timeout, a byte cap counted while reading (never trusting Content-Length), a content-type
// check, and no cookies, credentials or referrer.

import type { FetchLike } from '../deps';
import { readAtMost } from '../shared/bytes';
import { createMemo } from '../shared/memo';
import { err, ok, type Result } from '../shared/result';
import { clip, deepFreeze } from '../shared/text';
import { type CachedResponse, cacheTtlMs, type FetchCache } from './cache';
import type { Inflight } from './inflight';
import { checkUrlPolicy, type PolicyVerdict, type UrlPolicy } from './policy';
import { PrivateAddressError } from './private-address';

export const DEFAULT_TIMEOUT_MS = 8_000;
export const DEFAULT_MAX_BYTES = 1024 * 1024;
export const MAX_REDIRECTS = 3;

/** Media types for JSON documents (credentials, DID and controller documents). */
export const JSON_MEDIA_TYPES = ['application/json', 'application/ld+json', 'text/plain'];

export type FetchErrorCode =
  | 'fetch_blocked_url'
  | 'fetch_blocked_private_host'
  | 'fetch_timeout'
  | 'fetch_failed'
  | 'response_too_large'
  | 'http_error'
  | 'content_type_invalid'
  | 'too_many_redirects'
  | 'response_not_json';

export type FetchError = { code: FetchErrorCode; detail: string; status?: number };

export type FetchedResponse = {
  /** The URL the body finally came from (after redirects). */
  url: string;
  status: number;
  contentType: string;
  body: Uint8Array;
  fromCache: boolean;
};

export type SafeFetchOptions = {
  fetch: FetchLike;
  now: () => Date;
  policy: UrlPolicy;
  /** Allowed media types; `+json` suffix types are accepted when application/json is. */
  accept?: readonly string[];
  maxBytes?: number;
  timeoutMs?: number;
  cache?: FetchCache;
  /** Ignore cached responses older than this (a status list's `ttl`, say). */
  maxAgeMs?: number;
  signal?: AbortSignal;
  /** Requests under way, shared by identical requests (see inflight.ts). */
  inflight?: InflightFetches;
};

export type InflightFetches = Inflight<FetchedResponse, FetchError>;

/**
 * Verdicts already reached, by switch and URL: a batch asks about the same few URLs thousands of
 * times. A URL over 2 KiB is rare and costly to keep: judged every time.
 */
const rememberVerdict = createMemo<PolicyVerdict>({ maxEntries: 1_024, maxKeyLength: 1 + 2_048 });

/**
 * checkUrlPolicy, remembered: it is a pure function of the URL and the switch, and parsing the
 * URL and classifying its host was a noticeable share of a batch's cache hits. The verdict's
 * URL is shared, so it is only read here.
 */
function policyVerdict(input: string, policy: UrlPolicy): PolicyVerdict {
  const key = `${policy.insecureLocalhost === true ? 1 : 0}${input}`;
  return rememberVerdict(key, () => checkUrlPolicy(input, policy));
}

/** Fetches `input` under the safety policy; never throws, never rejects. */
export async function safeFetch(
  input: string,
  options: SafeFetchOptions,
): Promise<Result<FetchedResponse, FetchError>> {
  const accept = options.accept ?? JSON_MEDIA_TYPES;
  const policy = policyVerdict(input, options.policy);
  if (!policy.allowed) return err(blocked(policy, `${policy.reason}: ${clip(input, 200)}`));
  const cached = await options.cache?.get(input);
  // A cached answer must pass this request's own limits: the same URL may be cached by a
  // request that allowed more bytes or other media types.
  if (
    cached !== undefined &&
    cached.expiresAt > options.now().getTime() &&
    (options.maxAgeMs === undefined ||
      options.now().getTime() - cached.storedAt <= options.maxAgeMs) &&
    cached.body.byteLength <= (options.maxBytes ?? DEFAULT_MAX_BYTES) &&
    isAcceptable(cached.contentType, accept)
  ) {
    return ok({ ...cached, fromCache: true });
  }
  const inflight = options.inflight;
  if (inflight === undefined) return fetchFresh(input, options, options.signal);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  return inflight.join(
    `${input}\n${accept.join(',')}\n${maxBytes}\n${options.policy.insecureLocalhost === true}`,
    () => fetchFresh(input, options, undefined),
    options.signal,
    () => err({ code: 'fetch_timeout', detail: 'the verification ran out of time' }),
  );
}

/** The request itself, past policy and cache: `callerSignal` aborts it besides the timeout. */
async function fetchFresh(
  input: string,
  options: SafeFetchOptions,
  callerSignal: AbortSignal | undefined,
): Promise<Result<FetchedResponse, FetchError>> {
  const accept = options.accept ?? JSON_MEDIA_TYPES;
  const timeout = AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const signal = callerSignal ? AbortSignal.any([callerSignal, timeout]) : timeout;
  try {
    const fetched = await fetchFollowingRedirects(input, options, signal);
    if (!fetched.ok) return fetched;
    const response = fetched.value;
    if (!response.ok) {
      await response.body?.cancel();
      return err({
        code: 'http_error',
        detail: `HTTP ${response.status}`,
        status: response.status,
      });
    }
    const contentType = mediaType(response.headers.get('content-type'));
    if (!isAcceptable(contentType, accept)) {
      await response.body?.cancel();
      return err({
        code: 'content_type_invalid',
        detail: `unexpected content type "${contentType}"`,
      });
    }
    const body = await readCapped(response, options.maxBytes ?? DEFAULT_MAX_BYTES);
    if (!body.ok) return body;
    const result: FetchedResponse = {
      url: response.url === '' ? input : response.url,
      status: response.status,
      contentType,
      body: body.value,
      fromCache: false,
    };
    await storeInCache(input, result, response.headers.get('cache-control'), options);
    return ok(result);
  } catch (error) {
    if (error instanceof PrivateAddressError) {
      return err({
        code: 'fetch_blocked_private_host',
        detail: `host ${clip(error.host, 200)} resolves to ${clip(error.address, 60)}, ${error.range}`,
      });
    }
    if (timeout.aborted) return err({ code: 'fetch_timeout', detail: 'the server took too long' });
    return err({ code: 'fetch_failed', detail: describeNetworkError(error) });
  }
}

async function fetchFollowingRedirects(
  input: string,
  options: SafeFetchOptions,
  signal: AbortSignal,
): Promise<Result<Response, FetchError>> {
  let current = input;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const verdict = policyVerdict(current, options.policy);
    if (!verdict.allowed)
      return err(blocked(verdict, `${verdict.reason}: ${clip(current, 200)}`, hop > 0));
    const response = await options.fetch(verdict.url.href, {
      method: 'GET',
      redirect: 'manual',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      headers: { accept: (options.accept ?? JSON_MEDIA_TYPES).join(', ') },
      signal,
    });
    if (response.type === 'opaqueredirect') {
      // Browsers hide the Location of a manual redirect: follow it natively, then re-check
      // the final URL against the same policy. The body of a refused final URL is never read,
      // but the browser has already sent the requests along the chain: see the README's
      // network policy for what guards those hops.
      const followed = await options.fetch(verdict.url.href, {
        method: 'GET',
        redirect: 'follow',
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        cache: 'no-store',
        signal,
      });
      const final = checkUrlPolicy(followed.url, options.policy);
      if (!final.allowed) {
        await followed.body?.cancel();
        return err(blocked(final, `redirected to ${clip(followed.url, 200)}`, true));
      }
      return ok(followed);
    }
    if (response.status < 300 || response.status >= 400) return ok(response);
    const location = response.headers.get('location');
    await response.body?.cancel();
    if (location === null) return ok(response);
    current = new URL(location, verdict.url).href;
  }
  return err({ code: 'too_many_redirects', detail: `more than ${MAX_REDIRECTS} redirects` });
}

/**
 * The error for a refused URL. A private host gets its own code and names the host (not the
 * whole URL: the host is what a reader must recognise, and what a learner must ask about).
 */
function blocked(
  verdict: Exclude<PolicyVerdict, { allowed: true }>,
  otherwise: string,
  redirected = false,
): FetchError {
  if (verdict.reason !== 'private_host') return { code: 'fetch_blocked_url', detail: otherwise };
  const host = `host ${clip(verdict.host, 200)}, ${verdict.range}`;
  return {
    code: 'fetch_blocked_private_host',
    detail: redirected ? `redirected to ${host}` : host,
  };
}

async function readCapped(
  response: Response,
  maxBytes: number,
): Promise<Result<Uint8Array, FetchError>> {
  const tooLarge = err<FetchError>({
    code: 'response_too_large',
    detail: `response larger than ${maxBytes} bytes`,
  });
  if (response.body === null) return ok(new Uint8Array(0));
  const body = await readAtMost(response.body.getReader(), maxBytes);
  return body === undefined ? tooLarge : ok(body);
}

async function storeInCache(
  key: string,
  response: FetchedResponse,
  cacheControl: string | null,
  options: SafeFetchOptions,
): Promise<void> {
  const ttl = cacheTtlMs(cacheControl);
  if (options.cache === undefined || ttl === 0) return;
  const entry: CachedResponse = {
    url: response.url,
    status: response.status,
    contentType: response.contentType,
    body: response.body,
    storedAt: options.now().getTime(),
    expiresAt: options.now().getTime() + ttl,
  };
  await options.cache.set(key, entry);
}

function mediaType(header: string | null): string {
  return (header ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

function isAcceptable(contentType: string, accept: readonly string[]): boolean {
  if (accept.includes(contentType)) return true;
  return accept.includes('application/json') && /^application\/[\w.+-]+\+json$/.test(contentType);
}

function describeNetworkError(error: unknown): string {
  return error instanceof Error ? clip(error.message, 200) : 'network error';
}

/**
 * Documents already parsed, by the cached bytes they came from: a batch's credentials share a
 * few documents (an issuer's DID document, its status list), which were parsed again on every
 * cache hit. Weakly held: an entry goes with its cached response.
 */
const parsedBodies = new WeakMap<Uint8Array, unknown>();
/**
 * Only small documents are shared: a parsed tree takes many times its bytes (up to 13× for
 * `[]`s), and the cache bounds bytes, not trees. DID documents and status lists are far smaller.
 */
const MAX_SHARED_BODY_BYTES = 64 * 1024;

/**
 * Fetches and parses a JSON document under the same policy. A small document's value is deeply
 * frozen: the same object goes to every caller that gets the same cached response.
 */
export async function fetchJson(
  input: string,
  options: SafeFetchOptions,
): Promise<Result<unknown, FetchError>> {
  const fetched = await safeFetch(input, options);
  if (!fetched.ok) return fetched;
  const body = fetched.value.body;
  if (parsedBodies.has(body)) return ok(parsedBodies.get(body));
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
  } catch {
    return err({ code: 'response_not_json', detail: 'the response is not JSON' });
  }
  if (body.byteLength <= MAX_SHARED_BODY_BYTES) parsedBodies.set(body, deepFreeze(value));
  return ok(value);
}
