// Content script for recruiting sites: detects credential links and shows a badge beside each.
// Detection is lib/detect; verification happens in the service worker. This bundle stays small
// and holds no crypto or JSON-LD code (checked by a test).

import { browser, defineContentScript } from '#imports';
import { createMessenger } from '../../lib/messaging';
import { RECRUITING_SITE_MATCHES } from '../../lib/sites';
import { startPageScanner } from './page-scanner';

export default defineContentScript({
  matches: [...RECRUITING_SITE_MATCHES],
  runAt: 'document_idle',
  async main(ctx) {
    // Injected again ("Scan this page" twice), WXT invalidates the older instance first, and
    // its badges go with it: one scanner per page.
    const send = createMessenger((message) => browser.runtime.sendMessage(message));
    const seal = (await send('getSeal', {}))?.seal;
    if (!ctx.isValid) return;
    const scanner = startPageScanner(ctx, send, seal);
    // LinkedIn and others are single-page apps: a new "page" arrives without a load.
    ctx.addEventListener(window, 'wxt:locationchange', () => scanner.rescan());
  },
});
