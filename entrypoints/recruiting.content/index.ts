// Content script for recruiting sites: detects credential links and shows a badge beside each.
// Detection is lib/detect; verification happens in the service worker; badges are extension
// frames (badge-host.ts). This bundle stays small and holds no crypto, JSON-LD or UI code.
//
// Lifecycle without anything a page can forge: WXT's context invalidates itself on a DOM event
// and announces itself with window.postMessage, so a page could replay either to switch
// Credlens off. Instead, the running instance is kept in this script's isolated world (a second
// injection replaces the first), the extension's own liveness is read from `runtime.id`, and
// single-page navigation is read from `location`, which a page cannot fake.
//
// Page-untouched mode (issue 15): before anything is scanned, the user's settings say whether
// this site's pages may be changed at all (linkedin.com by default may not). A switch in the
// popup or options restarts the scanner in the new mode; the page is never touched meanwhile.

import { type Browser, browser, defineContentScript } from '#imports';
import { readPagePerson } from '../../lib/holder/page-person';
import type { PagePerson } from '../../lib/holder/types';
import {
  CheckMoreRequestSchema,
  createMessenger,
  PageStateRequestSchema,
  RecheckRequestSchema,
  RevealRequestSchema,
} from '../../lib/messaging';
import { newToken } from '../../lib/messaging/frame';
import { sayThrough } from '../../lib/shared/words';
import { RECRUITING_SITE_MATCHES } from '../../lib/sites';
import { SETTINGS_KEY } from '../../lib/storage/key';
import { isUntouched, siteOfUrl, untouchedChoicesOf } from '../../lib/storage/page-untouched';
import { type PageScanner, startPageScanner } from './page-scanner';
import { readPageState } from './page-state';

/** How often the script looks for single-page navigation and for its extension going away. */
const TICK_MS = 400;
const INSTANCE = Symbol.for('credlens.contentScript');

/** Set only by the test/demo build (CREDLENS_TEST_HOSTS); null in every normal build. */
declare const __CREDLENS_TEST__: { siteAliases: Record<string, string> } | null;

type Instance = { stop(): void };
type IsolatedGlobal = typeof globalThis & { [INSTANCE]?: Instance };

export default defineContentScript({
  matches: [...RECRUITING_SITE_MATCHES],
  runAt: 'document_idle',
  main() {
    const world = globalThis as IsolatedGlobal;
    // Injected again ("Scan this page" twice): one scanner per page, the newest.
    world[INSTANCE]?.stop();
    world[INSTANCE] = start();
  },
});

function start(): Instance {
  const send = createMessenger((message) => browser.runtime.sendMessage(message));
  // Words straight from browser.i18n: the content script carries no catalogue of its own.
  const say = sayThrough(
    (key, substitutions) => browser.i18n.getMessage(key, substitutions),
    browser.i18n.getUILanguage(),
  );
  // The person the page is about, read again at most once a second (pages render it late).
  let person: { at: number; value: PagePerson | undefined } | undefined;
  const personOf = () => {
    if (person === undefined || Date.now() - person.at > 1_000)
      person = { at: Date.now(), value: readPagePerson(document as never, new URL(location.href)) };
    return person.value;
  };
  // The test build lets a loopback host stand for a real site (wxt.config.ts).
  const site = siteOfUrl(location.href, __CREDLENS_TEST__?.siteAliases ?? {});
  const untouchedBy = (stored: unknown) =>
    site !== undefined && isUntouched(untouchedChoicesOf(stored), site);
  let scanner: PageScanner | undefined;
  let untouched: boolean | undefined;
  let stopped = false;
  /** (Re)starts the scanner when the mode is new; a run never changes mode midway. */
  const run = (next: boolean) => {
    if (stopped || next === untouched) return;
    untouched = next;
    scanner?.stop();
    scanner = startPageScanner({ send, instance: newToken(), personOf, untouched: next, say });
  };
  // Policy: nothing is scanned or added before the mode is known; an unreadable store means the
  // defaults (linkedin.com untouched).
  void browser.storage.local
    .get(SETTINGS_KEY)
    .then((items) => items[SETTINGS_KEY])
    .catch(() => undefined)
    // A change that arrived meanwhile is newer than this read: it stands.
    .then((stored) => {
      if (untouched === undefined) run(untouchedBy(stored));
    });
  const settingsChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes)
      run(untouchedBy(changes[SETTINGS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(settingsChanged);
  let url = location.href;
  const own = browser.runtime.getURL('/');
  // The popup asks what this page holds, or to show one credential. Only the extension's own
  // pages may ask (Firefox sets `sender.tab` for an extension page shown in a tab, so the
  // sender's URL is what counts).
  const answer = (message: unknown, sender: Browser.runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id || sender.url?.startsWith(own) !== true) return undefined;
    // Not started yet (the settings are being read): no answer, and the popup asks again.
    if (scanner === undefined) return undefined;
    if (PageStateRequestSchema.safeParse(message).success)
      return Promise.resolve(readPageState(scanner, personOf()));
    const reveal = RevealRequestSchema.safeParse(message);
    if (reveal.success) return Promise.resolve({ revealed: scanner.reveal(reveal.data.ref) });
    if (RecheckRequestSchema.safeParse(message).success) {
      scanner.recheck();
      return Promise.resolve({ ok: true });
    }
    if (CheckMoreRequestSchema.safeParse(message).success) {
      scanner.checkMore();
      return Promise.resolve({ ok: true });
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(answer);
  const tick = setInterval(() => {
    // The extension was updated, reloaded or disabled: this script is an orphan.
    if (browser.runtime?.id === undefined) {
      stop();
      return;
    }
    // LinkedIn and others are single-page apps: a new "page" arrives without a load.
    if (location.href !== url) {
      url = location.href;
      scanner?.rescan();
    }
  }, TICK_MS);
  const stop = () => {
    stopped = true;
    clearInterval(tick);
    scanner?.stop();
    try {
      browser.storage.onChanged.removeListener(settingsChanged);
      browser.runtime.onMessage.removeListener(answer);
    } catch {
      // The extension context is already gone.
    }
  };
  return { stop };
}
