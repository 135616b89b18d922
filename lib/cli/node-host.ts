// What a Node process gives the verifier, in one place for the CLI's main thread, its verifying
// threads and the latency bench: OpenSSL's Ed25519 (on the main thread, and in libuv's pool for
// batches) and SHA-2, the DNS-checking HTTP client, file reads, the clock and the event loop's
// turns. Node-only (not in tsconfig.lib.json).

import { createNodeEd25519Verifier, nodeTextDigest } from './node-crypto';
import { createNodeFetch } from './node-fetch';
import { readFileBytes } from './node-files';

export function createNodeHost() {
  return {
    fetch: createNodeFetch(),
    now: () => new Date(),
    ed25519: createNodeEd25519Verifier(),
    ed25519Batch: createNodeEd25519Verifier({ inPool: true }),
    digest: nodeTextDigest,
    readFile: readFileBytes,
    nextTurn: () => new Promise<void>((resolve) => setImmediate(resolve)),
  };
}
