// Popup composition root: reads the page (through its content script, tab-access.ts), the
// user's data (storage) and the seal (worker), and turns clicks into storage edits. The
// decisions live in lib/matching and lib/storage; the view in components/popup.
import '../../components/ui/page.css';
import { render } from 'preact';
import { browser } from '#imports';
import { type DraftRole, PopupPage } from '../../components/popup/popup-page';
import { editorFor, extensionUserStore } from '../../lib/extension';
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
  createMessenger,
  type InterferenceReport,
  type PageState,
  type Seal,
} from '../../lib/messaging';
import { createDefaultSkillMatcher, type SkillMatcher } from '../../lib/skills';
import {
  addToShortlist,
  pinRole,
  type SavedRoleSkill,
  type Settings,
  saveAndPinRole,
  trustIssuer,
} from '../../lib/storage';
import {
  allowOrigins,
  askPage,
  enableOrigin,
  popupTab,
  readPageState,
  scanTab,
} from './tab-access';

/** How often the popup re-reads the page while badges are still being checked. */
const POLL_MS = 500;
const POLL_LIMIT = 120;
/** How often the popup looks at the page again once its badges have settled. */
const WATCH_MS = 1_500;
const root = document.getElementById('app');

if (root) void start(root);

async function start(root: HTMLElement) {
  const send = createMessenger((message) => browser.runtime.sendMessage(message));
  const store = extensionUserStore();
  const { tab, origin, covered } = await popupTab();
  let matcher: SkillMatcher | undefined;
  const skillMatcher = () => {
    matcher ??= createDefaultSkillMatcher();
    return matcher;
  };

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

  const draw = () => {
    const activeRole = settings?.roles.find((role) => role.id === settings?.pinnedRoleId);
    const lists = settings?.trustedIssuers ?? { added: [], removed: [] };
    const knownIssuers = new Set(
      (candidate?.credentials ?? [])
        .map((credential) => credential.issuerId)
        .filter((id): id is string => id !== undefined && issuerStanding(id, lists).known),
    );
    render(
      <PopupPage
        seal={seal}
        candidate={
          candidate === undefined
            ? undefined
            : { name: page?.candidate, person: page?.person, skills: candidate }
        }
        pageRole={pageRole}
        activeRole={activeRole}
        roles={settings?.roles ?? []}
        coverage={
          activeRole === undefined || candidate === undefined
            ? undefined
            : coverageFromSkills(
                activeRole,
                candidate.credentials.map((credential) => ({
                  input: credential.name,
                  status: credential.verdict,
                  skills: credential.skills,
                })),
              )
        }
        knownIssuers={knownIssuers}
        otherSite={covered ? undefined : origin}
        blockedOrigins={hostsDismissed ? [] : blockedOrigins}
        message={message}
        interference={interference}
        notChecked={
          page?.notCheckedTotal === undefined
            ? undefined
            : { items: page.notChecked ?? [], total: page.notCheckedTotal }
        }
        credentialRefs={page?.credentials.map((credential) => credential.ref)}
        actions={{
          reveal,
          checkMore,
          checkEmail,
          scanPage,
          enableSite,
          pinPageRole,
          pasteRole,
          chooseRole,
          saveToShortlist,
          trustIssuer: trust,
          recognise,
          openPage,
          allowHosts,
          forgetHosts,
        }}
      />,
      root,
    );
  };

  const edit = editorFor(store, (next, done) => {
    settings = next ?? settings;
    message = done;
    draw();
  });

  function pinPageRole(skills: SavedRoleSkill[]) {
    if (pageRole === undefined) return;
    const role = pageRole;
    void edit(
      (current) =>
        saveAndPinRole(
          current,
          {
            title: role.title,
            ...(role.company === undefined ? {} : { company: role.company }),
            source: 'page',
            url: role.url,
            skills,
          },
          () => crypto.randomUUID(),
          new Date(),
        ).settings,
    ).then((saved) => {
      if (!saved) return;
      const pinned = settings?.roles.find((entry) => entry.id === settings?.pinnedRoleId);
      message = `Pinned "${pinned?.title ?? role.title}": Credlens compares candidates against it on other pages.`;
      draw();
    });
  }

  function pasteRole(text: string) {
    const role = roleOfPastedText(text, skillMatcher());
    void edit(
      (current) =>
        saveAndPinRole(
          current,
          { ...role, source: 'pasted' },
          () => crypto.randomUUID(),
          new Date(),
        ).settings,
      `Pinned "${role.title}" with ${role.skills.length} skills.`,
    );
  }

  function chooseRole(roleId: string | undefined) {
    void edit((current) => pinRole(current, roleId));
  }

  function saveToShortlist() {
    const roleId = settings?.pinnedRoleId;
    if (roleId === undefined || candidate === undefined || page === undefined) return;
    const entry = shortlistEntryOf({
      id: crypto.randomUUID(),
      roleId,
      name: page.candidate ?? tab?.title ?? page.url,
      pageUrl: page.url,
      savedAt: new Date(),
      skills: candidate,
    });
    void edit((current) => addToShortlist(current, entry), `Saved ${entry.name} to the shortlist.`);
  }

  function trust(id: string, name: string) {
    void edit((current) => trustIssuer(current, id, name), `Trusting ${name}.`);
  }

  function recognise(text: string): SavedRoleSkill | undefined {
    const skill = skillMatcher().lookup(text.slice(0, 300));
    return skill === undefined ? undefined : { ...skill, required: true };
  }

  function openPage(which: 'compare' | 'preview' | 'options') {
    void browser.tabs.create({ url: browser.runtime.getURL(`/${which}.html` as '/popup.html') });
  }

  async function allowHosts() {
    if (!(await allowOrigins(blockedOrigins))) {
      message = 'Not allowed: those credentials stay "Could not check".';
      draw();
      return;
    }
    await send('clearCache', {});
    await rescan("Allowed. Checking this page's credentials again.");
  }

  function reveal(ref: string) {
    void askPage(tab?.id, { type: 'credlens:reveal', ref });
  }

  function checkEmail(email: string) {
    if (tab?.id === undefined) return;
    void send('setHolderEmail', { tabId: tab.id, email }).then((answer) => {
      message =
        answer === undefined
          ? 'Could not check the email.'
          : email.trim() === ''
            ? 'Email forgotten.'
            : 'Checking every credential on this page against that email.';
      draw();
      void follow();
    });
  }

  function checkMore() {
    void askPage(tab?.id, { type: 'credlens:checkMore' }).then(() => {
      message = 'Checking more credential links on this page.';
      void follow();
    });
  }

  function forgetHosts() {
    hostsDismissed = true;
    draw();
  }

  async function scanPage() {
    await rescan('Scanning this page once.');
  }

  async function enableSite() {
    if (origin === undefined) return;
    let enabled: boolean;
    try {
      enabled = await enableOrigin(origin);
    } catch {
      message = 'Credlens can be enabled on https sites only; use "Scan this page" here.';
      draw();
      return;
    }
    if (!enabled) {
      message = 'Not enabled: the permission was not granted.';
      draw();
      return;
    }
    await rescan(`Enabled on ${origin}. Manage sites in the options.`);
  }

  /** Runs the content script again and follows the new badges until they settle. */
  async function rescan(done: string) {
    await scanTab(tab?.id);
    candidate = undefined;
    message = done;
    draw();
    await follow();
  }

  const refresh = async () => {
    const [state, status] = await Promise.all([
      readPageState(tab?.id),
      tab?.id === undefined ? undefined : send('tabStatus', { tabId: tab.id }),
    ]);
    page = state;
    interference = mergeInterference(page?.interference ?? [], status?.interference ?? []);
    if (page === undefined) return false;
    candidate =
      page.credentials.length > 0 ? candidateSkills(page.credentials, skillMatcher()) : undefined;
    blockedOrigins = [
      ...new Set(page.credentials.flatMap((credential) => credential.view.needsAccess ?? [])),
    ];
    if (page.posting !== undefined && pageRole === undefined)
      pageRole = { ...roleOfPosting(page.posting, skillMatcher()), url: page.url };
    return (candidate?.checking ?? 0) > 0;
  };

  /**
   * Badges still checking: follow them until they settle (one loop at a time); then keep an
   * eye on the page at a slower pace while the popup is open, for interference the page
   * starts later.
   */
  let following: Promise<void> | undefined;
  const follow = () => {
    following ??= (async () => {
      // A fresh scan may not have answered yet: look at least twice.
      for (let polls = 0; polls < POLL_LIMIT; polls++) {
        const pending = await refresh();
        draw();
        if (!pending && polls > 0) break;
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
    })().finally(() => {
      following = undefined;
    });
    return following;
  };
  setInterval(() => {
    if (following === undefined) void refresh().then(draw);
  }, WATCH_MS);

  draw();
  [settings, seal] = await Promise.all([
    store.read(),
    send('getSeal', {}).then((answer) => answer?.seal),
  ]);
  draw();
  await follow();
}

/** One entry per badge and kind, whoever saw it. */
function mergeInterference(...lists: InterferenceReport[][]): InterferenceReport[] {
  const seen = new Set<string>();
  return lists.flat().filter((report) => {
    const key = `${report.how}\u0000${report.label}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
