import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoWorld, startDemoWorld } from '../demo-world';
import { settledBadges } from './badges';
import { DEMO_PORT } from './global-setup';
import {
  type LaunchedExtension,
  launchWithExtension,
  SCREENSHOTS,
  TEST_EXTENSION_DIR,
} from './launch';

const SETTLE = { timeout: 30_000, interval: 250 };

describe('sites Credlens does not cover by default (test build)', () => {
  let world: DemoWorld;
  let browser: LaunchedExtension;

  beforeAll(async () => {
    world = await startDemoWorld({ port: DEMO_PORT });
    browser = await launchWithExtension(TEST_EXTENSION_DIR);
  });

  afterAll(async () => {
    await browser?.close();
    await world?.close();
  });

  const openOtherSite = async () => {
    const page = await browser.context.newPage();
    await page.goto(world.pages.otherSite);
    await page.waitForLoadState('networkidle');
    const tabId = await browser.worker.evaluate(async (url) => {
      const api = (
        globalThis as unknown as {
          chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } };
        }
      ).chrome;
      return (await api.tabs.query({ url }))[0]?.id;
    }, world.pages.otherSite);
    return { page, tabId: tabId as number };
  };

  const expected = () =>
    world.links.filter((link) => link.page === 'github' && link.expected !== 'none').length;

  it('shows nothing until asked, then "Scan this page" marks the credentials once', async () => {
    const { page, tabId } = await openOtherSite();
    expect(await page.locator('credlens-badge').count()).toBe(0);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.getByRole('button', { name: 'Scan this page' }).click();
    await expect
      .poll(async () => (await settledBadges(browser.context, page)).length, SETTLE)
      .toBe(expected());
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup-other-site.png') });
    // Scanning again must not duplicate the badges (one scanner per page).
    await popup.getByRole('button', { name: 'Scan this page' }).click();
    await expect
      .poll(() => popup.getByRole('status').innerText())
      .toContain('Scanning this page once');
    await expect
      .poll(async () => (await settledBadges(browser.context, page)).length, SETTLE)
      .toBe(expected());
    expect(await page.locator('credlens-badge').count()).toBe(expected());
  });

  it('"Enable on this site" keeps Credlens on that site, and the options page can remove it', async () => {
    const { tabId } = await openOtherSite();
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.getByRole('button', { name: 'Enable on this site' }).click();
    await expect
      .poll(() => popup.getByRole('status').innerText(), SETTLE)
      .toContain(`Enabled on ${world.origin}`);
    // A fresh visit now gets badges without asking.
    const { page } = await openOtherSite();
    await expect
      .poll(async () => (await settledBadges(browser.context, page)).length, SETTLE)
      .toBe(expected());
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect
      .poll(() => options.locator('li', { hasText: world.origin }).count(), SETTLE)
      .toBe(1);
    await options
      .locator('li', { hasText: world.origin })
      .getByRole('button', { name: 'Remove' })
      .click();
    await expect
      .poll(() => options.locator('li', { hasText: world.origin }).count(), SETTLE)
      .toBe(0);
    const { page: after } = await openOtherSite();
    expect(await after.locator('credlens-badge').count()).toBe(0);
  });
});
