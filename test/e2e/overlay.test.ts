import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoLink, type DemoWorld, startDemoWorld } from '../demo-world';
import { BADGE_HOST, cardText, headlineFor, readBadges, settledBadges } from './badges';
import { DEMO_PORT } from './global-setup';
import {
  EXTENSION_DIR,
  type LaunchedExtension,
  launchWithExtension,
  SCREENSHOTS,
  TEST_EXTENSION_DIR,
} from './launch';

const SETTLE = { timeout: 30_000, interval: 250 };

describe('badges on recruiting pages (demo world, test build)', () => {
  let world: DemoWorld;
  let browser: LaunchedExtension;
  let page: Page;
  const consoleNoise: string[] = [];

  const linksOf = (which: DemoLink['page']) => world.links.filter((link) => link.page === which);
  const badgedLinks = (which: DemoLink['page']) =>
    linksOf(which).filter((link) => link.expected !== 'none');

  const expectVerdicts = async (which: DemoLink['page']) => {
    const expected = badgedLinks(which);
    await expect
      .poll(async () => (await settledBadges(browser.context, page)).length, SETTLE)
      .toBe(expected.length);
    const names = await settledBadges(browser.context, page);
    for (const link of expected) {
      if (link.expected === 'none') continue;
      const badge = names.find((name) => name.endsWith(`— ${link.name}`));
      expect(badge, `badge for "${link.name}" among ${JSON.stringify(names)}`).toMatch(
        headlineFor(link.expected),
      );
    }
  };

  beforeAll(async () => {
    world = await startDemoWorld({ port: DEMO_PORT });
    browser = await launchWithExtension(TEST_EXTENSION_DIR);
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    page.on('console', (message) => {
      if (message.type() !== 'error' && message.type() !== 'warning') return;
      // Chromium asks every page for /favicon.ico by itself; the demo world has none.
      if (message.location().url.endsWith('/favicon.ico')) return;
      consoleNoise.push(`${message.text()} (${message.location().url})`);
    });
    page.on('pageerror', (error) => consoleNoise.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await world?.close();
  });

  it('shows the right verdict beside every credential on a LinkedIn-like profile, and nothing on ordinary links', async () => {
    await page.goto(world.pages.profile);
    await expectVerdicts('profile');
    // The unrelated .json link in the About text gets no badge at all.
    expect(linksOf('profile').some((link) => link.expected === 'none')).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'profile-with-badges.png'), fullPage: true });
  });

  it('opens a card with the credential, the issuer and every check, and closes it with Escape', async () => {
    const first = badgedLinks('profile').find((link) => link.expected === 'verified') as DemoLink;
    const host = page.locator(BADGE_HOST).nth(badgedLinks('profile').indexOf(first));
    await host.scrollIntoViewIfNeeded();
    await host.click();
    await expect
      .poll(
        async () =>
          (await readBadges(browser.context, page)).some(
            (node) => node.role === 'dialog' && node.name.endsWith(`— ${first.name}`),
          ),
        SETTLE,
      )
      .toBe(true);
    const text = await cardText(page);
    expect(text).toContain('The digital signature is valid');
    expect(text).toContain('The signing key belongs to the issuer');
    await page.screenshot({ path: join(SCREENSHOTS, 'open-card.png') });
    // Escape inside the badge's frame, where the click left the keyboard focus.
    await page.keyboard.press('Escape');
    await expect
      .poll(
        async () =>
          (await readBadges(browser.context, page)).some((node) => node.role === 'dialog'),
        SETTLE,
      )
      .toBe(false);
  });

  it('adds no console noise to the host page', () => {
    expect(consoleNoise).toEqual([]);
  });

  it('keeps verdicts and the seal out of reach of page scripts', async () => {
    const seal = await page.evaluate(() => document.body.innerText);
    const probe = await page.evaluate((selector) => {
      const host = document.querySelector(selector);
      const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome
        ?.runtime;
      const find = (text: string) =>
        (window as unknown as { find(text: string): boolean }).find(text);
      return {
        found: host !== null,
        shadowRoot: host?.shadowRoot ?? null,
        lightText: host?.textContent ?? '',
        widths: [...document.querySelectorAll(selector)].map(
          (badge) => badge.getBoundingClientRect().width,
        ),
        marks: document.querySelectorAll('[data-credlens]').length,
        found_words: ['Verified', 'Invalid', 'Revoked', 'Could not check'].filter(find),
        canMessage: typeof runtime?.sendMessage === 'function',
      };
    }, BADGE_HOST);
    expect(probe.found).toBe(true);
    expect(probe.shadowRoot).toBeNull();
    expect(probe.lightText).toBe('');
    expect(probe.marks).toBe(0);
    // window.find() searches the page's own text, and no verdict word is in it.
    expect(probe.found_words).toEqual([]);
    // Every badge takes the same room, whatever it says.
    expect(new Set(probe.widths).size).toBe(1);
    expect(probe.canMessage).toBe(false);
    expect(seal).not.toMatch(/Verified|Invalid|Revoked/);
  });

  it('follows single-page navigation: old badges go, the new profile gets its own', async () => {
    await page.locator('a[data-spa-link]', { hasText: 'Grace Hopper' }).first().click();
    await expect.poll(() => page.url()).toContain('/in/grace-hopper/');
    await expectVerdicts('grace');
    const names = await settledBadges(browser.context, page);
    for (const link of badgedLinks('profile'))
      expect(names.some((name) => name.endsWith(`— ${link.name}`))).toBe(false);
  });

  it('marks Credly badge images in a GitHub README', async () => {
    await page.goto(world.pages.github);
    await expectVerdicts('github');
    await page.screenshot({ path: join(SCREENSHOTS, 'github-readme.png'), fullPage: true });
  });

  it('brings verdicts back from its cache after the service worker is stopped', async () => {
    await page.goto(world.pages.profile);
    await expectVerdicts('profile');
    const before = world.hits('/providers/api.credly.com/');
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    await page.reload();
    await expectVerdicts('profile');
    expect(world.hits('/providers/api.credly.com/')).toBe(before);
  });
});

describe('the normal build', () => {
  it('contains none of the test and demo hooks', () => {
    const manifest = readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8');
    expect(manifest).not.toContain('127.0.0.1');
    expect(manifest).not.toContain('localhost');
    for (const file of listFiles(EXTENSION_DIR)) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toContain('127.0.0.1:8787');
      expect(text, file).not.toContain('/providers/');
    }
  });
});

function listFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? listFiles(join(folder, entry.name))
      : entry.name.endsWith('.png')
        ? []
        : [join(folder, entry.name)],
  );
}
