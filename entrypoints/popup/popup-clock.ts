// The popup's time: now, waiting and repeating, injected so tests drive the polling with fake
// timers and the model never reaches for globals.

export type PopupClock = {
  now(): Date;
  /** Resolves after `ms`. */
  wait(ms: number): Promise<void>;
  /** Calls `tick` every `ms` until the returned function is called. */
  every(ms: number, tick: () => void): () => void;
};

/** Timers and time of the running popup. */
export function systemClock(): PopupClock {
  return {
    now: () => new Date(),
    wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    every: (ms, tick) => {
      const id = setInterval(tick, ms);
      return () => clearInterval(id);
    },
  };
}
