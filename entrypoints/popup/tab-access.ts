// The popup's dealings with the browser about the tab it was opened on: which tab, whether
// Credlens already runs there, asking its content script what the page holds, scanning it once,
// enabling the site for good, and asking for the hosts its credentials could not reach. Every
// answer from another context is parsed before use.
import { type Browser, browser } from '#imports';
import { PAGE_STATE_REQUEST, type PageState, PageStateSchema } from '../../lib/messaging';
import { coveredBy } from '../../lib/sites';
import { siteOfTab } from './untouched';

const CONTENT_SCRIPT = '/content-scripts/recruiting.js';
export type PopupTab = {
  tab: Browser.tabs.Tab | undefined;
  /** The page's http(s) origin, if it has one. */
  origin: string | undefined;
  /** Credlens already runs here (the manifest's content script or a site the user enabled). */
  covered: boolean;
  /** The page's site as page-untouched choices name it (untouched.ts). */
  site?: string | undefined;
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
  return { tab, origin: httpOrigin(tab?.url), covered, site: siteOfTab(tab?.url) };
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

/** Asks the tab's content script to act (show a credential, check more); false on no answer. */
export async function askPage(
  tabId: number | undefined,
  request: { type: 'credlens:reveal'; ref: string } | { type: 'credlens:checkMore' },
): Promise<boolean> {
  if (tabId === undefined) return false;
  try {
    return (await browser.tabs.sendMessage(tabId, request)) !== undefined;
  } catch {
    return false;
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

/** Asks for `origins`; first thing in a click handler (permission requests need a gesture). */
export function allowOrigins(origins: string[]): Promise<boolean> {
  return browser.permissions.request({ origins: origins.map((origin) => `${origin}/*`) });
}

function httpOrigin(url: string | undefined): string | undefined {
  try {
    const parsed = new URL(url ?? '');
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}
