// The verification queue: identical requests in flight share one run, each host gets a few
// concurrent fetches at most (politeness and privacy: on-demand, never crawling), and links
// the recruiter can see run before those scrolled out of view.

export const PER_HOST_CONCURRENCY = 2;
export const TOTAL_CONCURRENCY = 6;

type Job = { key: string; host: string; priority: number; start: () => void };

export type Queue = {
  /** Runs `task` for `key`, or joins the run already under way for it. Higher priority first. */
  run<T>(key: string, host: string, priority: number, task: () => Promise<T>): Promise<T>;
};

export function createQueue(
  limits = { perHost: PER_HOST_CONCURRENCY, total: TOTAL_CONCURRENCY },
): Queue {
  const inFlight = new Map<string, Promise<unknown>>();
  const waiting: Job[] = [];
  const active = new Map<string, number>();
  let running = 0;

  const pump = () => {
    waiting.sort((a, b) => b.priority - a.priority);
    for (let i = 0; i < waiting.length && running < limits.total; ) {
      const job = waiting[i] as Job;
      if ((active.get(job.host) ?? 0) >= limits.perHost) {
        i++;
        continue;
      }
      waiting.splice(i, 1);
      running++;
      active.set(job.host, (active.get(job.host) ?? 0) + 1);
      job.start();
    }
  };

  return {
    run<T>(key: string, host: string, priority: number, task: () => Promise<T>): Promise<T> {
      const existing = inFlight.get(key);
      if (existing !== undefined) return existing as Promise<T>;
      const promise = new Promise<T>((resolve, reject) => {
        waiting.push({
          key,
          host,
          priority,
          start: () => {
            // A task that throws synchronously must still reject and free its slot.
            Promise.resolve()
              .then(task)
              .then(resolve, reject)
              .finally(() => {
                running--;
                active.set(host, (active.get(host) ?? 1) - 1);
                inFlight.delete(key);
                pump();
              });
          },
        });
      });
      inFlight.set(key, promise);
      pump();
      return promise;
    },
  };
}
