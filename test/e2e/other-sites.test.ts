import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { settledBadges } from './badges';
import { useDemoSession } from './demo-session';
import { SCREENSHOTS, tabIdOf } from './launch';

const SETTLE = { timeout: 30_000, interval: 250 };

describe('sites Credlens does not cover by default (test build)', () => {
  const session = useDemoSession();

  const openOtherSite = async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.world.pages.otherSite);
    await page.waitForLoadState('networkidle');
    return { page, tabId: await tabIdOf(session.browser.worker, session.world.pages.otherSite) };
  };

  const expected = () =>
    session.world.links.filter((link) => link.page === 'github' && link.expected !== 'none').length;

  it('shows nothing until asked, then "Scan this page" marks the credentials once', async () => {
    const { page, tabId } = await openOtherSite();
    expect(await page.locator('credlens-badge').count()).toBe(0);
    const popup = await session.browser.context.newPage();
    await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.getByRole('button', { name: 'Scan this page' }).click();
    await expect
      .poll(async () => (await settledBadges(session.browser.context, page)).length, SETTLE)
      .toBe(expected());
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup-other-site.png') });
    // Scanning again must not duplicate the badges (one scanner per page).
    await popup.getByRole('button', { name: 'Scan this page' }).click();
    await expect
      .poll(() => popup.getByRole('status').innerText())
      .toContain('Scanning this page once');
    await expect
      .poll(async () => (await settledBadges(session.browser.context, page)).length, SETTLE)
      .toBe(expected());
    expect(await page.locator('credlens-badge').count()).toBe(expected());
  });

  it('"Enable on this site" keeps Credlens on that site, and the options page can remove it', async () => {
    const { tabId } = await openOtherSite();
    const popup = await session.browser.context.newPage();
    await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.getByRole('button', { name: 'Enable on this site' }).click();
    await expect
      .poll(() => popup.getByRole('status').innerText(), SETTLE)
      .toContain(`Enabled on ${session.world.origin}`);
    // A fresh visit now gets badges without asking.
    const { page } = await openOtherSite();
    await expect
      .poll(async () => (await settledBadges(session.browser.context, page)).length, SETTLE)
      .toBe(expected());
    const options = await session.browser.context.newPage();
    await options.goto(`chrome-extension://${session.browser.extensionId}/options.html`);
    await expect
      .poll(() => options.locator('li', { hasText: session.world.origin }).count(), SETTLE)
      .toBe(1);
    await options
      .locator('li', { hasText: session.world.origin })
      .getByRole('button', { name: /^Remove / })
      .click();
    await expect
      .poll(() => options.locator('li', { hasText: session.world.origin }).count(), SETTLE)
      .toBe(0);
    const { page: after } = await openOtherSite();
    expect(await after.locator('credlens-badge').count()).toBe(0);
  });

  it('offers to allow hosts a credential needed but Credlens had no permission for, then checks again', async () => {
    const { browser, world } = session;
    const page = await browser.context.newPage();
    await page.goto(world.pages.profile);
    const expectedCount = world.links.filter(
      (link) => link.page === 'profile' && link.expected !== 'none',
    ).length;
    await expect
      .poll(async () => (await settledBadges(browser.context, page)).length, SETTLE)
      .toBe(expectedCount);
    // What the worker records when such a host fails (lib/fetch/host-access.ts). Hosts this
    // build already holds, so the permission request answers at once without a prompt.
    const recordBlocked = (origins: string[]) =>
      browser.worker.evaluate(async (blockedOrigins) => {
        const api = (
          globalThis as unknown as {
            chrome: { storage: { session: { set(items: object): Promise<void> } } };
          }
        ).chrome;
        await api.storage.session.set({ blockedOrigins });
      }, origins);
    await recordBlocked([
      'https://api.credly.com',
      'https://www.credly.com',
      'javascript:alert(1)',
    ]);
    const popup = await browser.context.newPage();
    await popup.goto(
      `chrome-extension://${browser.extensionId}/popup.html?tab=${await tabIdOf(browser.worker, world.pages.profile)}`,
    );
    // A malformed entry makes the whole stored list untrusted: nothing is offered.
    await expect
      .poll(() => popup.getByRole('heading', { name: 'Credentials' }).count(), SETTLE)
      .toBe(1);
    expect(await popup.getByText('Some credentials could not be checked').count()).toBe(0);
    await recordBlocked(['https://api.credly.com', 'https://www.credly.com']);
    await popup.reload();
    const panel = popup.getByRole('region', { name: 'Some credentials could not be checked' });
    await expect.poll(() => panel.count(), SETTLE).toBe(1);
    expect(
      await panel
        .getByRole('list', { name: 'Sites to allow' })
        .getByRole('listitem')
        .allInnerTexts(),
    ).toEqual(['api.credly.com', 'www.credly.com']);
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup-allow-hosts.png'), fullPage: true });
    await panel.getByRole('button', { name: 'Allow access and check again' }).click();
    await expect
      .poll(() => popup.getByRole('status').innerText(), SETTLE)
      .toBe("Allowed. Checking this page's credentials again.");
    const remaining = await browser.worker.evaluate(async () => {
      const api = (
        globalThis as unknown as {
          chrome: { storage: { session: { get(key: string): Promise<Record<string, unknown>> } } };
        }
      ).chrome;
      return (await api.storage.session.get('blockedOrigins')).blockedOrigins;
    });
    expect(remaining).toBeUndefined();
    // The page was scanned again from a cleared cache: every badge comes back final.
    await expect
      .poll(async () => (await settledBadges(browser.context, page)).length, SETTLE)
      .toBe(expectedCount);
    expect(await page.locator('credlens-badge').count()).toBe(expectedCount);
  });
});
