// Background service worker: the composition root that wires browser APIs into lib/background.
// Verification, the queue and the result cache live in lib/; this file only connects them to
// runtime messages and extension storage. Listeners are registered synchronously in main().

import { type Browser, browser, defineBackground } from '#imports';
import {
  createBadgeRegistry,
  createVerifierService,
  rewriteToDemoWorld,
  toolbarBadge,
} from '../lib/background';
import type { FetchLike } from '../lib/deps';
import { extensionUserStore, newSeal } from '../lib/extension';
import { blockedHostsRules } from '../lib/fetch';
import { holderCheckOf, withHolderCheck } from '../lib/holder';
import { issuerStanding } from '../lib/issuers';
import { parseRequest } from '../lib/messaging';
import { checkingView } from '../lib/present';
import { sayWith } from '../lib/shared/words';
import { SETTINGS_KEY, type Settings } from '../lib/storage';

/** Set only by the test/demo build (CREDLENS_TEST_HOSTS); null in every normal build. */
declare const __CREDLENS_TEST__: { demoOrigin: string } | null;

type Request = NonNullable<ReturnType<typeof parseRequest>>;
/** Requests only the extension's own pages may make, never a content script. */
const PAGE_ONLY: ReadonlySet<Request['type']> = new Set([
  'renewSeal',
  'previewCredential',
  'clearCache',
  'getSeal',
  'tabStatus',
  'setHolderEmail',
]);
/** Requests only badge frames may make: the seal and verdicts go nowhere else in a tab. */
const FRAME_ONLY: ReadonlySet<Request['type']> = new Set(['badgeView']);
/** Requests only content scripts may make (they speak for the tab they run in). */
const CONTENT_ONLY: ReadonlySet<Request['type']> = new Set(['verifyLink', 'tabReport']);

