// Popup composition root: asks the worker for the seal and renders the popup into #app.
import { render } from 'preact';
import { browser } from '#imports';
import { PopupShell } from '../../components/popup/popup-shell';
import { createMessenger } from '../../lib/messaging';

const root = document.getElementById('app');
if (root) {
  render(<PopupShell />, root);
  const send = createMessenger((message) => browser.runtime.sendMessage(message));
  void send('getSeal', {}).then((response) => render(<PopupShell seal={response?.seal} />, root));
}
