// The Firefox build in Debian's firefox-esr (driven over Marionette, see marionette.ts): the
// content script marks every credential on the demo profile, the background verifies them (the
// verdicts the popup lists must be the demo world's expected ones), single-page navigation
// gets new badges, and the page cannot open the badges' closed shadow roots; on a page left
// untouched (localhost stands for linkedin.com in the test build) nothing in the page changes
// while the popup and toolbar give the verdicts.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoLink, type DemoWorld, startDemoWorld } from '../demo-world';
import { type FloodServer, startFloodServer } from './flood-server';
import { DEMO_PORT } from './global-setup';
import { SCREENSHOTS } from './launch';
import {
  ADDON_ID,
  extensionErrorsIn,
  FIREFOX_EXTENSION_DIR,
  launchFirefox,
  type Marionette,
  openExtensionTab,
  runScript,
  screenshotTo,
  UUID,
} from './marionette';

const SETTLE = { timeout: 30_000, interval: 250 };

const HEADLINES: Record<Exclude<DemoLink['expected'], 'none'>, RegExp> = {
  verified: /^✔ Verified$/,
  confirmed: /^☑ Confirmed by \S/,
  expired: /^◷ Expired$/,
  revoked: /^⊘ Revoked$/,
  invalid: /^✘ Invalid$/,
  misattributed: /^≠ Someone else’s$/,
  unverifiable: /^\? Could not check$/,
};

