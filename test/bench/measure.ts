// Timing helpers: one warm-up pass, then several timed passes; the median pass is reported.

export const WARMUP_PASSES = 3;
export const TIMED_PASSES = 7;

/** Median wall time (ms) of verifying every item once, sequentially, after warming up. */
export async function medianPassMs<T>(
  items: readonly T[],
  verify: (item: T) => Promise<boolean>,
): Promise<number> {
  for (let pass = 0; pass < WARMUP_PASSES; pass++) await runPass(items, verify);
  const times: number[] = [];
  for (let pass = 0; pass < TIMED_PASSES; pass++) times.push(await runPass(items, verify));
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

async function runPass<T>(
  items: readonly T[],
  verify: (item: T) => Promise<boolean>,
): Promise<number> {
  const start = performance.now();
  for (const item of items) {
    if (!(await verify(item))) throw new Error('benchmark credential failed to verify');
  }
  return performance.now() - start;
}
