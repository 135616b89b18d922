import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADAPTER_EXAMPLES } from '../fixtures/detect/examples';
import {
  EXTENSION_DIR,
  type LaunchedExtension,
  launchWithExtension,
  SCREENSHOTS,
  TEST_EXTENSION_DIR,
} from './launch';

describe('the built extension in Chromium', () => {
  let browser: LaunchedExtension;

  beforeAll(async () => {
    browser = await launchWithExtension();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('registers its background service worker', async () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    expect(browser.worker.url()).toBe(`chrome-extension://${browser.extensionId}/background.js`);
    const manifest = await browser.worker.evaluate(() => {
      const api = (globalThis as unknown as { chrome: { runtime: { getManifest(): unknown } } })
        .chrome;
      return api.runtime.getManifest();
    });
    expect(manifest).toMatchObject({ manifest_version: 3, name: 'Credlens' });
  });

  it('renders the popup', async () => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await expect.poll(() => page.getByRole('heading', { name: 'Credlens' }).count()).toBe(1);
    await page.screenshot({ path: join(SCREENSHOTS, 'popup.png') });
    expect(errors).toEqual([]);
  });

  it('lets the user choose a new seal in the options, and the popup shows the same one', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const sealText = options.locator('text=Your seal:');
    await sealText.waitFor();
    const before = await readSeal(options);
    await options.getByRole('button', { name: 'Choose a new seal' }).click();
    await expect.poll(() => readSeal(options)).not.toBe(before);
    const after = await readSeal(options);
    await options.screenshot({ path: join(SCREENSHOTS, 'options.png') });
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await expect.poll(() => readSeal(popup)).toBe(after);
  });

  it('keeps the content script small and free of crypto and JSON-LD code', () => {
    const files = readdirSync(join(EXTENSION_DIR, 'content-scripts'));
    expect(files).toContain('recruiting.js');
    const bundle = readFileSync(join(EXTENSION_DIR, 'content-scripts', 'recruiting.js'));
    // Budget from the extension issue: 30 KB gzipped.
    expect(gzipSync(bundle).byteLength).toBeLessThanOrEqual(30 * 1024);
    const text = bundle.toString('utf8');
    // Signatures of jsonld.js, rdf-canonize, @noble/ed25519, jose and the verification core.
    for (const marker of [
      'RDFC-1.0',
      'canonize',
      'ExtendedPoint',
      'JWSSignatureVerificationFailed',
      'signature_valid',
      'DecompressionStream',
    ]) {
      expect(text, marker).not.toContain(marker);
    }
  });

  it('ships no test data: no adapter example URL in any built file, normal or test build', () => {
    const examples = Object.values(ADAPTER_EXAMPLES).flat();
    expect(examples.length).toBeGreaterThan(20);
    for (const folder of [EXTENSION_DIR, TEST_EXTENSION_DIR, resolve('.output-test/firefox-mv3')]) {
      const files = readdirSync(folder, { recursive: true })
        .map(String)
        .filter((file) => /\.(js|html|json)$/.test(file));
      expect(files.length, folder).toBeGreaterThan(3);
      for (const file of files) {
        const text = readFileSync(join(folder, file), 'utf8');
        for (const example of examples) expect(text, `${folder}/${file}`).not.toContain(example);
      }
    }
  });
});

/** The seal as text: symbol and word of the "Your seal" line. */
async function readSeal(page: import('playwright-core').Page): Promise<string> {
  const line = page.locator('p', { hasText: 'Your seal:' }).first();
  if ((await line.count()) === 0) return '';
  const color = await line
    .locator('span')
    .first()
    .evaluate((element) => getComputedStyle(element).backgroundColor);
  return `${await line.innerText()} ${color}`;
}

describe('the error watch every Chromium suite closes with (launch.ts)', () => {
  it('catches the extension’s console errors and CSP violations, not the page’s, and fails close()', async () => {
    const browser = await launchWithExtension();
    const web = await browser.context.newPage();
    await web.setContent('<p>a page</p>');
    await web.evaluate(() => console.error('the page’s own error'));
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await page.evaluate(() => console.error('probe: an extension page error'));
    // The extension pages' CSP refuses inline script: Chromium logs the refusal as an error.
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.body.append(script);
    });
    await browser.worker.evaluate(() => console.error('probe: a worker error'));
    await expect
      .poll(() => browser.extensionErrors().join('\n'))
      .toMatch(
        /probe: an extension page error[\s\S]*Content Security Policy|Content Security Policy[\s\S]*probe: an extension page error/,
      );
    await expect
      .poll(() => browser.extensionErrors().join('\n'))
      .toContain('probe: a worker error');
    expect(browser.extensionErrors().join('\n')).not.toContain('the page’s own error');
    await expect(browser.close()).rejects.toThrow(/the extension logged \d+ error/);
  });
});
