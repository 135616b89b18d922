// Launches Debian's Chromium with the built extension through playwright-core (never
// `playwright install`), headless, with a fresh profile, and finds the extension's id.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, type ConsoleMessage, chromium, type Worker } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const EXTENSION_DIR = resolve('.output/chrome-mv3');
/** The test/demo build (CREDLENS_TEST_HOSTS), which may reach the demo world on 127.0.0.1. */
export const TEST_EXTENSION_DIR = resolve('.output-test/chrome-mv3');
export const SCREENSHOTS = resolve('test-results/screenshots');

/**
 * Debian Chromium flags for a machine with no network: without the background-networking and
 * component-update switches Chromium keeps trying (and failing) to reach Google's hosts.
 */
export function chromiumArgs(extensionDir: string): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
  ];
}

export type LaunchedExtension = {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /**
   * Errors the extension's own code logged so far — its pages, badge frames and service worker,
   * CSP violations included (Chromium logs them as console errors where they happen). The page's
   * own errors are the page's business and are not counted.
   */
  extensionErrors: () => string[];
  /** Closes the browser; fails when the extension logged an error (see extensionErrors). */
  close: () => Promise<void>;
};

export async function launchWithExtension(
  extensionDir = EXTENSION_DIR,
  options: { language?: string } = {},
): Promise<LaunchedExtension> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium`);
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'credlens-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: chromiumArgs(extensionDir),
    // The browser's own language, which the extension's follows: on Linux, Chromium reads it
    // from LANGUAGE (and needs chromium-l10n for anything but English).
    ...(options.language === undefined
      ? {}
      : { env: { ...process.env, LANGUAGE: options.language } }),
  });
  const errors: string[] = [];
  const record = (where: string, message: ConsoleMessage) => {
    if (message.type() !== 'error') return;
    const url = message.location().url || where;
    if (url.startsWith('chrome-extension://')) errors.push(`${url}: ${message.text()}`);
  };
  context.on('console', (message) => record(message.page()?.url() ?? '', message));
  context.on('weberror', (error) => {
    const url = error.page()?.url() ?? '';
    if (url.startsWith('chrome-extension://')) errors.push(`${url}: ${String(error.error())}`);
  });
  const watchWorker = (w: Worker) => {
    if (w.url().startsWith('chrome-extension://')) w.on('console', (m) => record(w.url(), m));
  };
  context.serviceWorkers().forEach(watchWorker);
  context.on('serviceworker', watchWorker);
  const worker =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  return {
    context,
    worker,
    extensionId: new URL(worker.url()).host,
    extensionErrors: () => [...errors],
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      if (errors.length > 0)
        throw new Error(`the extension logged ${errors.length} error(s):\n${errors.join('\n')}`);
    },
  };
}

/**
 * The id of the most recent tab showing `url`, asked of the extension's service worker: the
 * popup opened as a page takes it as `?tab=` to act on that tab.
 */
export async function tabIdOf(worker: Worker, url: string): Promise<number> {
  const id = await worker.evaluate(async (target) => {
    const api = (
      globalThis as unknown as {
        chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } };
      }
    ).chrome;
    const tabs = (await api.tabs.query({})).filter((tab) => tab.url === target);
    return tabs.at(-1)?.id;
  }, url);
  if (id === undefined) throw new Error(`no tab shows ${url}`);
  return id;
}
