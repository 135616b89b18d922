// The browser half of `npm run demo`: starts the demo world on 127.0.0.1 (port 8787, or the
// port given with --port N or DEMO_PORT=N; a free one when 8787 is taken and none was given),
// builds the test/demo extension for that origin, and opens Debian's Chromium with Credlens on
// the LinkedIn-like demo profile — headed when a display exists, otherwise headless — saving
// screenshots of the badges, an open card and the popup to demo-output/, and the store's
// 1280×800 screenshots to store/screenshots/.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { BADGE_HOST } from '../e2e/badges';
import { chromiumArgs, tabIdOf } from '../e2e/launch';
import { DEFAULT_PORT } from './index';
import { choosePort, type PortBusy, startDemoWorldOn } from './listen';
import { STORE_SHOTS, saveStoreShot, storeShotWithPopup } from './store-shots';

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

const choice = choosePort(process.argv, process.env);
if (!choice.ok) portProblem(choice.error);
const started = await startDemoWorldOn(choice.value);
if (!started.ok) portProblem(started.error);
const world = started.value;
if (world.port !== choice.value.port) {
  console.log(`\nPort ${DEFAULT_PORT} is busy; the demo world runs on ${world.origin} instead.`);
}

console.log(`\nBuilding the demo build of the extension for ${world.origin}…`);
try {
  // The build's provider stand-ins point at this world's origin, whatever port it got.
  execFileSync('npx', ['wxt', 'build', '-b', 'chrome', '--mv3'], {
    stdio: 'ignore',
    env: {
      ...process.env,
      CREDLENS_TEST_HOSTS: '127.0.0.1,localhost',
      CREDLENS_DEMO_ORIGIN: world.origin,
    },
  });
} catch {
  await world.close();
  console.error(
    'The demo build failed; run `CREDLENS_TEST_HOSTS=127.0.0.1 npx wxt build` to see why.',
  );
  process.exit(1);
}
const headed =
  process.env.DISPLAY !== undefined && process.env.DISPLAY !== '' && process.env.CI === undefined;
