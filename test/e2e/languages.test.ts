// The extension speaks the browser's language (issue 15): Chromium started in English, German,
// French and Spanish opens the popup on Ada's profile in the demo world, the options and compare
// pages and a badge's card; their words come from that language's catalogue (public/_locales),
// the page's own data stays as it is, and a screenshot of each per language is kept to look at.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startDemoWorld } from '../demo-world';
import { catalogue, LANGUAGES, message } from '../helpers/catalogue';
import { badgeFrames, readBadges } from './badges';
import { DEMO_PORT } from './global-setup';
import { launchWithExtension, SCREENSHOTS, TEST_EXTENSION_DIR, tabIdOf } from './launch';

/** A pattern for `template` with its `$1`… filled by anything: whole, or found inside a text. */
function filled(template: string, whole = true): RegExp {
  const pattern = template
    .split(/\$\d/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[\\s\\S]+?');
  // A line may start with its icon ("✔ ").
  return new RegExp(whole ? `^(?:\\S )?${pattern}$` : pattern);
}

describe('the popup and options in the browser’s language (test build, Chromium)', () => {
  it('has Chromium’s translations installed (chromium-l10n)', () => {
    expect(existsSync('/usr/lib/chromium/locales/de.pak')).toBe(true);
  });

  for (const language of LANGUAGES) {
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
        // The learner's preview: its words, and a diagnostic the worker words in the language.
        const preview = await browser.context.newPage();
        await preview.goto(`chrome-extension://${browser.extensionId}/preview.html`);
        await expect
          .poll(() => preview.locator('h1').textContent())
          .toBe(message(language, 'previewHeading'));
        expect(await preview.title()).toBe(message(language, 'previewTitle'));
        await preview.locator('#preview-text').fill('{"hello": "world"}');
        await preview
          .getByRole('button', { name: message(language, 'previewCheckPasted') })
          .click();
        const diagnostic = preview.locator('[data-code="not_a_credential"]');
        await expect.poll(() => diagnostic.count(), { timeout: 15_000 }).toBe(1);
        expect(await diagnostic.textContent()).toContain(
          message(language, 'problem_not_a_credential'),
        );
        expect(await diagnostic.textContent()).toContain(message(language, 'diagnosticsProblem'));
        await preview.screenshot({
          path: join(SCREENSHOTS, `preview-${language}.png`),
          fullPage: true,
        });
        await preview.close();
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
        // Its check lines and whose it is: sentences the worker words from the catalogue.
        const checks = await frame?.locator('.card li').allTextContents();
        expect(checks).toContainEqual(
          expect.stringContaining(message(language, 'check_signature_valid')),
        );
        const holder = (await frame?.locator('.card .holder').textContent()) ?? '';
        const holderKeys = Object.keys(catalogue('en')).filter((key) => key.startsWith('holder_'));
        expect(
          holderKeys.filter((key) => filled(message(language, key)).test(holder)),
          holder,
        ).not.toEqual([]);
        // The toolbar's title, which the page cannot reach, in the language too.
        const title = await browser.worker.evaluate(
          async (tabId) =>
            (
              globalThis as unknown as {
                chrome: { action: { getTitle(d: { tabId: number }): Promise<string> } };
              }
            ).chrome.action.getTitle({ tabId }),
          await tabIdOf(browser.worker, page.url()),
        );
        expect(title).toMatch(filled(message(language, 'toolbarTitle')));
        expect(title).toMatch(filled(message(language, 'toolbarGood_other'), false));
        await page.screenshot({ path: join(SCREENSHOTS, `card-${language}.png`) });
      } finally {
        await browser.close();
        await world.close();
      }
    });
  }
});
