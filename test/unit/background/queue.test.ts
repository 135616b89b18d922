// The verification queue: identical keys in flight share one run (across tabs too), per-host,
// per-tab and total concurrency limits, tabs served round-robin, visible (higher-priority) links
// first within a tab, bounded waiting lines with a typed "not checked" outcome, cancelTab, and
// failures freeing their slot. Tasks are deferred promises settled by hand, so every ordering is
// explicit (no timers).

import { describe, expect, it } from 'vitest';
import {
  createQueue,
  DEFAULT_QUEUE_LIMITS,
  type QueueLimits,
  type QueueRequest,
} from '../../../lib/background';
import {
  MAX_WAITING_PER_TAB,
  MAX_WAITING_TOTAL,
  PER_HOST_CONCURRENCY,
  PER_TAB_CONCURRENCY,
  TOTAL_CONCURRENCY,
} from '../../../lib/background/queue';

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

/** A request from the extension's own pages (no tab), or from `tabId`. */
const job = (key: string, host: string, priority: number, tabId?: number): QueueRequest => ({
  key,
  host,
  priority,
  tabId,
});

/** The default limits with some replaced. */
const limits = (some: Partial<QueueLimits>): QueueLimits => ({ ...DEFAULT_QUEUE_LIMITS, ...some });

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
    expect(TOTAL_CONCURRENCY).toBe(8);
    expect(PER_TAB_CONCURRENCY).toBe(4);
    expect(MAX_WAITING_PER_TAB).toBe(300);
    expect(MAX_WAITING_TOTAL).toBe(1_000);
    expect(DEFAULT_QUEUE_LIMITS).toEqual({
      perHost: 2,
      total: 8,
      perTab: 4,
      waitingPerTab: 300,
      waitingTotal: 1_000,
    });
  });

  it('runs a key once while it is in flight and gives every caller that run’s result', async () => {
    const queue = createQueue();
    const started: string[] = [];
    const a = tracked(started, 'first');
    const b = tracked(started, 'second');
    const first = queue.run(job('k', 'host.example', 0), a.task);
    const second = queue.run(job('k', 'host.example', 1), b.task);
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
    await expect(queue.run(job('k', 'h', 0), task)).resolves.toBe(1);
    await expect(queue.run(job('k', 'h', 0), task)).resolves.toBe(2);
    expect(runs).toBe(2);
  });

  it('holds a third task on one host until one of the two running tasks finishes', async () => {
    const queue = createQueue(limits({ perHost: 2, total: 10 }));
    const started: string[] = [];
    const tasks = ['a', 'b', 'c'].map((name) => tracked(started, name));
    const runs = tasks.map((t, i) => queue.run(job(`k${i}`, 'one.example', 0), t.task));
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
    const queue = createQueue(limits({ perHost: 1, total: 10 }));
    const started: string[] = [];
    const busy1 = tracked(started, 'busy1');
    const busy2 = tracked(started, 'busy2');
    const other = tracked(started, 'other');
    const runs = [
      queue.run(job('k1', 'busy.example', 5), busy1.task),
      queue.run(job('k2', 'busy.example', 5), busy2.task),
      queue.run(job('k3', 'other.example', 0), other.task),
    ];
    await flush();
    expect(started).toEqual(['busy1', 'other']);
    for (const t of [busy1, busy2, other]) t.gate.resolve('ok');
    await Promise.all(runs);
    expect(started).toEqual(['busy1', 'other', 'busy2']);
  });

  it('holds tasks beyond the total limit whatever their hosts', async () => {
    const queue = createQueue(limits({ perHost: 5, total: 2 }));
    const started: string[] = [];
    const tasks = ['a', 'b', 'c'].map((name) => tracked(started, name));
    const runs = tasks.map((t, i) => queue.run(job(`k${i}`, `h${i}.example`, 0), t.task));
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
    const queue = createQueue(limits({ perHost: 1, total: 1 }));
    const started: string[] = [];
    const running = tracked(started, 'running');
    const low = tracked(started, 'low');
    const high = tracked(started, 'high');
    const runs = [
      queue.run(job('r', 'h', 0), running.task),
      queue.run(job('low', 'h', 0), low.task),
      queue.run(job('high', 'h', 1), high.task),
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
    const queue = createQueue(limits({ perHost: 1, total: 1 }));
    const started: string[] = [];
    const tasks = ['a', 'b', 'c', 'd'].map((name) => tracked(started, name));
    const runs = tasks.map((t, i) => queue.run(job(`k${i}`, 'h', 0), t.task));
    for (const t of tasks) {
      await flush();
      t.gate.resolve('ok');
    }
    await Promise.all(runs);
    expect(started).toEqual(['a', 'b', 'c', 'd']);
  });

  it('rejects every caller of a failed task and frees its slot for the next one', async () => {
    const queue = createQueue(limits({ perHost: 1, total: 1 }));
    const started: string[] = [];
    const failing = tracked(started, 'failing');
    const next = tracked(started, 'next');
    const first = queue.run(job('bad', 'h', 0), failing.task);
    const joined = queue.run(job('bad', 'h', 0), failing.task);
    const after = queue.run(job('good', 'h', 0), next.task);
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
    await expect(queue.run(job('bad', 'h', 0), async () => 'retried')).resolves.toBe('retried');
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
    const queue = createQueue(limits({ perHost: 1, total: 1 }));
    const throwing = (() => {
      throw new Error('sync');
    }) as () => Promise<string>;
    let failed: Promise<unknown> | undefined;
    expect(() => {
      failed = queue.run(job('k', 'h', 0), throwing);
    }).not.toThrow();
    await expect(failed).rejects.toThrow('sync');
    const next = queue.run(job('other', 'h', 0), async () => 'next');
    const stuck = flush().then(() => 'still waiting');
    await expect(Promise.race([next, stuck])).resolves.toBe('next');
  });

  it('keeps counting correctly over many tasks on mixed hosts', async () => {
    const caps = limits({ perHost: 2, total: 3 });
    const queue = createQueue(caps);
    const active = new Map<string, number>();
    let running = 0;
    let maxRunning = 0;
    let maxPerHost = 0;
    const runs = Array.from({ length: 30 }, (_, i) => {
      const host = `h${i % 4}`;
      return queue.run(job(`k${i}`, host, i % 3), async () => {
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
    expect(maxRunning).toBe(caps.total);
    expect(maxPerHost).toBe(caps.perHost);
  });
});

describe('createQueue across tabs', () => {
  const TAB_A = 1;
  const TAB_B = 2;
  const FULL = { notChecked: true, reason: 'queue_full' };
  const CANCELLED = { notChecked: true, reason: 'cancelled' };

  it("starts all 5 of tab B's jobs before tab A's 10th while A has 1,000 waiting", async () => {
    const queue = createQueue(
      limits({ perHost: 10_000, total: 2, perTab: 2, waitingPerTab: 2_000, waitingTotal: 5_000 }),
    );
    const started: string[] = [];
    const gates = new Map<string, Deferred<string>>();
    const enqueue = (name: string, tabId: number) => {
      const t = tracked(started, name);
      gates.set(name, t.gate);
      return queue.run(job(name, `${name}.example`, 0, tabId), t.task);
    };
    const runs = Array.from({ length: 1_000 }, (_, i) => enqueue(`a${i}`, TAB_A));
    await flush();
    runs.push(...Array.from({ length: 5 }, (_, i) => enqueue(`b${i}`, TAB_B)));
    await flush();
    // Release whichever job has run longest until B's last job starts.
    let released = 0;
    while (!started.includes('b4')) {
      gates.get(started[released++] as string)?.resolve('done');
      await flush();
      expect(released).toBeLessThan(20);
    }
    const startedOfA = started.filter((name) => name.startsWith('a'));
    expect(startedOfA.length).toBeLessThan(10);
    expect(started.slice(0, 4)).toEqual(['a0', 'a1', 'b0', 'a2']);
    for (const gate of gates.values()) gate.resolve('done');
    await Promise.all(runs);
  });

  it('leaves running slots to another tab with the default limits, without any job finishing', async () => {
    const queue = createQueue();
    const started: string[] = [];
    const pending: Deferred<string>[] = [];
    const enqueue = (name: string, tabId: number) => {
      const t = tracked(started, name);
      pending.push(t.gate);
      return queue.run(job(name, `${name}.example`, 1, tabId), t.task);
    };
    const flood = Array.from({ length: 1_000 }, (_, i) => enqueue(`a${i}`, TAB_A));
    const other = Array.from({ length: 5 }, (_, i) => enqueue(`b${i}`, TAB_B));
    await flush();
    expect(started).toEqual(['a0', 'a1', 'a2', 'a3', 'b0', 'b1', 'b2', 'b3']);
    // Beyond its running jobs and MAX_WAITING_PER_TAB waiting ones, tab A was turned away.
    const settled = await Promise.all(
      flood.slice(PER_TAB_CONCURRENCY + MAX_WAITING_PER_TAB).map((run) => run),
    );
    expect(settled).toHaveLength(1_000 - PER_TAB_CONCURRENCY - MAX_WAITING_PER_TAB);
    expect(settled.every((outcome) => JSON.stringify(outcome) === JSON.stringify(FULL))).toBe(true);
    for (const gate of pending) gate.resolve('done');
    await expect(Promise.all(other)).resolves.toEqual(Array(5).fill('done'));
    await Promise.all(flood);
  });

  it('answers queue_full, without running the task, beyond the waiting jobs a tab may have', async () => {
    const queue = createQueue(limits({ total: 1, perTab: 1, waitingPerTab: 2 }));
    const started: string[] = [];
    const tasks = ['a', 'b', 'c', 'd'].map((name) => tracked(started, name));
    const runs = tasks.map((t, i) => queue.run(job(`k${i}`, 'h', 0, TAB_A), t.task));
    await expect(runs[3]).resolves.toEqual(FULL);
    // Another tab has its own line.
    const other = tracked(started, 'other');
    const otherRun = queue.run(job('o', 'h2', 0, TAB_B), other.task);
    for (const t of [...tasks.slice(0, 3), other]) {
      await flush();
      t.gate.resolve('ok');
    }
    await expect(Promise.all([...runs.slice(0, 3), otherRun])).resolves.toEqual(
      Array(4).fill('ok'),
    );
    expect(started).toEqual(['a', 'other', 'b', 'c']);
  });

  it('when every waiting place is taken, the longest line gives up its least wanted job', async () => {
    const queue = createQueue(limits({ total: 1, perTab: 1, waitingTotal: 3 }));
    const started: string[] = [];
    const running = tracked(started, 'running');
    const waiting = ['visible', 'early', 'late'].map((name) => tracked(started, name));
    const runs = [
      queue.run(job('r', 'h', 0, TAB_A), running.task),
      queue.run(job('visible', 'h', 1, TAB_A), waiting[0]?.task as () => Promise<string>),
      queue.run(job('early', 'h', 0, TAB_A), waiting[1]?.task as () => Promise<string>),
      queue.run(job('late', 'h', 0, TAB_A), waiting[2]?.task as () => Promise<string>),
    ];
    const b = tracked(started, 'b');
    const bRun = queue.run(job('b', 'h2', 0, TAB_B), b.task);
    // Tab A's latest low-priority job made room for tab B's first.
    await expect(runs[3]).resolves.toEqual(FULL);
    // Now B's line (1) is not shorter than A's would have to be: a second B job is turned away.
    const queue2 = queue.run(job('b2', 'h2', 0, TAB_B), async () => 'never');
    await expect(queue2).resolves.toEqual(FULL);
    running.gate.resolve('ok');
    await flush();
    expect(started).toEqual(['running', 'b']);
    for (const t of [b, ...waiting]) t.gate.resolve('ok');
    await flush();
    await Promise.all([...runs, bRun]);
    expect(started).toEqual(['running', 'b', 'visible', 'early']);
  });

  it("cancelTab resolves that tab's waiting jobs as cancelled and lets its running job finish", async () => {
    const queue = createQueue(limits({ total: 1, perTab: 1 }));
    const started: string[] = [];
    const tasks = ['a', 'b', 'c'].map((name) => tracked(started, name));
    const runs = tasks.map((t, i) => queue.run(job(`k${i}`, 'h', 0, TAB_A), t.task));
    await flush();
    expect(queue.cancelTab(TAB_A)).toBe(2);
    await expect(runs[1]).resolves.toEqual(CANCELLED);
    await expect(runs[2]).resolves.toEqual(CANCELLED);
    expect(queue.cancelTab(TAB_A)).toBe(0);
    expect(queue.cancelTab(99)).toBe(0);
    const next = tracked(started, 'next');
    const nextRun = queue.run(job('n', 'h', 0, TAB_B), next.task);
    tasks[0]?.gate.resolve('finished');
    await expect(runs[0]).resolves.toBe('finished');
    await flush();
    next.gate.resolve('next');
    await expect(nextRun).resolves.toBe('next');
    expect(started).toEqual(['a', 'next']);
  });

  it('runs a key wanted by two tabs once, and keeps it while either still wants it', async () => {
    const queue = createQueue(limits({ total: 1, perTab: 1 }));
    const started: string[] = [];
    const blocker = tracked(started, 'blocker');
    const shared = tracked(started, 'shared');
    const blockerRun = queue.run(job('x', 'h', 0, 3), blocker.task);
    const fromA = queue.run(job('k', 'h', 0, TAB_A), shared.task);
    const fromB = queue.run(job('k', 'h', 1, TAB_B), shared.task);
    const fromA2 = queue.run(job('k', 'h', 0, TAB_A), shared.task);
    await flush();
    expect(queue.cancelTab(TAB_A)).toBe(2);
    await expect(fromA).resolves.toEqual(CANCELLED);
    await expect(fromA2).resolves.toEqual(CANCELLED);
    blocker.gate.resolve('ok');
    await flush();
    expect(started).toEqual(['blocker', 'shared']);
    // A caller joining the running key shares its result; cancelling its tab now changes nothing.
    const late = queue.run(job('k', 'h', 0, TAB_A), shared.task);
    expect(queue.cancelTab(TAB_A)).toBe(0);
    shared.gate.resolve('result');
    await expect(fromB).resolves.toBe('result');
    await expect(late).resolves.toBe('result');
    await blockerRun;
    expect(started).toEqual(['blocker', 'shared']);
  });

  it('drops a shared key only once every tab that wanted it has gone', async () => {
    const queue = createQueue(limits({ total: 1, perTab: 1 }));
    const started: string[] = [];
    const blocker = tracked(started, 'blocker');
    const shared = tracked(started, 'shared');
    const after = tracked(started, 'after');
    const blockerRun = queue.run(job('x', 'h', 0, 3), blocker.task);
    const fromA = queue.run(job('k', 'h', 0, TAB_A), shared.task);
    const fromB = queue.run(job('k', 'h', 0, TAB_B), shared.task);
    const afterRun = queue.run(job('after', 'h', 0, 3), after.task);
    queue.cancelTab(TAB_A);
    queue.cancelTab(TAB_B);
    await expect(fromA).resolves.toEqual(CANCELLED);
    await expect(fromB).resolves.toEqual(CANCELLED);
    blocker.gate.resolve('ok');
    await flush();
    expect(started).toEqual(['blocker', 'after']);
    after.gate.resolve('ok');
    await Promise.all([blockerRun, afterRun]);
    // The key is free again: a new request runs it afresh.
    await expect(queue.run(job('k', 'h', 0, TAB_B), async () => 'fresh')).resolves.toBe('fresh');
  });

  it('orders each tab by its own priority: a visible link first within its tab', async () => {
    const queue = createQueue(limits({ total: 1, perTab: 1 }));
    const started: string[] = [];
    const running = tracked(started, 'running');
    const aLow = tracked(started, 'aLow');
    const aHigh = tracked(started, 'aHigh');
    const bLow = tracked(started, 'bLow');
    const runs = [
      queue.run(job('r', 'h', 0, TAB_A), running.task),
      queue.run(job('aLow', 'h', 0, TAB_A), aLow.task),
      queue.run(job('aHigh', 'h', 1, TAB_A), aHigh.task),
      queue.run(job('bLow', 'h', 0, TAB_B), bLow.task),
    ];
    for (const t of [running, bLow, aHigh, aLow]) {
      await flush();
      t.gate.resolve('ok');
    }
    await Promise.all(runs);
    // B was never served, so its turn came first; then A's visible job before its hidden one.
    expect(started).toEqual(['running', 'bLow', 'aHigh', 'aLow']);
  });
});
