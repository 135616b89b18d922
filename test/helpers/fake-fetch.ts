// A fetch stand-in backed by an in-memory route table, for tests that must never touch the
// network. Unrouted URLs answer 404; every request is recorded for assertions.

import type { FetchLike } from '../../lib/deps';

export type Route =
  | { json: unknown; status?: number; headers?: Record<string, string> }
  | { body: string | Uint8Array; status?: number; headers?: Record<string, string> };

export type FakeFetch = FetchLike & { requests: string[] };

/** A fetch that serves `routes` by exact URL. */
export function fakeFetch(routes: Record<string, Route> = {}): FakeFetch {
  const requests: string[] = [];
  const fn = async (input: string): Promise<Response> => {
    requests.push(input);
    const route = routes[input];
    if (route === undefined)
      return new Response('not found', { status: 404, headers: { 'content-type': 'text/plain' } });
    const body = 'json' in route ? JSON.stringify(route.json) : route.body;
    const headers = { 'content-type': 'application/json', ...route.headers };
    return new Response(body as BodyInit, { status: route.status ?? 200, headers });
  };
  return Object.assign(fn, { requests });
}

/** A fixed clock. */
export function fixedClock(iso = '2026-11-23T12:00:00Z'): () => Date {
  const time = Date.parse(iso);
  return () => new Date(time);
}

/** A controller document publishing `multikey` under `assertionMethod`, for https issuers. */
export function controllerDocument(
  id: string,
  multikey: string,
  fragment = multikey,
): Record<string, unknown> {
  const methodId = `${id}#${fragment}`;
  return {
    '@context': ['https://www.w3.org/ns/cid/v1'],
    id,
    verificationMethod: [
      { id: methodId, type: 'Multikey', controller: id, publicKeyMultibase: multikey },
    ],
    assertionMethod: [methodId],
  };
}
