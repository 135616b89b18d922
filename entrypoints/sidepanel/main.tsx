// Side panel (Chrome's side_panel, Firefox's sidebar_action) composition root: the popup's
// model and view for the tab in front, kept open while the recruiter scrolls, navigates and
// switches tabs — the model is made anew for each page, and for each tab brought to the front.
import '../../components/ui/page.css';
import { render } from 'preact';
import { browser } from '#imports';
import { PopupPage } from '../../components/popup/popup-page';
import { uiLanguage } from '../../components/ui/i18n';
import { extensionSkillMatcher, extensionUserStore } from '../../lib/extension';
import { createMessenger } from '../../lib/messaging';
import { createPopupModel, type PopupModel, systemClock } from '../popup/popup-model';
import {
  allowOrigins,
  askPage,
  enableOrigin,
  popupTab,
  readPageState,
  scanTab,
} from '../popup/tab-access';

const root = document.getElementById('app');
// The page is in the browser's language (components/ui/i18n.tsx), and says so.
document.documentElement.lang = uiLanguage();
/** `?tab=<id>` follows that one tab (tests open the panel as a page); otherwise the front one. */
const pinned = Number(new URLSearchParams(location.search).get('tab'));

// One pack for every page the panel follows, fetched from the first moment (see the popup).
const matcher = extensionSkillMatcher();
matcher.catch(() => undefined);

if (root) void start(root);

async function start(root: HTMLElement) {
  const send = createMessenger((message) => browser.runtime.sendMessage(message));
  const store = extensionUserStore();
  let model: PopupModel | undefined;
  let shownTab: number | undefined;
  const show = async () => {
    model?.stop();
    const tab = await popupTab();
    shownTab = tab.tab?.id;
    const next = createPopupModel({
      send,
      store,
      tab,
      page: { readPageState, askPage, scanTab, enableOrigin, allowOrigins },
      clock: systemClock(),
      newId: () => crypto.randomUUID(),
      createMatcher: () => matcher,
      openPage: (which) => {
        void browser.tabs.create({
          url: browser.runtime.getURL(`/${which}.html` as '/popup.html'),
        });
      },
    });
    model = next;
    next.onChange((state) => {
      if (model === next) render(<PopupPage {...state} actions={next.actions} />, root);
    });
    await next.start();
  };
  browser.tabs.onActivated.addListener(() => {
    if (!(Number.isInteger(pinned) && pinned > 0)) void show();
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new page in the shown tab (a load or a single-page navigation): read it afresh.
    if (tabId === shownTab && (change.url !== undefined || change.status === 'complete'))
      void show();
  });
  await show();
}
