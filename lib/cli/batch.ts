// The batch runner behind `credlens verify`: at most `concurrency` inputs in work at once, each
// result handed out in input order as soon as every earlier one is out, inputs read only a
// bounded window ahead of the results leaving (so a list of a million lines holds a bounded
// number in memory), inputs that wait on the network first started before the others read with
// them (their round trips then overlap the others' computing instead of trailing it), each input
// started in an event-loop turn of its own when the host gives turns (so requests leave while the
// next input computes), and an interruption that hands out everything finished and abandons the
// rest.

export type BatchOptions<I = unknown> = {
  /** Inputs in work at once. */
  concurrency: number;
  /**
   * Inputs read but not yet handed out (waiting to start, in work, or finished behind an
   * earlier, slower one): when this many are held, no new input is read until the slow one is
   * out (memory stays bounded behind a stuck input).
   */
  window?: number;
  /**
   * Inputs to start before the others already read: those whose first step is a request (a URL),
   * whose waiting is best overlapped with the others' computing. Order of output is unchanged.
   */
  prefer?: (input: I) => boolean;
  /** Aborting stops the batch: nothing new starts, finished results are handed out, the rest is dropped. */
  signal?: AbortSignal;
  /**
   * Resolves once the event loop has turned (Node: setImmediate). Given, each input starts in a
   * turn of its own, so the network's events (a connection made, a request written, an answer
   * read) are handled between one input's computing and the next. Without it, the inputs started
   * together compute one after another in a single chain of microtasks, and the requests they
   * start leave only when all of them are done: on the latency bench, 100 ms of waiting with
   * nothing to compute after the first 64 inputs.
   */
  turn?: () => Promise<void>;
};

/** `read` inputs were read, `started` of them began, `emitted` results were handed out. */
export type BatchSummary = { read: number; started: number; emitted: number; interrupted: boolean };

const NOT_STARTED = Symbol('not started');

/** How many inputs may be held per slot in work, by default. */
const WINDOW_PER_SLOT = 8;

/**
 * Runs `work` over `inputs` and calls `emit` with each result in input order (after an
 * interruption, the finished results after a gap come too, still in input order). `work` must
 * not reject; a rejection stops the batch with that error.
 */
export async function runBatch<I, R>(
  inputs: AsyncIterable<I> | Iterable<I>,
  work: (input: I, index: number) => Promise<R>,
  emit: (input: I, result: R, index: number) => void,
  options: BatchOptions<I>,
): Promise<BatchSummary> {
  const concurrency = Math.max(1, Math.floor(options.concurrency));
  const window = Math.max(concurrency, options.window ?? concurrency * WINDOW_PER_SLOT);
  const iterator =
    Symbol.asyncIterator in inputs
      ? inputs[Symbol.asyncIterator]()
      : (inputs as Iterable<I>)[Symbol.iterator]();
  const finished = new Map<number, { input: I; result: R }>();
  /** Read and not started yet, oldest first: the preferred ones, and the others. */
  const preferred: Array<{ input: I; index: number }> = [];
  const others: Array<{ input: I; index: number }> = [];
  let read = 0;
  /** Inputs handed to `work` (not those still waiting for their turn). */
  let started = 0;
  let next = 0; // the index whose result goes out next
  let running = 0;
  let exhausted = false;
  let failure: { error: unknown } | undefined;
  /** The turn the last input started waits for: the next one waits for another after it. */
  let turns = Promise.resolve();

  return new Promise<BatchSummary>((resolve, reject) => {
    let settled = false;
    const done = (interrupted: boolean) => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', interrupt);
      if (failure !== undefined) return reject(failure.error);
      // What finished after a gap goes out too, in order: the gap's inputs never will.
      const rest = [...finished].sort(([a], [b]) => a - b);
      finished.clear();
      for (const [index, entry] of rest) emit(entry.input, entry.result, index);
      resolve({ read, started, emitted: next + rest.length, interrupted });
    };
    const interrupt = () => done(true);
    const flush = () => {
      // `emit` may interrupt the batch (a Ctrl-C handled in between): then done() hands out the rest.
      for (
        let entry = finished.get(next);
        entry !== undefined && !settled;
        entry = finished.get(next)
      ) {
        finished.delete(next);
        const index = next++;
        emit(entry.input, entry.result, index);
      }
    };
    const finishedAll = () =>
      exhausted && running === 0 && preferred.length === 0 && others.length === 0;
    /** Fills free slots from the inputs read: a preferred one first, else the oldest. */
    const start = () => {
      while (!settled && running < concurrency) {
        if (options.signal?.aborted === true) return;
        const first = preferred.shift() ?? others.shift();
        if (first === undefined) return;
        const { input, index } = first;
        running++;
        const begun =
          options.turn === undefined ? begin(input, index) : inTurn(options.turn, input, index);
        begun.then(
          (result) => {
            running--;
            if (settled || result === NOT_STARTED) return;
            finished.set(index, { input, result });
            flush();
            if (finishedAll()) done(false);
            else {
              // A slot is free now, whatever the reader is waiting for.
              start();
              void pull();
            }
          },
          (error: unknown) => {
            failure = { error };
            done(false);
          },
        );
      }
    };
    const begin = (input: I, index: number) => {
      started++;
      return work(input, index);
    };
    /** Starts `input` once the turns of those started before it and one more have passed. */
    const inTurn = (
      turn: () => Promise<void>,
      input: I,
      index: number,
    ): Promise<R | typeof NOT_STARTED> => {
      turns = turns.then(turn);
      // Stopped while it waited for its turn: it never starts.
      return turns.then<R | typeof NOT_STARTED>(() =>
        settled ? NOT_STARTED : begin(input, index),
      );
    };
    let pulling = false;
    const pull = async () => {
      if (pulling) return;
      pulling = true;
      try {
        while (!settled && options.signal?.aborted !== true) {
          start();
          if (exhausted || read - next >= window) break;
          const step = await iterator.next();
          if (settled) return;
          if (step.done === true) {
            exhausted = true;
            break;
          }
          const entry = { input: step.value, index: read++ };
          (options.prefer?.(entry.input) === true ? preferred : others).push(entry);
        }
        if (finishedAll()) done(false);
      } catch (error) {
        failure = { error };
        done(false);
      } finally {
        pulling = false;
      }
    };
    if (options.signal?.aborted === true) return done(true);
    options.signal?.addEventListener('abort', interrupt, { once: true });
    void pull();
  });
}
