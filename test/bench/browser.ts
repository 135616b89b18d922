// Browser benchmark: Credlens' TEST build (.output-test/chrome-mv3, rebuilt when missing or older
// than the sources) in real Chromium (playwright-core, Debian's /usr/bin/chromium), on the demo
// world's profiles and on a 10,000-element page. Prints nothing; the caller prints. Manual run:
//   flock /tmp/credlens-browser.lock npx tsx -e \
//     "import('./test/bench/browser.ts').then(m=>m.runBrowserBenchDetailed()).then(console.log)"
//
// Badge times are measured from the tab's navigation start (performance.timeOrigin, which for a
// reload includes unloading the previous document) and recorded inside each badge frame at the
// render that made it final (browser-badge-timing.ts). Playwright pauses every new out-of-process
// frame until it has attached to it, as in any Playwright-driven run, so each badge frame's start
// includes that round trip.
// - Cold: COLD_RUNS fresh profiles (empty storage.session and HTTP cache, service worker
//   started), first navigation to the demo's ada profile; medians. The first final badge is
//   usually the Coursera link, which needs no fetch ("Could not check"): about "first badge
//   inserted + one worker round trip". All final is the verification time.
// - Warm: WARM_RUNS reloads in the last cold run's browser (verdicts cached in the worker's
//   storage.session); medians. The last one is cross-checked against settledBadges(), which the
//   E2E tests use.
// - Fairness (browser-fairness.ts): the katherine profile's time to all final in a fresh profile,
//   alone and with a flood tab busy, FAIRNESS_RUNS of each; medians and their ratio. Each run is
//   a fresh profile and the alone run waits as long after launch as the flood run before it.
// - Popup (browser-popup.ts): the skills matcher ready after the popup opens, POPUP_RUNS popups
//   for the warm tab; median.
// - Scan (browser-scan.ts): one lib/detect scan of a ~10,000-element page; median.

import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { type DemoWorld, startDemoWorld } from '../demo-world';
import { settledBadges } from '../e2e/badges';
import { type LaunchedExtension, launchWithExtension } from '../e2e/launch';
import {
  type BadgeLoad,
  measureBadgeLoad,
  openTimedTab,
  type TimedTab,
} from './browser-badge-timing';
import { type FairnessRun, measureFairness } from './browser-fairness';
import { measurePopupSkills } from './browser-popup';
import { measureScan } from './browser-scan';

export type BrowserBenchResult = {
  coldRuns: number;
  warmRuns: number;
  firstInsertColdMs: number;
  firstBadgeColdMs: number;
  allBadgesColdMs: number;
  firstBadgeWarmMs: number;
  allBadgesWarmMs: number;
  scan10kMedianMs: number;
  scanNodes: number;
  /** Fairness: runs of each kind, and the katherine profile's badge count. */
  fairnessRuns: number;
  fairnessBadges: number;
  /** The katherine profile's time to all badges final, alone. */
  otherTabAloneMs: number;
  /** The same with a flood tab opened first and its requests under way. */
  otherTabFloodMs: number;
  /** otherTabFloodMs / otherTabAloneMs. */
  floodSlowdown: number;
  /** Median, over every cold and warm load, of a badge frame's load (see BadgeLoad). */
  frameStartMs: number;
  /** Median of POPUP_RUNS popups: the skills matcher ready, ms after the popup opened. */
  popupSkillsReadyMs: number;
};

/** The summary plus every run behind it, for looking at the spread. */
export type BrowserBenchDetails = BrowserBenchResult & {
  firstBadgeColdName: string;
  cold: LoadSummary[];
  warm: LoadSummary[];
  fairnessAlone: FairnessRun[];
  fairnessFlood: FairnessRun[];
  /** Median, over every cold and warm load, of the page observer's lag behind the first frame. */
  observerLagMs: number;
  scanTimesMs: number[];
};

type LoadSummary = { firstInsertMs: number; firstFinalMs: number; allFinalMs: number };

