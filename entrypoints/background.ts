// Background service worker: the composition root that wires browser APIs into lib/background.
// Verification, the queue and the result cache live in lib/; this file only connects them to
// runtime messages and extension storage. Listeners are registered synchronously in main().

import { type Browser, browser, defineBackground } from '#imports';
import { createVerifierService, rewriteToDemoWorld } from '../lib/background';
import type { FetchLike } from '../lib/deps';
import { parseRequest, type RequestOf, type Seal } from '../lib/messaging';
import {
  generateSeal,
  randomBelow,
  readSettings,
  SETTINGS_KEY,
  SETTINGS_VERSION,
} from '../lib/storage';

/** Set only by the test/demo build (CREDLENS_TEST_HOSTS); null in every normal build. */
declare const __CREDLENS_TEST__: { demoOrigin: string } | null;

export default defineBackground(() => {
  const test = __CREDLENS_TEST__;
  const networkFetch: FetchLike = (input, init) => fetch(input, init);
  const service = createVerifierService({
    fetch: test === null ? networkFetch : rewriteToDemoWorld(networkFetch, test.demoOrigin),
    now: () => new Date(),
    // storage.session survives the worker being stopped, and only extension contexts can read it.
    store: {
      get: async (key) => (await browser.storage.session.get(key))[key],
      set: (key, value) => browser.storage.session.set({ [key]: value }),
    },
    insecureLocalhost: test !== null,
  });
  const seal = createSealKeeper();

  browser.runtime.onInstalled.addListener(() => {
    void seal.get();
  });
  browser.runtime.onMessage.addListener(
    (message: unknown, sender: Browser.runtime.MessageSender) => {
      // Policy: only this extension's own content scripts and pages; pages cannot reach us at all
      // (no externally_connectable), and anything malformed is dropped unanswered.
      if (sender.id !== browser.runtime.id) return undefined;
      const request = parseRequest(message);
      if (request === undefined) return undefined;
      // Changing the seal is for the extension's own pages, never for a content script.
      const fromExtensionPage = sender.url?.startsWith(browser.runtime.getURL('/')) === true;
      if (request.type === 'renewSeal' && !fromExtensionPage) return undefined;
      return handle(request);
    },
  );

  async function handle(
    request: RequestOf<'verifyLink'> | RequestOf<'getSeal'> | RequestOf<'renewSeal'>,
  ) {
    if (request.type === 'getSeal') return { seal: await seal.get() };
    if (request.type === 'renewSeal') return { seal: await seal.renew() };
    return service.verifyLink(request.match, request.visible);
  }
});

/** Reads the seal, creating it once; concurrent first calls share one creation. */
function createSealKeeper(): { get(): Promise<Seal>; renew(): Promise<Seal> } {
  let pending: Promise<Seal> | undefined;
  const load = async (): Promise<Seal> => {
    const stored = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
    const read = readSettings(stored);
    if (read.settings !== undefined) {
      if (read.needsWrite) await browser.storage.local.set({ [SETTINGS_KEY]: read.settings });
      return read.settings.seal;
    }
    if (read.unreadable !== undefined)
      await browser.storage.local.set({ [`${SETTINGS_KEY}:unreadable`]: read.unreadable });
    const seal = generateSeal(randomBelow((bytes) => crypto.getRandomValues(bytes)));
    await browser.storage.local.set({ [SETTINGS_KEY]: { version: SETTINGS_VERSION, seal } });
    return seal;
  };
  const get = () => {
    pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
  return {
    get,
    renew: async () => {
      await get();
      const seal = generateSeal(randomBelow((bytes) => crypto.getRandomValues(bytes)));
      await browser.storage.local.set({ [SETTINGS_KEY]: { version: SETTINGS_VERSION, seal } });
      pending = Promise.resolve(seal);
      return seal;
    },
  };
}
