// The hiring journey in Chromium on the demo world (test build): a job page's role read, edited
// and pinned from the popup; candidates' popups measured against it and saved to the shortlist;
// the compare page with three demo candidates; trusted issuers changing the card; a role pasted.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BADGE_HOST, cardText, settledBadges } from './badges';
import { useDemoSession } from './demo-session';
import { SCREENSHOTS, tabIdOf } from './launch';

const SETTLE = { timeout: 30_000, interval: 250 };

describe('roles, coverage and the shortlist (demo world, test build)', () => {
  const session = useDemoSession();

  /** Opens `url` in a tab and returns it with its tab id (for the popup's `?tab=`). */
  const openTab = async (url: string) => {
    const page = await session.browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    return { page, tabId: await tabIdOf(session.browser.worker, url) };
  };

  const popupFor = async (tabId: number): Promise<Page> => {
    const popup = await session.browser.context.newPage();
    await popup.setViewportSize({ width: 400, height: 900 });
    await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html?tab=${tabId}`);
    return popup;
  };

  /** Every text the page's badge cards show (read inside their frames). */
  const axTexts = async (page: Page): Promise<string[]> => (await cardText(page)).split('\n');

  const settle = async (page: Page, which: 'profile' | 'grace' | 'katherine') => {
    const expected = session.world.links.filter(
      (l) => l.page === which && l.expected !== 'none',
    ).length;
    await expect
      .poll(async () => (await settledBadges(session.browser.context, page)).length, SETTLE)
      .toBe(expected);
  };

  const coverageLine = (popup: Page) =>
    popup.getByText(/required skills backed by verified credentials/).innerText();

  let requiredCount = 0;

  it('reads the role on a job page, lets the recruiter edit its skills, and pins it', async () => {
    const job = await openTab(session.world.pages.job);
    const popup = await popupFor(job.tabId);
    await expect
      .poll(() => popup.getByRole('heading', { name: /^Role on this page/ }).innerText(), SETTLE)
      .toBe('Role on this page: Senior Platform Engineer — Analytical Engines Ltd');
    const required = popup.getByRole('list', { name: 'Required skills' }).getByRole('listitem');
    const requiredText = await required.allInnerTexts();
    // The posting's own skills field and its Requirements section.
    for (const skill of ['Kubernetes', 'Amazon Web Services', 'Terraform', 'Go', 'CI/CD'])
      expect(
        requiredText.some((text) => text.startsWith(skill)),
        skill,
      ).toBe(true);
    // "Required skills" (a heading) is not RequireJS; "a controller" is not robotics.
    expect(requiredText.join(' ')).not.toMatch(/RequireJS|robotic/);
    // Edit: drop GitHub, move observability (preferred) up, add Ansible.
    await popup.getByRole('button', { name: 'Remove GitHub' }).click();
    await popup.getByRole('button', { name: 'Make observability required' }).click();
    await popup.getByLabel('Add a skill').fill('ansible');
    await popup.getByRole('button', { name: 'Add', exact: true }).click();
    await popup.getByLabel('Add a skill').fill('zorbly flumph');
    await popup.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => popup.getByText('Credlens does not know the skill').count()).toBe(1);
    const edited = await required.allInnerTexts();
    expect(edited.join(' ')).not.toContain('GitHub');
    expect(edited.some((text) => text.startsWith('observability'))).toBe(true);
    expect(edited.some((text) => text.startsWith('Ansible'))).toBe(true);
    requiredCount = edited.length;
    await popup.getByRole('button', { name: 'Pin this role' }).click();
    await expect
      .poll(() => popup.getByRole('status').innerText())
      .toContain('Pinned "Senior Platform Engineer"');
    await expect
      .poll(() => popup.getByRole('button', { name: 'Update pinned role' }).count())
      .toBe(1);
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup-job.png'), fullPage: true });
  });

  it("measures each candidate's verified skills against the pinned role and shortlists them", async () => {
    expect(requiredCount).toBeGreaterThan(5);
    const expectations = [
      // Ada: Go is backed by a verified credential and Kubernetes only by Credly's
      // confirmation; her AWS badge expired and her Terraform badge was revoked.
      {
        url: session.world.pages.profile,
        page: 'profile' as const,
        name: 'Ada Lovelace',
        verified: 1,
        confirmed: 1,
      },
      // Grace: nothing on this role (compilers, data processing; CKAD is Kubernetes, confirmed).
      {
        url: session.world.pages.graceProfile,
        page: 'grace' as const,
        name: 'Grace Hopper',
        verified: 0,
        confirmed: 1,
      },
      // Katherine: verified Kubernetes, Terraform, CI/CD (one credential) and AWS, IAM, Go
      // (another) — six required skills; observability and Ansible stay missing.
      {
        url: session.world.pages.katherineProfile,
        page: 'katherine' as const,
        name: 'Katherine Johnson',
        verified: 6,
        confirmed: 0,
      },
    ];
    for (const candidate of expectations) {
      const tab = await openTab(candidate.url);
      await settle(tab.page, candidate.page);
      const popup = await popupFor(tab.tabId);
      await expect
        .poll(() => popup.getByRole('heading', { level: 2, name: candidate.name }).count(), SETTLE)
        .toBe(1);
      await expect
        .poll(() => coverageLine(popup), SETTLE)
        .toBe(
          `${candidate.verified} of ${requiredCount} required skills backed by verified credentials`,
        );
      if (candidate.confirmed > 0)
        expect(
          await popup.locator('section[aria-label^="Against"] p').first().innerText(),
        ).toContain(`and ${candidate.confirmed} confirmed by a provider`);
      if (candidate.page === 'profile') {
        const missing = await popup
          .getByRole('list', { name: 'Missing required skills' })
          .innerText();
        expect(missing).toContain('Amazon Web Services');
        expect(missing).toContain('Terraform');
        const verified = await popup
          .getByRole('list', { name: 'Backed by a verified credential' })
          .innerText();
        expect(verified).toContain('Go');
        await popup.screenshot({ path: join(SCREENSHOTS, 'popup-profile.png'), fullPage: true });
      }
      await popup.getByRole('button', { name: 'Save to shortlist' }).click();
      await expect
        .poll(() => popup.getByRole('status').innerText())
        .toBe(`Saved ${candidate.name} to the shortlist.`);
    }
  });

  it('compares the three shortlisted candidates side by side, sorts, filters, removes and exports', async () => {
    const compare = await session.browser.context.newPage();
    await compare.setViewportSize({ width: 1280, height: 900 });
    await compare.goto(`chrome-extension://${session.browser.extensionId}/compare.html`);
    const rows = compare.getByRole('table', { name: 'Candidates' }).locator('tbody tr');
    await expect.poll(() => rows.count(), SETTLE).toBe(3);
    // Sorted by coverage: Katherine first, then Ada, then Grace.
    expect((await rows.locator('th').allInnerTexts()).map((t) => t.trim())).toEqual([
      'Katherine Johnson',
      'Ada Lovelace',
      'Grace Hopper',
    ]);
    expect(await rows.first().innerText()).toContain(`6 of ${requiredCount} verified`);
    const matrix = compare.getByRole('table', { name: 'Skills by candidate' });
    const kubernetes = matrix.locator('tbody tr', { hasText: 'Kubernetes' }).first();
    expect(await kubernetes.locator('td').allInnerTexts()).toEqual([
      '✔ Verified\nKubernetes Platform Operations',
      '☑ Confirmed\nCKA: Certified Kubernetes Administrator',
      '☑ Confirmed\nCKAD: Certified Kubernetes Application Developer',
    ]);
    await compare.screenshot({ path: join(SCREENSHOTS, 'compare.png'), fullPage: true });
    await compare.getByLabel('Sort by').selectOption('name');
    expect((await rows.locator('th').allInnerTexts()).map((t) => t.trim())).toEqual([
      'Ada Lovelace',
      'Grace Hopper',
      'Katherine Johnson',
    ]);
    await compare.getByLabel('Filter').fill('kath');
    await expect.poll(() => rows.count()).toBe(1);
    await compare.getByLabel('Filter').fill('');
    // CSV export: a download with one line per candidate plus the header.
    const [csv] = await Promise.all([
      compare.waitForEvent('download'),
      compare.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const csvText = await readDownload(csv);
    expect(csvText.trim().split('\r\n')).toHaveLength(4);
    expect(csvText).toContain('Katherine Johnson');
    await compare.getByRole('button', { name: 'Remove Grace Hopper' }).click();
    await expect.poll(() => rows.count()).toBe(2);
  });

  it('exports all data as JSON and imports it back without duplicates; a bad file changes nothing', async () => {
    const compare = await session.browser.context.newPage();
    await compare.goto(`chrome-extension://${session.browser.extensionId}/compare.html`);
    const rows = compare.getByRole('table', { name: 'Candidates' }).locator('tbody tr');
    await expect.poll(() => rows.count(), SETTLE).toBe(2);
    const [download] = await Promise.all([
      compare.waitForEvent('download'),
      compare.getByRole('button', { name: 'Export JSON' }).click(),
    ]);
    const exported = await readDownload(download);
    expect(JSON.parse(exported)).toMatchObject({
      format: 'credlens-user-data',
      data: { version: 3 },
    });
    await compare.getByLabel('Import JSON').setInputFiles({
      name: 'credlens-data.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exported),
    });
    await expect
      .poll(() => compare.getByRole('status').innerText())
      .toBe('Imported 0 roles, 0 candidates and 0 trusted issuers.');
    await compare.getByLabel('Import JSON').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"credlens-user-data","data":{"version":2,"roles":"x"}}'),
    });
    await expect.poll(() => compare.getByRole('status').innerText()).toMatch(/^Import failed: /);
    expect(await rows.count()).toBe(2);
  });

  it('"Trust this issuer" turns the card\'s warning into "Known issuer"', async () => {
    const tab = await openTab(session.world.pages.profile);
    await settle(tab.page, 'profile');
    const engineer = tab.page.locator(BADGE_HOST).nth(1);
    await engineer.scrollIntoViewIfNeeded();
    await engineer.click();
    await expect
      .poll(async () => (await axTexts(tab.page)).join('\n'), SETTLE)
      .toContain('Issuer not on your trusted list');
    const popup = await popupFor(tab.tabId);
    await popup
      .getByRole('button', { name: /^Trust this issuer: did:key:/ })
      .first()
      .click();
    await expect
      .poll(() => popup.getByRole('status').innerText())
      .toBe('Trusting Credlens Demo University.');
    const again = await openTab(session.world.pages.profile);
    await settle(again.page, 'profile');
    const badge = again.page.locator(BADGE_HOST).nth(1);
    await badge.scrollIntoViewIfNeeded();
    await badge.click();
    await expect
      .poll(async () => (await axTexts(again.page)).join('\n'), SETTLE)
      // The issuer's 56-character did:key shortened to its start and end, with a copy button.
      .toMatch(
        /Known issuer: Credlens Demo University, did:key:z6Mk\S{4}…\S{6} Copy \(your trusted issuers\)/,
      );
    await again.page.screenshot({ path: join(SCREENSHOTS, 'card-known-issuer.png') });
  });

  it('pins a pasted job description and measures against it', async () => {
    const tab = await openTab(session.world.pages.profile);
    await settle(tab.page, 'profile');
    const popup = await popupFor(tab.tabId);
    await popup.getByRole('button', { name: 'Paste a job description' }).click();
    await popup
      .getByLabel('Job description')
      .fill('Machine Learning Engineer\nRequirements\n- Python\n- machine learning\n- SQL');
    await popup.getByRole('button', { name: 'Use this role' }).click();
    await expect
      .poll(() => popup.getByRole('status').innerText())
      .toBe('Pinned "Machine Learning Engineer" with 3 skills.');
    // Python and machine learning come from the verified "Machine Learning Engineer" badge.
    await expect
      .poll(() => coverageLine(popup), SETTLE)
      .toBe('2 of 3 required skills backed by verified credentials');
    expect(await popup.getByRole('list', { name: 'Missing required skills' }).innerText()).toBe(
      'SQL',
    );
  });

  it('manages trusted issuers in the options, and clears cached verdicts', async () => {
    const options = await session.browser.context.newPage();
    await options.setViewportSize({ width: 1100, height: 900 });
    await options.goto(`chrome-extension://${session.browser.extensionId}/options.html`);
    const yours = options.getByRole('list', { name: 'Your trusted issuers' });
    // Trusted from the popup in an earlier step.
    await expect.poll(() => yours.innerText(), SETTLE).toContain('Credlens Demo University');
    await options.getByLabel('Issuer id').fill('did:web:registrar.example.edu');
    await options.getByLabel('Name').fill('Example University Registrar');
    await options.getByRole('button', { name: 'Trust issuer' }).click();
    await expect.poll(() => yours.getByRole('listitem').count()).toBe(2);
    await yours
      .getByRole('listitem')
      .filter({ hasText: 'Credlens Demo University' })
      .getByRole('button', { name: /^Remove Credlens Demo University/ })
      .click();
    await expect.poll(() => yours.getByRole('listitem').count()).toBe(1);
    const bundled = options.getByRole('list', { name: 'Bundled trusted issuers' });
    const credly = bundled.getByRole('listitem').filter({ hasText: 'Open Badges 3.0' }).first();
    await credly.getByRole('button', { name: /^Do not trust: / }).click();
    await expect.poll(() => credly.innerText()).toContain('not trusted by you');
    // Every bundled entry shows where it comes from.
    const sources = await bundled.getByText(/^Source: /).count();
    expect(sources).toBe(await bundled.getByRole('listitem').count());
    await options.screenshot({ path: join(SCREENSHOTS, 'options.png'), fullPage: true });
    await options.getByRole('button', { name: 'Clear cached verdicts' }).click();
    await expect
      .poll(() => options.getByRole('status').innerText())
      .toMatch(/^Cleared [1-9]\d* cached verdicts; credentials will be checked again\.$/);
    await options.getByRole('button', { name: 'Clear cached verdicts' }).click();
    await expect
      .poll(() => options.getByRole('status').innerText())
      .toBe('Cleared 0 cached verdicts; credentials will be checked again.');
  });

  it('renames and deletes saved roles on the compare page, and the popup follows', async () => {
    const compare = await session.browser.context.newPage();
    await compare.goto(`chrome-extension://${session.browser.extensionId}/compare.html`);
    const picker = compare.locator('select').first();
    await expect.poll(() => picker.locator('option').count(), SETTLE).toBe(2);
    await picker.selectOption({ label: 'Senior Platform Engineer — Analytical Engines Ltd' });
    await compare.getByRole('button', { name: 'Rename' }).click();
    // Focus follows into the field that replaced the button.
    await expect.poll(() => compare.evaluate(() => document.activeElement?.id)).toBe('rename-role');
    await compare.getByLabel('New name').fill('Platform Engineer (London)');
    await compare.getByRole('button', { name: 'Save name' }).click();
    await expect
      .poll(() => compare.getByRole('heading', { level: 2 }).first().innerText())
      .toBe('Platform Engineer (London) — Analytical Engines Ltd');
    // The pasted role has no candidates: deleting it asks first and says so.
    await picker.selectOption({ label: 'Machine Learning Engineer' });
    await compare.getByRole('button', { name: 'Delete role' }).click();
    await compare.getByRole('button', { name: 'Delete the role and its 0 candidates' }).click();
    await expect.poll(() => picker.locator('option').count()).toBe(1);
    const tab = await openTab(session.world.pages.katherineProfile);
    await settle(tab.page, 'katherine');
    const popup = await popupFor(tab.tabId);
    // The deleted role was pinned: nothing is compared until a role is chosen.
    await expect.poll(() => popup.locator('select').first().inputValue(), SETTLE).toBe('');
    await popup
      .locator('select')
      .first()
      .selectOption({ label: 'Platform Engineer (London) — Analytical Engines Ltd' });
    await expect.poll(() => coverageLine(popup), SETTLE).toMatch(/^6 of \d+ required skills/);
  });

  it('works from the keyboard: pin a role and shortlist with Tab and Enter', async () => {
    const job = await openTab(session.world.pages.job);
    const popup = await popupFor(job.tabId);
    const pin = popup.getByRole('button', { name: /^(Pin this role|Update pinned role)$/ });
    await pin.waitFor();
    // Tab from the top of the page until the pin button has focus, then press Enter.
    for (let presses = 0; presses < 60; presses++) {
      if (await pin.evaluate((element) => element === document.activeElement)) break;
      await popup.keyboard.press('Tab');
    }
    expect(await pin.evaluate((element) => element === document.activeElement)).toBe(true);
    await popup.keyboard.press('Enter');
    await expect
      .poll(() => popup.getByRole('status').innerText())
      .toContain('Pinned "Platform Engineer (London)"');
  });
});

async function readDownload(download: import('playwright-core').Download): Promise<string> {
  const path = await download.path();
  const { readFileSync } = await import('node:fs');
  return readFileSync(path, 'utf8');
}
