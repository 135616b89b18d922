// The store screenshots `npm run demo` saves: 1280×800 PNGs, the size both the Chrome Web Store
// and AMO take, in store/screenshots/. The popup is drawn over the page it was opened on, as a
// recruiter sees it under the toolbar button.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

export const STORE_SHOTS = resolve('store/screenshots');
export const STORE_SIZE = { width: 1280, height: 800 } as const;

/** Saves the page's viewport, which must be the store size, as store/screenshots/<name>. */
export async function saveStoreShot(page: Page, name: string): Promise<void> {
  const size = page.viewportSize();
  if (size?.width !== STORE_SIZE.width || size.height !== STORE_SIZE.height) {
    throw new RangeError(`store screenshots are 1280×800, not ${JSON.stringify(size)}`);
  }
  mkdirSync(STORE_SHOTS, { recursive: true });
  await page.screenshot({ path: join(STORE_SHOTS, name) });
}

export type PopupShotOptions = { context: BrowserContext; page: Page; popup: Page; name: string };

/** The page with the popup open at its top right, as under the toolbar button. */
export async function storeShotWithPopup({ context, page, popup, name }: PopupShotOptions) {
  const background = (await page.screenshot()).toString('base64');
  // A toolbar popup is at most 800×600 in Chrome: the top 600 px of ours, as the recruiter sees.
  const panel = (
    await popup.screenshot({ clip: { x: 0, y: 0, width: 400, height: 600 } })
  ).toString('base64');
  const canvas = await context.newPage();
  await canvas.setViewportSize(STORE_SIZE);
  // Only our own two screenshots go into this page, as data: images.
  await canvas.setContent(
    `<body style="margin:0;overflow:hidden">
      <img style="position:absolute;inset:0" src="data:image/png;base64,${background}">
      <img style="position:absolute;top:8px;right:12px;border:1px solid #c4c7cc;border-radius:8px;
        box-shadow:0 4px 16px rgb(0 0 0 / 28%)" src="data:image/png;base64,${panel}">
    </body>`,
  );
  await canvas.waitForFunction(() => [...document.images].every((image) => image.complete));
  await saveStoreShot(canvas, name);
  await canvas.close();
}
