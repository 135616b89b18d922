// Popup composition root: wires the browser (the tab and its content script through
// tab-access.ts, the worker, storage, timers) into the popup's model and renders its state on
// every change. The state machine lives in popup-model.ts; the view in components/popup.
import '../../components/ui/page.css';
import { render } from 'preact';
import { browser } from '#imports';
import { PopupPage } from '../../components/popup/popup-page';
import { extensionUserStore } from '../../lib/extension';
import { createMessenger } from '../../lib/messaging';
import { createPopupModel, systemClock } from './popup-model';
import {
  allowOrigins,
  askPage,
  enableOrigin,
  popupTab,
  readPageState,
  scanTab,
} from './tab-access';

const root = document.getElementById('app');

if (root) void start(root);

async function start(root: HTMLElement) {
  const model = createPopupModel({
    send: createMessenger((message) => browser.runtime.sendMessage(message)),
    store: extensionUserStore(),
    tab: await popupTab(),
    page: { readPageState, askPage, scanTab, enableOrigin, allowOrigins },
    clock: systemClock(),
    newId: () => crypto.randomUUID(),
    openPage: (which) => {
      void browser.tabs.create({ url: browser.runtime.getURL(`/${which}.html` as '/popup.html') });
    },
  });
  model.onChange((state) => render(<PopupPage {...state} actions={model.actions} />, root));
  await model.start();
}
