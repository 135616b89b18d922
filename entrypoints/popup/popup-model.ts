// The popup's state and actions, apart from its rendering: reads the tab's page (its content
// script) and the worker's tabStatus, follows the badges until they settle and then watches
// slower, and turns clicks into storage edits and page requests. Every browser access comes in
// through PopupModelDeps, so tests drive it with fakeBrowser and fake timers.
import type { DraftRole, PopupActions, PopupPageProps } from '../../components/popup/types';
import { editorFor } from '../../lib/extension';
import { issuerStanding } from '../../lib/issuers';
import {
  type CandidateSkills,
  candidateSkills,
  coverageFromSkills,
  roleOfPastedText,
  roleOfPosting,
  shortlistEntryOf,
} from '../../lib/matching';
import {
  type InterferenceReport,
  type Messenger,
  type PageState,
  type Seal,
  uniqueInterference,
} from '../../lib/messaging';
import { createDefaultSkillMatcher, type SkillMatcher } from '../../lib/skills';
import {
  addToShortlist,
  dismissUntouchedNotice,
  pinRole,
  type SavedRoleSkill,
  type Settings,
  saveAndPinRole,
  setPageUntouched,
  trustIssuer,
  type UserStore,
} from '../../lib/storage';
import type * as tabAccess from './tab-access';
import { untouchedView } from './untouched';

/** How often the popup re-reads the page while badges are still being checked. */
export const POLL_MS = 500;
const POLL_LIMIT = 120;
/** How often the popup looks at the page again once its badges have settled. */
export const WATCH_MS = 1_500;

/** What the popup shows: PopupPage's props, less the actions. */
export type PopupState = Omit<PopupPageProps, 'actions'>;
/** The tab-access.ts functions the model acts through. */
export type PageAccess = Pick<
  typeof tabAccess,
  'readPageState' | 'askPage' | 'scanTab' | 'enableOrigin' | 'allowOrigins'
>;
export type PopupClock = {
  now(): Date;
  /** Resolves after `ms`. */
  wait(ms: number): Promise<void>;
  /** Calls `tick` every `ms` until the returned function is called. */
  every(ms: number, tick: () => void): () => void;
};
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
  /** Built on first use (the skills pack is large); the bundled one by default. */
  createMatcher?: () => SkillMatcher;
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

