// Speculative fetching: the documents a credential's verification will ask for, started together
// the moment the credential is read, instead of one after another as each step gets to them (the
// proof's controller or DID document, then each status list). Nothing here decides anything: the
// answers only wait, as requests under way or cached responses, for the step that asks for the
// same URL under the same limits and then judges them as it always has. So speculation changes
// timing, never verdicts; a credential whose proof fails still reads no status list's answer.
//
// Only what every verification of this credential certainly asks for is started: the issuer's
// Profile (fetched only for a JWT's URL `kid`) and hosted OB 2.0 documents (each URL known only
// from the previous answer) are left to their steps.

import { didWebToUrl } from './keys';

/** At most this many documents are started ahead for one credential. */
export const MAX_PREFETCH = 8;

/**
 * The URLs of the documents verifying `document` will fetch, knowable before any answer: the
 * controller documents of its proofs' verification methods (did:web or https) and its status
 * lists. `header` is an enveloping JWS's protected header, whose `kid` names the key.
 */
export function documentsAhead(
  document: Record<string, unknown>,
  options: { insecureLocalhost: boolean; header?: Record<string, unknown> },
): string[] {
  const urls = new Set<string>();
  const methods = [
    ...[document.proof]
      .flat()
      .map((proof) => (isObject(proof) ? proof.verificationMethod : undefined)),
    options.header?.kid,
  ];
  for (const method of methods) {
    const url = typeof method === 'string' ? controllerLocation(method, options) : undefined;
    if (url !== undefined) urls.add(url);
  }
  for (const entry of [document.credentialStatus].flat()) {
    if (!isObject(entry)) continue;
    const list = entry.statusListCredential;
    if (typeof list === 'string' && isWebUrl(list)) urls.add(list);
  }
  return [...urls].slice(0, MAX_PREFETCH);
}

/**
 * A verification's speculative fetches: `start` begins them, `take` hands each answer to the
 * first step that asks for its URL, once. Kept here rather than left to the cache, because an
 * answer may have no caching headers, or be back before its step asks: it would be fetched
 * twice (seen as a hang in a test that counted the status list requests it let through).
 */
export type Ahead<T> = {
  start(urls: readonly string[]): void;
  take(url: string): Promise<T> | undefined;
};

export function createAhead<T>(fetch: (url: string) => Promise<T>): Ahead<T> {
  const started = new Map<string, Promise<T>>();
  return {
    start(urls) {
      for (const url of urls) {
        if (started.has(url)) continue;
        const answer = fetch(url);
        // The step that needs the document reports any failure; until then nobody listens.
        answer.catch(() => undefined);
        started.set(url, answer);
      }
    },
    take(url) {
      const answer = started.get(url);
      started.delete(url);
      return answer;
    },
  };
}

function controllerLocation(
  methodId: string,
  options: { insecureLocalhost: boolean },
): string | undefined {
  const controller = methodId.split('#')[0] ?? '';
  if (controller.startsWith('did:web:')) {
    const mapped = didWebToUrl(controller, options);
    return mapped.ok ? mapped.value : undefined;
  }
  return isWebUrl(controller) ? controller : undefined;
}

function isWebUrl(value: string): boolean {
  return /^https?:\/\//i.test(value) && value.length <= 2_000;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
