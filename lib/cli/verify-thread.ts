// One worker thread of lib/cli/verify-threads.ts: verifies the inputs it is sent with the same
// verifier as the main thread would (createInputVerifier) and posts each result back.

import { parentPort, workerData } from 'node:worker_threads';
import { createNodeHost } from './node-host';
import { createInputVerifier, type VerifyRequest } from './verify-request';

const { request, share } = workerData as { request: VerifyRequest; share: number };
const verify = createInputVerifier(
  request,
  { ...createNodeHost(), readStdin: async () => new Uint8Array() },
  share,
);
parentPort?.on('message', ({ id, input }: { id: number; input: string }) => {
  void verify(input).then((result) => parentPort?.postMessage({ id, result }));
});
