// Page-untouched mode in Chromium (issue 15) on the LinkedIn-like demo profile served from
// localhost, which the test build takes for linkedin.com (untouched by default). The page's own
// MutationObserver, installed before the content script runs, records no change at all while
// the popup, the side panel and the toolbar give every credential its verdict; "Show" scrolls
// the page to the link without marking it; the notice explains it once; switching the mode off
// for the site brings the badges back (and the observer sees them: it does record changes), and
// switching it on again in the options takes them away.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { DemoLink } from '../demo-world';
import { BADGE_HOST, headlineFor, settledBadges } from './badges';
import { useDemoSession } from './demo-session';
import { SCREENSHOTS, tabIdOf } from './launch';

const SETTLE = { timeout: 30_000, interval: 250 };

/** The pill each verdict shows in the popup's list (icon and words). */
const PILLS: Record<Exclude<DemoLink['expected'], 'none'>, RegExp> = {
  verified: /^✔ Verified$/,
  confirmed: /^☑ Confirmed by \S/,
  expired: /^◷ Expired$/,
  revoked: /^⊘ Revoked$/,
  invalid: /^✘ Invalid$/,
  misattributed: /^≠ Someone else’s$/,
  unverifiable: /^\? Could not check$/,
};

describe('page-untouched mode on a LinkedIn-like page (Chromium, test build)', () => {
  const session = useDemoSession();
  let page: Page;
  let tabId: number;
  let url: string;

  const expected = () =>
    session.world.links.filter((link) => link.page === 'profile' && link.expected !== 'none');
  /** Every change the page's own observer recorded since the document was parsed. */
  const mutations = () =>
    page.evaluate(() =>
      JSON.stringify((window as unknown as { __pageMutations: unknown[] }).__pageMutations),
    );
  const extensionPage = async (path: string) => {
    const opened = await session.browser.context.newPage();
    await opened.setViewportSize({ width: 400, height: 900 });
    await opened.goto(`chrome-extension://${session.browser.extensionId}/${path}?tab=${tabId}`);
    return opened;
  };
  /** The credentials an extension page lists, as "<pill> <name>". */
  const listed = (view: Page) =>
    view.evaluate(() =>
      [...document.querySelectorAll('#candidate-heading ~ ul.plain > li')].map(
        (li) =>
          `${li.querySelector('.pill')?.textContent?.trim()} ${li.querySelector('.credential-name')?.textContent?.trim()}`,
      ),
    );
  const expectVerdicts = async (view: Page) => {
    await expect
      .poll(() => view.locator('body').innerText(), SETTLE)
      .toContain(`All ${expected().length} credentials checked.`);
    const rows = await listed(view);
    expect(rows).toHaveLength(expected().length);
    for (const link of expected()) {
      if (link.expected === 'none') continue;
      const row = rows.find((entry) => entry.endsWith(` ${link.name}`));
      expect(
        row?.slice(0, -link.name.length - 1),
        `${link.name} in ${JSON.stringify(rows)}`,
      ).toMatch(PILLS[link.expected]);
    }
  };
  /** The toolbar's badge text or title for the page's tab, as the worker set it. */
  const toolbar = (what: 'getBadgeText' | 'getTitle') => () =>
    session.browser.worker.evaluate(
      ([id, method]) =>
        (
          globalThis as unknown as {
            chrome: { action: Record<string, (details: object) => Promise<string>> };
          }
        ).chrome.action[method]?.({ tabId: id }),
      [tabId, what] as const,
    );
  const toolbarText = toolbar('getBadgeText');
  const toolbarTitle = toolbar('getTitle');

  it('changes nothing in the page, while the popup lists every verdict and the toolbar agrees', async () => {
    url = session.world.pages.profile.replace('//127.0.0.1:', '//localhost:');
    page = await session.browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(url);
    await page.waitForLoadState('load');
    tabId = await tabIdOf(session.browser.worker, url);
    const popup = await extensionPage('popup.html');
    await expectVerdicts(popup);
    await expect.poll(toolbarText, SETTLE).toBe(String(expected().length));
    // The toolbar says where the verdicts are, since the page shows none.
    await expect.poll(toolbarTitle, SETTLE).toContain('this site is left untouched');
    // Checked and reported, yet the page holds no host, no frame, and its observer saw nothing.
    expect(await mutations()).toBe('[]');
    expect(await page.locator(BADGE_HOST).count()).toBe(0);
    expect(page.frames()).toHaveLength(1);
    await expect
      .poll(() => popup.getByRole('region', { name: 'No badges on linkedin.com' }).count())
      .toBe(1);
    await popup.screenshot({ path: join(SCREENSHOTS, 'untouched-popup.png'), fullPage: true });
    // caret 'initial': Playwright would otherwise restyle the page's inputs for the picture.
    await page.screenshot({ path: join(SCREENSHOTS, 'untouched-page.png'), caret: 'initial' });
    await popup.close();
  });

  it('explains the mode once: "Got it" is remembered', async () => {
    const popup = await extensionPage('popup.html');
    const notice = popup.getByRole('region', { name: 'No badges on linkedin.com' });
    await notice.waitFor();
    expect(await notice.innerText()).toContain('“overlay or otherwise modify”');
    await popup.getByRole('button', { name: 'Got it' }).click();
    await expect.poll(() => notice.count()).toBe(0);
    await popup.reload();
    await expect
      .poll(() => popup.getByRole('checkbox', { name: /Leave linkedin\.com's pages/ }).count())
      .toBe(1);
    expect(await notice.count()).toBe(0);
    await popup.close();
  });

  it('the side panel lists the verdicts, and "Show" scrolls to the link leaving no mark', async () => {
    const panel = await extensionPage('sidepanel.html');
    await expectVerdicts(panel);
    await panel.screenshot({ path: join(SCREENSHOTS, 'untouched-sidepanel.png'), fullPage: true });
    // The last credential on the page: below the fold of a 900-pixel window.
    const last = expected().at(-1) as DemoLink;
    const inView = () =>
      page.evaluate((href) => {
        const link = [...document.querySelectorAll('a[href]')].find(
          (a) => a.getAttribute('href') === href,
        );
        const box = link?.getBoundingClientRect();
        return box !== undefined && box.top >= 0 && box.bottom <= window.innerHeight;
      }, last.href);
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await inView()).toBe(false);
    await panel.getByRole('button', { name: `Show ${last.name} on the page` }).click();
    await expect.poll(inView, SETTLE).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(await mutations()).toBe('[]');
    expect(await page.locator(BADGE_HOST).count()).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'untouched-shown.png'), caret: 'initial' });
    await panel.close();
  });

  it('switched off for the site in the popup, the badges come back', async () => {
    const popup = await extensionPage('popup.html');
    const toggle = popup.getByRole('checkbox', { name: /Leave linkedin\.com's pages/ });
    await expect.poll(() => toggle.isChecked(), SETTLE).toBe(true);
    await toggle.uncheck();
    await expect
      .poll(() => popup.getByRole('status').innerText(), SETTLE)
      .toBe('Showing badges on linkedin.com.');
    await expect
      .poll(async () => (await settledBadges(session.browser.context, page)).length, SETTLE)
      .toBe(expected().length);
    const names = await settledBadges(session.browser.context, page);
    for (const link of expected())
      if (link.expected !== 'none')
        expect(names.find((name) => name.endsWith(`— ${link.name}`))).toMatch(
          headlineFor(link.expected),
        );
    // The page's observer works: now it sees Credlens's badge hosts arrive.
    expect(await mutations()).toContain('[data-credlens-badge]');
    await expectVerdicts(popup);
    await expect.poll(toolbarText, SETTLE).toBe(String(expected().length));
    await expect.poll(toolbarTitle, SETTLE).not.toContain('untouched');
    await page.screenshot({ path: join(SCREENSHOTS, 'untouched-off.png'), caret: 'initial' });
    await popup.close();
  });

  it('switched on again in the options, the badges leave and the page is as it was', async () => {
    const options = await session.browser.context.newPage();
    await options.goto(`chrome-extension://${session.browser.extensionId}/options.html`);
    const toggle = options.getByRole('checkbox', { name: 'Leave linkedin.com untouched' });
    await expect.poll(() => toggle.isChecked(), SETTLE).toBe(false);
    await toggle.check();
    await expect
      .poll(() => options.getByRole('status').innerText(), SETTLE)
      .toBe("Leaving linkedin.com's pages untouched.");
    await expect.poll(() => page.locator(BADGE_HOST).count(), SETTLE).toBe(0);
    expect(page.frames()).toHaveLength(1);
    // What the page holds is its own again: no attribute, style or node of Credlens is left.
    expect(
      await page.evaluate(() => document.querySelectorAll('[data-credlens-badge]').length),
    ).toBe(0);
    await expect.poll(toolbarText, SETTLE).toBe(String(expected().length));
    await options.screenshot({ path: join(SCREENSHOTS, 'untouched-options.png'), fullPage: true });
    await options.close();
  });
});
