// What the command line receives from its host (lib/cli/main.ts in Node, tests in-process):
// the network and clock (Deps), files, standard input and output, native Ed25519 and SHA-2, and
// the event loop's turns.

import type { Deps } from '../deps';
import type { Ed25519Verifier, TextDigest } from '../verify';
import type { InputVerifier, VerifyRequest } from './verify-request';

export type CliIo = Deps & {
  readFile: (path: string) => Promise<Uint8Array>;
  readStdin: () => Promise<Uint8Array>;
  /** The lines of a list file (`-`: standard input), read as they are needed. */
  readLines?: (path: string) => AsyncIterable<string>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Rewrites the progress line on a terminal; absent when standard error is not one. */
  progress?: (line: string) => void;
  /** Aborts when the user interrupts (Ctrl-C): the batch hands out what finished and stops. */
  interrupted?: AbortSignal;
  /** Milliseconds on a monotonic clock, for rates and ETAs (defaults to `now`). */
  elapsedMs?: () => number;
  /**
   * `count` verifiers on other threads (Node's worker_threads in lib/cli/main.ts), for a batch
   * of files and URLs given --threads; absent (or answering undefined), inputs are verified on
   * this thread.
   */
  threads?: (
    request: VerifyRequest,
    fallback: () => InputVerifier,
    count: number,
  ) => { verify: InputVerifier; close(): Promise<void> } | undefined;
  /** The host's Ed25519 primitive (node:crypto in lib/cli/main.ts). */
  ed25519?: Ed25519Verifier;
  /**
   * The one to use instead when a batch verifies several inputs at once (the Node host's runs in
   * libuv's thread pool, keeping the main thread free; one at a time, that only adds latency).
   */
  ed25519Batch?: Ed25519Verifier;
  /** The host's SHA-2 (node:crypto in lib/cli/main.ts). */
  digest?: TextDigest;
  /**
   * Resolves once the event loop has turned (Node: setImmediate); a batch starts each input in
   * a turn of its own, so its requests leave while the next input computes (runBatch's `turn`).
   */
  nextTurn?: () => Promise<void>;
};
