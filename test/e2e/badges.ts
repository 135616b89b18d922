// Reads Credlens badges the way assistive technology does. The badges live in closed shadow
// roots, which page scripts (and Playwright's CSS locators) cannot enter; Chromium's
// accessibility tree, read over CDP, can.
import type { BrowserContext, Page } from 'playwright-core';
import type { DemoLink } from '../demo-world';

export type BadgeReading = { role: string; name: string };

/** Every accessible node whose name starts with "Credlens:" (badges and open cards). */
export async function readBadges(context: BrowserContext, page: Page): Promise<BadgeReading[]> {
  const cdp = await context.newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: Array<{ role?: { value?: string }; name?: { value?: unknown } }>;
    };
    return nodes
      .map((node) => ({
        role: String(node.role?.value ?? ''),
        name: String(node.name?.value ?? ''),
      }))
      .filter((node) => node.name.startsWith('Credlens:'));
  } finally {
    await cdp.detach();
  }
}

/** The badge buttons with a final verdict (not "Checking…"). */
export async function settledBadges(context: BrowserContext, page: Page): Promise<string[]> {
  const badges = await readBadges(context, page);
  return badges
    .filter((b) => b.role === 'button' && !b.name.includes('Checking'))
    .map((b) => b.name);
}

const HEADLINES: Record<Exclude<DemoLink['expected'], 'none'>, RegExp> = {
  verified: /^Credlens: Verified — /,
  confirmed: /^Credlens: Confirmed by [^—]+ — /,
  expired: /^Credlens: Expired — /,
  revoked: /^Credlens: Revoked — /,
  invalid: /^Credlens: Invalid — /,
  unverifiable: /^Credlens: Could not check — /,
};

/** The accessible-name pattern a badge must have for a link with this expected verdict. */
export function headlineFor(expected: Exclude<DemoLink['expected'], 'none'>): RegExp {
  return HEADLINES[expected];
}
