// Popup composition root: the seal from the worker, and the page actions for sites Credlens does
// not cover by default ("Scan this page" uses activeTab once; "Enable on this site" asks for the
// site's host permission and registers the content script there).
import { render } from 'preact';
import { browser } from '#imports';
import { PopupShell } from '../../components/popup/popup-shell';
import { createMessenger, type Seal } from '../../lib/messaging';
import { RECRUITING_SITE_MATCHES } from '../../lib/sites';

const CONTENT_SCRIPT = '/content-scripts/recruiting.js';
const root = document.getElementById('app');

if (root) void start(root);

async function start(root: HTMLElement) {
  const send = createMessenger((message) => browser.runtime.sendMessage(message));
  // `?tab=<id>` names the tab to act on when the popup is opened as a page (end-to-end tests);
  // only the extension itself can open its pages.
  const named = Number(new URLSearchParams(location.search).get('tab'));
  const [tab] =
    Number.isInteger(named) && named > 0
      ? [await browser.tabs.get(named)]
      : await browser.tabs.query({ active: true, currentWindow: true });
  const origin = httpOrigin(tab?.url);
  const covered =
    origin !== undefined &&
    RECRUITING_SITE_MATCHES.some((pattern) => matchesOrigin(pattern, origin));
  let seal: Seal | undefined;
  let message: string | undefined;
  const draw = () =>
    render(
      <PopupShell
        seal={seal}
        otherSite={covered ? undefined : origin}
        message={message}
        actions={origin === undefined ? undefined : { scanPage, enableSite }}
      />,
      root,
    );

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

  draw();
  seal = (await send('getSeal', {}))?.seal;
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

function matchesOrigin(pattern: string, origin: string): boolean {
  const host = pattern.replace(/^https:\/\//, '').replace(/\/\*$/, '');
  const target = new URL(origin);
  if (target.protocol !== 'https:') return false;
  return host.startsWith('*.') ? target.hostname.endsWith(host.slice(1)) : target.hostname === host;
}
