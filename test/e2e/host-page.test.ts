import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoWorld, startDemoWorld } from '../demo-world';
import { BADGE_HOST, badgeFrames, settledBadges } from './badges';
import { DEMO_PORT } from './global-setup';
import {
  EXTENSION_DIR,
  type LaunchedExtension,
  launchWithExtension,
  TEST_EXTENSION_DIR,
} from './launch';

const SETTLE = { timeout: 30_000, interval: 250 };

/** Where every credential link sits on the page (its own box, not the badge after it). */
const LINK_BOXES = () =>
  [...document.querySelectorAll('a[href]')].map((link) => {
    const box = link.getBoundingClientRect();
    return `${Math.round(box.left)},${Math.round(box.top)},${Math.round(box.width)}x${Math.round(box.height)}`;
  });

describe('the host page around the badges', () => {
  let world: DemoWorld;
  let withBadges: LaunchedExtension;
  let without: LaunchedExtension;

  beforeAll(async () => {
    world = await startDemoWorld({ port: DEMO_PORT });
    withBadges = await launchWithExtension(TEST_EXTENSION_DIR);
    // The normal build does not run on 127.0.0.1: the same page, untouched.
    without = await launchWithExtension(EXTENSION_DIR);
  });

  afterAll(async () => {
    await withBadges?.close();
    await without?.close();
    await world?.close();
  });

  it('changes nothing on the page but the badges’ own inline boxes', async () => {
    const plain = await without.context.newPage();
    await plain.setViewportSize({ width: 1280, height: 900 });
    await plain.goto(world.pages.github);
    const marked = await withBadges.context.newPage();
    await marked.setViewportSize({ width: 1280, height: 900 });
    await marked.goto(world.pages.github);
    const expected = world.links.filter(
      (link) => link.page === 'github' && link.expected !== 'none',
    ).length;
    await expect
      .poll(async () => (await settledBadges(withBadges.context, marked)).length, SETTLE)
      .toBe(expected);
    expect(await plain.locator(BADGE_HOST).count()).toBe(0);
    const before = await plain.evaluate(LINK_BOXES);
    const after = await marked.evaluate(LINK_BOXES);
    // Every link keeps its size (no page styles touched); what follows a badge may move by the
    // badge's width, but nothing before the first badge moves at all.
    const size = (box: string) => box.split(',')[2];
    expect(after.map(size)).toEqual(before.map(size));
    const firstBadged = await marked.evaluate((selector) => {
      const badge = document.querySelector(selector);
      return [...document.querySelectorAll('a[href]')].findIndex(
        (link) => link.nextElementSibling === badge,
      );
    }, BADGE_HOST);
    expect(firstBadged).toBeGreaterThanOrEqual(0);
    expect(after.slice(0, firstBadged + 1)).toEqual(before.slice(0, firstBadged + 1));
    // No style element or stylesheet was added to the page itself.
    const styles = async (page: typeof plain) => page.evaluate(() => document.styleSheets.length);
    expect(await styles(marked)).toBe(await styles(plain));
  });

  it('follows the system dark mode inside the badge', async () => {
    const page = await withBadges.context.newPage();
    await page.goto(world.pages.github);
    await expect
      .poll(async () => (await settledBadges(withBadges.context, page)).length, SETTLE)
      .toBeGreaterThan(0);
    // Read inside the badge's own frame, where its styles live.
    const colours = async () => {
      const frame = badgeFrames(page)[0];
      return frame?.evaluate(() => {
        const button = document.querySelector('button.badge');
        return button === null ? undefined : getComputedStyle(button).backgroundColor;
      });
    };
    await page.emulateMedia({ colorScheme: 'light' });
    const light = await colours();
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await colours();
    expect(light).toBeDefined();
    expect(dark).toBeDefined();
    expect(dark).not.toBe(light);
  });
});
