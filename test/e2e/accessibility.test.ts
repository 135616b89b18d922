// Accessibility measured (issue 15): axe-core runs inside every extension page in Chromium with
// real content — the popup on a job page, on a profile (credentials, skills, coverage against a
// pinned role) and on a page left untouched (its notice), the side panel, the options, the
// compare page with a shortlisted candidate, the preview page with a checked credential — and
// inside an open badge card on the page. Every one must have no violation at all, with axe's
// default rules (WCAG 2.x A and AA and best practices), in the light and the dark colour scheme.
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { runAxe } from './axe';
import { BADGE_HOST, badgeFrames, readBadges, settledBadges } from './badges';
import { useDemoSession } from './demo-session';
import { tabIdOf } from './launch';

const SETTLE = { timeout: 30_000, interval: 250 };

describe('accessibility: axe-core in every extension page and an open card (Chromium)', () => {
  const session = useDemoSession();
  let profile: Page;

  const expectedOn = (page: 'profile') =>
    session.world.links.filter((link) => link.page === page && link.expected !== 'none');
  const extensionPage = async (path: string, width = 400) => {
    const opened = await session.browser.context.newPage();
    await opened.setViewportSize({ width, height: 900 });
    await opened.goto(`chrome-extension://${session.browser.extensionId}/${path}`);
    return opened;
  };
  const openTab = async (url: string) => {
    const tab = await session.browser.context.newPage();
    await tab.setViewportSize({ width: 1280, height: 900 });
    await tab.goto(url);
    return { tab, id: await tabIdOf(session.browser.worker, url) };
  };
  /** No violation in either colour scheme (`page` is the tab whose scheme `target` follows). */
  const expectClean = async (target: Page | Frame, page = target as Page) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const { violations, rulesApplied } = await runAxe(target);
      expect(violations, `${colorScheme}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
      // axe judged something: an empty or unloaded document passes every rule vacuously.
      expect(rulesApplied).toBeGreaterThan(10);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  };
  const allChecked = (view: Page) =>
    expect
      .poll(() => view.locator('body').innerText(), SETTLE)
      .toContain(`All ${expectedOn('profile').length} credentials checked.`);

  it('the popup on a job page, with the role to pin', async () => {
    const { tab, id } = await openTab(session.world.pages.job);
    const popup = await extensionPage(`popup.html?tab=${id}`);
    const pin = popup.getByRole('button', { name: 'Pin this role' });
    await pin.waitFor({ timeout: SETTLE.timeout });
    await expectClean(popup);
    await pin.click();
    await expect
      .poll(() => popup.getByRole('status').innerText(), SETTLE)
      .toContain('Pinned "Senior Platform Engineer"');
    await expectClean(popup);
    await popup.close();
    await tab.close();
  });

  it('the popup on a profile: credentials, skills and coverage against the pinned role', async () => {
    const opened = await openTab(session.world.pages.profile);
    profile = opened.tab;
    await expect
      .poll(async () => (await settledBadges(session.browser.context, profile)).length, SETTLE)
      .toBe(expectedOn('profile').length);
    const popup = await extensionPage(`popup.html?tab=${opened.id}`);
    await allChecked(popup);
    await expectClean(popup);
    // Saved for the compare page below.
    await popup.getByRole('button', { name: 'Save to shortlist' }).click();
    await expect.poll(() => popup.getByRole('status').innerText(), SETTLE).toContain('Saved');
    await popup.close();
  });

  it('the popup on a page left untouched, with its one-time notice, from the keyboard too', async () => {
    const { tab, id } = await openTab(
      session.world.pages.profile.replace('//127.0.0.1:', '//localhost:'),
    );
    const popup = await extensionPage(`popup.html?tab=${id}`);
    await allChecked(popup);
    const notice = popup.getByRole('region', { name: 'No badges on linkedin.com' });
    await notice.waitFor();
    await expectClean(popup);
    // From the keyboard: Enter on "Got it", Space on the site's switch (and back).
    await popup.getByRole('button', { name: 'Got it' }).focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => notice.count(), SETTLE).toBe(0);
    const toggle = popup.getByRole('checkbox', { name: /Leave linkedin\.com's pages/ });
    await toggle.focus();
    await popup.keyboard.press('Space');
    await expect
      .poll(() => popup.getByRole('status').innerText(), SETTLE)
      .toBe('Showing badges on linkedin.com.');
    await toggle.focus();
    await popup.keyboard.press('Space');
    await expect
      .poll(() => popup.getByRole('status').innerText(), SETTLE)
      .toBe("Leaving linkedin.com's pages untouched.");
    await expectClean(popup);
    await popup.close();
    await tab.close();
  });

  it('the side panel', async () => {
    const id = await tabIdOf(session.browser.worker, session.world.pages.profile);
    const panel = await extensionPage(`sidepanel.html?tab=${id}`);
    await allChecked(panel);
    await expectClean(panel);
    await panel.close();
  });

  it('the options page', async () => {
    const options = await extensionPage('options.html', 1000);
    await options.getByRole('heading', { name: 'Pages left untouched' }).waitFor();
    await expect.poll(() => options.locator('body').innerText(), SETTLE).toMatch(/Your seal/);
    await expectClean(options);
    await options.close();
  });

  it('the compare page, with a shortlisted candidate', async () => {
    const compare = await extensionPage('compare.html', 1100);
    await compare.getByRole('table', { name: 'Candidates' }).waitFor({ timeout: SETTLE.timeout });
    await expectClean(compare);
    await compare.close();
  });

  it('the preview page, with a checked credential', async () => {
    const preview = await extensionPage('preview.html', 1100);
    await preview.getByRole('heading', { name: 'Preview your credential' }).waitFor();
    await expectClean(preview);
    const json = await (
      await fetch(`${session.world.origin}/issuer/credentials/ada-vc-engineer.json`)
    ).text();
    await preview.locator('#preview-text').fill(json);
    await preview.getByRole('button', { name: 'Check pasted credential' }).click();
    await expect
      .poll(() => preview.getByRole('status').innerText(), SETTLE)
      .toContain('Recruiters will see');
    await expectClean(preview);
    await preview.close();
  });

  it('an open badge card on the page', async () => {
    await profile.bringToFront();
    const host = profile.locator(BADGE_HOST).first();
    await host.scrollIntoViewIfNeeded();
    const [frame] = badgeFrames(profile);
    if (frame === undefined) throw new Error('no badge frame on the profile');
    // The keyboard path: the badge button takes the focus (as Tab gives it) and opens its card.
    await frame.locator('button.badge').focus();
    await expect
      .poll(
        async () =>
          (await readBadges(session.browser.context, profile)).some(
            (node) => node.role === 'dialog',
          ),
        SETTLE,
      )
      .toBe(true);
    await expectClean(frame, profile);
    await frame.locator('button.badge').press('Escape');
  });
});
