// The batch runner: bounded concurrency, results in input order whatever order they finish in,
// inputs read only as results leave, and an interruption that hands out what finished.

import { describe, expect, it } from 'vitest';
import { runBatch } from '../../../lib/cli/batch';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('runBatch', () => {
  it('hands results out in input order while running several at once', async () => {
    const delays = [50, 10, 30, 5, 40, 1, 20, 15];
    let running = 0;
    let most = 0;
    const out: number[] = [];
    const summary = await runBatch(
      delays,
      async (ms, index) => {
        most = Math.max(most, ++running);
        await sleep(ms);
        running--;
        return index;
      },
      (_input, result, index) => {
        expect(result).toBe(index);
        out.push(index);
      },
      { concurrency: 3 },
    );
    expect(out).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(most).toBe(3);
    expect(summary).toEqual({ read: 8, started: 8, emitted: 8, interrupted: false });
  });

  it('starts preferred inputs (links) before the others read with them, output still in order', async () => {
    const inputs = Array.from({ length: 40 }, (_, i) =>
      i % 10 === 9 ? `https://x/${i}` : `f${i}`,
    );
    const order: string[] = [];
    const out: string[] = [];
    const summary = await runBatch(
      inputs,
      async (input) => {
        order.push(input);
        await sleep(input.startsWith('https:') ? 20 : 2);
        return input;
      },
      (input, result) => {
        expect(result).toBe(input);
        out.push(input);
      },
      { concurrency: 2, window: 40, prefer: (input) => input.startsWith('https:') },
    );
    expect(out).toEqual(inputs);
    // The first two start at once; then every link read goes before the files read with it, so
    // a link's waiting overlaps their computing.
    const links = inputs.filter((input) => input.startsWith('https:'));
    expect(order.slice(0, 2)).toEqual(['f0', 'f1']);
    expect(order.slice(2, 2 + links.length)).toEqual(links);
    expect(summary).toEqual({ read: 40, started: 40, emitted: 40, interrupted: false });
  });

  it('without a preference starts inputs in the order read', async () => {
    const order: number[] = [];
    await runBatch(
      Array.from({ length: 20 }, (_, i) => i),
      async (i) => {
        order.push(i);
        await sleep(1);
        return i;
      },
      () => undefined,
      { concurrency: 3 },
    );
    expect(order).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it('reads no further than the window past a stuck input (bounded memory)', async () => {
    let pulled = 0;
    async function* inputs() {
      for (let i = 0; i < 1_000; i++) {
        pulled++;
        yield i;
      }
    }
    const release: Array<() => void> = [];
    const batch = runBatch(
      inputs(),
      (i) =>
        i === 0
          ? new Promise<number>((resolve) => release.push(() => resolve(0)))
          : Promise.resolve(i),
      () => undefined,
      { concurrency: 4, window: 20 },
    );
    await sleep(30);
    expect(pulled).toBeLessThanOrEqual(21);
    release[0]?.();
    expect((await batch).emitted).toBe(1_000);
  });

  it('on interruption starts nothing new and hands out every finished result, in order', async () => {
    const controller = new AbortController();
    const out: number[] = [];
    const started: number[] = [];
    const batch = runBatch(
      Array.from({ length: 100 }, (_, i) => i),
      async (i) => {
        started.push(i);
        await sleep(i === 0 ? 10_000 : 5);
        return i;
      },
      (_input, result) => out.push(result),
      { concurrency: 4, signal: controller.signal },
    );
    await sleep(60);
    controller.abort();
    const summary = await batch;
    expect(summary.interrupted).toBe(true);
    expect(out).not.toContain(0);
    expect(out.length).toBeGreaterThan(3);
    expect(out).toEqual([...out].sort((a, b) => a - b));
    expect(summary.emitted).toBe(out.length);
    const startedBefore = started.length;
    await sleep(30);
    expect(started.length).toBe(startedBefore);
  });

  it('hands each result out once when the interruption comes from inside emit', async () => {
    const controller = new AbortController();
    const out: number[] = [];
    const summary = await runBatch(
      Array.from({ length: 50 }, (_, i) => i),
      async (i) => {
        await sleep(i % 3);
        return i;
      },
      (_input, result) => {
        out.push(result);
        if (out.length === 5) controller.abort();
      },
      { concurrency: 8, signal: controller.signal },
    );
    expect(new Set(out).size).toBe(out.length);
    expect(summary.emitted).toBe(out.length);
    expect(out.slice(0, 5)).toEqual([0, 1, 2, 3, 4]);
  });

  it('runs nothing when already interrupted, and handles an empty list', async () => {
    const none = await runBatch(
      [1, 2],
      async (i) => i,
      () => undefined,
      {
        concurrency: 2,
        signal: AbortSignal.abort(),
      },
    );
    expect(none).toEqual({ read: 0, started: 0, emitted: 0, interrupted: true });
    expect(
      await runBatch(
        [],
        async (i) => i,
        () => undefined,
        { concurrency: 2 },
      ),
    ).toEqual({
      read: 0,
      started: 0,
      emitted: 0,
      interrupted: false,
    });
  });

  it('rejects with the error of a task that rejects', async () => {
    await expect(
      runBatch(
        [1, 2, 3],
        async (i) => {
          if (i === 2) throw new Error('boom');
          return i;
        },
        () => undefined,
        { concurrency: 2 },
      ),
    ).rejects.toThrow('boom');
  });

  describe('with the event loop’s turns (Node: setImmediate)', () => {
    const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
    /** Computing that never yields, as canonicalising a credential does. */
    const compute = (ms: number) => {
      const until = performance.now() + ms;
      while (performance.now() < until);
    };

    it('handles an event that arrives while inputs compute before the next one starts', async () => {
      for (const turn of [undefined, nextTurn]) {
        const events: string[] = [];
        await runBatch(
          [0, 1, 2, 3],
          async (i) => {
            // The first input "sends a request": its answer is an event for the loop to handle.
            if (i === 0) setImmediate(() => events.push('answer'));
            await Promise.resolve();
            compute(5);
            events.push(`input ${i}`);
          },
          () => undefined,
          { concurrency: 4, ...(turn === undefined ? {} : { turn }) },
        );
        await nextTurn();
        // Started together without turns, the four compute in one chain of microtasks and the
        // answer waits for all of them; with turns, it is handled right after the first.
        expect(events.indexOf('answer'), String(turn)).toBe(turn === undefined ? 4 : 1);
      }
    });

    it('keeps the order of results and the bound on inputs in work', async () => {
      let running = 0;
      let most = 0;
      const out: number[] = [];
      const summary = await runBatch(
        [30, 5, 20, 1, 10, 2, 8, 3],
        async (ms, index) => {
          most = Math.max(most, ++running);
          await sleep(ms);
          running--;
          return index;
        },
        (_input, result) => out.push(result),
        { concurrency: 3, turn: nextTurn },
      );
      expect(out).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
      expect(most).toBe(3);
      expect(summary).toEqual({ read: 8, started: 8, emitted: 8, interrupted: false });
    });

    it('never starts an input whose turn comes after an interruption', async () => {
      const controller = new AbortController();
      const worked: number[] = [];
      const summary = await runBatch(
        [0, 1, 2],
        async (i) => {
          worked.push(i);
          return i;
        },
        () => undefined,
        {
          concurrency: 3,
          signal: controller.signal,
          // Ctrl-C comes while the first input waits for its turn.
          turn: () => {
            controller.abort();
            return nextTurn();
          },
        },
      );
      await nextTurn();
      expect(summary).toMatchObject({ read: 1, started: 0, emitted: 0, interrupted: true });
      expect(worked).toEqual([]);
    });
  });
});
