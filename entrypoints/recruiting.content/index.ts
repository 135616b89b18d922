// Content script for recruiting sites: detects credential links and shows a badge beside each.
// Detection is lib/detect; verification happens in the service worker. This bundle stays small
// and holds no crypto or JSON-LD code (checked by a test).

import { type Browser, browser, defineContentScript } from '#imports';
import { createMessenger, PageStateRequestSchema } from '../../lib/messaging';
import { RECRUITING_SITE_MATCHES } from '../../lib/sites';
import { startPageScanner } from './page-scanner';
import { readPageState } from './page-state';

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
    // The popup asks what this page holds. Only the extension's own pages may ask (Firefox sets
    // `sender.tab` for an extension page shown in a tab, so the page's URL is what counts).
    const own = browser.runtime.getURL('/');
    const answer = (message: unknown, sender: Browser.runtime.MessageSender) => {
      if (sender.id !== browser.runtime.id || sender.url?.startsWith(own) !== true)
        return undefined;
      if (!PageStateRequestSchema.safeParse(message).success) return undefined;
      return Promise.resolve(readPageState(scanner.credentials()));
    };
    browser.runtime.onMessage.addListener(answer);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(answer));
  },
});
