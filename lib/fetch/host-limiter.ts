// A per-host concurrency limit around a fetch: every request a verification makes (the
// credential itself, issuer and DID documents, status lists) waits for one of a few slots on
// its host, shared by every verification of the service. Politeness (on-demand, never crawling)
// and fairness: a slow or silent host holds only its own slots, never other hosts' requests.

import type { FetchLike } from '../deps';

/** Concurrent requests to one host, across every verification sharing the wrapped fetch. */
export const FETCHES_PER_HOST = 2;

export type HostLimits = { perHost: number };

/**
 * `fetch` with at most `perHost` requests in flight per host (`host:port` of the URL). A slot
 * is held from the request until the Response (its headers) arrives or the fetch rejects, and
 * not while the body is read: a Response nobody reads could otherwise hold a slot forever, and
 * safeFetch bounds the body by its byte cap and its timeout anyway. A request still waiting for
 * a slot when its `init.signal` aborts leaves the line and rejects with the signal's reason, so
 * a timeout counts the wait and a caller that gave up holds nothing.
 */
export function limitPerHost(
  fetch: FetchLike,
  limits: HostLimits = { perHost: FETCHES_PER_HOST },
): FetchLike {
  if (!Number.isInteger(limits.perHost) || limits.perHost < 1)
    throw new RangeError('perHost must be a positive integer');
  const hosts = new Map<string, { active: number; waiting: Array<() => void> }>();

  const acquire = (host: string, signal: AbortSignal | undefined): Promise<void> => {
    let state = hosts.get(host);
    if (state === undefined) {
      state = { active: 0, waiting: [] };
      hosts.set(host, state);
    }
    if (state.active < limits.perHost) {
      state.active++;
      return Promise.resolve();
    }
    const line = state.waiting;
    return new Promise<void>((resolve, reject) => {
      const grant = () => {
        signal?.removeEventListener('abort', leave);
        resolve();
      };
      const leave = () => {
        const index = line.indexOf(grant);
        if (index !== -1) line.splice(index, 1);
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', leave, { once: true });
      line.push(grant);
    });
  };

  const release = (host: string) => {
    const state = hosts.get(host);
    if (state === undefined) return;
    // The slot passes straight to the next in line, so `active` never over-counts.
    const next = state.waiting.shift();
    if (next !== undefined) next();
    else if (--state.active === 0) hosts.delete(host);
  };

  return async (input, init) => {
    const host = hostOf(input);
    // Not a URL: nothing to count; the fetch itself reports the error.
    if (host === undefined) return fetch(input, init);
    const signal = init?.signal ?? undefined;
    signal?.throwIfAborted();
    await acquire(host, signal);
    try {
      return await fetch(input, init);
    } finally {
      release(host);
    }
  };
}

function hostOf(input: string): string | undefined {
  try {
    return new URL(input).host;
  } catch {
    return undefined;
  }
}
