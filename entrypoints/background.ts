// Background service worker: the composition root that wires browser APIs into lib/background.
// Verification, the queue and the result cache live in lib/; this file only connects them to
// runtime messages and extension storage. Listeners are registered synchronously in main().

import { type Browser, browser, defineBackground } from '#imports';
import { extensionUserStore, newSeal } from '../components/ui/extension-store';
import { createVerifierService, rewriteToDemoWorld } from '../lib/background';
import type { FetchLike } from '../lib/deps';
import { issuerStanding } from '../lib/issuers';
import { parseRequest } from '../lib/messaging';
import { SETTINGS_KEY, type Settings } from '../lib/storage';

/** Set only by the test/demo build (CREDLENS_TEST_HOSTS); null in every normal build. */
declare const __CREDLENS_TEST__: { demoOrigin: string } | null;

type Request = NonNullable<ReturnType<typeof parseRequest>>;
/** Requests only the extension's own pages may make, never a content script. */
const PAGE_ONLY: ReadonlySet<Request['type']> = new Set([
  'renewSeal',
  'previewCredential',
  'clearCache',
]);

export default defineBackground(() => {
  const test = __CREDLENS_TEST__;
  const networkFetch: FetchLike = (input, init) => fetch(input, init);
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
  const service = createVerifierService({
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
    standingOf: async (issuerId, lists) =>
      issuerId === undefined
        ? undefined
        : issuerStanding(
            issuerId,
            lists === 'bundled-only' ? { added: [], removed: [] } : await trustLists(),
          ),
    // Hosts failing without permission go on the badge, for the popup to offer (lib/fetch).
    hostGranted: (origin) => browser.permissions.contains({ origins: [`${origin}/*`] }),
    insecureLocalhost: test !== null,
  });

  // A closed tab's waiting links are withdrawn (lib/background/queue.ts); running ones finish.
  browser.tabs.onRemoved.addListener((tabId) => {
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
      const fromExtensionPage = sender.url?.startsWith(browser.runtime.getURL('/')) === true;
      if (PAGE_ONLY.has(request.type) && !fromExtensionPage) return undefined;
      return handle(request, sender.tab?.id);
    },
  );

  async function handle(request: Request, tabId: number | undefined) {
    switch (request.type) {
      case 'getSeal':
        return { seal: (await user.read()).seal };
      case 'renewSeal':
        return { seal: (await user.update((settings) => ({ ...settings, seal: newSeal() }))).seal };
      case 'previewCredential':
        return service.preview(request.input);
      case 'clearCache':
        return { cleared: await service.clearCache() };
      case 'verifyLink':
        return service.verifyLink(request.match, { visible: request.visible, tabId });
    }
  }
});
