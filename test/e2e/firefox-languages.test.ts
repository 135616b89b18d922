// The extension speaks Firefox's language too (issue 15, as languages.test.ts for Chromium):
// Debian's firefox-esr started in English, German, French and Spanish shows the options page and
// the popup in that language, with the words of that language's catalogue (public/_locales), and
// a screenshot of the options page per language is kept to look at.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES, message } from '../helpers/catalogue';
import { SCREENSHOTS } from './launch';
import {
  extensionErrorsIn,
  launchFirefoxWithCredlens,
  openExtensionTab,
  runScript,
  screenshotTo,
} from './marionette';

/**
 * Debian's language packs (firefox-esr-l10n-de, -fr, -es-es) land in the application's own
 * extensions folder, a scope Firefox enables without asking, so `intl.locale.requested` alone
 * switches the browser's language. Spanish is packaged as es-ES.
 */
const LANGPACKS = '/usr/lib/firefox-esr/browser/extensions';
const LANGPACK_OF: Record<string, string> = { de: 'de', fr: 'fr', es: 'es-ES' };
const SETTLE = { timeout: 30_000, interval: 250 };

describe('the options page and popup in Firefox’s language (test build, firefox-esr)', () => {
  beforeAll(() => {
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  it('has Firefox’s language packs installed (firefox-esr-l10n-*)', () => {
    for (const pack of Object.values(LANGPACK_OF))
      expect(existsSync(join(LANGPACKS, `langpack-${pack}@firefox-esr.mozilla.org.xpi`))).toBe(
        true,
      );
  });

  for (const language of LANGUAGES) {
    it(`speaks ${language}`, async () => {
      const firefox = await launchFirefoxWithCredlens({ 'intl.locale.requested': language });
      try {
        const run = <T>(script: string, ...args: unknown[]) =>
          runScript<T>(firefox, script, ...args);
        const screenshot = (name: string) => screenshotTo(firefox, join(SCREENSHOTS, name));
        // Firefox itself switched (its language pack is active): otherwise a failure below would
        // point at the extension when the browser never changed language.
        await firefox.send('Marionette:SetContext', { value: 'chrome' });
        expect(await run<string>('return Services.locale.appLocaleAsBCP47')).toMatch(
          new RegExp(`^${language}\\b`),
        );
        await firefox.send('Marionette:SetContext', { value: 'content' });

        await openExtensionTab(firefox, 'options.html');
        const uiLanguage = await run<string>('return browser.i18n.getUILanguage()');
        expect(uiLanguage).toMatch(new RegExp(`^${language}\\b`));
        const heading = message(language, 'optionsTitle');
        await expect
          .poll(() => run<string>('return document.querySelector("h1")?.textContent ?? ""'), SETTLE)
          .toBe(heading);
        expect(await run<string>('return document.documentElement.lang')).toBe(uiLanguage);
        expect(
          await run<string>('return document.getElementById("seal-heading").textContent'),
        ).toBe(message(language, 'sealHeading'));
        // English is the fallback for any missing message: a translated page must differ from it.
        if (language !== 'en') expect(heading).not.toBe(message('en', 'optionsTitle'));
        await screenshot(`firefox-options-${language}.png`);

        // The popup, opened as a page for the browser's first tab (blank: only its own words).
        const firstTab = await run<number>(
          'return browser.tabs.query({}).then((tabs) => Math.min(...tabs.map((tab) => tab.id)))',
        );
        await openExtensionTab(firefox, `popup.html?tab=${firstTab}`);
        const nav = () => run<string>('return document.querySelector("nav")?.textContent ?? ""');
        await expect.poll(nav, SETTLE).toContain(message(language, 'openCompare'));
        expect(await nav()).toContain(message(language, 'openOptions'));
        expect(await run<string>('return document.querySelector("nav").ariaLabel')).toBe(
          message(language, 'pagesNavLabel'),
        );
        expect(await run<string>('return document.documentElement.lang')).toBe(uiLanguage);
        if (language !== 'en')
          expect(message(language, 'openCompare')).not.toBe(message('en', 'openCompare'));
        await screenshot(`firefox-popup-${language}.png`);
        expect(extensionErrorsIn(firefox.output())).toEqual([]);
      } finally {
        await firefox.close();
      }
    });
  }
});
