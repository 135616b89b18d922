// Times Credlens' badges in one tab of the test build, from that document's navigation start:
// the first badge host inserted, the first badge with a final verdict, every badge final.
//
// One init script (Playwright's page.addInitScript, which also runs at document start in the
// tab's out-of-process extension frames) does two jobs:
// - in the top document, performance.timeOrigin is the navigation start, and a MutationObserver
//   notes the first `span[data-credlens-badge]` host inserted. That callback only runs once the
//   content script's task (which inserts a batch of hosts) is over, so the first insert is the
//   earlier of it and the first badge frame's own navigation start, which begins when its host
//   is connected. In practice the observer's time equals, to 0.1 ms, the navigation start of the
//   batch's last frame: the two processes' clocks agree;
// - in each badge frame (chrome-extension://…/badge.html), a MutationObserver notes when the
//   frame's button first has an aria-label "Credlens: …" that is not "Credlens: Checking… — …"
//   (the test settledBadges() in test/e2e/badges.ts applies), in the microtask after that render.
// Every time is absolute (performance.timeOrigin + performance.now(), 0.1 ms timers), so frame
// times compare with the page's navigation start across processes. The test only collects the
// recorded times (every POLL_MS); the poll interval decides when we know, not what we measure.

import type { BrowserContext, Frame, Page } from 'playwright-core';
import { BADGE_HOST, badgeFrames } from '../e2e/badges';

/** One load of a page, in ms since its navigation start. */
export type BadgeLoad = {
  firstInsertMs: number;
  firstFinalMs: number;
  allFinalMs: number;
  /** The accessible name of the first final badge. */
  firstFinalName: string;
  /** Every final badge's accessible name, in the order they became final. */
  names: string[];
  /** How much later the page's MutationObserver saw the first host than its frame started. */
  observerLagMs: number;
  /** Median time from a badge frame's navigation start to its document's first script (the
   * frame's load, including Playwright's pause while it attaches to the new frame). */
  frameStartMs: number;
};

export type TimedTab = { page: Page; close: () => Promise<void> };

const POLL_MS = 50;
const SETTLE_TIMEOUT_MS = 30_000;

// Runs in every document of the tab, before any of its scripts.
const TIMING_PROBE = `(() => {
  const now = () => performance.timeOrigin + performance.now();
  if (location.protocol === 'chrome-extension:' && location.pathname === '/badge.html') {
    const state = {
      origin: performance.timeOrigin, probe: now(), final: null, name: '', late: false,
    };
    globalThis.__credlensBenchFrame = state;
    const check = () => {
      if (state.final !== null) return;
      const button = document.querySelector('button[aria-label]');
      const name = button === null ? '' : button.getAttribute('aria-label') || '';
      if (!name.startsWith('Credlens:') || name.includes('Checking')) return;
      state.final = now();
      state.name = name;
      observer.disconnect();
    };
    const observer = new MutationObserver(check);
    observer.observe(document, {
      subtree: true, childList: true, attributes: true, characterData: true,
    });
    check();
    state.late = state.final !== null;
    return;
  }
  if (window !== window.top) return;
  const state = { navigationStart: performance.timeOrigin, firstInsert: null };
  globalThis.__credlensBenchMain = state;
  const isHost = (node) =>
    node.nodeType === 1 && (node.matches(${JSON.stringify(BADGE_HOST)}) ||
      node.querySelector(${JSON.stringify(BADGE_HOST)}) !== null);
  const observer = new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes)
        if (isHost(node)) {
          state.firstInsert = now();
          observer.disconnect();
          return;
        }
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

type FrameState = {
  origin: number;
  probe: number;
  final: number | null;
  name: string;
  late: boolean;
};
type MainState = { navigationStart: number; firstInsert: number | null };

/** A new tab of `context` whose documents and badge frames record their timings. */
export async function openTimedTab(context: BrowserContext): Promise<TimedTab> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.addInitScript({ content: TIMING_PROBE });
  return { page, close: () => page.close() };
}

/**
 * Navigates the tab (goto or reload, resolving at commit) and waits until `expected` badges of
 * the new document are final and none is still checking.
 */
export async function measureBadgeLoad(
  tab: TimedTab,
  expected: number,
  navigate: (page: Page) => Promise<unknown>,
): Promise<BadgeLoad> {
  const { page } = tab;
  await navigate(page);
  const deadline = Date.now() + SETTLE_TIMEOUT_MS;
  for (;;) {
    const main = (await page.evaluate('globalThis.__credlensBenchMain')) as MainState | undefined;
    if (main === undefined) throw new Error('the timing probe did not run in the page');
    const frames = await readFrames(badgeFrames(page), main.navigationStart);
    const finals = frames.filter((frame) => frame.final !== null);
    const unprobed = frames.filter((frame) => frame.state === undefined).length;
    if (frames.some((frame) => frame.state?.late === true))
      throw new Error('a badge frame was final before its probe ran');
    if (finals.length >= expected && finals.length === frames.length && main.firstInsert !== null)
      return summarize(main, finals);
    if (Date.now() > deadline)
      throw new Error(
        `${finals.length} of ${expected} badges final after ${SETTLE_TIMEOUT_MS} ms ` +
          `(${frames.length} badge frames, ${unprobed} without the probe)`,
      );
    await sleep(POLL_MS);
  }
}

// ---------------------------------------------------------------------------------------------

type FrameReading = { state: FrameState | undefined; final: number | null };

/** The probe state of each badge frame of the current document (frames of an unloaded one are
 * told apart by their own navigation start, which precedes the new document's). */
async function readFrames(frames: Frame[], navigationStart: number): Promise<FrameReading[]> {
  const readings = await Promise.all(
    frames.map((frame) =>
      frame
        .evaluate('globalThis.__credlensBenchFrame')
        .then((state) => state as FrameState | undefined)
        .catch(() => null),
    ),
  );
  return readings
    .filter((state): state is FrameState | undefined => state !== null)
    .filter((state) => state === undefined || state.origin >= navigationStart)
    .map((state) => ({ state, final: state?.final ?? null }));
}

function summarize(main: MainState, finals: FrameReading[]): BadgeLoad {
  const states = finals
    .map((frame) => frame.state as FrameState)
    .sort((a, b) => (a.final as number) - (b.final as number));
  const first = states[0] as FrameState;
  const last = states.at(-1) as FrameState;
  const earliestFrame = Math.min(...states.map((state) => state.origin));
  const firstInsert = Math.min(main.firstInsert as number, earliestFrame);
  const starts = states.map((state) => state.probe - state.origin).sort((a, b) => a - b);
  return {
    firstInsertMs: firstInsert - main.navigationStart,
    firstFinalMs: (first.final as number) - main.navigationStart,
    allFinalMs: (last.final as number) - main.navigationStart,
    firstFinalName: first.name,
    names: states.map((state) => state.name),
    observerLagMs: (main.firstInsert as number) - earliestFrame,
    frameStartMs: starts[Math.floor(starts.length / 2)] as number,
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}
