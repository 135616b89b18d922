// Popup composition root: wires the browser (the tab and its content script through
// tab-access.ts, the worker, storage, timers) into the popup's model and renders its state on
// every change. The state machine lives in popup-model.ts; the view in components/popup.
import '../../components/ui/page.css';
import { render } from 'preact';
import { browser } from '#imports';
import { PopupPage } from '../../components/popup/popup-page';
import { uiLanguage } from '../../components/ui/i18n';
import { extensionSkillMatcher, extensionUserStore } from '../../lib/extension';
import { createMessenger } from '../../lib/messaging';
import { createPopupModel, systemClock } from './popup-model';
import { SKILLS_READY_MARK } from './skills-ready-mark';
import {
  allowOrigins,
  askPage,
  enableOrigin,
  popupTab,
  readPageState,
  scanTab,
} from './tab-access';

const root = document.getElementById('app');
// The page is in the browser's language (components/ui/i18n.tsx), and says so.
document.documentElement.lang = uiLanguage();
// Fetched from the first moment: the pack's files arrive while the popup reads its tab and store.
// A failure is the model's to show when it asks; this handler only keeps it from going unhandled.
const matcher = extensionSkillMatcher().then((ready) => {
  // Read by the browser bench: the matcher ready, in ms since this page opened.
  performance.mark(SKILLS_READY_MARK);
  return ready;
});
matcher.catch(() => undefined);

if (root) void start(root);

async function start(root: HTMLElement) {
  const model = createPopupModel({
    send: createMessenger((message) => browser.runtime.sendMessage(message)),
    store: extensionUserStore(),
    tab: await popupTab(),
    page: { readPageState, askPage, scanTab, enableOrigin, allowOrigins },
    clock: systemClock(),
    newId: () => crypto.randomUUID(),
    createMatcher: () => matcher,
    openPage: (which) => {
      void browser.tabs.create({ url: browser.runtime.getURL(`/${which}.html` as '/popup.html') });
    },
  });
  model.onChange((state) => render(<PopupPage {...state} actions={model.actions} />, root));
  await model.start();
}
