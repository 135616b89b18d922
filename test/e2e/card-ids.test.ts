// The card's long ids in Chromium: the issuer's 56-character did:key is shown shortened, and its
// Copy button puts the whole id on the clipboard from inside the badge frame, where the async
// clipboard API is refused (the copy command is not).
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { BADGE_HOST, badgeFrames, settledBadges } from './badges';
import { useDemoSession } from './demo-session';
import { SCREENSHOTS } from './launch';

const SETTLE = { timeout: 30_000, interval: 250 };
const session = useDemoSession();

it('shortens the issuer’s did:key on the card and copies it whole', async () => {
  const page = await session.browser.context.newPage();
  await page.goto(session.world.pages.profile);
  const expected = session.world.links.filter(
    (link) => link.page === 'profile' && link.expected !== 'none',
  ).length;
  await expect
    .poll(async () => (await settledBadges(session.browser.context, page)).length, SETTLE)
    .toBe(expected);
  // The second credential on Ada's profile is issued by the demo university's did:key.
  const badge = page.locator(BADGE_HOST).nth(1);
  await badge.scrollIntoViewIfNeeded();
  await badge.click();
  const card = async () => {
    for (const frame of badgeFrames(page)) {
      if ((await frame.locator('.card').count()) > 0) return frame;
    }
    return undefined;
  };
  await expect.poll(async () => (await card()) !== undefined, SETTLE).toBe(true);
  const frame = await card();
  if (frame === undefined) throw new Error('no open card');
  const id = frame.locator('.meta .id-text');
  const whole = await id.getAttribute('title');
  expect(whole).toMatch(/^did:key:z6Mk[1-9A-HJ-NP-Za-km-z]{44}$/);
  expect(await id.innerText()).toBe(`${whole?.slice(0, 16)}…${whole?.slice(-6)}`);
  await frame.getByRole('button', { name: "Copy the issuer's id in full" }).first().click();
  await expect.poll(() => frame.locator('.meta button.copy').innerText(), SETTLE).toBe('Copied');
  // What the recruiter pastes: read back from the clipboard by the page, allowed to for the test.
  await session.browser.context.grantPermissions(['clipboard-read'], {
    origin: session.world.origin,
  });
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(whole);
  await page.screenshot({ path: join(SCREENSHOTS, 'card-copy-id.png') });
});
