// Holder binding in Chromium with the test build, on Jordan Rivera's profile in the demo world:
// a genuine credential issued to someone else reads "Issued to someone else" (never Verified),
// on its badge, in its card, in the popup, in coverage and on the compare page; a shorter form
// of his name is a possible match with a note; the candidate's email typed in the popup decides
// a Credly badge whose only recipient is a hashed email.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { DemoLink } from '../demo-world';
import {
  BADGE_HOST,
  badgeFrames,
  cardText,
  headlineFor,
  readBadges,
  settledBadges,
} from './badges';
import { useDemoSession } from './demo-session';
import { SCREENSHOTS, tabIdOf } from './launch';

const SETTLE = { timeout: 30_000, interval: 250 };
const JORDAN = 'Jordan Rivera';
const JORDAN_EMAIL = 'jordan.rivera@orbital-ops.example';
const MALLORY = 'AWS Delivery Pipelines';
const POSSIBLE = 'Go Services Engineering';
const OWN = 'Cloud Native Delivery';
const CREDLY = 'KCNA: Kubernetes and Cloud Native Associate';

describe("whose credential it is, on Jordan Rivera's profile (test build)", () => {
  const session = useDemoSession();
  let page: Page;
  let tabId: number;

  const links = (): DemoLink[] =>
    session.world.links.filter((link) => link.page === 'holder' && link.expected !== 'none');

  const popup = async (id: number): Promise<Page> => {
    const opened = await session.browser.context.newPage();
    await opened.setViewportSize({ width: 400, height: 900 });
    await opened.goto(`chrome-extension://${session.browser.extensionId}/popup.html?tab=${id}`);
    return opened;
  };

  const badgeOf = async (name: string) =>
    (await readBadges(session.browser.context, page)).find(
      (badge) => badge.role === 'button' && badge.name.endsWith(`— ${name}`),
    )?.name;

  /** The badge frame of the credential `name`: its button says so. */
  const frameOf = async (name: string) => {
    for (const frame of badgeFrames(page)) {
      const label = await frame
        .evaluate(() => document.querySelector('button')?.getAttribute('aria-label') ?? '')
        .catch(() => '');
      if (label.endsWith(`— ${name}`)) return frame;
    }
    throw new Error(`no badge for ${name}`);
  };

  const isOpen = async (name?: string) =>
    (await readBadges(session.browser.context, page)).some(
      (node) => node.role === 'dialog' && (name === undefined || node.name.endsWith(`— ${name}`)),
    );

  /**
   * Opens the card of the credential `name` from the keyboard: its badge button takes the focus
   * (as Tab gives it), which opens the card. Clicks are not reliable here: once the tab has been
   * behind a popup, headless Chromium's clicks stopped reaching a badge frame that had been open.
   */
  const openCard = async (name: string) => {
    await page
      .locator(BADGE_HOST)
      .nth(links().findIndex((link) => link.name === name))
      .scrollIntoViewIfNeeded();
    const frame = await frameOf(name);
    await frame.locator('button.badge').focus();
    await expect.poll(() => isOpen(name), SETTLE).toBe(true);
    // The card's frame is composited a moment after it grows; screenshots wait for it.
    await page.waitForTimeout(300);
    return frame;
  };

  /** Closes the open card with Escape, and takes the focus back to the page. */
  const closeCard = async (name: string) => {
    const button = (await frameOf(name)).locator('button.badge');
    await button.press('Escape');
    await expect.poll(() => isOpen(), SETTLE).toBe(false);
    // A badge button that keeps the focus opens its card again when the tab regains it.
    await button.blur();
  };

  /** The certification's list item: its link, its badge and its text, as a person sees them. */
  const rowOf = (name: string) =>
    page.locator('li').filter({ has: page.locator('h3', { hasText: name }) });

  it('pins the demo job', async () => {
    const job = await session.browser.context.newPage();
    await job.goto(session.world.pages.job);
    await job.waitForLoadState('networkidle');
    const jobPopup = await popup(await tabIdOf(session.browser.worker, session.world.pages.job));
    await jobPopup.getByRole('button', { name: 'Pin this role' }).click();
    await expect
      .poll(() => jobPopup.getByRole('status').innerText(), SETTLE)
      .toContain('Pinned "Senior Platform Engineer"');
    await jobPopup.close();
    await job.close();
  });

  it('badges the credential issued to someone else "Issued to someone else", never Verified', async () => {
    page = await session.browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(session.world.pages.holderProfile);
    tabId = await tabIdOf(session.browser.worker, session.world.pages.holderProfile);
    await expect
      .poll(async () => (await settledBadges(session.browser.context, page)).length, SETTLE)
      .toBe(links().length);
    const names = await settledBadges(session.browser.context, page);
    for (const link of links()) {
      if (link.expected === 'none') continue;
      const badge = names.find((name) => name.endsWith(`— ${link.name}`));
      expect(badge, `badge for "${link.name}" among ${JSON.stringify(names)}`).toMatch(
        headlineFor(link.expected),
      );
    }
    expect(await badgeOf(MALLORY)).toBe(`Credlens: Someone else’s — ${MALLORY}`);
    const row = rowOf(MALLORY);
    await row.scrollIntoViewIfNeeded();
    await row.screenshot({ path: join(SCREENSHOTS, 'holder-badge-row.png') });
    await page
      .locator('section', { hasText: 'Licenses & certifications' })
      .last()
      .screenshot({ path: join(SCREENSHOTS, 'holder-badges.png') });
  });

  it("says in the open card whom it was issued to, and the possible match's note", async () => {
    await openCard(MALLORY);
    const card = await cardText(page);
    expect(card).toContain(`Issued to Mallory Impostor, not ${JORDAN}`);
    expect(card).not.toMatch(/^Verified/m);
    await page.screenshot({ path: join(SCREENSHOTS, 'holder-card-misattributed.png') });
    await closeCard(MALLORY);

    await openCard(POSSIBLE);
    expect(await cardText(page)).toContain(`Issued to J. Rivera; this page is about ${JORDAN}`);
    await page.screenshot({ path: join(SCREENSHOTS, 'holder-card-possible.png') });
    await closeCard(POSSIBLE);

    await openCard(OWN);
    expect(await cardText(page)).toContain(`Issued to ${JORDAN}, the person this page is about`);
    await closeCard(OWN);
  });

  it('lists it apart in the popup, says whom credentials are compared with, and leaves it out of coverage', async () => {
    const view = await popup(tabId);
    await expect
      .poll(() => view.getByRole('heading', { level: 2, name: JORDAN }).count(), SETTLE)
      .toBe(1);
    await expect
      .poll(() => view.locator('body').innerText(), SETTLE)
      .toContain(`Credentials are compared with ${JORDAN} (`);
    const others = view.getByRole('region', { name: 'Issued to someone else' });
    await expect.poll(() => others.innerText(), SETTLE).toContain(MALLORY);
    expect(await others.innerText()).not.toContain(OWN);
    // The possible match stays among the page's credentials, with its note.
    const possible = view
      .getByRole('listitem')
      .filter({ has: view.locator('.credential-name', { hasText: POSSIBLE }) });
    expect(await possible.innerText()).toContain(
      `Issued to J. Rivera; this page is about ${JORDAN}`,
    );
    // Coverage: Kubernetes and Terraform (his own), Go (J. Rivera); never Mallory's AWS or CI/CD.
    const coverage = view.getByText(/required skills backed by verified credentials/);
    await expect.poll(() => coverage.innerText(), SETTLE).toMatch(/^3 of \d+ required skills/);
    const verified = await view
      .getByRole('list', { name: 'Backed by a verified credential' })
      .innerText();
    for (const skill of ['Kubernetes', 'Terraform', 'Go']) expect(verified).toContain(skill);
    expect(verified).not.toContain(MALLORY);
    const missing = await view.getByRole('list', { name: 'Missing required skills' }).innerText();
    expect(missing).toContain('Amazon Web Services');
    expect(missing).toContain('CI/CD');
    await view.screenshot({ path: join(SCREENSHOTS, 'holder-popup.png'), fullPage: true });

    await view.getByRole('button', { name: 'Save to shortlist' }).click();
    await expect
      .poll(() => view.getByRole('status').innerText(), SETTLE)
      .toBe(`Saved ${JORDAN} to the shortlist.`);
    await view.close();
  });

  it('shows on the compare page that the credential backs nothing', async () => {
    const compare = await session.browser.context.newPage();
    await compare.setViewportSize({ width: 1280, height: 900 });
    await compare.goto(`chrome-extension://${session.browser.extensionId}/compare.html`);
    const row = compare
      .getByRole('table', { name: 'Candidates' })
      .locator('tbody tr', { hasText: JORDAN });
    await expect.poll(() => row.count(), SETTLE).toBe(1);
    expect(await row.innerText()).toMatch(/3 of \d+ verified/);
    // Two of his four credentials are verified: Mallory's counts for nothing.
    expect(await row.innerText()).toContain('2 of 4');
    const matrix = compare.getByRole('table', { name: 'Skills by candidate' });
    const aws = matrix.locator('tbody tr', { hasText: 'Amazon Web Services' }).first();
    expect(await aws.locator('td').allInnerTexts()).toEqual(['— not backed']);
    await compare.screenshot({ path: join(SCREENSHOTS, 'holder-compare.png'), fullPage: true });
    await compare.close();
  });

  it('compares the Credly badge with the email typed in the popup', async () => {
    // A fresh tab: the email is kept per tab, and earlier cards' focus and hover are left behind.
    page = await session.browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(session.world.pages.holderProfile);
    tabId = await tabIdOf(session.browser.worker, session.world.pages.holderProfile);
    await expect
      .poll(async () => (await settledBadges(session.browser.context, page)).length, SETTLE)
      .toBe(links().length);
    await openCard(CREDLY);
    expect(await cardText(page)).toContain('enter the candidate’s email in the Credlens popup');
    await closeCard(CREDLY);

    /** Types `address` in the popup's email field and checks it; the popup is closed after. */
    const checkEmail = async (address: string, screenshot?: string) => {
      const view = await popup(tabId);
      await view.getByLabel(/Candidate's email/).fill(address);
      await view.getByRole('button', { name: 'Check email' }).click();
      if (screenshot !== undefined) {
        // The popup notes only what is not a match: here, Mallory's credential and this email.
        await expect
          .poll(() => view.locator('body').innerText(), SETTLE)
          .toContain('the recipient the issuer recorded is not the email you entered');
        await view.screenshot({ path: join(SCREENSHOTS, screenshot), fullPage: true });
      }
      // Closed, as a real popup closes: the profile's tab is in front again.
      await view.close();
    };

    await checkEmail(JORDAN_EMAIL, 'holder-popup-email.png');
    await openCard(CREDLY);
    await expect
      .poll(() => cardText(page), SETTLE)
      .toMatch(/the recipient the issuer recorded is the email you entered/i);
    expect(await badgeOf(CREDLY)).toMatch(/^Credlens: Confirmed by [^—]+ — KCNA/);
    await page.screenshot({ path: join(SCREENSHOTS, 'holder-card-email.png') });
    await closeCard(CREDLY);

    await checkEmail('someone.else@elsewhere.example');
    await expect.poll(() => badgeOf(CREDLY), SETTLE).toBe(`Credlens: Someone else’s — ${CREDLY}`);
    await openCard(CREDLY);
    const card = await cardText(page);
    expect(card).toContain('Issued to someone else');
    expect(card).toContain('not the email you entered');
    await page.screenshot({ path: join(SCREENSHOTS, 'holder-card-other-email.png') });
    await closeCard(CREDLY);
  });

  it('shows the credential issued to someone else as such on the compare page', async () => {
    const compare = await session.browser.context.newPage();
    await compare.setViewportSize({ width: 1280, height: 900 });
    await compare.goto(`chrome-extension://${session.browser.extensionId}/compare.html`);
    await compare.getByRole('table', { name: 'Candidates' }).waitFor();
    await expect
      .poll(() => compare.locator('body').innerText(), { timeout: 3_000 })
      .toContain(`1 issued to someone else: ${MALLORY}`);
    const list = compare.getByRole('list', { name: 'Credentials' }).first();
    expect(await list.innerText()).toMatch(new RegExp(`Someone else’s\\s+${MALLORY}`));
    await compare.screenshot({ path: join(SCREENSHOTS, 'holder-compare.png'), fullPage: true });
    await compare.close();
  });

  it('the side panel says the same, and follows its tab to the next page', async () => {
    const tab = await session.browser.context.newPage();
    await tab.goto(session.world.pages.holderProfile);
    const id = await tabIdOf(session.browser.worker, session.world.pages.holderProfile);
    await expect
      .poll(async () => (await settledBadges(session.browser.context, tab)).length, SETTLE)
      .toBe(links().length);
    const panel = await session.browser.context.newPage();
    await panel.setViewportSize({ width: 400, height: 900 });
    await panel.goto(`chrome-extension://${session.browser.extensionId}/sidepanel.html?tab=${id}`);
    const text = () => panel.locator('body').innerText();
    await expect.poll(text, SETTLE).toContain(`Credentials are compared with ${JORDAN}`);
    const others = panel.getByRole('region', { name: 'Issued to someone else' });
    await expect.poll(() => others.innerText(), SETTLE).toContain(MALLORY);
    expect(await text()).toMatch(/Someone else’s/);
    await panel.screenshot({ path: join(SCREENSHOTS, 'sidepanel-holder.png'), fullPage: true });
    // The recruiter moves on in the same tab: the panel, still open, reads the new page.
    await tab.goto(session.world.pages.profile);
    await expect.poll(text, SETTLE).toContain('Credentials are compared with Ada Lovelace');
    expect(await text()).not.toContain(MALLORY);
    await panel.close();
    await tab.close();
  });
});