const ROOT = resolve(import.meta.dirname, '../..');
const TEST_BUILD = resolve(ROOT, '.output-test/chrome-mv3');
/** What the build is made of: a newer file here means the test build is stale. */
const SOURCES = ['entrypoints', 'components', 'lib', 'public', 'wxt.config.ts', 'package.json'];
/** The test build sends provider API requests to this origin, so the demo world must be here. */
const DEMO_PORT = 8787;
const COLD_RUNS = 3;
const WARM_RUNS = 5;
const FAIRNESS_RUNS = 3;
const POPUP_RUNS = 5;
const POPUP_SETTLE_MS = 1_000;
const BUILD_TIMEOUT_MS = 300_000;
const PORT_WAIT_MS = 30_000;

/** The headline numbers (see runBrowserBenchDetailed). */
export async function runBrowserBench(): Promise<BrowserBenchResult> {
  const details = await runBrowserBenchDetailed();
  const summary: BrowserBenchResult = {
    coldRuns: details.coldRuns,
    warmRuns: details.warmRuns,
    firstInsertColdMs: details.firstInsertColdMs,
    firstBadgeColdMs: details.firstBadgeColdMs,
    allBadgesColdMs: details.allBadgesColdMs,
    firstBadgeWarmMs: details.firstBadgeWarmMs,
    allBadgesWarmMs: details.allBadgesWarmMs,
    scan10kMedianMs: details.scan10kMedianMs,
    scanNodes: details.scanNodes,
    fairnessRuns: details.fairnessRuns,
    fairnessBadges: details.fairnessBadges,
    otherTabAloneMs: details.otherTabAloneMs,
    otherTabFloodMs: details.otherTabFloodMs,
    floodSlowdown: details.floodSlowdown,
    frameStartMs: details.frameStartMs,
    popupSkillsReadyMs: details.popupSkillsReadyMs,
  };
  return summary;
}

/** Builds the test extension if needed, then runs every measurement. */
export async function runBrowserBenchDetailed(): Promise<BrowserBenchDetails> {
  await ensureTestBuild();
  const world = await startDemoWorldOnPort(DEMO_PORT);
  const launch = () => launchWithExtension(TEST_BUILD);
  let browser: LaunchedExtension | undefined;
  try {
    const expected = world.links.filter(
      (link) => link.page === 'profile' && link.expected !== 'none',
    ).length;
    const cold: BadgeLoad[] = [];
    let tab: TimedTab | undefined;
    for (let run = 0; run < COLD_RUNS; run++) {
      await browser?.close();
      browser = await launch();
      tab = await openTimedTab(browser.context);
      cold.push(
        await measureBadgeLoad(tab, expected, (page) =>
          page.goto(world.pages.profile, { waitUntil: 'commit' }),
        ),
      );
    }
    if (browser === undefined || tab === undefined) throw new Error('no cold run');
    // Warm: the last cold run's tab, reloaded.
    const warm: BadgeLoad[] = [];
    for (let run = 0; run < WARM_RUNS; run++)
      warm.push(
        await measureBadgeLoad(tab, expected, (page) => page.reload({ waitUntil: 'commit' })),
      );
    await crossCheck({ browser, page: tab.page, load: warm.at(-1) as BadgeLoad });
    // A recruiter opens the popup on a page they are reading, not while its badge frames are
    // still loading: the popup is measured once the warm reloads' work has settled.
    await tab.page.waitForTimeout(POPUP_SETTLE_MS);
    const popupSkills = await measurePopupSkills(browser, tab.page, POPUP_RUNS);
    const scan = await measureScan(browser);
    await browser.close();
    browser = undefined;

    const fairness = await measureFairness({ world, runs: FAIRNESS_RUNS, launch });
    const alone = median(fairness.alone.map((run) => run.allFinalMs));
    const flooded = median(fairness.flood.map((run) => run.allFinalMs));
    const firstCold = [...cold].sort((a, b) => a.firstFinalMs - b.firstFinalMs)[
      Math.floor(cold.length / 2)
    ] as BadgeLoad;
    return {
      coldRuns: cold.length,
      warmRuns: warm.length,
      firstInsertColdMs: round(median(cold.map((load) => load.firstInsertMs))),
      firstBadgeColdMs: round(median(cold.map((load) => load.firstFinalMs))),
      allBadgesColdMs: round(median(cold.map((load) => load.allFinalMs))),
      firstBadgeWarmMs: round(median(warm.map((load) => load.firstFinalMs))),
      allBadgesWarmMs: round(median(warm.map((load) => load.allFinalMs))),
      scan10kMedianMs: round(median(scan.timesMs)),
      scanNodes: scan.nodes,
      fairnessRuns: FAIRNESS_RUNS,
      fairnessBadges: fairness.badges,
      otherTabAloneMs: round(alone),
      otherTabFloodMs: round(flooded),
      floodSlowdown: Math.round((flooded / alone) * 100) / 100,
      firstBadgeColdName: firstCold.firstFinalName,
      cold: cold.map(summarizeLoad),
      warm: warm.map(summarizeLoad),
      fairnessAlone: fairness.alone.map((run) => ({ ...run, allFinalMs: round(run.allFinalMs) })),
      fairnessFlood: fairness.flood.map((run) => ({ ...run, allFinalMs: round(run.allFinalMs) })),
      observerLagMs: round(median([...cold, ...warm].map((load) => load.observerLagMs))),
      frameStartMs: round(median([...cold, ...warm].map((load) => load.frameStartMs))),
      popupSkillsReadyMs: round(median(popupSkills)),
      scanTimesMs: scan.timesMs.map(round),
    };
  } finally {
    await browser?.close();
    await world.close();
  }
}

