// The batch runner behind `credlens verify`: at most `concurrency` inputs in work at once, each
// result handed out in input order as soon as every earlier one is out, inputs read only a
// bounded window ahead of the results leaving (so a list of a million lines holds a bounded
// number in memory), inputs that wait on the network first started before the others read with
// them (their round trips then overlap the others' computing instead of trailing it), and an
// interruption that hands out everything finished and abandons the rest.

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
};

/** `read` inputs were read, `started` of them began, `emitted` results were handed out. */
export type BatchSummary = { read: number; started: number; emitted: number; interrupted: boolean };

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
  let next = 0; // the index whose result goes out next
  let running = 0;
  let exhausted = false;
  let failure: { error: unknown } | undefined;

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
      const started = read - preferred.length - others.length;
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
        work(input, index).then(
          (result) => {
            running--;
            if (settled) return;
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
