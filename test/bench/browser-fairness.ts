// Fairness across tabs (the threat-model issue): another tab's time to all badges final while a
// flood tab keeps Credlens busy, against the same tab alone. The flood is test/e2e/flood.test.ts's:
// a local page with 5,000 credential-looking links, the first 120 of them `.json` links to a
// server that never answers (the rest 404). Each run is a fresh profile (cold verdicts, empty
// HTTP cache); flood and alone runs alternate, so drift on the machine hits both alike, and an
// alone run opens the profile as long after launch as the flood run before it did (a just
// started browser and worker are slower, which would flatter the flood).

import { FETCHES_PER_HOST } from '../../lib/fetch';
import type { DemoWorld } from '../demo-world';
import { BADGE_HOST } from '../e2e/badges';
import { type FloodServer, startFloodServer } from '../e2e/flood-server';
import type { LaunchedExtension } from '../e2e/launch';
import { measureBadgeLoad, openTimedTab } from './browser-badge-timing';

export type FairnessRun = {
  /** Time to all badges final on the profile, ms since its navigation start. */
  allFinalMs: number;
  /** From the browser's launch to opening the profile. */
  openedAfterMs: number;
  /** Flood runs: credential requests the flood tab had made when the profile was opened. */
  floodRequestsAtOpen?: number;
  /** Flood runs: badge hosts in the flood tab when the profile was opened. */
  floodBadgesAtOpen?: number;
};

export type FairnessResult = {
  /** How many badges the profile shows. */
  badges: number;
  alone: FairnessRun[];
  flood: FairnessRun[];
};

export type FairnessOptions = {
  world: DemoWorld;
  runs: number;
  /** A fresh browser with the test build. */
  launch: () => Promise<LaunchedExtension>;
};

/**
 * The flood is under way once it has taken every fetch slot the worker gives one host, with the
 * rest of its links queued (about a second after launch). Waiting for more, as the E2E test does
 * (> 10), takes ~20 s here, since each hanging request holds its slot until its time limit, and
 * by then the flood tab's 300 badge frames have long finished loading.
 */
const UNDER_WAY = FETCHES_PER_HOST;
const UNDER_WAY_TIMEOUT_MS = 30_000;

/** Alternates `runs` flood and `runs` alone runs on the demo's katherine profile. */
export async function measureFairness({
  world,
  runs,
  launch,
}: FairnessOptions): Promise<FairnessResult> {
  const profileUrl = world.pages.katherineProfile;
  const badges = world.links.filter(
    (link) => link.page === 'katherine' && link.expected !== 'none',
  ).length;
  const flood = await startFloodServer();
  try {
    const alone: FairnessRun[] = [];
    const flooded: FairnessRun[] = [];
    for (let run = 0; run < runs; run++) {
      const withFlood = await measureRun({ launch, profileUrl, badges, flood });
      flooded.push(withFlood);
      alone.push(await measureRun({ launch, profileUrl, badges, idleMs: withFlood.openedAfterMs }));
    }
    return { badges, alone, flood: flooded };
  } finally {
    await flood.server.close();
  }
}

// ---------------------------------------------------------------------------------------------

type RunOptions = {
  launch: () => Promise<LaunchedExtension>;
  profileUrl: string;
  badges: number;
  flood?: FloodServer;
  /** Without a flood: how long to wait after launch before opening the profile. */
  idleMs?: number;
};

async function measureRun({
  launch,
  profileUrl,
  badges,
  flood,
  idleMs = 0,
}: RunOptions): Promise<FairnessRun> {
  const launched = performance.now();
  const browser = await launch();
  try {
    let floodAtOpen: { floodRequestsAtOpen: number; floodBadgesAtOpen: number } | undefined;
    if (flood !== undefined) {
      const before = flood.credentialRequests();
      const requests = () => flood.credentialRequests() - before;
      const floodTab = await browser.context.newPage();
      await floodTab.goto(flood.page, { waitUntil: 'commit' });
      const deadline = Date.now() + UNDER_WAY_TIMEOUT_MS;
      while (requests() < UNDER_WAY) {
        if (Date.now() > deadline)
          throw new Error(
            `flood tab made only ${requests()} requests in ${UNDER_WAY_TIMEOUT_MS} ms`,
          );
        await sleep(20);
      }
      floodAtOpen = {
        floodRequestsAtOpen: requests(),
        floodBadgesAtOpen: (await floodTab.evaluate(
          `document.querySelectorAll(${JSON.stringify(BADGE_HOST)}).length`,
        )) as number,
      };
    } else {
      await sleep(launched + idleMs - performance.now());
    }
    const openedAfterMs = Math.round(performance.now() - launched);
    const tab = await openTimedTab(browser.context);
    const load = await measureBadgeLoad(tab, badges, (page) =>
      page.goto(profileUrl, { waitUntil: 'commit' }),
    );
    const run = { allFinalMs: load.allFinalMs, openedAfterMs };
    return floodAtOpen === undefined ? run : { ...run, ...floodAtOpen };
  } finally {
    await browser.close();
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}