export default defineBackground(() => {
  const test = __CREDLENS_TEST__;
  // Policy: the browser follows redirects itself (lib/fetch/safe-fetch.ts), so its hops to
  // private hosts are refused in the browser too (lib/fetch/blocked-hosts-rules.ts). Session
  // rules vanish with the browser session, so every worker start installs them; no fetch leaves
  // before they are in, and none at all if they were refused (fail closed, logged).
  const hostRules = browser.declarativeNetRequest.updateSessionRules(
    blockedHostsRules({
      extensionHost: new URL(browser.runtime.getURL('/')).hostname,
      allowLoopback: test !== null,
    }),
  );
  void hostRules.catch((error: unknown) => console.error('private-host rules refused', error));
  const networkFetch: FetchLike = (input, init) => hostRules.then(() => fetch(input, init));
  // The same store, storage area and cross-context lock as the extension's pages.
  const user = extensionUserStore();
  // The trust lists, read once and again only after the user's settings change: every badge
  // answer needs them, and a page can ask for dozens at once.
  let trust: Promise<Settings['trustedIssuers']> | undefined;
  const trustLists = () => {
    if (trust === undefined) {
      trust = user.read().then((settings) => settings.trustedIssuers);
      // A failed read is not remembered: the next answer reads again.
      trust.catch(() => {
        trust = undefined;
      });
    }
    return trust;
  };
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETTINGS_KEY in changes) trust = undefined;
  });
  // Every sentence the worker words, in the browser's language; English for anything a
  // catalogue lacks.
  const say = sayWith(
    (key, substitutions) => browser.i18n.getMessage(key, substitutions),
    browser.i18n.getUILanguage(),
  );
  const service = createVerifierService({
    say,
    fetch: test === null ? networkFetch : rewriteToDemoWorld(networkFetch, test.demoOrigin),
    now: () => new Date(),
    // storage.session survives the worker being stopped, and only extension contexts can read it.
    store: {
      get: async (key) => (await browser.storage.session.get(key))[key],
      set: (key, value) => browser.storage.session.set({ [key]: value }),
      removePrefix: async (prefix) => {
        const keys = Object.keys(await browser.storage.session.get(null)).filter((key) =>
          key.startsWith(prefix),
        );
        await browser.storage.session.remove(keys);
        return keys.length;
      },
    },
    // Read for every answer: the user may have just trusted or untrusted the issuer.
    standingOf: async (issuerId, lists, issuerName) =>
      issuerId === undefined
        ? undefined
        : issuerStanding(
            issuerId,
            lists === 'bundled-only' ? { added: [], removed: [] } : await trustLists(),
            issuerName,
          ),
    // Hosts failing without permission go on the badge, for the popup to offer (lib/fetch).
    hostGranted: (origin) => browser.permissions.contains({ origins: [`${origin}/*`] }),
    insecureLocalhost: test !== null,
  });

  // Every inline badge: its tab, its view, the one frame that may show it (lib/background).
  const badges = createBadgeRegistry({
    get: async (key) => (await browser.storage.session.get(key))[key],
    set: (key, value) => browser.storage.session.set({ [key]: value }),
    remove: (keys) => browser.storage.session.remove(keys),
  });
  // The toolbar is a surface the page cannot reach: this tab's counts, and "!" on interference.
  const toolbarTimers = new Map<number, ReturnType<typeof setTimeout>>();
  const showToolbar = (tabId: number) => {
    clearTimeout(toolbarTimers.get(tabId));
    toolbarTimers.set(
      tabId,
      setTimeout(async () => {
        toolbarTimers.delete(tabId);
        const badge = toolbarBadge(await badges.summary(tabId), say);
        const action = browser.action;
        await Promise.all([
          action.setBadgeText({ tabId, text: badge.text }),
          action.setBadgeBackgroundColor({ tabId, color: badge.color }),
          action.setTitle({ tabId, title: badge.title }),
        ]).catch(() => undefined);
      }, 100),
    );
  };
  /**
   * The candidate's email the recruiter typed in the popup, per tab: storage.session is held in
   * memory for this browser session only, never written to disk, synced or exported.
   */
  const EMAIL_KEY = 'holderEmail:';
  const holderEmail = async (tabId: number): Promise<string | undefined> => {
    const value = (await browser.storage.session.get(`${EMAIL_KEY}${tabId}`))[
      `${EMAIL_KEY}${tabId}`
    ];
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  browser.tabs.onRemoved.addListener((tabId) => {
    void browser.storage.session.remove(`${EMAIL_KEY}${tabId}`);
    void badges.forgetTab(tabId);
    // Its waiting links are withdrawn from the queue (lib/background/queue.ts); running ones finish.
    service.cancelTab(tabId);
  });

  browser.runtime.onInstalled.addListener(() => {
    void user.read();
  });
  browser.runtime.onMessage.addListener(
    (message: unknown, sender: Browser.runtime.MessageSender) => {
      // Policy: only this extension's own content scripts and pages; pages cannot reach us at all
      // (no externally_connectable), and anything malformed is dropped unanswered.
      if (sender.id !== browser.runtime.id) return undefined;
      const request = parseRequest(message);
      if (request === undefined) return undefined;
      const fromExtension = sender.url?.startsWith(browser.runtime.getURL('/')) === true;
      const fromFrame =
        fromExtension && sender.url?.startsWith(browser.runtime.getURL('/badge.html')) === true;
      const fromExtensionPage = fromExtension && !fromFrame;
      // A content script runs in a tab on a web page; Firefox also sets `tab` for an extension
      // page shown in a tab, so the URL decides.
      const fromContent = sender.tab?.id !== undefined && !fromExtension;
      if (PAGE_ONLY.has(request.type) && !fromExtensionPage) return undefined;
      if (FRAME_ONLY.has(request.type) && !(fromFrame && sender.tab?.id !== undefined))
        return undefined;
      if (CONTENT_ONLY.has(request.type) && !fromContent) return undefined;
      return handle(request, sender);
    },
  );

  async function handle(request: Request, sender: Browser.runtime.MessageSender) {
    const tabId = sender.tab?.id ?? -1;
    const frame = {
      tabId,
      frameId: sender.frameId ?? 0,
      documentId: (sender as { documentId?: string }).documentId,
    };
    switch (request.type) {
      case 'getSeal':
        return { seal: (await user.read()).seal };
      case 'renewSeal':
        return { seal: (await user.update((settings) => ({ ...settings, seal: newSeal() }))).seal };
      case 'previewCredential':
        return service.preview(request.input);
      case 'clearCache':
        return { cleared: await service.clearCache() };
      case 'verifyLink': {
        const { token, instance } = request;
        if (token !== undefined && instance !== undefined) {
          const owner = { tabId, frameId: sender.frameId ?? 0, instance };
          const label = request.label ?? request.match.label;
          if (
            !(await badges.register(token, owner, label, checkingView(request.match, label, say)))
          )
            return undefined;
          showToolbar(tabId);
        }
        const verified = await service.verifyLink(request.match, {
          visible: request.visible,
          tabId: sender.tab?.id,
        });
        // Whose is it? Decided for this page, never cached with the verdict (lib/holder).
        const outcome =
          'view' in verified
            ? {
                view: withHolderCheck(
                  verified.view,
                  holderCheckOf(
                    {
                      evidence: verified.view.holder,
                      person: request.person,
                      email: await holderEmail(tabId),
                    },
                    say,
                  ),
                  say,
                ),
              }
            : verified;
        if (token !== undefined && 'view' in outcome) {
          await badges.update(token, outcome.view);
          showToolbar(tabId);
        }
        return outcome;
      }
      case 'badgeView': {
        const redeemed = await badges.redeem(request.token, frame);
        if (!redeemed.ok) return { refused: redeemed.reason };
        const { view, label } = redeemed.entry;
        return { view, label, seal: (await user.read()).seal };
      }
      case 'tabReport':
        await badges.report(
          tabId,
          request.instance,
          request.live,
          request.interference,
          request.untouched === true,
        );
        showToolbar(tabId);
        return { ok: true as const };
      case 'setHolderEmail': {
        const key = `${EMAIL_KEY}${request.tabId}`;
        const email = request.email.trim();
        if (email === '') await browser.storage.session.remove(key);
        else await browser.storage.session.set({ [key]: email });
        // The page asks again for every badge, and each answer carries the new check.
        await browser.tabs
          .sendMessage(request.tabId, { type: 'credlens:recheck' })
          .catch(() => undefined);
        return { ok: true as const };
      }
      case 'tabStatus': {
        const summary = await badges.summary(request.tabId);
        return { total: summary.total, counts: summary.counts, interference: summary.interference };
      }
    }
  }
});
