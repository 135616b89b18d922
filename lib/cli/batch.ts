// The batch runner behind `credlens verify`: at most `concurrency` inputs in work at once, each
// result handed out in input order as soon as every earlier one is out, inputs read only as fast
// as results leave (so a list of a million lines holds a bounded number in memory), and an
// interruption that hands out everything finished and abandons the rest.

export type BatchOptions = {
  /** Inputs in work at once. */
  concurrency: number;
  /**
   * Finished results that may wait for an earlier, slower one: when this many are held, no
   * new input is read until the slow one is out (memory stays bounded behind a stuck input).
   */
  window?: number;
  /** Aborting stops the batch: nothing new starts, finished results are handed out, the rest is dropped. */
  signal?: AbortSignal;
};

export type BatchSummary = { read: number; emitted: number; interrupted: boolean };

/** How many finished results may wait per slot in work, by default. */
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
  options: BatchOptions,
): Promise<BatchSummary> {
  const concurrency = Math.max(1, Math.floor(options.concurrency));
  const window = Math.max(concurrency, options.window ?? concurrency * WINDOW_PER_SLOT);
  const iterator =
    Symbol.asyncIterator in inputs
      ? inputs[Symbol.asyncIterator]()
      : (inputs as Iterable<I>)[Symbol.iterator]();
  const finished = new Map<number, { input: I; result: R }>();
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
      resolve({ read, emitted: next + rest.length, interrupted });
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
    let pulling = false;
    const pull = async () => {
      if (pulling) return;
      pulling = true;
      try {
        while (
          !settled &&
          !exhausted &&
          running < concurrency &&
          read - next < window &&
          options.signal?.aborted !== true
        ) {
          const step = await iterator.next();
          if (settled) return;
          if (step.done === true) {
            exhausted = true;
            break;
          }
          const index = read++;
          const input = step.value;
          running++;
          work(input, index).then(
            (result) => {
              running--;
              if (settled) return;
              finished.set(index, { input, result });
              flush();
              if (exhausted && running === 0) done(false);
              else void pull();
            },
            (error: unknown) => {
              failure = { error };
              done(false);
            },
          );
        }
        if (exhausted && running === 0) done(false);
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
