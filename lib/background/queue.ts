// The verification queue. Identical keys share one run whoever asked for them; tabs take turns
// (round-robin, each tab's own jobs visible-first, then in order), so one page's thousands of
// links cannot starve another page's few; a tab holds at most a share of the running slots and a
// bounded number of waiting jobs; a few jobs per credential host (politeness: on-demand, never
// crawling). A job that is not run is resolved with a typed outcome, never dropped in silence.

/** Jobs running at once for one credential host (the fetches themselves are limited in lib/fetch). */
export const PER_HOST_CONCURRENCY = 2;
/** Jobs running at once in all. */
export const TOTAL_CONCURRENCY = 8;
/** Jobs one tab may run at once: a flooding tab always leaves the other half to other tabs. */
export const PER_TAB_CONCURRENCY = 4;
/** Jobs one tab may have waiting: the content script caps a page, but the worker cannot trust it. */
export const MAX_WAITING_PER_TAB = 300;
/** Jobs waiting in all; when full, the tab with the longest line gives up its last job. */
export const MAX_WAITING_TOTAL = 1_000;

export type QueueLimits = {
  perHost: number;
  total: number;
  perTab: number;
  waitingPerTab: number;
  waitingTotal: number;
};

export const DEFAULT_QUEUE_LIMITS: QueueLimits = {
  perHost: PER_HOST_CONCURRENCY,
  total: TOTAL_CONCURRENCY,
  perTab: PER_TAB_CONCURRENCY,
  waitingPerTab: MAX_WAITING_PER_TAB,
  waitingTotal: MAX_WAITING_TOTAL,
};

/** One request: `tabId` undefined for the extension's own pages and the CLI (one line of their own). */
export type QueueRequest = {
  key: string;
  host: string;
  /** Higher first within the requesting tab (1 for a visible link, 0 otherwise). */
  priority: number;
  tabId?: number | undefined;
};

/** Why a request was not run: the line was full, or its tab went away before its turn. */
export type NotCheckedReason = 'queue_full' | 'cancelled';
export type NotChecked = { notChecked: true; reason: NotCheckedReason };

export type Queue = {
  /**
   * Runs `task` for `request.key`, or joins the run waiting or under way for it. Resolves with
   * the task's value (rejects with its error), or with a NotChecked outcome for this caller.
   */
  run<T>(request: QueueRequest, task: () => Promise<T>): Promise<T | NotChecked>;
  /**
   * Withdraws a tab's waiting requests (its page navigated away or closed): they resolve as
   * `cancelled`. A job another tab still wants stays; running jobs finish. Returns how many went.
   */
  cancelTab(tabId: number): number;
};

type Tab = number | undefined;
type Waiter = { tab: Tab; settle: (outcome: Settled) => void };
type Settled = { ok: true; value: unknown } | { ok: false; error: unknown };
type Job = {
  key: string;
  host: string;
  task: () => Promise<unknown>;
  waiters: Waiter[];
  /** The tabs with an entry for this job while it waits; emptied when it starts. */
  tabs: Set<Tab>;
  running: boolean;
};
type Entry = { job: Job; priority: number; order: number };
type Lane = { entries: Entry[]; running: number };