export function createPopupModel(deps: PopupModelDeps): PopupModel {
  const { send, store, page: access, clock } = deps;
  const { tab, origin, covered, site } = deps.tab;
  const tabId = tab?.id;
  let matcher: SkillMatcher | undefined;
  const skillMatcher = () => {
    matcher ??= (deps.createMatcher ?? createDefaultSkillMatcher)();
    return matcher;
  };
  const listeners = new Set<(state: PopupState) => void>();

  let seal: Seal | undefined;
  let settings: Settings | undefined;
  let page: PageState | undefined;
  let message: string | undefined;
  let candidate: CandidateSkills | undefined;
  let pageRole: DraftRole | undefined;
  /** Sites the page's own credentials could not reach (from their badges), until dismissed. */
  let blockedOrigins: string[] = [];
  let hostsDismissed = false;
  /** Interference on this tab: the content script's and the badge frames' own (worker). */
  let interference: InterferenceReport[] = [];
  let stopWatching: (() => void) | undefined;

  const view = (): PopupState => {
    const activeRole = settings?.roles.find((role) => role.id === settings?.pinnedRoleId);
    const lists = settings?.trustedIssuers ?? { added: [], removed: [] };
    return {
      seal,
      candidate:
        candidate === undefined
          ? undefined
          : { name: page?.candidate, person: page?.person, skills: candidate },
      pageRole,
      activeRole,
      roles: settings?.roles ?? [],
      coverage:
        activeRole === undefined || candidate === undefined
          ? undefined
          : coverageFromSkills(
              activeRole,
              candidate.credentials.map((credential) => ({
                input: credential.name,
                status: credential.verdict,
                skills: credential.skills,
              })),
            ),
      knownIssuers: new Set(
        (candidate?.credentials ?? [])
          .map((credential) => credential.issuerId)
          .filter((id): id is string => id !== undefined && issuerStanding(id, lists).known),
      ),
      otherSite: covered ? undefined : origin,
      blockedOrigins: hostsDismissed ? [] : blockedOrigins,
      message,
      interference,
      notChecked:
        page?.notCheckedTotal === undefined
          ? undefined
          : { items: page.notChecked ?? [], total: page.notCheckedTotal },
      credentialRefs: page?.credentials.map((credential) => credential.ref),
      untouched: untouchedView(settings, site, covered),
    };
  };
  const changed = () => {
    const state = view();
    for (const listener of listeners) listener(state);
  };
  const say = (text: string) => {
    message = text;
    changed();
  };

  const edit = editorFor(store, (next, done) => {
    // A failed write reports no settings: keep showing what is stored.
    settings = next ?? settings;
    message = done;
    changed();
  });
  const saveRole = (role: Parameters<typeof saveAndPinRole>[1]) => (current: Settings) =>
    saveAndPinRole(current, role, deps.newId, clock.now()).settings;

  /** Reads the page and the worker's view of the tab; true while badges are still checking. */
  const refresh = async () => {
    const [state, status] = await Promise.all([
      access.readPageState(tabId).catch(() => undefined),
      tabId === undefined ? undefined : send('tabStatus', { tabId }),
    ]);
    page = state;
    interference = uniqueInterference([
      ...(page?.interference ?? []),
      ...(status?.interference ?? []),
    ]);
    if (page === undefined) {
      // No answer (Credlens does not run there, or the tab moved on): nothing to show.
      candidate = undefined;
      blockedOrigins = [];
      return false;
    }
    candidate =
      page.credentials.length > 0 ? candidateSkills(page.credentials, skillMatcher()) : undefined;
    blockedOrigins = [
      ...new Set(page.credentials.flatMap((credential) => credential.view.needsAccess ?? [])),
    ];
    if (page.posting !== undefined && pageRole === undefined)
      pageRole = { ...roleOfPosting(page.posting, skillMatcher()), url: page.url };
    return (candidate?.checking ?? 0) > 0;
  };

  /** Badges still checking: follow them until they settle, one loop at a time. */
  let following: Promise<void> | undefined;
  const follow = () => {
    following ??= (async () => {
      // A fresh scan may not have answered yet: look at least twice.
      for (let polls = 0; polls < POLL_LIMIT; polls++) {
        const pending = await refresh();
        changed();
        if (!pending && polls > 0) break;
        await clock.wait(POLL_MS);
      }
    })().finally(() => {
      following = undefined;
    });
    return following;
  };

  /** Runs the content script again and follows the new badges until they settle. */
  const rescan = async (done: string) => {
    await access.scanTab(tabId);
    candidate = undefined;
    say(done);
    await follow();
  };

  const actions: PopupActions = {
    pinPageRole(skills: SavedRoleSkill[]) {
      if (pageRole === undefined) return;
      const role = pageRole;
      const draft = {
        title: role.title,
        ...(role.company === undefined ? {} : { company: role.company }),
        source: 'page' as const,
        url: role.url,
        skills,
      };
      void edit(saveRole(draft)).then((saved) => {
        if (!saved) return;
        // A re-pin keeps the name the user gave the role.
        const pinned = settings?.roles.find((entry) => entry.id === settings?.pinnedRoleId);
        say(
          `Pinned "${pinned?.title ?? role.title}": Credlens compares candidates against it on other pages.`,
        );
      });
    },
    pasteRole(text: string) {
      const role = roleOfPastedText(text, skillMatcher());
      void edit(
        saveRole({ ...role, source: 'pasted' }),
        `Pinned "${role.title}" with ${role.skills.length} skills.`,
      );
    },
    chooseRole(roleId: string | undefined) {
      void edit((current) => pinRole(current, roleId));
    },
    saveToShortlist() {
      const roleId = settings?.pinnedRoleId;
      if (roleId === undefined || candidate === undefined || page === undefined) return;
      // The shortlist keeps final verdicts only.
      if (candidate.checking > 0) return;
      const entry = shortlistEntryOf({
        id: deps.newId(),
        roleId,
        name: page.candidate ?? tab?.title ?? page.url,
        pageUrl: page.url,
        savedAt: clock.now(),
        skills: candidate,
      });
      void edit(
        (current) => addToShortlist(current, entry),
        `Saved ${entry.name} to the shortlist.`,
      );
    },
    trustIssuer(id: string, name: string) {
      void edit((current) => trustIssuer(current, id, name), `Trusting ${name}.`);
    },
    recognise(text: string) {
      const skill = skillMatcher().lookup(text.slice(0, 300));
      return skill === undefined ? undefined : { ...skill, required: true };
    },
    openPage: deps.openPage,
    async allowHosts() {
      // Policy: the permission request goes first, while the click still counts as a gesture.
      if (!(await access.allowOrigins(blockedOrigins))) {
        say('Not allowed: those credentials stay "Could not check".');
        return;
      }
      await send('clearCache', {});
      await rescan("Allowed. Checking this page's credentials again.");
    },
    forgetHosts() {
      hostsDismissed = true;
      changed();
    },
    reveal(ref: string) {
      void access.askPage(tabId, { type: 'credlens:reveal', ref });
    },
    checkMore() {
      void access.askPage(tabId, { type: 'credlens:checkMore' }).then(() => {
        message = 'Checking more credential links on this page.';
        void follow();
      });
    },
    checkEmail(email: string) {
      if (tabId === undefined) return;
      void send('setHolderEmail', { tabId, email }).then((answer) => {
        say(
          answer === undefined
            ? 'Could not check the email.'
            : email.trim() === ''
              ? 'Email forgotten.'
              : 'Checking every credential on this page against that email.',
        );
        void follow();
      });
    },
    setUntouched(on: boolean) {
      if (site === undefined) return;
      // The content script sees the change in storage and starts again in the new mode.
      void edit(
        (current) => setPageUntouched(current, site, on),
        on ? `Leaving ${site}'s pages untouched.` : `Showing badges on ${site}.`,
      ).then((saved) => {
        if (saved) void follow();
      });
    },
    dismissUntouchedNotice() {
      void edit(dismissUntouchedNotice);
    },
    async scanPage() {
      await rescan('Scanning this page once.');
    },
    async enableSite() {
      if (origin === undefined) return;
      let enabled: boolean;
      try {
        // Policy: first thing in the click, as permission requests need the user's gesture.
        enabled = await access.enableOrigin(origin);
      } catch {
        say('Credlens can be enabled on https sites only; use "Scan this page" here.');
        return;
      }
      if (!enabled) {
        say('Not enabled: the permission was not granted.');
        return;
      }
      await rescan(`Enabled on ${origin}. Manage sites in the options.`);
    },
  };

  return {
    get state() {
      return view();
    },
    actions,
    onChange(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    async start() {
      stopWatching ??= clock.every(WATCH_MS, () => {
        // Interference the page starts later, while the popup is open.
        if (following === undefined) void refresh().then(changed);
      });
      changed();
      [settings, seal] = await Promise.all([
        store.read(),
        send('getSeal', {}).then((answer) => answer?.seal),
      ]);
      changed();
      await follow();
    },
    stop() {
      stopWatching?.();
      stopWatching = undefined;
    },
  };
}
