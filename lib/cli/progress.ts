// The progress line a batch shows on a terminal: how many are done, by verdict, how fast, and
// when it will end (when the number of inputs is known). Redrawn at most a few times a second.

import type { VerificationStatus } from '../verify';

/** Least time between two redraws of the line. */
const REDRAW_MS = 250;

export type Progress = {
  done(status: VerificationStatus): void;
  /** Draws the line now (the batch ended or was interrupted). */
  flush(): void;
  readonly counts: ReadonlyMap<VerificationStatus, number>;
};

export function createProgress(options: {
  draw: (line: string) => void;
  elapsedMs: () => number;
  /** The number of inputs, when known before the end. */
  total?: number;
}): Progress {
  const counts = new Map<VerificationStatus, number>();
  const started = options.elapsedMs();
  let finished = 0;
  let drawn = Number.NEGATIVE_INFINITY;
  const line = () => {
    const seconds = Math.max((options.elapsedMs() - started) / 1000, 0.001);
    const rate = finished / seconds;
    const byVerdict = [...counts].map(([status, n]) => `${status} ${n}`).join(', ');
    const of = options.total === undefined ? '' : ` of ${options.total}`;
    const left = options.total === undefined ? 0 : options.total - finished;
    const eta =
      options.total !== undefined && rate > 0 && left > 0
        ? `, ETA ${formatSeconds(left / rate)}`
        : '';
    return `${finished}${of} done (${byVerdict || 'none yet'}) · ${rate.toFixed(1)}/s${eta}`;
  };
  return {
    counts,
    done(status) {
      finished++;
      counts.set(status, (counts.get(status) ?? 0) + 1);
      const now = options.elapsedMs();
      if (now - drawn < REDRAW_MS) return;
      drawn = now;
      options.draw(line());
    },
    flush() {
      options.draw(line());
    },
  };
}

function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${Math.ceil(seconds - minutes * 60)} s`;
}
