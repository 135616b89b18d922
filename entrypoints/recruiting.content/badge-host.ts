// One inline badge: a built-in <span> (a page cannot define or upgrade it, unlike a custom
// element) holding, in a closed shadow root, an extension-origin frame the page cannot read.
// The frame's size is fixed for every verdict; only opening the card changes it. The frame
// gets its token through postMessage to the extension's origin after it loads — never through
// its URL or the DOM — and a second load (the page moved or navigated it) is reported, not
// trusted: the caller removes this badge and mounts a fresh one.

import { browser } from '#imports';
import {
  BADGE_FRAME_CLOSED,
  BADGE_FRAME_OPEN,
  type HighlightMessage,
  isSizeMessage,
  type TokenMessage,
} from '../../lib/messaging/frame';

export type BadgeHost = {
  readonly host: HTMLElement;
  readonly token: string;
  /** Tells the frame its token stands for a newer view. */
  refresh(): void;
  highlight(): void;
  /** False once the page has rewritten the host's own style. */
  intact(): boolean;
  remove(): void;
};

/** Marks a badge's host element, so people and tests can find it. Never read by Credlens. */
export const BADGE_HOST_ATTRIBUTE = 'data-credlens-badge';

/** The host's own styles, inline and !important: page rules cannot restyle it by accident. */
const HOST_STYLE = [
  'all: initial',
  'display: inline-block',
  'position: relative',
  'vertical-align: middle',
  `width: ${BADGE_FRAME_CLOSED.width}px`,
  `height: ${BADGE_FRAME_CLOSED.height}px`,
  'margin-inline-start: 6px',
]
  .map((rule) => `${rule} !important`)
  .join('; ');

const frameStyle = (open: boolean) => {
  const size = open ? BADGE_FRAME_OPEN : BADGE_FRAME_CLOSED;
  return [
    'position: absolute',
    'top: 0',
    'left: 0',
    'border: 0',
    'margin: 0',
    'padding: 0',
    'color-scheme: normal',
    'background: transparent',
    `width: ${size.width}px`,
    `height: ${size.height}px`,
    `z-index: ${open ? 2147483647 : 'auto'}`,
  ].join('; ');
};

export function mountBadgeHost(anchor: Element, token: string, onReloaded: () => void): BadgeHost {
  const origin = new URL(browser.runtime.getURL('/')).origin;
  const host = document.createElement('span');
  // A name for tools and tests; nothing here reads it back (a page may copy or remove it).
  host.setAttribute(BADGE_HOST_ATTRIBUTE, '');
  host.setAttribute('style', HOST_STYLE);
  const shadow = host.attachShadow({ mode: 'closed' });
  const frame = document.createElement('iframe');
  frame.setAttribute('style', frameStyle(false));
  frame.title = 'Credlens badge';
  // The frame reads its token from a message; nothing in its URL says which badge it is.
  frame.src = browser.runtime.getURL('/badge.html');
  shadow.append(frame);
  // Keyboard events inside the badge must not trigger the page's shortcuts.
  for (const type of ['keydown', 'keyup', 'keypress'])
    host.addEventListener(type, (event) => event.stopPropagation());

  const post = (message: TokenMessage | HighlightMessage) =>
    frame.contentWindow?.postMessage(message, origin);
  let loads = 0;
  // `load` is not composed: it never leaves the closed shadow root, so the page can neither
  // see it nor stop it.
  frame.addEventListener('load', () => {
    loads++;
    if (loads === 1) post({ credlens: 'token', token });
    else onReloaded();
  });
  const resize = (event: MessageEvent) => {
    // Only this very frame may resize itself; the page cannot post as it.
    if (event.source !== frame.contentWindow || !isSizeMessage(event.data)) return;
    frame.setAttribute('style', frameStyle(event.data.open));
  };
  window.addEventListener('message', resize);
  anchor.after(host);
  return {
    host,
    token,
    refresh: () => {
      if (loads === 1) post({ credlens: 'token', token });
    },
    highlight: () => post({ credlens: 'highlight', token }),
    intact: () => host.getAttribute('style') === HOST_STYLE,
    remove: () => {
      window.removeEventListener('message', resize);
      host.remove();
    },
  };
}
