// The popup's dealings with the browser about the tab it was opened on: which tab, whether
// Credlens already runs there, asking its content script what the page holds, scanning it once,
// enabling the site for good, and the host permissions the worker found missing. Every answer
// from another context is parsed before use.
import * as z from 'zod/mini';
import { type Browser, browser } from '#imports';
import { BLOCKED_ORIGINS_KEY, MAX_BLOCKED_ORIGINS } from '../../lib/fetch';
import { PAGE_STATE_REQUEST, type PageState, PageStateSchema } from '../../lib/messaging';
import { coveredBy } from '../../lib/sites';

const CONTENT_SCRIPT = '/content-scripts/recruiting.js';
/** What the worker stores: https origins only (anything else is ignored, never requested). */
const BlockedOriginsSchema = z
  .array(z.string().check(z.regex(/^https:\/\/[a-z0-9.-]+(:\d+)?$/i)))
  .check(z.maxLength(MAX_BLOCKED_ORIGINS));

export type PopupTab = {
  tab: Browser.tabs.Tab | undefined;
  /** The page's http(s) origin, if it has one. */
  origin: string | undefined;
  /** Credlens already runs here (the manifest's content script or a site the user enabled). */
  covered: boolean;
};

/**
 * The tab to act on: the active one, or `?tab=<id>` when the popup is opened as a page (the
 * end-to-end tests do; only the extension itself can open its pages).
 */
export async function popupTab(): Promise<PopupTab> {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  const [tab] =
    Number.isInteger(named) && named > 0
      ? [await browser.tabs.get(named)]
      : await browser.tabs.query({ active: true, currentWindow: true });
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
  return { tab, origin: httpOrigin(tab?.url), covered };
}

/** Asks the tab's content script what the page holds; undefined where Credlens does not run. */
export async function readPageState(tabId: number | undefined): Promise<PageState | undefined> {
  if (tabId === undefined) return undefined;
  try {
    const parsed = PageStateSchema.safeParse(
      await browser.tabs.sendMessage(tabId, PAGE_STATE_REQUEST),
    );
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Runs the content script on the tab once (activeTab); a second run replaces the first. */
export async function scanTab(tabId: number | undefined): Promise<void> {
  if (tabId === undefined) return;
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
}

/**
 * Asks for `origin`'s permission and registers the content script there for good. Must be
 * called first thing in a click handler: permission requests need the user's gesture.
 */
export async function enableOrigin(origin: string): Promise<boolean> {
  const pattern = `${origin}/*`;
  // Throws for an origin the manifest cannot ask for (plain http): the caller says why.
  if (!(await browser.permissions.request({ origins: [pattern] }))) return false;
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
  return true;
}

/** Hosts the worker could not reach for want of permission (lib/fetch/host-access.ts). */
export async function readBlockedOrigins(): Promise<string[]> {
  const stored = (await browser.storage.session.get(BLOCKED_ORIGINS_KEY))[BLOCKED_ORIGINS_KEY];
  const parsed = BlockedOriginsSchema.safeParse(stored);
  return parsed.success ? parsed.data : [];
}

/** Forgets the hosts the worker noted (the user said "Not now"). */
export async function forgetBlockedOrigins(): Promise<void> {
  await browser.storage.session.remove(BLOCKED_ORIGINS_KEY);
}

/** Asks for `origins` (first thing in a click handler) and forgets them once granted. */
export async function allowOrigins(origins: string[]): Promise<boolean> {
  const granted = await browser.permissions.request({
    origins: origins.map((origin) => `${origin}/*`),
  });
  if (granted) await browser.storage.session.remove(BLOCKED_ORIGINS_KEY);
  return granted;
}

function httpOrigin(url: string | undefined): string | undefined {
  try {
    const parsed = new URL(url ?? '');
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}
