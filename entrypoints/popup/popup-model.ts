// The popup's model: composes what it knows (popup-state.ts: its data and the pure view), the
// page it follows (page-follower.ts: reads, polling until badges settle, then watching) and
// its actions (popup-actions.ts), and tells listeners of every change. Every browser access
// comes in through PopupModelDeps, so tests drive it with fakeBrowser and fake timers.

import type { PopupActions } from '../../components/popup/types';
import { extensionSkillMatcher } from '../../lib/extension';
import type { Messenger } from '../../lib/messaging';
import type { SkillMatcher } from '../../lib/skills';
import type { UserStore } from '../../lib/storage';
import { createPageFollower, type PageAccess } from './page-follower';
import { createPopupActions } from './popup-actions';
import type { PopupClock } from './popup-clock';
import { emptyPopupData, type PopupState, popupView } from './popup-state';
import type * as tabAccess from './tab-access';

export { type PageAccess, POLL_MS, WATCH_MS } from './page-follower';
export { type PopupClock, systemClock } from './popup-clock';
export type { PopupState } from './popup-state';

export type PopupModelDeps = {
  /** The worker (createMessenger over browser.runtime.sendMessage). */
  send: Messenger;
  store: UserStore;
  /** The tab the popup acts on (tab-access.ts's popupTab). */
  tab: tabAccess.PopupTab;
  page: PageAccess;
  clock: PopupClock;
  newId(): string;
  openPage: PopupActions['openPage'];
  /** Loaded on first use (the skills pack is large); the extension's own by default. */
  createMatcher?: () => Promise<SkillMatcher>;
};

export type PopupModel = {
  /** A snapshot of what the popup shows now. */
  readonly state: PopupState;
  readonly actions: PopupActions;
  /** Calls `listener` with the new state on every change; returns the unsubscribe. */
  onChange(listener: (state: PopupState) => void): () => void;
  /** Reads the user's data and the seal, then follows the page until its badges settle. */
  start(): Promise<void>;
  /** Stops watching the page. */
  stop(): void;
};

export function createPopupModel(deps: PopupModelDeps): PopupModel {
  const data = emptyPopupData();
  const listeners = new Set<(state: PopupState) => void>();
  let loading: Promise<SkillMatcher> | undefined;
  const matcher = () => {
    loading ??= (deps.createMatcher ?? extensionSkillMatcher)();
    return loading;
  };
  const changed = () => {
    const state = popupView(data, deps.tab);
    for (const listener of listeners) listener(state);
  };
  const follower = createPageFollower({
    send: deps.send,
    page: deps.page,
    clock: deps.clock,
    tabId: deps.tab.tab?.id,
    data,
    matcher,
    changed,
  });
  const actions = createPopupActions({ ...deps, matcher, data, follower, changed });

  return {
    get state() {
      return popupView(data, deps.tab);
    },
    actions,
    onChange(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    async start() {
      follower.watch();
      changed();
      [data.settings, data.seal] = await Promise.all([
        deps.store.read(),
        deps.send('getSeal', {}).then((answer) => answer?.seal),
      ]);
      changed();
      await follower.follow();
    },
    stop() {
      follower.stop();
    },
  };
}