describe('the Firefox build in firefox-esr (demo world, test build)', () => {
  let world: DemoWorld;
  let firefox: Marionette;
  let profileTab: string;
  let flood: FloodServer;

  const run = <T>(script: string, ...args: unknown[]) => runScript<T>(firefox, script, ...args);
  const screenshot = (name: string) => screenshotTo(firefox, join(SCREENSHOTS, name));
  const openExtensionPage = (path: string) => openExtensionTab(firefox, path);
  /** The popup, opened as a page for the tab showing `url`. */
  const openPopupFor = async (url: string) => {
    await openExtensionPage('popup.html');
    const tabId = await run<number>(
      'return browser.tabs.query({}).then((tabs) => tabs.find((t) => t.url === arguments[0])?.id)',
      url,
    );
    expect(typeof tabId).toBe('number');
    await run('location.search = "?tab=" + arguments[0];', tabId);
  };
  const pageText = () => run<string>('return document.body.innerText').catch(() => '');
  const badgeCount = () =>
    run<number>('return document.querySelectorAll("span[data-credlens-badge]").length');
  const expectedOn = (page: DemoLink['page']) =>
    world.links.filter((link) => link.page === page && link.expected !== 'none');

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    world = await startDemoWorld({ port: DEMO_PORT });
    flood = await startFloodServer();
    firefox = await launchFirefox({
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
    });
    const installed = await firefox.send<{ value: string }>('Addon:Install', {
      path: FIREFOX_EXTENSION_DIR,
      temporary: true,
    });
    expect(installed.value).toBe(ADDON_ID);
    profileTab = (await firefox.send<{ value: string }>('WebDriver:GetWindowHandle')).value;
  });

  afterAll(async () => {
    const errors = firefox === undefined ? [] : extensionErrorsIn(firefox.output());
    await flood?.server.close();
    await firefox?.close();
    await world?.close();
    // Every run of the suite ends here: the extension's own code threw nowhere.
    expect(errors).toEqual([]);
  });

  it('marks every credential link on the LinkedIn-like profile, in closed shadow roots', async () => {
    await firefox.send('WebDriver:Navigate', { url: world.pages.profile });
    await expect.poll(badgeCount, SETTLE).toBe(expectedOn('profile').length);
    // The page sees the host elements but cannot open them.
    expect(
      await run<boolean>(
        'return [...document.querySelectorAll("span[data-credlens-badge]")].every((b) => b.shadowRoot === null)',
      ),
    ).toBe(true);
  });

  it("verifies them in Firefox's background: the popup lists the expected verdict for each", async () => {
    await openPopupFor(world.pages.profile);
    const expected = expectedOn('profile');
    await expect
      .poll(() => run<string>('return document.body.innerText').catch(() => ''), SETTLE)
      .toContain(`All ${expected.length} credentials checked.`);
    const listed = await run<Array<{ headline: string; name: string }>>(
      `return [...document.querySelectorAll('#candidate-heading ~ ul.plain > li')].map((li) => ({
        headline: li.querySelector('.pill').textContent.trim(),
        name: li.querySelector('.credential-name').textContent.trim(),
      }));`,
    );
    expect(listed).toHaveLength(expected.length);
    for (const link of expected) {
      if (link.expected === 'none') continue;
      const row = listed.find((entry) => entry.name === link.name);
      expect(row?.headline, `${link.name} among ${JSON.stringify(listed)}`).toMatch(
        HEADLINES[link.expected],
      );
    }
    await screenshot('firefox-popup.png');
    await firefox.send('WebDriver:SwitchToWindow', { handle: profileTab });
    await screenshot('firefox-profile.png');
  });

  it('follows single-page navigation to another profile', async () => {
    await firefox.send('WebDriver:SwitchToWindow', { handle: profileTab });
    await run('document.querySelector(\'a[data-spa-link][href="/in/grace-hopper/"]\').click();');
    await expect
      .poll(() => run<string>('return location.pathname'), SETTLE)
      .toBe('/in/grace-hopper/');
    await expect.poll(badgeCount, SETTLE).toBe(expectedOn('grace').length);
  });

  it('cannot be read or switched off by the page: no frames, no words, replayed events do nothing', async () => {
    await firefox.send('WebDriver:SwitchToWindow', { handle: profileTab });
    await firefox.send('WebDriver:Navigate', { url: world.pages.profile });
    await expect.poll(badgeCount, SETTLE).toBe(expectedOn('profile').length);
    const seen = await run<{ frames: number; found: string[] }>(
      `return {
        frames: window.length,
        found: ['Verified', 'Invalid', 'Revoked'].filter((word) => window.find(word)),
      };`,
    );
    expect(seen).toEqual({ frames: 0, found: [] });
    // WXT's start event, replayed under the name the page can work out, then a pre-marked
    // link and a bare <a>: both still get badges.
    const extra = expectedOn('grace').slice(0, 2);
    await run(
      `for (const type of [arguments[0], 'wxt:content-script-started'])
         document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'recruiting', messageId: 'x' } }));
       const marked = document.createElement('a');
       marked.href = arguments[1];
       marked.textContent = 'Pre-marked credential';
       marked.setAttribute('data-credlens', '');
       const section = document.createElement('section');
       section.append(marked);
       document.querySelector('main').append(section);
       const bare = document.createElement('a');
       bare.href = arguments[2];
       bare.textContent = 'Bare credential';
       document.querySelector('main').append(bare);`,
      `${ADDON_ID}:recruiting:wxt:content-script-started`,
      extra[0]?.href,
      extra[1]?.href,
    );
    await expect.poll(badgeCount, SETTLE).toBe(expectedOn('profile').length + 2);
  });

  it('a badge follows its link: a retargeted link gets its new verdict, the old one is gone', async () => {
    await firefox.send('WebDriver:SwitchToWindow', { handle: profileTab });
    await firefox.send('WebDriver:Navigate', { url: world.pages.profile });
    await expect.poll(badgeCount, SETTLE).toBe(expectedOn('profile').length);
    const good = expectedOn('profile').find((link) => link.expected === 'verified') as DemoLink;
    const bad = expectedOn('profile').find((link) => link.expected === 'invalid') as DemoLink;
    await run(
      `const link = [...document.querySelectorAll('a[href]')].find((a) => a.getAttribute('href') === arguments[0]);
       link.setAttribute('href', arguments[1]);`,
      good.href,
      bad.href,
    );
    await openPopupFor(world.pages.profile);
    const listed = () =>
      run<string[]>(
        `return [...document.querySelectorAll('#candidate-heading ~ ul.plain > li')].map((li) =>
          li.querySelector('.pill').textContent.trim() + ' ' + li.querySelector('.credential-name').textContent.trim());`,
      ).catch(() => []);
    await expect
      .poll(
        async () => (await listed()).filter((row) => row.startsWith('✘ Invalid')).length,
        SETTLE,
      )
      .toBe(2);
    expect(await listed()).not.toContain(`✔ Verified ${good.name}`);
    await firefox.send('WebDriver:SwitchToWindow', { handle: profileTab });
  });

  it('a late answer after single-page navigation never mounts a second badge', async () => {
    // Nothing cached: every verdict is still on its way when the page navigates.
    await openExtensionPage('options.html');
    await run(
      `[...document.querySelectorAll('button')].find((b) => b.textContent.includes('Clear cached verdicts')).click();`,
    );
    await expect.poll(pageText, SETTLE).toMatch(/Cleared|cleared/);
    await firefox.send('WebDriver:SwitchToWindow', { handle: profileTab });
    await firefox.send('WebDriver:Navigate', { url: world.pages.profile });
    await run(`history.pushState({}, '', location.pathname + '?tab=skills');
      setTimeout(() => history.pushState({}, '', location.pathname + '?tab=all'), 450);`);
    await expect.poll(badgeCount, SETTLE).toBe(expectedOn('profile').length);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const perLink = await run<number[]>(
      `return [...document.querySelectorAll('a[href]')].map((link) => {
        let hosts = 0;
        for (let node = link.nextElementSibling; node?.matches('span[data-credlens-badge]'); node = node.nextElementSibling) hosts++;
        return hosts;
      }).filter((hosts) => hosts > 0);`,
    );
    expect(perLink).toEqual(expectedOn('profile').map(() => 1));
  });

  it('checks 300 links of a flooding page and lists the rest as not checked', async () => {
    await firefox.send('WebDriver:SwitchToWindow', { handle: profileTab });
    await firefox.send('WebDriver:Navigate', { url: flood.page });
    await expect.poll(() => flood.credentialRequests(), SETTLE).toBeGreaterThan(10);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(flood.credentialRequests()).toBeLessThanOrEqual(300);
    await openPopupFor(flood.page);
    await expect.poll(pageText, SETTLE).toMatch(/\d{4} more credential links not checked/);
    await firefox.send('WebDriver:SwitchToWindow', { handle: profileTab });
  });

  it('reports a clipped badge in the popup (computed styles, where IntersectionObserver v2 is missing)', async () => {
    await firefox.send('WebDriver:SwitchToWindow', { handle: profileTab });
    await firefox.send('WebDriver:Navigate', { url: world.pages.profile });
    await expect.poll(badgeCount, SETTLE).toBe(expectedOn('profile').length);
    const clipped = expectedOn('profile').find((link) => link.expected === 'invalid') as DemoLink;
    await run(
      `const link = [...document.querySelectorAll('a[href]')].find((a) => a.getAttribute('href') === arguments[0]);
       link.scrollIntoView({ block: 'center' });
       link.parentElement.style.clipPath = 'inset(0 50% 0 0)';`,
      clipped.href,
    );
    await openPopupFor(world.pages.profile);
    await expect.poll(pageText, SETTLE).toContain('This page is interfering with Credlens badges');
    expect(await pageText()).toContain(`${clipped.name}: clipped or masked`);
    await screenshot('firefox-popup-interference.png');
  });

  it('runs the options, compare and preview pages too: storage, the worker and the skills pack', async () => {
    await openExtensionPage('options.html');
    await expect.poll(pageText, SETTLE).toMatch(/Your seal: \S+\./);
    expect(await pageText()).toContain('Bundled with Credlens');
    await openExtensionPage('compare.html');
    await expect.poll(pageText, SETTLE).toContain('No roles yet');
    await openExtensionPage('preview.html');
    await expect.poll(pageText, SETTLE).toContain('Preview your credential');
    // A credential pasted by a learner, checked by Firefox's background as a badge would be.
    const json = await (
      await fetch(`${world.origin}/issuer/credentials/ada-vc-engineer.json`)
    ).text();
    await run(
      `const area = document.getElementById('preview-text');
       const set = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set;
       set.call(area, arguments[0]);
       area.dispatchEvent(new Event('input', { bubbles: true }));`,
      json,
    );
    // Preact applies the input on its next render; then the learner presses Check.
    await expect
      .poll(() => run<number>("return document.getElementById('preview-text').value.length"))
      .toBe(json.length);
    await run(`document.querySelector('button[aria-label="Check pasted credential"]').click();`);
    await expect.poll(pageText, SETTLE).toContain('Recruiters will see');
    expect(await pageText()).toMatch(/Recruiters will see\s+✔ Verified/);
    await expect.poll(pageText, SETTLE).toContain('Skills Credlens recognises');
    await screenshot('firefox-preview.png');
  });

  it('leaves the LinkedIn-like page untouched: its observer records nothing, the popup, side panel and toolbar have every verdict', async () => {
    const url = world.pages.profile.replace('//127.0.0.1:', '//localhost:');
    const expected = expectedOn('profile');
    // The page's own record (demo-world linkedin-shell.ts); Marionette runs in the page's world.
    const mutations = () => run<string>('return JSON.stringify(window.__pageMutations)');
    await firefox.send('WebDriver:SwitchToWindow', { handle: profileTab });
    await firefox.send('WebDriver:Navigate', { url });
    await openPopupFor(url);
    await expect.poll(pageText, SETTLE).toContain(`All ${expected.length} credentials checked.`);
    expect(await pageText()).toContain('No badges on linkedin.com');
    // Every credential listed with its expected verdict (in the popup, then the side panel).
    const expectListed = async () => {
      const listed = await run<Array<{ headline: string; name: string }>>(
        `return [...document.querySelectorAll('#candidate-heading ~ ul.plain > li')].map((li) => ({
          headline: li.querySelector('.pill').textContent.trim(),
          name: li.querySelector('.credential-name').textContent.trim(),
        }));`,
      );
      expect(listed).toHaveLength(expected.length);
      for (const link of expected)
        if (link.expected !== 'none')
          expect(listed.find((entry) => entry.name === link.name)?.headline).toMatch(
            HEADLINES[link.expected],
          );
    };
    await expectListed();
    const tabId = await run<number>(
      'return Number(new URLSearchParams(location.search).get("tab"))',
    );
    await expect
      .poll(
        () => run<string>('return browser.action.getBadgeText({ tabId: arguments[0] })', tabId),
        SETTLE,
      )
      .toBe(String(expected.length));
    await screenshot('firefox-untouched-popup.png');
    // The side panel (Firefox's sidebar page, opened as a page for the tab) says the same.
    await openExtensionPage('sidepanel.html');
    await run('location.search = "?tab=" + arguments[0];', tabId);
    await expect.poll(pageText, SETTLE).toContain(`All ${expected.length} credentials checked.`);
    await expectListed();
    await screenshot('firefox-untouched-sidepanel.png');
    // "Show" there on the last credential: the page scrolls to it and nothing else happens.
    const final = expected.at(-1) as DemoLink;
    await run(
      `[...document.querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === 'Show ' + arguments[0] + ' on the page').click();`,
      final.name,
    );
    const panelHandle = (await firefox.send<{ value: string }>('WebDriver:GetWindowHandle')).value;
    await firefox.send('WebDriver:SwitchToWindow', { handle: profileTab });
    await expect
      .poll(
        () =>
          run<boolean>(
            `const link = [...document.querySelectorAll('a[href]')].find((a) => a.getAttribute('href') === arguments[0]);
             const box = link.getBoundingClientRect();
             return window.scrollY > 0 && box.top >= 0 && box.bottom <= window.innerHeight;`,
            final.href,
          ),
        SETTLE,
      )
      .toBe(true);
    expect(await mutations()).toBe('[]');
    expect(await badgeCount()).toBe(0);
    await screenshot('firefox-untouched-page.png');
    // Switched off for the site in the side panel: the badges come back, and the observer sees them.
    await firefox.send('WebDriver:SwitchToWindow', { handle: panelHandle });
    await run(
      `[...document.querySelectorAll('label')].find((l) => l.textContent.includes("Leave linkedin.com's pages untouched")).querySelector('input').click();`,
    );
    await expect.poll(pageText, SETTLE).toContain('Showing badges on linkedin.com.');
    await firefox.send('WebDriver:SwitchToWindow', { handle: profileTab });
    await expect.poll(badgeCount, SETTLE).toBe(expected.length);
    expect(await mutations()).toContain('[data-credlens-badge]');
  });
});

describe('the error watch the Firefox suite closes with (extensionErrorsIn)', () => {
  it('catches an uncaught error in an extension page, not one in a web page', async () => {
    const firefox = await launchFirefox({
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
    });
    try {
      await firefox.send('Addon:Install', { path: FIREFOX_EXTENSION_DIR, temporary: true });
      const run = (script: string, ...args: unknown[]) =>
        firefox.send('WebDriver:ExecuteScript', { script, args });
      const throwLater = 'setTimeout(() => { throw new Error(arguments[0]); }, 0);';
      await firefox.send('WebDriver:Navigate', { url: 'data:text/html,<p>a web page</p>' });
      await run(throwLater, 'probe: the page’s own error');
      await openExtensionTab(firefox, 'options.html');
      await run(throwLater, 'probe: an extension page error');
      await expect
        .poll(() => extensionErrorsIn(firefox.output()).join('\n'), SETTLE)
        .toContain('probe: an extension page error');
      expect(firefox.output()).toContain('probe: the page’s own error');
      expect(extensionErrorsIn(firefox.output()).join('\n')).not.toContain('the page’s own error');
    } finally {
      await firefox.close();
    }
  });
});
