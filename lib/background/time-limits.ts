// Time limits on one link's verification, so a silent server cannot hold a queue slot for long:
// a shorter per-fetch timeout for generic links (most .json/.jwt/image links are not credentials
// at all), and an overall deadline after which the answer is "could not check", never a verdict.

import { type Check, deriveStatus, type VerificationResult } from '../verify';

/** Per-fetch timeout for a generic link, instead of safeFetch's DEFAULT_TIMEOUT_MS (8 s). */
export const GENERIC_FETCH_TIMEOUT_MS = 4_000;
/** From a job's start, counting waits for host slots: longer than one credential's fetches. */
export const VERIFICATION_DEADLINE_MS = 20_000;

/**
 * Runs `task` with a signal that aborts at the deadline; resolves with the task's value, or
 * with `expired()` as soon as the deadline passes (the aborted task's late answer is ignored).
 */
export function runWithDeadline<T>(
  task: (signal: AbortSignal) => Promise<T>,
  options: { deadlineMs: number; expired: () => T },
): Promise<T> {
  const controller = new AbortController();
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      // Aborting frees the host slots and sockets the task still holds or waits for.
      controller.abort();
      resolve(options.expired());
    }, options.deadlineMs);
    void Promise.resolve()
      .then(() => task(controller.signal))
      .then(resolve, reject)
      .finally(() => clearTimeout(timer));
  });
}

/** "Could not check": the deadline passed before every document needed had answered. */
export function deadlineResult(deadlineMs: number): VerificationResult {
  const checks: Check[] = [
    {
      id: 'format',
      outcome: 'unknown',
      code: 'fetch_timeout',
      detail: `not checked: no complete answer within ${Math.round(deadlineMs / 1000)} s`,
    },
  ];
  return { status: deriveStatus(checks), checks, format: { securing: 'unknown' }, issuer: {} };
}
