// Popup composition root: reads the page (through its content script), the user's data
// (storage) and the seal (worker), and turns clicks into storage edits. The decisions live in
// lib/matching and lib/storage; the view in components/popup.
import '../../components/ui/page.css';
import { render } from 'preact';
import * as z from 'zod/mini';
import { browser } from '#imports';
import { type DraftRole, PopupPage } from '../../components/popup/popup-page';
import { editorFor, extensionUserStore } from '../../components/ui/extension-store';
import { BLOCKED_ORIGINS_KEY, MAX_BLOCKED_ORIGINS } from '../../lib/fetch';
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
  PAGE_STATE_REQUEST,
  type PageState,
  PageStateSchema,
  type Seal,
} from '../../lib/messaging';
import { coveredBy } from '../../lib/sites';
import { createDefaultSkillMatcher, type SkillMatcher } from '../../lib/skills';
import {
  addToShortlist,
  pinRole,
  type SavedRoleSkill,
  type Settings,
  saveAndPinRole,
  trustIssuer,
} from '../../lib/storage';

const CONTENT_SCRIPT = '/content-scripts/recruiting.js';
/** What the worker stores: https origins only (anything else is ignored, never requested). */
const BlockedOriginsSchema = z
  .array(z.string().check(z.regex(/^https:\/\/[a-z0-9.-]+(:\d+)?$/i)))
  .check(z.maxLength(MAX_BLOCKED_ORIGINS));
/** How often the popup re-reads the page while badges are still being checked. */
const POLL_MS = 500;
const POLL_LIMIT = 120;
const root = document.getElementById('app');

if (root) void start(root);

async function start(root: HTMLElement) {
  const send = createMessenger((message) => browser.runtime.sendMessage(message));
  const store = extensionUserStore();
  // `?tab=<id>` names the tab to act on when the popup is opened as a page (end-to-end tests);
  // only the extension itself can open its pages.
  const named = Number(new URLSearchParams(location.search).get('tab'));
  const [tab] =
    Number.isInteger(named) && named > 0
      ? [await browser.tabs.get(named)]
      : await browser.tabs.query({ active: true, currentWindow: true });
  const origin = httpOrigin(tab?.url);
  // Credlens already runs here when the manifest's content script or a site the user enabled
  // covers the page; otherwise the popup offers "Scan this page" and "Enable on this site".
  const registered = await browser.scripting.getRegisteredContentScripts();
  const covered =
    tab?.url !== undefined &&
    coveredBy(
      [
        ...(browser.runtime.getManifest().content_scripts ?? []),
        ...registered.map((script) => ({ matches: script.matches ?? [] })),
      ],
      tab.url,
    );
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
  let blockedOrigins: string[] = [];

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
          candidate === undefined ? undefined : { name: page?.candidate, skills: candidate }
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
        blockedOrigins={blockedOrigins}
        message={message}
        actions={{
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
    ).then(() => {
      const pinned = settings?.roles.find((saved) => saved.id === settings?.pinnedRoleId);
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
    const origins = blockedOrigins;
    // First call in the click handler: a permission request needs the user's gesture.
    const granted = await browser.permissions.request({
      origins: origins.map((origin) => `${origin}/*`),
    });
    if (!granted) {
      message = 'Not allowed: those credentials stay "Could not check".';
      draw();
      return;
    }
    await browser.storage.session.remove(BLOCKED_ORIGINS_KEY);
    blockedOrigins = [];
    await send('clearCache', {});
    await scanPage();
    message = "Allowed. Checking this page's credentials again.";
    draw();
  }

  async function readBlocked(): Promise<string[]> {
    const stored = (await browser.storage.session.get(BLOCKED_ORIGINS_KEY))[BLOCKED_ORIGINS_KEY];
    const parsed = BlockedOriginsSchema.safeParse(stored);
    return parsed.success ? parsed.data : [];
  }

  async function scanPage() {
    if (tab?.id === undefined) return;
    await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [CONTENT_SCRIPT] });
    message = 'Scanning this page once.';
    draw();
  }

  async function enableSite() {
    if (origin === undefined) return;
    const pattern = `${origin}/*`;
    // Must run in the click handler: permission requests need a user gesture.
    const granted = await browser.permissions.request({ origins: [pattern] });
    if (!granted) {
      message = 'Not enabled: the permission was not granted.';
      draw();
      return;
    }
    const id = `site:${origin}`;
    const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
    if (existing.length === 0) {
      await browser.scripting.registerContentScripts([
        {
          id,
          matches: [pattern],
          // Registered scripts take a path relative to the extension root.
          js: [CONTENT_SCRIPT.slice(1)],
          runAt: 'document_idle',
          persistAcrossSessions: true,
        },
      ]);
    }
    await scanPage();
    message = `Enabled on ${origin}. Manage sites in the options.`;
    draw();
  }

  /** Asks the tab's content script what the page holds; undefined where Credlens does not run. */
  async function readPage(): Promise<PageState | undefined> {
    if (tab?.id === undefined) return undefined;
    try {
      const parsed = PageStateSchema.safeParse(
        await browser.tabs.sendMessage(tab.id, PAGE_STATE_REQUEST),
      );
      return parsed.success ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }

  const refresh = async () => {
    page = await readPage();
    if (page === undefined) return false;
    if (page.credentials.length > 0) candidate = candidateSkills(page.credentials, skillMatcher());
    if (page.posting !== undefined && pageRole === undefined)
      pageRole = { ...roleOfPosting(page.posting, skillMatcher()), url: page.url };
    return (candidate?.checking ?? 0) > 0;
  };

  draw();
  [settings, seal, blockedOrigins] = await Promise.all([
    store.read(),
    send('getSeal', {}).then((answer) => answer?.seal),
    readBlocked(),
  ]);
  draw();
  // Badges still checking: follow them until they settle (the popup closes with its page anyway).
  for (let polls = 0; (await refresh()) && polls < POLL_LIMIT; polls++) {
    draw();
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  draw();
}

function httpOrigin(url: string | undefined): string | undefined {
  try {
    const parsed = new URL(url ?? '');
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}
