// Requests under way, shared: a batch of 1,000 credentials from one issuer asks for its DID
// document 1,000 times, often before the first answer (and so the response cache) exists. The
// first request goes out; every identical request made while it is under way waits for the same
// answer instead of sending another.
//
// Identical means the same URL read under the same limits (media types, byte cap): a request
// that accepts less must not be handed a body it would have refused. The shared request runs
// under its own timeout only, never a caller's signal: one credential reaching its deadline
// must not fail another's fetch. A caller that gives up stops waiting at once (see `join`).

import type { Result } from '../shared/result';

export type Inflight<T, E> = {
  /**
   * `start()`'s answer for `key`: the one already under way, or a new one. Resolves early with
   * `aborted()` when `signal` aborts first (the shared request goes on for the others).
   */
  join(
    key: string,
    start: () => Promise<Result<T, E>>,
    signal: AbortSignal | undefined,
    aborted: () => Result<T, E>,
  ): Promise<Result<T, E>>;
  /** Requests under way now. */
  readonly size: number;
};

export function createInflight<T, E>(): Inflight<T, E> {
  const running = new Map<string, Promise<Result<T, E>>>();
  return {
    join(key, start, signal, aborted) {
      let shared = running.get(key);
      if (shared === undefined) {
        // Gone from the map once settled: later requests go to the response cache, which honours
        // the server's Cache-Control (a no-store answer is fetched again).
        shared = start().finally(() => running.delete(key));
        running.set(key, shared);
      }
      if (signal === undefined) return shared;
      if (signal.aborted) return Promise.resolve(aborted());
      return new Promise((resolve) => {
        const leave = () => resolve(aborted());
        signal.addEventListener('abort', leave, { once: true });
        void shared.then((result) => {
          signal.removeEventListener('abort', leave);
          resolve(result);
        });
      });
    },
    get size() {
      return running.size;
    },
  };
}
