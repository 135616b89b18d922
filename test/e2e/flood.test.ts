// A page that floods Credlens: 5,000 credential-looking links, 120 of them to a server that
// never answers, and 5,000 more added later. Credlens checks 300 per page, lists the rest as
// not checked (with a way to check them), and keeps another tab's badges fast.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settledBadges } from './badges';
import { useDemoSession } from './demo-session';
import { type FloodServer, LINKS, startFloodServer } from './flood-server';
import { SCREENSHOTS, tabIdOf } from './launch';

const SETTLE = { timeout: 30_000, interval: 100 };

describe('a page with thousands of links (test build)', () => {
  const session = useDemoSession();
  let flood: FloodServer;

  beforeAll(async () => {
    flood = await startFloodServer();
  });

  afterAll(async () => {
    await flood?.server.close();
  });

  const credentialRequests = () => flood.credentialRequests();

  it("checks 300 links, lists the rest, and another tab's badges stay fast", async () => {
    const { browser, world } = session;
    const page = await browser.context.newPage();
    await page.goto(flood.page);
    // Once the flood is under way, a recruiter opens a profile in another tab.
    await expect.poll(credentialRequests, SETTLE).toBeGreaterThan(10);
    const profile = await browser.context.newPage();
    const expected = world.links.filter(
      (link) => link.page === 'katherine' && link.expected !== 'none',
    ).length;
    const started = Date.now();
    await profile.goto(world.pages.katherineProfile);
    await expect
      .poll(async () => (await settledBadges(browser.context, profile)).length, SETTLE)
      .toBe(expected);
    const allFinalMs = Date.now() - started;
    console.log(`other tab all final under the flood: ${allFinalMs} ms`);
    expect(allFinalMs).toBeLessThan(3_000);

    // 5,000 more links arrive: still no more than the cap is ever fetched.
    await page.evaluate((count) => {
      const more = document.createElement('section');
      for (let index = 0; index < count; index++) {
        const link = document.createElement('a');
        link.href = `/c/more-${index}.json`;
        link.textContent = `More ${index}`;
        more.append(link, ' ');
      }
      document.body.append(more);
    }, LINKS);
    await page.waitForTimeout(1_500);
    expect(credentialRequests()).toBeLessThanOrEqual(300);

    // The popup, the trusted surface, says how many were not checked and offers to check more.
    const tabId = await tabIdOf(browser.worker, flood.page);
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 400, height: 900 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    const heading = popup.getByRole('heading', { name: /more credential links not checked/ });
    await expect.poll(() => heading.innerText(), SETTLE).toMatch(/^9\d{3} more credential/);
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup-flood.png'), fullPage: true });
    const before = credentialRequests();
    await popup.getByRole('button', { name: /^Check 300 more$/ }).click();
    await expect.poll(credentialRequests, SETTLE).toBeGreaterThan(before);
    await popup.close();
    await page.close();
    await profile.close();
  });
});