mkdirSync(out, { recursive: true });
// A fresh browser profile every run: the demo shows a first visit, never an earlier run's data.
rmSync(join(out, '.profile'), { recursive: true, force: true });
const context = await chromium.launchPersistentContext(join(out, '.profile'), {
  executablePath: CHROMIUM,
  headless: !headed,
  ignoreDefaultArgs: ['--disable-extensions'],
  // The Chrome Web Store's and AMO's screenshot size, so viewport screenshots fit the stores.
  viewport: { width: 1280, height: 800 },
  args: chromiumArgs(extension),
});
try {
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extension = `chrome-extension://${new URL(worker.url()).host}`;
  const popupFor = async (url: string) => {
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 400, height: 900 });
    await popup.goto(`${extension}/popup.html?tab=${await tabIdOf(worker, url)}`);
    return popup;
  };
  const settle = async (page: import('playwright-core').Page, which: string) => {
    const expected = world.links.filter((l) => l.page === which && l.expected !== 'none').length;
    await page.waitForFunction(
      ([selector, count]) => document.querySelectorAll(selector as string).length >= Number(count),
      [BADGE_HOST, expected],
      { timeout: 30_000 },
    );
    // Let the last verdicts replace "Checking…".
    await page.waitForTimeout(1500);
  };

  // 1. The job: the popup reads the posting's skills; pin the role.
  const job = context.pages()[0] ?? (await context.newPage());
  await job.goto(world.pages.job);
  const jobPopup = await popupFor(world.pages.job);
  await jobPopup.getByRole('button', { name: 'Pin this role' }).click();
  await jobPopup.getByText(/^Pinned "/).waitFor();
  await jobPopup.screenshot({ path: join(out, 'popup-job.png'), fullPage: true });

  // 2. Ada's profile: a badge beside every credential, a card, and the popup's coverage.
  const page = await context.newPage();
  await page.goto(world.pages.profile);
  await settle(page, 'profile');
  await page.screenshot({ path: join(out, 'profile-with-badges.png'), fullPage: true });
  await scrollToHeading(page, 'Licenses & certifications');
  await saveStoreShot(page, '1-badges-on-a-profile.png');
  const badge = page.locator(BADGE_HOST).nth(1);
  await badge.scrollIntoViewIfNeeded();
  await badge.click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(out, 'open-card.png') });
  await saveStoreShot(page, '2-open-card.png');

  // 3. Three candidates measured against the pinned role and shortlisted.
  const coverage: string[] = [];
  for (const [url, which] of [
    [world.pages.profile, 'profile'],
    [world.pages.graceProfile, 'grace'],
    [world.pages.katherineProfile, 'katherine'],
  ] as const) {
    if (which !== 'profile') {
      const tab = await context.newPage();
      await tab.goto(url);
      await settle(tab, which);
    }
    const popup = await popupFor(url);
    const line = popup.getByText(/required skills backed by verified credentials/);
    await line.waitFor({ timeout: 30_000 });
    await popup.waitForTimeout(500);
    const name = await popup.locator('#candidate-heading').innerText();
    coverage.push(`  ${name}: ${await line.innerText()}`);
    if (which === 'profile') {
      await popup.screenshot({ path: join(out, 'popup.png'), fullPage: true });
      await page.bringToFront();
      await storeShotWithPopup({ context, page, popup, name: '3-popup-skills.png' });
    }
    await popup.getByRole('button', { name: 'Save to shortlist' }).click();
    await popup.getByText(/ to the shortlist\.$/).waitFor();
  }

  // 4. The compare page, and 5. the learner preview of a baked badge.
  const compare = await context.newPage();
  await compare.goto(`${extension}/compare.html`);
  await compare.getByRole('table', { name: 'Candidates' }).waitFor();
  await compare.screenshot({ path: join(out, 'compare.png'), fullPage: true });
  await saveStoreShot(compare, '4-compare-candidates.png');
  const preview = await context.newPage();
  await preview.goto(`${extension}/preview.html`);
  const png = await (
    await fetch(`${world.origin}/issuer/badges/machine-learning-engineer-badge.png`)
  ).arrayBuffer();
  await preview.locator('input[type=file]').setInputFiles({
    name: 'machine-learning-engineer-badge.png',
    mimeType: 'image/png',
    buffer: Buffer.from(png),
  });
  await preview
    .getByRole('heading', { name: 'Skills Credlens recognises' })
    .waitFor({ timeout: 30_000 });
  await preview.screenshot({ path: join(out, 'preview.png'), fullPage: true });
  await scrollToHeading(preview, 'Result');
  await saveStoreShot(preview, '5-learner-preview.png');

  console.log(
    `\nThe demo world is at ${world.origin}/ — ${world.links.length} credential links across its pages.`,
  );
  console.log('Pinned role: Senior Platform Engineer (the demo job page). Shortlist:');
  console.log(coverage.join('\n'));
  console.log(
    `Screenshots in ${out}: popup-job.png, profile-with-badges.png, open-card.png, popup.png, compare.png, preview.png`,
  );
  console.log(`Store screenshots (1280×800) in ${STORE_SHOTS}`);
  if (headed) {
    console.log('Chromium is open on the demo profile; close its window to finish.');
    await new Promise<void>((done) => context.on('close', () => done()));
  }
} finally {
  await context.close().catch(() => undefined);
  await world.close();
}

/** Scrolls a heading to the top of the window (below a page's sticky bar) for a screenshot. */
async function scrollToHeading(page: import('playwright-core').Page, name: string) {
  await page.getByRole('heading', { name, exact: true }).first().scrollIntoViewIfNeeded();
  await page.evaluate((text) => {
    const heading = [...document.querySelectorAll('h1, h2, h3')].find(
      (element) => element.textContent?.trim() === text,
    );
    window.scrollTo(0, window.scrollY + (heading?.getBoundingClientRect().top ?? 0) - 64);
  }, name);
}

/** Says what is wrong with the port, in words, and stops: no stack trace for a busy port. */
function portProblem(problem: PortBusy): never {
  console.error(
    problem.code === 'port_busy'
      ? `\nPort ${problem.port} on 127.0.0.1 is busy (another demo, test run or server is using it).\n` +
          'Stop that program, or run the demo on another port: npm run demo -- --port <N> ' +
          '(or DEMO_PORT=<N>; 0 picks a free port).'
      : `\nNot a port: ${problem.port}. Use a number from 0 to 65535 (0 picks a free port).`,
  );
  process.exit(1);
}
