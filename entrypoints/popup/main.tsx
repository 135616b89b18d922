// Popup composition root: renders the popup UI into #app.
import { render } from 'preact';
import { PopupShell } from '../../components/popup/popup-shell';

const root = document.getElementById('app');
if (root) render(<PopupShell />, root);
