// Node host: a batch's verifications spread over worker threads (`credlens verify --threads n`;
// MAX_THREADS in run-cli.ts says when that pays). Canonicalising and signature checks are the
// bulk of a batch's computing time and run on one core per thread; the main thread only reads
// inputs and prints in order. Each thread keeps its own caches and requests under way (a
// document many credentials share is fetched at most once per thread) and its share of the
// per-host limit. A thread that dies hands its inputs back to `fallback` (this thread), so a
// batch never hangs on one. Node-only (not in tsconfig.lib.json).

import { Worker } from 'node:worker_threads';
import type { VerificationResult } from '../verify';
import type { InputVerifier, VerifyRequest } from './verify-request';

type Reply = { id: number; result: VerificationResult };
type Job = { input: string; resolve: (result: VerificationResult) => void };
type Thread = { worker: Worker; jobs: Map<number, Job>; alive: boolean };

export function createThreadVerifier(
  request: VerifyRequest,
  fallback: () => InputVerifier,
  threads: number,
): { verify: InputVerifier; close(): Promise<void> } | undefined {
  if (threads < 2) return undefined;
  const script = new URL('./verify-thread.ts', import.meta.url);
  // Run from TypeScript (tsx): a thread does not inherit the main thread's module hooks, so it
  // registers tsx's before importing the script.
  const start = (workerData: unknown) =>
    script.pathname.endsWith('.ts')
      ? new Worker(
          `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(script.href)}); })`,
          { eval: true, workerData },
        )
      : new Worker(script, { workerData });
  let here: InputVerifier | undefined;
  const onThisThread = (input: string) => {
    here ??= fallback();
    return here(input);
  };
  const pool: Thread[] = [];
  for (let i = 0; i < threads; i++) {
    const thread: Thread = {
      worker: start({ request, share: threads }),
      jobs: new Map(),
      alive: true,
    };
    thread.worker.on('message', ({ id, result }: Reply) => {
      thread.jobs.get(id)?.resolve(result);
      thread.jobs.delete(id);
    });
    const die = () => {
      if (!thread.alive) return;
      thread.alive = false;
      for (const job of thread.jobs.values()) void onThisThread(job.input).then(job.resolve);
      thread.jobs.clear();
    };
    thread.worker.on('error', die);
    thread.worker.on('exit', die);
    pool.push(thread);
  }
  let nextId = 0;
  return {
    verify(input) {
      // The least busy live thread takes it.
      const live = pool.filter((thread) => thread.alive);
      const chosen = live.reduce<Thread | undefined>(
        (best, thread) => (best === undefined || thread.jobs.size < best.jobs.size ? thread : best),
        undefined,
      );
      if (chosen === undefined) return onThisThread(input);
      const id = nextId++;
      return new Promise((resolve) => {
        chosen.jobs.set(id, { input, resolve });
        chosen.worker.postMessage({ id, input });
      });
    },
    async close() {
      for (const thread of pool) thread.alive = false;
      await Promise.all(pool.map((thread) => thread.worker.terminate()));
    },
  };
}
