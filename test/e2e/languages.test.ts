// The extension speaks the browser's language (issue 15): Chromium started in English, German,
// French and Spanish opens the popup on Ada's profile in the demo world, the options and compare
// pages and a badge's card; their words come from that language's catalogue (public/_locales),
// the page's own data stays as it is, and a screenshot of each per language is kept to look at.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startDemoWorld } from '../demo-world';
import { badgeFrames, readBadges } from './badges';
import { DEMO_PORT } from './global-setup';
import { launchWithExtension, SCREENSHOTS, TEST_EXTENSION_DIR, tabIdOf } from './launch';

const LOCALES = join(import.meta.dirname, '../../public/_locales');
const message = (language: string, key: string): string =>
  (
    JSON.parse(readFileSync(join(LOCALES, language, 'messages.json'), 'utf8')) as Record<
      string,
      { message: string }
    >
  )[key]?.message ?? '';

describe('the popup and options in the browser’s language (test build, Chromium)', () => {
  it('has Chromium’s translations installed (chromium-l10n)', () => {
    expect(existsSync('/usr/lib/chromium/locales/de.pak')).toBe(true);
  });

  for (const language of ['en', 'de', 'fr', 'es']) {
    it(`speaks ${language}`, async () => {
      const world = await startDemoWorld({ port: DEMO_PORT });
      const browser = await launchWithExtension(TEST_EXTENSION_DIR, { language });
      try {
        const page = await browser.context.newPage();
        await page.goto(world.pages.profile);
        // Every badge final first (as card-ids.test.ts): a badge still loading takes no click.
        const expected = world.links.filter(
          (link) => link.page === 'profile' && link.expected !== 'none',
        ).length;
        // Settled in this language: no badge still says "Checking…" in it.
        const checking = message(language, 'verdict_checking');
        const settled = async () =>
          (await readBadges(browser.context, page)).filter(
            (badge) => badge.role === 'button' && !badge.name.includes(checking),
          ).length;
        await expect.poll(settled, { timeout: 30_000 }).toBe(expected);
        const popup = await browser.context.newPage();
        await popup.setViewportSize({ width: 400, height: 900 });
        await popup.goto(
          `chrome-extension://${browser.extensionId}/popup.html?tab=${await tabIdOf(browser.worker, page.url())}`,
        );
        const uiLanguage = await popup.evaluate(() =>
          (
            globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }
          ).chrome.i18n.getUILanguage(),
        );
        expect(uiLanguage).toMatch(new RegExp(`^${language}`));
        expect(await popup.evaluate(() => document.documentElement.lang)).toBe(uiLanguage);
        const nav = popup.getByRole('navigation');
        await expect.poll(() => nav.textContent()).toContain(message(language, 'openCompare'));
        expect(await nav.textContent()).toContain(message(language, 'openOptions'));
        await expect
          .poll(() => popup.locator('#role-heading').textContent())
          .toBe(message(language, 'comparingAgainst'));
        // The candidate's credentials are listed whatever the language.
        await expect.poll(() => popup.locator('#candidate-heading').count()).toBe(1);
        if (language !== 'en')
          expect(message(language, 'openCompare')).not.toBe(message('en', 'openCompare'));
        await popup.screenshot({
          path: join(SCREENSHOTS, `popup-${language}.png`),
          fullPage: true,
        });
        // The options and compare pages: their headings, and the seal line shared with the popup.
        const extensionPage = async (name: 'options' | 'compare', heading: string) => {
          const opened = await browser.context.newPage();
          await opened.goto(`chrome-extension://${browser.extensionId}/${name}.html`);
          await expect.poll(() => opened.locator('h1').textContent()).toBe(heading);
          const seal = message(language, 'sealLine').split('$1')[0] ?? '';
          await expect.poll(() => opened.locator('.seal-line').textContent()).toContain(seal);
          await opened.screenshot({
            path: join(SCREENSHOTS, `${name}-${language}.png`),
            fullPage: true,
          });
          return seal;
        };
        const seal = await extensionPage('options', message(language, 'optionsTitle'));
        expect(await popup.locator('.seal-line').textContent()).toContain(seal);
        await extensionPage('compare', message(language, 'openCompare'));
        // A badge's card on the page: its own labels in the language too.
        await page.bringToFront();
        // A verified credential's badge, found by its words in this language, opened by its button.
        const verifiedBadge = async () => {
          for (const frame of badgeFrames(page)) {
            const label = await frame
              .locator('button')
              .first()
              .getAttribute('aria-label')
              .catch(() => null);
            if (label?.includes(message(language, 'verdict_verified'))) return frame;
          }
          return undefined;
        };
        const opener = await verifiedBadge();
        if (opener === undefined)
          throw new Error(`no badge says ${message(language, 'verdict_verified')}`);
        await (await opener.frameElement()).scrollIntoViewIfNeeded();
        await opener.locator('button').first().click();
        const card = async () => {
          for (const frame of badgeFrames(page))
            if ((await frame.locator('.card').count()) > 0) return frame;
          return undefined;
        };
        await expect.poll(async () => (await card()) !== undefined, { timeout: 30_000 }).toBe(true);
        const frame = await card();
        expect(await frame?.locator('.card ul').last().getAttribute('aria-label')).toBe(
          message(language, 'checksLabel'),
        );
        expect(await frame?.locator('.card .foot a').textContent()).toBe(
          message(language, 'openSource'),
        );
        // The verdict itself, worded by the worker in the browser's language, on the card and in
        // the popup's list alike.
        const verified = message(language, 'verdict_verified');
        expect(await frame?.locator('.card h2').textContent()).toContain(verified);
        expect(await popup.locator('.pill').allTextContents()).toContainEqual(
          expect.stringContaining(verified),
        );
        await page.screenshot({ path: join(SCREENSHOTS, `card-${language}.png`) });
      } finally {
        await browser.close();
        await world.close();
      }
    });
  }
});
