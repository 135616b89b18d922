// The verification queue: identical keys in flight share one run, per-host and total
// concurrency limits, visible (higher-priority) links first, and failures freeing their slot.
// Tasks are deferred promises settled by hand, so every ordering is explicit (no timers).

import { describe, expect, it } from 'vitest';
import { createQueue } from '../../../lib/background';
import { PER_HOST_CONCURRENCY, TOTAL_CONCURRENCY } from '../../../lib/background/queue';

type Deferred<T> = { promise: Promise<T>; resolve(value: T): void; reject(error: unknown): void };

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Lets every pending promise callback (settling, finally, pump) run. */
const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A task that records when it starts and finishes when its deferred is settled by hand. */
function tracked(started: string[], name: string) {
  const gate = deferred<string>();
  const task = () => {
    started.push(name);
    return gate.promise;
  };
  return { gate, task };
}

describe('createQueue', () => {
  it('exports the documented default limits', () => {
    expect(PER_HOST_CONCURRENCY).toBe(2);
    expect(TOTAL_CONCURRENCY).toBe(6);
  });

  it('runs a key once while it is in flight and gives every caller that run’s result', async () => {
    const queue = createQueue();
    const started: string[] = [];
    const a = tracked(started, 'first');
    const b = tracked(started, 'second');
    const first = queue.run('k', 'host.example', 0, a.task);
    const second = queue.run('k', 'host.example', 1, b.task);
    await flush();
    expect(started).toEqual(['first']);
    a.gate.resolve('result');
    await expect(first).resolves.toBe('result');
    await expect(second).resolves.toBe('result');
    expect(started).toEqual(['first']);
  });

  it('runs a key again once its earlier run has finished', async () => {
    const queue = createQueue();
    let runs = 0;
    const task = async () => ++runs;
    await expect(queue.run('k', 'h', 0, task)).resolves.toBe(1);
    await expect(queue.run('k', 'h', 0, task)).resolves.toBe(2);
    expect(runs).toBe(2);
  });

  it('holds a third task on one host until one of the two running tasks finishes', async () => {
    const queue = createQueue({ perHost: 2, total: 10 });
    const started: string[] = [];
    const tasks = ['a', 'b', 'c'].map((name) => tracked(started, name));
    const runs = tasks.map((t, i) => queue.run(`k${i}`, 'one.example', 0, t.task));
    await flush();
    expect(started).toEqual(['a', 'b']);
    tasks[1]?.gate.resolve('b done');
    await expect(runs[1]).resolves.toBe('b done');
    await flush();
    expect(started).toEqual(['a', 'b', 'c']);
    tasks[0]?.gate.resolve('a done');
    tasks[2]?.gate.resolve('c done');
    await expect(Promise.all(runs)).resolves.toEqual(['a done', 'b done', 'c done']);
  });

  it('does not let a busy host hold back tasks for other hosts', async () => {
    const queue = createQueue({ perHost: 1, total: 10 });
    const started: string[] = [];
    const busy1 = tracked(started, 'busy1');
    const busy2 = tracked(started, 'busy2');
    const other = tracked(started, 'other');
    const runs = [
      queue.run('k1', 'busy.example', 5, busy1.task),
      queue.run('k2', 'busy.example', 5, busy2.task),
      queue.run('k3', 'other.example', 0, other.task),
    ];
    await flush();
    expect(started).toEqual(['busy1', 'other']);
    for (const t of [busy1, busy2, other]) t.gate.resolve('ok');
    await Promise.all(runs);
    expect(started).toEqual(['busy1', 'other', 'busy2']);
  });

  it('holds tasks beyond the total limit whatever their hosts', async () => {
    const queue = createQueue({ perHost: 5, total: 2 });
    const started: string[] = [];
    const tasks = ['a', 'b', 'c'].map((name) => tracked(started, name));
    const runs = tasks.map((t, i) => queue.run(`k${i}`, `h${i}.example`, 0, t.task));
    await flush();
    expect(started).toEqual(['a', 'b']);
    tasks[0]?.gate.resolve('a');
    await flush();
    expect(started).toEqual(['a', 'b', 'c']);
    tasks[1]?.gate.resolve('b');
    tasks[2]?.gate.resolve('c');
    await Promise.all(runs);
  });

  it('starts the higher-priority waiting task first when a slot frees', async () => {
    const queue = createQueue({ perHost: 1, total: 1 });
    const started: string[] = [];
    const running = tracked(started, 'running');
    const low = tracked(started, 'low');
    const high = tracked(started, 'high');
    const runs = [
      queue.run('r', 'h', 0, running.task),
      queue.run('low', 'h', 0, low.task),
      queue.run('high', 'h', 1, high.task),
    ];
    await flush();
    expect(started).toEqual(['running']);
    running.gate.resolve('done');
    await flush();
    expect(started).toEqual(['running', 'high']);
    high.gate.resolve('done');
    await flush();
    expect(started).toEqual(['running', 'high', 'low']);
    low.gate.resolve('done');
    await Promise.all(runs);
  });

  it('starts equal-priority waiting tasks in the order they were queued', async () => {
    const queue = createQueue({ perHost: 1, total: 1 });
    const started: string[] = [];
    const tasks = ['a', 'b', 'c', 'd'].map((name) => tracked(started, name));
    const runs = tasks.map((t, i) => queue.run(`k${i}`, 'h', 0, t.task));
    for (const t of tasks) {
      await flush();
      t.gate.resolve('ok');
    }
    await Promise.all(runs);
    expect(started).toEqual(['a', 'b', 'c', 'd']);
  });

  it('rejects every caller of a failed task and frees its slot for the next one', async () => {
    const queue = createQueue({ perHost: 1, total: 1 });
    const started: string[] = [];
    const failing = tracked(started, 'failing');
    const next = tracked(started, 'next');
    const first = queue.run('bad', 'h', 0, failing.task);
    const joined = queue.run('bad', 'h', 0, failing.task);
    const after = queue.run('good', 'h', 0, next.task);
    await flush();
    expect(started).toEqual(['failing']);
    const error = new Error('network down');
    failing.gate.reject(error);
    await expect(first).rejects.toBe(error);
    await expect(joined).rejects.toBe(error);
    await flush();
    expect(started).toEqual(['failing', 'next']);
    next.gate.resolve('recovered');
    await expect(after).resolves.toBe('recovered');
    // The failed key is not stuck in flight: it runs afresh.
    await expect(queue.run('bad', 'h', 0, async () => 'retried')).resolves.toBe('retried');
  });

  // Regression (fixed): lib/background/queue.ts — job.start() calls task() outside any try, so a task that
  // throws synchronously (a non-async function, e.g. `() => { throw new Error('sync') }`, which
  // TypeScript accepts as `() => Promise<T>`) escapes from pump(): run() throws instead of
  // returning a rejected promise, `running` and the host count stay incremented forever, and the
  // key's promise never settles (later run()s of that key hang). Expected: run() returns a promise
  // that rejects with the error and the slot is freed. Actual: run() throws 'sync' and the next
  // task on a {perHost: 1, total: 1} queue never starts. Latent: verifier-service passes an async
  // function, which cannot throw synchronously.
  it('treats a task that throws synchronously like a rejected one', async () => {
    const queue = createQueue({ perHost: 1, total: 1 });
    const throwing = (() => {
      throw new Error('sync');
    }) as () => Promise<string>;
    let failed: Promise<string> | undefined;
    expect(() => {
      failed = queue.run('k', 'h', 0, throwing);
    }).not.toThrow();
    await expect(failed).rejects.toThrow('sync');
    const next = queue.run('other', 'h', 0, async () => 'next');
    const stuck = flush().then(() => 'still waiting');
    await expect(Promise.race([next, stuck])).resolves.toBe('next');
  });

  it('keeps counting correctly over many tasks on mixed hosts', async () => {
    const limits = { perHost: 2, total: 3 };
    const queue = createQueue(limits);
    const active = new Map<string, number>();
    let running = 0;
    let maxRunning = 0;
    let maxPerHost = 0;
    const runs = Array.from({ length: 30 }, (_, i) => {
      const host = `h${i % 4}`;
      return queue.run(`k${i}`, host, i % 3, async () => {
        running++;
        active.set(host, (active.get(host) ?? 0) + 1);
        maxRunning = Math.max(maxRunning, running);
        maxPerHost = Math.max(maxPerHost, active.get(host) ?? 0);
        await flush();
        running--;
        active.set(host, (active.get(host) ?? 0) - 1);
        return i;
      });
    });
    await expect(Promise.all(runs)).resolves.toEqual(Array.from({ length: 30 }, (_, i) => i));
    expect(maxRunning).toBe(limits.total);
    expect(maxPerHost).toBe(limits.perHost);
  });
});