// ---------------------------------------------------------------------------------------------

type CrossCheckOptions = { browser: LaunchedExtension; page: Page; load: BadgeLoad };

/** The probes' final badges must be the ones the E2E tests read from the frames. */
async function crossCheck({ browser, page, load }: CrossCheckOptions): Promise<void> {
  const settled = (await settledBadges(browser.context, page)).sort();
  const probed = [...load.names].sort();
  if (settled.join('\n') !== probed.join('\n'))
    throw new Error(
      `last warm run: the probes saw ${probed.length} final badges, settledBadges() ${settled.length}`,
    );
}

/** Builds .output-test/chrome-mv3 when it is missing or older than any source file. */
async function ensureTestBuild(): Promise<void> {
  const manifest = resolve(TEST_BUILD, 'manifest.json');
  if (existsSync(manifest) && newestSource() <= statSync(manifest).mtimeMs) return;
  await new Promise<void>((done, fail) => {
    execFile(
      'npx',
      ['wxt', 'build', '-b', 'chrome', '--mv3'],
      {
        cwd: ROOT,
        timeout: BUILD_TIMEOUT_MS,
        maxBuffer: 16 * 1024 * 1024,
        env: {
          ...process.env,
          CREDLENS_TEST_HOSTS: '127.0.0.1,localhost',
          CREDLENS_DEMO_ORIGIN: `http://127.0.0.1:${DEMO_PORT}`,
        },
      },
      (error, _stdout, stderr) =>
        error === null ? done() : fail(new Error(`test build failed: ${error.message}\n${stderr}`)),
    );
  });
  if (!existsSync(manifest)) throw new Error(`test build produced no ${manifest}`);
}

function newestSource(): number {
  let newest = 0;
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (!stat.isDirectory()) {
      newest = Math.max(newest, stat.mtimeMs);
      return;
    }
    for (const entry of readdirSync(path)) visit(join(path, entry));
  };
  for (const source of SOURCES) visit(resolve(ROOT, source));
  return newest;
}

/** The demo world on `port`, waiting a bounded time while another run (e.g. E2E) holds it. */
async function startDemoWorldOnPort(port: number): Promise<DemoWorld> {
  const deadline = Date.now() + PORT_WAIT_MS;
  for (;;) {
    try {
      return await startDemoWorld({ port });
    } catch (error) {
      const inUse = (error as { code?: string }).code === 'EADDRINUSE';
      if (!inUse || Date.now() > deadline)
        throw inUse
          ? new Error(`port ${port} stayed in use for ${PORT_WAIT_MS} ms (E2E tests running?)`)
          : error;
      await new Promise((done) => setTimeout(done, 500));
    }
  }
}

function summarizeLoad(load: BadgeLoad): LoadSummary {
  return {
    firstInsertMs: round(load.firstInsertMs),
    firstFinalMs: round(load.firstFinalMs),
    allFinalMs: round(load.allFinalMs),
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
