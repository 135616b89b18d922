// A page that floods Credlens: 5,000 credential-looking links, 120 of them to a server that
// never answers, and 5,000 more added later. Credlens checks 300 per page, lists the rest as
// not checked (with a way to check them), and keeps another tab's badges fast.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalServer, type RouteTable, startLocalServer } from '../helpers/local-server';
import { settledBadges } from './badges';
import { useDemoSession } from './demo-session';
import { SCREENSHOTS, tabIdOf } from './launch';

const SETTLE = { timeout: 30_000, interval: 100 };
const HANGING = 120;
const LINKS = 5_000;

describe('a page with thousands of links (test build)', () => {
  const session = useDemoSession();
  let flood: LocalServer;

  beforeAll(async () => {
    const routes: RouteTable = {
      '/flood': {
        headers: { 'content-type': 'text/html; charset=utf-8' },
        body: floodPage(),
      },
    };
    // Never answers within the test: a server that accepted the connection and went silent.
    for (let index = 0; index < HANGING; index++)
      routes[`/hang/${index}.json`] = { delayMs: 120_000, body: '{}' };
    flood = await startLocalServer(routes);
  });

  afterAll(async () => {
    await flood?.close();
  });

  const credentialRequests = () =>
    flood.requests.filter((request) => /^\/(hang|c)\//.test(request.path)).length;

  it("checks 300 links, lists the rest, and another tab's badges stay fast", async () => {
    const { browser, world } = session;
    const page = await browser.context.newPage();
    await page.goto(`${flood.url}/flood`);
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
    const tabId = await tabIdOf(browser.worker, `${flood.url}/flood`);
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

/** The never-answering links first (they are checked), then thousands that 404. */
function floodPage(): string {
  const hanging = Array.from(
    { length: HANGING },
    (_, index) => `<a href="/hang/${index}.json">Credential ${index}</a>`,
  );
  const plain = Array.from(
    { length: LINKS - HANGING },
    (_, index) => `<a href="/c/${index}.json">Certificate ${index}</a>`,
  );
  return `<!doctype html><html><head><title>Flood</title></head><body><main><h1>Flood</h1>${[
    ...hanging,
    ...plain,
  ].join(' ')}</main></body></html>`;
}
