// Reads Credlens badges the way a person (or assistive technology) does: from inside each
// badge frame. The frames are extension-origin documents in closed shadow roots, which page
// scripts cannot enter; the test harness can, through Playwright's frames.
import type { BrowserContext, Frame, Page } from 'playwright-core';
import type { DemoLink } from '../demo-world';

export type BadgeReading = { role: string; name: string };

/** The selector of a badge's host element in the page (a plain span, by its marker). */
export const BADGE_HOST = 'span[data-credlens-badge]';

/** Every badge frame of the page (extension-origin documents named badge.html). */
export function badgeFrames(page: Page): Frame[] {
  return page
    .frames()
    .filter((frame) => /^(chrome|moz)-extension:\/\/[^/]+\/badge\.html/.test(frame.url()));
}

/** Every element named "Credlens: …" in every badge frame (badge buttons and open cards). */
export async function readBadges(_context: BrowserContext, page: Page): Promise<BadgeReading[]> {
  const readings = await Promise.all(
    badgeFrames(page).map((frame) =>
      frame
        .evaluate(() =>
          [...document.querySelectorAll('[aria-label^="Credlens:"]')].map((element) => ({
            role: element.getAttribute('role') ?? element.localName,
            name: element.getAttribute('aria-label') ?? '',
          })),
        )
        .catch(() => []),
    ),
  );
  return readings.flat();
}

/** The badge buttons with a final verdict (not "Checking…"). */
export async function settledBadges(context: BrowserContext, page: Page): Promise<string[]> {
  const badges = await readBadges(context, page);
  return badges
    .filter((b) => b.role === 'button' && !b.name.includes('Checking'))
    .map((b) => b.name);
}

/** The text of every open card. */
export async function cardText(page: Page): Promise<string> {
  const texts = await Promise.all(
    badgeFrames(page).map((frame) =>
      frame
        .evaluate(() => (document.querySelector('.card') as HTMLElement | null)?.innerText ?? '')
        .catch(() => ''),
    ),
  );
  return texts.join('\n');
}

const HEADLINES: Record<Exclude<DemoLink['expected'], 'none'>, RegExp> = {
  verified: /^Credlens: Verified — /,
  confirmed: /^Credlens: Confirmed by [^—]+ — /,
  expired: /^Credlens: Expired — /,
  revoked: /^Credlens: Revoked — /,
  invalid: /^Credlens: Invalid — /,
  unverifiable: /^Credlens: Could not check — /,
  misattributed: /^Credlens: Someone else’s — /,
};

/** The accessible-name pattern a badge must have for a link with this expected verdict. */
export function headlineFor(expected: Exclude<DemoLink['expected'], 'none'>): RegExp {
  return HEADLINES[expected];
}
