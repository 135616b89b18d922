// The learner preview page in Chromium (test build): a baked PNG from the demo world chosen in
// the file input shows the recruiter's "Verified" badge, its open card and the recognised
// skills; a pasted tampered credential shows a signature error with its fix; a link to a demo
// credential is fetched like a recruiter's badge would be.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { issue, openBadge, testKey } from '../helpers/issue';
import { useDemoSession } from './demo-session';
import { SCREENSHOTS } from './launch';

const SETTLE = { timeout: 30_000, interval: 250 };
const PNG_PATH = '/issuer/badges/machine-learning-engineer-badge.png';
const TAMPERED_PATH = '/issuer/credentials/ada-kubernetes-security.json';
const VERIFIED_PATH = '/issuer/credentials/ada-vc-engineer.json';

describe('learner preview page (test build)', () => {
  const session = useDemoSession();
  const pageErrors: string[] = [];

  const openPreview = async (colorScheme: 'light' | 'dark' = 'light'): Promise<Page> => {
    const page = await session.browser.context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.emulateMedia({ colorScheme });
    await page.goto(`chrome-extension://${session.browser.extensionId}/preview.html`);
    await page.getByRole('heading', { name: 'Preview your credential' }).waitFor();
    return page;
  };

  const demoBytes = async (path: string) =>
    Buffer.from(await (await fetch(`${session.world.origin}${path}`)).arrayBuffer());

  const status = (page: Page) => page.getByRole('status').innerText();

  it('shows the Verified badge, its card and the skills for a baked PNG', async () => {
    const page = await openPreview();
    await page.getByLabel('Or choose a file').setInputFiles({
      name: 'machine-learning-engineer-badge.png',
      mimeType: 'image/png',
      buffer: await demoBytes(PNG_PATH),
    });
    await expect.poll(() => status(page), SETTLE).toContain('Recruiters will see');
    expect(await status(page)).toContain('Verified');
    expect(await status(page)).toContain('0 errors');
    const badge = page.getByRole('button', { name: /^Credlens: Verified — Machine Learning/ });
    expect(await badge.count()).toBe(1);
    const card = page.locator('.opened').getByRole('dialog');
    expect(await card.innerText()).toContain('Credlens Demo University');
    const skills = page.getByRole('list', { name: 'Skills Credlens recognises' });
    await expect.poll(() => skills.innerText(), SETTLE).toMatch(/Python/);
    expect(await skills.innerText()).toMatch(/machine learning/i);
    expect(await page.getByText('No problems found').count()).toBe(1);
    await page.screenshot({ path: join(SCREENSHOTS, 'preview.png'), fullPage: true });
  });

  it('takes a baked PNG dropped on the drop zone, as a learner drags it from their files', async () => {
    const page = await openPreview();
    const bytes = [...(await demoBytes(PNG_PATH))];
    // A real DataTransfer holding the file, through dragover and drop like a browser sends them.
    const transfer = await page.evaluateHandle((data) => {
      const dt = new DataTransfer();
      dt.items.add(
        new File([new Uint8Array(data)], 'machine-learning-engineer-badge.png', {
          type: 'image/png',
        }),
      );
      return dt;
    }, bytes);
    const zone = page.locator('.drop');
    await zone.dispatchEvent('dragover', { dataTransfer: transfer });
    await expect.poll(() => zone.getAttribute('class')).toBe('drop active');
    await zone.dispatchEvent('drop', { dataTransfer: transfer });
    await expect.poll(() => status(page), SETTLE).toContain('Recruiters will see');
    expect(await status(page)).toContain('for machine-learning-engineer-badge.png');
    expect(
      await page.getByRole('button', { name: /^Credlens: Verified — Machine Learning/ }).count(),
    ).toBe(1);
    expect(await zone.getAttribute('class')).toBe('drop');
    await page.screenshot({ path: join(SCREENSHOTS, 'preview-dropped.png'), fullPage: true });
  });

  it('takes a presentation dropped by its holder and shows each credential inside', async () => {
    // A learner's own presentation: two credentials issued to their did:key, signed by it.
    const issuer = await testKey(61);
    const holder = await testKey(62);
    const credential = (name: string) =>
      issue(
        openBadge(issuer.did, {
          id: `urn:uuid:${name.length}e0c8a2a-56cb-11ec-bf63-0242ac130002`,
          name,
          credentialSubject: {
            id: holder.did,
            type: ['AchievementSubject'],
            achievement: {
              id: `https://example.edu/achievements/${name.length}`,
              type: ['Achievement'],
              name,
              criteria: { narrative: `Passed ${name}.` },
            },
          },
        }),
        { key: issuer },
      );
    const presentation = await issue(
      {
        '@context': ['https://www.w3.org/ns/credentials/v2'],
        type: ['VerifiablePresentation'],
        holder: holder.did,
        verifiableCredential: [await credential('Robotics'), await credential('Data Literacy')],
      },
      { key: holder, proofPurpose: 'authentication' },
    );
    const page = await openPreview();
    const bytes = [...Buffer.from(JSON.stringify(presentation))];
    const transfer = await page.evaluateHandle((data) => {
      const dt = new DataTransfer();
      dt.items.add(
        new File([new Uint8Array(data)], 'my-presentation.json', { type: 'application/json' }),
      );
      return dt;
    }, bytes);
    const zone = page.locator('.drop');
    await zone.dispatchEvent('dragover', { dataTransfer: transfer });
    await zone.dispatchEvent('drop', { dataTransfer: transfer });
    await expect.poll(() => status(page), SETTLE).toContain('Recruiters will see');
    expect(await status(page)).toContain('Verified presentation');
    const card = page.locator('.opened').getByRole('dialog');
    const inside = card.getByRole('list', { name: 'Credentials in this presentation' });
    expect(await inside.innerText()).toMatch(/Verified: Robotics/);
    expect(await inside.innerText()).toMatch(/Verified: Data Literacy/);
    expect(await card.innerText()).toContain('Signed by its holder');
    await page.screenshot({ path: join(SCREENSHOTS, 'preview-presentation.png'), fullPage: true });
  });

  it('explains a pasted tampered credential with a signature error and its fix', async () => {
    const page = await openPreview();
    const tampered = (await demoBytes(TAMPERED_PATH)).toString('utf8');
    await page.getByLabel('Or paste the credential').fill(tampered);
    await page.getByRole('button', { name: 'Check pasted credential' }).click();
    await expect.poll(() => status(page), SETTLE).toContain('Recruiters will see');
    expect(await status(page)).toContain('Invalid');
    const errors = page.getByRole('region', { name: /Errors/ });
    const item = errors.locator('li[data-code="signature_invalid"]');
    expect(await item.innerText()).toMatch(/changed after it was signed/);
    expect(await item.innerText()).toMatch(/How to fix:.*original file from your issuer/s);
    await expect
      .poll(() => page.getByText('Role matching counts these skills only once').count(), SETTLE)
      .toBe(1);
    await page.screenshot({ path: join(SCREENSHOTS, 'preview-diagnostics.png'), fullPage: true });
  });

  it('checks a link the way a recruiter badge would, in dark mode too', async () => {
    const page = await openPreview('dark');
    await page.getByLabel('Or enter its link').fill(`${session.world.origin}${VERIFIED_PATH}`);
    await page.getByRole('button', { name: 'Check link' }).click();
    await expect.poll(() => status(page), SETTLE).toContain('Recruiters will see');
    expect(await status(page)).toContain('Verified');
    await expect
      .poll(() => page.getByRole('list', { name: 'Skills Credlens recognises' }).count(), SETTLE)
      .toBe(1);
    await page.screenshot({ path: join(SCREENSHOTS, 'preview-dark.png'), fullPage: true });
  });

  it('refuses an unreadable image with a clear diagnostic', async () => {
    const page = await openPreview();
    await page.getByLabel('Or choose a file').setInputFiles({
      name: 'broken.png',
      mimeType: 'image/png',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]),
    });
    await expect.poll(() => status(page), SETTLE).toContain('Recruiters will see');
    expect(await page.locator('li[data-code="image_malformed"]').count()).toBe(1);
    expect(pageErrors).toEqual([]);
  });
});
