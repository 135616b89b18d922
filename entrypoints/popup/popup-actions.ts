// The popup's actions: each click becomes a storage edit (roles, shortlist, trusted issuers,
// page-untouched mode), a request to the page's content script (reveal, check more, scan) or to
// the worker (holder email, clear cache), or a permission request — the last first of all,
// while the click still counts as a user gesture. Each reports back in data.message.

import type { PopupActions } from '../../components/popup/types';
import { plural, say, t } from '../../components/ui/i18n';
import { editorFor } from '../../lib/extension';
import { roleOfPastedText, shortlistEntryOf } from '../../lib/matching';
import type { Messenger } from '../../lib/messaging';
import type { SkillMatcher } from '../../lib/skills';
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
import type { PageAccess, PageFollower } from './page-follower';
import type { PopupClock } from './popup-clock';
import type { PopupData } from './popup-state';
import type { PopupTab } from './tab-access';

export type PopupActionsDeps = {
  send: Messenger;
  store: UserStore;
  tab: PopupTab;
  page: PageAccess;
  clock: PopupClock;
  newId(): string;
  openPage: PopupActions['openPage'];
  matcher: () => Promise<SkillMatcher>;
  /** Written by the actions: settings after each edit, message, hostsDismissed. */
  data: PopupData;
  follower: PageFollower;
  changed: () => void;
};

export function createPopupActions(deps: PopupActionsDeps): PopupActions {
  const { send, page: access, data, follower, changed, tab } = deps;
  const tabId = tab.tab?.id;
  const tell = (text: string) => {
    data.message = text;
    changed();
  };
  const edit = editorFor(
    deps.store,
    (next, done) => {
      // A failed write reports no settings: keep showing what is stored.
      data.settings = next ?? data.settings;
      data.message = done;
      changed();
    },
    say,
  );
  const saveRole = (role: Parameters<typeof saveAndPinRole>[1]) => (current: Settings) =>
    saveAndPinRole(current, role, deps.newId, deps.clock.now()).settings;

  return {
    pinPageRole(skills: SavedRoleSkill[]) {
      if (data.pageRole === undefined) return;
      const role = data.pageRole;
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
        const pinned = data.settings?.roles.find(
          (entry) => entry.id === data.settings?.pinnedRoleId,
        );
        tell(t('saidPinned', pinned?.title ?? role.title));
      });
    },
    async pasteRole(text: string) {
      const role = roleOfPastedText(text, await deps.matcher(), say);
      void edit(
        saveRole({ ...role, source: 'pasted' }),
        plural('saidPinnedWithSkills', role.skills.length, role.title),
      );
    },
    chooseRole(roleId: string | undefined) {
      void edit((current) => pinRole(current, roleId));
    },
    saveToShortlist() {
      const { settings, candidate, page } = data;
      const roleId = settings?.pinnedRoleId;
      if (roleId === undefined || candidate === undefined || page === undefined) return;
      // The shortlist keeps final verdicts only.
      if (candidate.checking > 0) return;
      const entry = shortlistEntryOf({
        id: deps.newId(),
        roleId,
        name: page.candidate ?? tab.tab?.title ?? page.url,
        pageUrl: page.url,
        savedAt: deps.clock.now(),
        skills: candidate,
      });
      void edit((current) => addToShortlist(current, entry), t('saidShortlisted', entry.name));
    },
    trustIssuer(id: string, name: string) {
      void edit((current) => trustIssuer(current, id, name), t('saidTrusting', name));
    },
    async recognise(text: string) {
      const skill = (await deps.matcher()).lookup(text.slice(0, 300));
      return skill === undefined ? undefined : { ...skill, required: true };
    },
    openPage: deps.openPage,
    async allowHosts() {
      // Policy: the permission request goes first, while the click still counts as a gesture.
      if (!(await access.allowOrigins(data.blockedOrigins))) {
        tell(t('saidNotAllowed'));
        return;
      }
      await send('clearCache', {});
      await follower.rescan(t('saidAllowed'));
    },
    forgetHosts() {
      data.hostsDismissed = true;
      changed();
    },
    reveal(ref: string) {
      void access.askPage(tabId, { type: 'credlens:reveal', ref });
    },
    checkMore() {
      void access.askPage(tabId, { type: 'credlens:checkMore' }).then(() => {
        data.message = t('saidCheckingMore');
        void follower.follow();
      });
    },
    checkEmail(email: string) {
      if (tabId === undefined) return;
      void send('setHolderEmail', { tabId, email }).then((answer) => {
        tell(
          answer === undefined
            ? t('saidEmailFailed')
            : email.trim() === ''
              ? t('saidEmailForgotten')
              : t('saidCheckingEmail'),
        );
        void follower.follow();
      });
    },
    setUntouched(on: boolean) {
      if (tab.site === undefined) return;
      const site = tab.site;
      // The content script sees the change in storage and starts again in the new mode.
      void edit(
        (current) => setPageUntouched(current, site, on),
        t(on ? 'saidUntouched' : 'saidShowingBadges', site),
      ).then((saved) => {
        if (saved) void follower.follow();
      });
    },
    dismissUntouchedNotice() {
      void edit(dismissUntouchedNotice);
    },
    async scanPage() {
      await follower.rescan(t('saidScanning'));
    },
    async enableSite() {
      const origin = tab.origin;
      if (origin === undefined) return;
      let enabled: boolean;
      try {
        // Policy: first thing in the click, as permission requests need the user's gesture.
        enabled = await access.enableOrigin(origin);
      } catch {
        tell(t('saidHttpsOnly'));
        return;
      }
      if (!enabled) {
        tell(t('saidNotEnabled'));
        return;
      }
      await follower.rescan(t('saidEnabled', origin));
    },
  };
}
