// The popup's skills matcher, ready after opening: the popup (opened as a page for the demo
// profile's tab, whose credentials need the matcher at once) loads the pack's files from the
// extension and builds the matcher; the model marks the moment (SKILLS_READY_MARK), in ms from
// the popup page's navigation start — its own code's loading included. Issue 13's budget: 150 ms.
import type { Page } from 'playwright-core';
import { SKILLS_READY_MARK } from '../../entrypoints/popup/skills-ready-mark';
import { type LaunchedExtension, tabIdOf } from '../e2e/launch';

export async function measurePopupSkills(
  browser: LaunchedExtension,
  page: Page,
  runs: number,
): Promise<number[]> {
  const tabId = await tabIdOf(browser.worker, page.url());
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const popup = await browser.context.newPage();
    try {
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
      const ready = await popup.waitForFunction(
        (mark) => performance.getEntriesByName(mark)[0]?.startTime,
        SKILLS_READY_MARK,
        { timeout: 30_000 },
      );
      times.push((await ready.jsonValue()) as number);
    } finally {
      await popup.close();
    }
  }
  return times;
}
