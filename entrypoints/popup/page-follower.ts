// Following the tab's page: each read asks its content script what the page holds and the
// worker what it saw of the tab (tabStatus), then derives the candidate's skills, the hosts
// their badges could not reach and the role of a job page. While badges are still checking it
// reads every POLL_MS until they settle; after that it watches every WATCH_MS (the page may
// start interfering later).

import { say } from '../../components/ui/i18n';
import { candidateSkills, roleOfPosting } from '../../lib/matching';
import { type Messenger, uniqueInterference } from '../../lib/messaging';
import type { SkillMatcher } from '../../lib/skills';
import type { PopupClock } from './popup-clock';
import type { PopupData } from './popup-state';
import type * as tabAccess from './tab-access';

/** How often the popup re-reads the page while badges are still being checked. */
export const POLL_MS = 500;
const POLL_LIMIT = 120;
/** How often the popup looks at the page again once its badges have settled. */
export const WATCH_MS = 1_500;

/** The tab-access.ts functions the popup acts through. */
export type PageAccess = Pick<
  typeof tabAccess,
  'readPageState' | 'askPage' | 'scanTab' | 'enableOrigin' | 'allowOrigins'
>;

export type PageFollowerDeps = {
  /** The worker (createMessenger over browser.runtime.sendMessage). */
  send: Messenger;
  page: PageAccess;
  clock: PopupClock;
  tabId: number | undefined;
  /** Written by every read: page, candidate, blockedOrigins, interference, pageRole. */
  data: PopupData;
  matcher: () => Promise<SkillMatcher>;
  /** Called after every read that may have changed what the popup shows. */
  changed: () => void;
};

export type PageFollower = {
  /** Reads the page and the worker's view of the tab; true while badges are still checking. */
  refresh(): Promise<boolean>;
  /** Reads until the badges settle (at least twice); one loop at a time. */
  follow(): Promise<void>;
  /** Runs the content script again, says `done`, and follows the new badges. */
  rescan(done: string): Promise<void>;
  /** Starts watching at WATCH_MS; idempotent. */
  watch(): void;
  stop(): void;
};

export function createPageFollower(deps: PageFollowerDeps): PageFollower {
  const { send, page: access, clock, tabId, data } = deps;
  let following: Promise<void> | undefined;
  let stopWatching: (() => void) | undefined;

  const refresh = async () => {
    const [state, status] = await Promise.all([
      access.readPageState(tabId).catch(() => undefined),
      tabId === undefined ? undefined : send('tabStatus', { tabId }),
    ]);
    data.page = state;
    data.interference = uniqueInterference([
      ...(state?.interference ?? []),
      ...(status?.interference ?? []),
    ]);
    if (state === undefined) {
      // No answer (Credlens does not run there, or the tab moved on): nothing to show.
      data.candidate = undefined;
      data.blockedOrigins = [];
      return false;
    }
    data.candidate =
      state.credentials.length > 0
        ? candidateSkills(state.credentials, await deps.matcher())
        : undefined;
    data.blockedOrigins = [
      ...new Set(state.credentials.flatMap((credential) => credential.view.needsAccess ?? [])),
    ];
    if (state.posting !== undefined && data.pageRole === undefined)
      data.pageRole = {
        ...roleOfPosting(state.posting, await deps.matcher(), say),
        url: state.url,
      };
    return (data.candidate?.checking ?? 0) > 0;
  };

  const follow = () => {
    following ??= (async () => {
      // A fresh scan may not have answered yet: look at least twice.
      for (let polls = 0; polls < POLL_LIMIT; polls++) {
        const pending = await refresh();
        deps.changed();
        if (!pending && polls > 0) break;
        await clock.wait(POLL_MS);
      }
    })().finally(() => {
      following = undefined;
    });
    return following;
  };

  return {
    refresh,
    follow,
    async rescan(done) {
      await access.scanTab(tabId);
      data.candidate = undefined;
      data.message = done;
      deps.changed();
      await follow();
    },
    watch() {
      stopWatching ??= clock.every(WATCH_MS, () => {
        // Interference the page starts later, while the popup is open.
        if (following === undefined) void refresh().then(deps.changed);
      });
    },
    stop() {
      stopWatching?.();
      stopWatching = undefined;
    },
  };
}
