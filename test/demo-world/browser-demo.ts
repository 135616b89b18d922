// The browser half of `npm run demo`: builds the test/demo extension, starts the demo world on
// 127.0.0.1, and opens Debian's Chromium with Credlens on the LinkedIn-like demo profile —
// headed when a display exists, otherwise headless — saving screenshots of the badges, an open
// card and the popup to a folder it prints.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs } from '../e2e/launch';
import { DEFAULT_PORT, startDemoWorld } from './index';

const CHROMIUM = '/usr/bin/chromium';
const out = resolve('demo-output');
const extension = resolve('.output-test/chrome-mv3');

if (!existsSync(CHROMIUM)) {
  console.log(
    '\nThe browser demo needs Chromium at /usr/bin/chromium. Install it with:\n' +
      '  sudo apt-get update && sudo apt-get install -y chromium\n' +
      'then run `npm run demo` again. (The offline verification demo above ran without it.)',
  );
  process.exit(0);
}

console.log('\nBuilding the demo build of the extension…');
execFileSync('npx', ['wxt', 'build', '-b', 'chrome', '--mv3'], {
  stdio: 'ignore',
  env: {
    ...process.env,
    CREDLENS_TEST_HOSTS: '127.0.0.1,localhost',
    CREDLENS_DEMO_ORIGIN: `http://127.0.0.1:${DEFAULT_PORT}`,
  },
});
const world = await startDemoWorld({ port: DEFAULT_PORT });
const headed =
  process.env.DISPLAY !== undefined && process.env.DISPLAY !== '' && process.env.CI === undefined;
mkdirSync(out, { recursive: true });
const context = await chromium.launchPersistentContext(join(out, '.profile'), {
  executablePath: CHROMIUM,
  headless: !headed,
  ignoreDefaultArgs: ['--disable-extensions'],
  viewport: { width: 1280, height: 900 },
  args: chromiumArgs(extension),
});
try {
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(world.pages.profile);
  const expected = world.links.filter(
    (link) => link.page === 'profile' && link.expected !== 'none',
  ).length;
  await page.waitForFunction(
    (count) => document.querySelectorAll('credlens-badge').length >= count,
    expected,
    { timeout: 30_000 },
  );
  // Let the last verdicts replace "Checking…".
  await page.waitForTimeout(1500);
  await page.screenshot({ path: join(out, 'profile-with-badges.png'), fullPage: true });
  const badge = page.locator('credlens-badge').nth(1);
  await badge.scrollIntoViewIfNeeded();
  await badge.click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(out, 'open-card.png') });
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html`);
  await popup.waitForTimeout(500);
  await popup.screenshot({ path: join(out, 'popup.png') });
  console.log(
    `\nThe demo world is at ${world.origin}/ — ${world.links.length} credential links across its pages.`,
  );
  console.log(`Screenshots: ${out}/profile-with-badges.png, open-card.png, popup.png`);
  if (headed) {
    console.log('Chromium is open on the demo profile; close its window to finish.');
    await new Promise<void>((done) => context.on('close', () => done()));
  }
} finally {
  await context.close().catch(() => undefined);
  await world.close();
}