export function createQueue(limits: QueueLimits = DEFAULT_QUEUE_LIMITS): Queue {
  const jobs = new Map<string, Job>();
  const lanes = new Map<Tab, Lane>();
  // Tabs, least recently served first: a tab whose job starts goes to the back.
  const turns: Tab[] = [];
  const activePerHost = new Map<string, number>();
  let running = 0;
  let waitingJobs = 0;
  let order = 0;

  const laneOf = (tab: Tab): Lane => {
    let lane = lanes.get(tab);
    if (lane === undefined) {
      lane = { entries: [], running: 0 };
      lanes.set(tab, lane);
      // Never served yet: first in line.
      turns.unshift(tab);
    }
    return lane;
  };
  const tidy = (tab: Tab) => {
    const lane = lanes.get(tab);
    if (lane === undefined || lane.entries.length > 0 || lane.running > 0) return;
    lanes.delete(tab);
    turns.splice(turns.indexOf(tab), 1);
  };
  /** Takes `tab`'s entry for `job` out of line and settles that tab's callers with `reason`. */
  const withdraw = (job: Job, tab: Tab, reason: NotCheckedReason) => {
    const lane = lanes.get(tab);
    if (lane !== undefined) lane.entries = lane.entries.filter((entry) => entry.job !== job);
    job.tabs.delete(tab);
    const leaving = job.waiters.filter((waiter) => waiter.tab === tab);
    job.waiters = job.waiters.filter((waiter) => waiter.tab !== tab);
    if (job.tabs.size === 0) {
      jobs.delete(job.key);
      waitingJobs--;
    }
    tidy(tab);
    for (const waiter of leaving) waiter.settle({ ok: true, value: notChecked(reason) });
    return leaving.length;
  };
  /** The tab's best job that may start now: highest priority, then earliest. */
  const nextOf = (lane: Lane): Entry | undefined => {
    if (lane.running >= limits.perTab) return undefined;
    let best: Entry | undefined;
    for (const entry of lane.entries) {
      if ((activePerHost.get(entry.job.host) ?? 0) >= limits.perHost) continue;
      if (
        best === undefined ||
        entry.priority > best.priority ||
        (entry.priority === best.priority && entry.order < best.order)
      )
        best = entry;
    }
    return best;
  };
  const start = (job: Job, tab: Tab) => {
    for (const other of job.tabs) {
      const lane = lanes.get(other);
      if (lane !== undefined) lane.entries = lane.entries.filter((entry) => entry.job !== job);
    }
    const others = [...job.tabs];
    job.tabs.clear();
    job.running = true;
    waitingJobs--;
    running++;
    activePerHost.set(job.host, (activePerHost.get(job.host) ?? 0) + 1);
    const charged = laneOf(tab);
    charged.running++;
    for (const other of others) tidy(other);
    // A task that throws synchronously must still reject and free its slot.
    void Promise.resolve()
      .then(job.task)
      .then(
        (value): Settled => ({ ok: true, value }),
        (error: unknown): Settled => ({ ok: false, error }),
      )
      .then((settled) => {
        running--;
        activePerHost.set(job.host, (activePerHost.get(job.host) ?? 1) - 1);
        charged.running--;
        jobs.delete(job.key);
        tidy(tab);
        pump();
        for (const waiter of job.waiters) waiter.settle(settled);
      });
  };
  const pump = () => {
    while (running < limits.total) {
      const index = turns.findIndex((tab) => {
        const lane = lanes.get(tab);
        return lane !== undefined && nextOf(lane) !== undefined;
      });
      if (index === -1) return;
      const tab = turns[index] as Tab;
      const entry = nextOf(lanes.get(tab) as Lane) as Entry;
      turns.splice(index, 1);
      turns.push(tab);
      start(entry.job, tab);
    }
  };
  /** Room for one more waiting job: when all are taken, longer lines than `tab`'s give up jobs. */
  const makeRoom = (tab: Tab): boolean => {
    while (waitingJobs >= limits.waitingTotal) {
      const mine = lanes.get(tab)?.entries.length ?? 0;
      let longest: { tab: Tab; lane: Lane } | undefined;
      for (const [other, lane] of lanes)
        if (other !== tab && lane.entries.length > (longest?.lane.entries.length ?? mine + 1))
          longest = { tab: other, lane };
      if (longest === undefined) return false;
      // Its least wanted job: lowest priority, then latest.
      const last = longest.lane.entries.reduce((worst, entry) =>
        entry.priority < worst.priority ||
        (entry.priority === worst.priority && entry.order > worst.order)
          ? entry
          : worst,
      );
      withdraw(last.job, longest.tab, 'queue_full');
    }
    return true;
  };

  return {
    run<T>(request: QueueRequest, task: () => Promise<T>): Promise<T | NotChecked> {
      const tab = request.tabId;
      let job = jobs.get(request.key);
      const lane = lanes.get(tab);
      const entry = job === undefined ? undefined : lane?.entries.find((e) => e.job === job);
      const needsEntry = job?.running !== true && entry === undefined;
      if (needsEntry && (lane?.entries.length ?? 0) >= limits.waitingPerTab)
        return Promise.resolve(notChecked('queue_full'));
      if (job === undefined) {
        if (!makeRoom(tab)) return Promise.resolve(notChecked('queue_full'));
        job = {
          key: request.key,
          host: request.host,
          task,
          waiters: [],
          tabs: new Set(),
          running: false,
        };
        jobs.set(request.key, job);
        waitingJobs++;
      }
      const joined = job;
      const promise = new Promise<T | NotChecked>((resolve, reject) => {
        joined.waiters.push({
          tab,
          settle: (settled) =>
            settled.ok ? resolve(settled.value as T | NotChecked) : reject(settled.error),
        });
      });
      if (entry !== undefined) entry.priority = Math.max(entry.priority, request.priority);
      else if (needsEntry) {
        laneOf(tab).entries.push({ job: joined, priority: request.priority, order: order++ });
        joined.tabs.add(tab);
      }
      pump();
      return promise;
    },
    cancelTab(tabId) {
      const lane = lanes.get(tabId);
      if (lane === undefined) return 0;
      let cancelled = 0;
      for (const { job } of [...lane.entries]) cancelled += withdraw(job, tabId, 'cancelled');
      return cancelled;
    },
  };
}

function notChecked(reason: NotCheckedReason): NotChecked {
  return { notChecked: true, reason };
}
