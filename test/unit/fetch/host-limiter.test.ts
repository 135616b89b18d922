// The per-host fetch limit: at most `perHost` requests in flight per host, other hosts never
// held back, slots freed when the Response arrives or the fetch rejects, and a request whose
// signal aborts while it waits leaves the line without ever reaching the network. Responses are
// deferred promises settled by hand (no timers).

import { describe, expect, it } from 'vitest';
import type { FetchLike } from '../../../lib/deps';
import { FETCHES_PER_HOST, limitPerHost } from '../../../lib/fetch';

type Call = { url: string; init: RequestInit | undefined; answer(): void; fail(): void };

/** A fetch whose every request waits until the test answers it; counts requests in flight. */
function heldFetch() {
  const calls: Call[] = [];
  const inFlight = new Map<string, number>();
  const most = new Map<string, number>();
  const fetch: FetchLike = (url, init) => {
    const host = new URL(url).host;
    inFlight.set(host, (inFlight.get(host) ?? 0) + 1);
    most.set(host, Math.max(most.get(host) ?? 0, inFlight.get(host) ?? 0));
    const done = () => inFlight.set(host, (inFlight.get(host) ?? 1) - 1);
    return new Promise<Response>((resolve, reject) => {
      calls.push({
        url,
        init,
        answer: () => {
          done();
          resolve(new Response('{}'));
        },
        fail: () => {
          done();
          reject(new TypeError('Failed to fetch'));
        },
      });
    });
  };
  return { fetch, calls, most };
}

const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('limitPerHost', () => {
  it('defaults to two requests per host', () => {
    expect(FETCHES_PER_HOST).toBe(2);
  });

  it('holds a third request to one host until one of the first two is answered', async () => {
    const held = heldFetch();
    const fetch = limitPerHost(held.fetch);
    const requests = [1, 2, 3].map((n) => fetch(`https://one.example/doc/${n}`));
    await flush();
    expect(held.calls.map((c) => c.url)).toEqual([
      'https://one.example/doc/1',
      'https://one.example/doc/2',
    ]);
    held.calls[1]?.answer();
    await flush();
    expect(held.calls.map((c) => c.url)).toContain('https://one.example/doc/3');
    held.calls[0]?.answer();
    held.calls[2]?.answer();
    await Promise.all(requests);
    expect(held.most.get('one.example')).toBe(2);
  });

  it('never holds back requests to other hosts', async () => {
    const held = heldFetch();
    const fetch = limitPerHost(held.fetch, { perHost: 1 });
    const requests = [
      fetch('https://busy.example/a'),
      fetch('https://busy.example/b'),
      fetch('https://issuer.example/did.json'),
      fetch('https://status.example/list'),
    ];
    await flush();
    expect(held.calls.map((c) => c.url)).toEqual([
      'https://busy.example/a',
      'https://issuer.example/did.json',
      'https://status.example/list',
    ]);
    for (const call of held.calls) call.answer();
    await flush();
    held.calls[3]?.answer();
    await Promise.all(requests);
    expect(held.most.get('busy.example')).toBe(1);
  });

  it('counts a host with its port, and frees a slot when the fetch rejects', async () => {
    const held = heldFetch();
    const fetch = limitPerHost(held.fetch, { perHost: 1 });
    const first = fetch('https://one.example/a');
    const otherPort = fetch('https://one.example:8443/a');
    const second = fetch('https://one.example/b');
    await flush();
    expect(held.calls.map((c) => c.url)).toEqual([
      'https://one.example/a',
      'https://one.example:8443/a',
    ]);
    held.calls[0]?.fail();
    await expect(first).rejects.toThrow('Failed to fetch');
    await flush();
    expect(held.calls[2]?.url).toBe('https://one.example/b');
    held.calls[1]?.answer();
    held.calls[2]?.answer();
    await Promise.all([otherPort, second]);
  });

  it('frees the slot once the Response arrives, before its body is read', async () => {
    const held = heldFetch();
    const fetch = limitPerHost(held.fetch, { perHost: 1 });
    const first = fetch('https://one.example/a');
    const second = fetch('https://one.example/b');
    await flush();
    held.calls[0]?.answer();
    const unread = await first;
    await flush();
    expect(held.calls).toHaveLength(2);
    expect(unread.bodyUsed).toBe(false);
    held.calls[1]?.answer();
    await second;
  });

  it('takes a request whose signal aborts while it waits out of line, without fetching it', async () => {
    const held = heldFetch();
    const fetch = limitPerHost(held.fetch, { perHost: 1 });
    const first = fetch('https://one.example/a');
    const controller = new AbortController();
    const gaveUp = fetch('https://one.example/b', { signal: controller.signal });
    const third = fetch('https://one.example/c');
    await flush();
    const reason = new DOMException('the server took too long', 'TimeoutError');
    controller.abort(reason);
    await expect(gaveUp).rejects.toBe(reason);
    held.calls[0]?.answer();
    await first;
    await flush();
    // The slot went to the next request still waiting; the abandoned one never went out.
    expect(held.calls.map((c) => c.url)).toEqual([
      'https://one.example/a',
      'https://one.example/c',
    ]);
    held.calls[1]?.answer();
    await third;
  });

  it('rejects at once, without fetching, when the signal has already aborted', async () => {
    const held = heldFetch();
    const fetch = limitPerHost(held.fetch);
    const reason = new Error('deadline');
    await expect(
      fetch('https://one.example/a', { signal: AbortSignal.abort(reason) }),
    ).rejects.toBe(reason);
    expect(held.calls).toEqual([]);
  });

  it('passes a request that is not a URL straight through, uncounted', async () => {
    const seen: string[] = [];
    const fetch = limitPerHost(async (input) => {
      seen.push(input);
      throw new TypeError('Invalid URL');
    });
    await expect(fetch('not a url')).rejects.toThrow('Invalid URL');
    expect(seen).toEqual(['not a url']);
  });

  it('refuses a limit that is not a positive integer', () => {
    const fetch: FetchLike = async () => new Response('');
    expect(() => limitPerHost(fetch, { perHost: 0 })).toThrow(RangeError);
    expect(() => limitPerHost(fetch, { perHost: 1.5 })).toThrow(RangeError);
  });
});
