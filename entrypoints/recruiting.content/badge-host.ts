// One inline badge: a built-in <span> (a page cannot define or upgrade it, unlike a custom
// element) holding, in a closed shadow root, an extension-origin frame the page cannot read.
// The frame's size is fixed for every verdict; only opening the card changes it. After the
// frame's first load the content script posts it the token and a private MessageChannel port,
// targeted at the extension's origin — never through its URL or the DOM — and from then on
// they talk only over the port. A second load, or a frame that stops saying it is alive (the
// page navigated it away), is reported, not trusted: the caller removes this badge and mounts
// a fresh one.

import { browser } from '#imports';
import {
  BADGE_FRAME_CLOSED,
  BADGE_FRAME_OPEN,
  FRAME_HEARTBEAT_MS,
  isFrameReport,
  type PortCommand,
  type TokenMessage,
} from '../../lib/messaging/frame';

/** Marks a badge's host element, so people and tests can find it. Never read by Credlens. */
export const BADGE_HOST_ATTRIBUTE = 'data-credlens-badge';
/** Heartbeats a frame may miss before it counts as replaced. */
const MISSED_BEATS = 8;
/** How long a frame has to load and claim its token before it counts as kept from showing. */
const CLAIM_MS = 15_000;

export type BadgeTrouble = 'reloaded' | 'unclaimed';

export type BadgeHost = {
  readonly host: HTMLElement;
  readonly token: string;
  /** Tells the frame its token stands for a newer view. */
  refresh(): void;
  highlight(): void;
  /** Tells the frame whether any Credlens card is open on the page. */
  cards(anyOpen: boolean): void;
  /** False once the page has rewritten the host's own style. */
  intact(): boolean;
  remove(): void;
};

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

/**
 * The frame's style. Closed, it sits in its host. Open, it goes to the browser's top layer (a
 * manual popover) at the host's place on screen, so no clipping or stacking of the page's own
 * elements can cut the card off or draw over it.
 */
const frameStyle = (open: { top: number; left: number } | undefined) => {
  const size = open === undefined ? BADGE_FRAME_CLOSED : BADGE_FRAME_OPEN;
  return [
    ...(open === undefined
      ? ['position: absolute', 'top: 0', 'left: 0']
      : ['position: fixed', 'inset: auto', `top: ${open.top}px`, `left: ${open.left}px`]),
    'border: 0',
    'margin: 0',
    'padding: 0',
    'overflow: visible',
    'max-width: none',
    'max-height: none',
    'color-scheme: normal',
    'background: transparent',
    `width: ${size.width}px`,
    `height: ${size.height}px`,
    `z-index: ${open === undefined ? 'auto' : 2147483647}`,
  ].join('; ');
};

export function mountBadgeHost(
  anchor: Element,
  token: string,
  onTrouble: (trouble: BadgeTrouble) => void,
  /** Told when the badge's card opens or closes (other badges' frames are told in turn). */
  onCard: (open: boolean) => void,
  /** Told when the frame saw itself covered (IntersectionObserver v2). */
  onCovered: () => void,
  /** The frame's accessible name, in the browser's language. */
  title: string,
): BadgeHost {
  const origin = new URL(browser.runtime.getURL('/')).origin;
  const host = document.createElement('span');
  // A name for tools and tests; nothing here reads it back (a page may copy or remove it).
  host.setAttribute(BADGE_HOST_ATTRIBUTE, '');
  host.setAttribute('style', HOST_STYLE);
  const shadow = host.attachShadow({ mode: 'closed' });
  const frame = document.createElement('iframe');
  frame.setAttribute('style', frameStyle(undefined));
  frame.title = title;
  // A popover that is not showing is not displayed at all: the attribute goes on only while
  // the card is open.
  const topLayer = typeof frame.showPopover === 'function';
  // The frame reads its token from a message; nothing in its URL says which badge it is.
  frame.src = browser.runtime.getURL('/badge.html');
  shadow.append(frame);
  // Keyboard events inside the badge must not trigger the page's shortcuts.
  for (const type of ['keydown', 'keyup', 'keypress'])
    host.addEventListener(type, (event) => event.stopPropagation());

  const channel = new MessageChannel();
  let lastBeat = 0;
  let loads = 0;
  let gone = false;
  const trouble = (kind: BadgeTrouble) => {
    if (gone) return;
    gone = true;
    onTrouble(kind);
  };
  let open = false;
  /** Puts the open card where its badge is now (it follows the page as it scrolls). */
  const place = () => {
    if (!open) return;
    const box = host.getBoundingClientRect();
    frame.setAttribute('style', frameStyle({ top: box.top, left: box.left }));
  };
  const setOpen = (next: boolean) => {
    if (next === open) return;
    open = next;
    if (next) {
      place();
      if (topLayer && host.isConnected) {
        frame.setAttribute('popover', 'manual');
        frame.showPopover();
      }
      addEventListener('scroll', place, { passive: true, capture: true });
      addEventListener('resize', place, { passive: true });
    } else {
      if (topLayer && frame.matches(':popover-open')) frame.hidePopover();
      frame.removeAttribute('popover');
      frame.setAttribute('style', frameStyle(undefined));
      removeEventListener('scroll', place, { capture: true });
      removeEventListener('resize', place);
    }
    onCard(next);
  };
  channel.port1.onmessage = (event) => {
    if (!isFrameReport(event.data)) return;
    lastBeat = Date.now();
    if (event.data.credlens === 'size') setOpen(event.data.open);
    else if (event.data.credlens === 'covered') onCovered();
  };
  // `load` is not composed: it never leaves the closed shadow root, so the page can neither
  // see it nor stop it.
  frame.addEventListener('load', () => {
    loads++;
    if (loads > 1) {
      trouble('reloaded');
      return;
    }
    const message: TokenMessage = { credlens: 'token', token };
    frame.contentWindow?.postMessage(message, origin, [channel.port2]);
  });
  // Timers of hidden tabs are throttled (to once a minute in Chromium after a while), the
  // frame's and this script's alike: silence is judged only while the page is in view, from
  // the moment it last came into view.
  let since = Date.now();
  const watch = setInterval(() => {
    const now = Date.now();
    if (document.visibilityState !== 'visible' || !host.isConnected) {
      since = now;
      return;
    }
    if (lastBeat === 0 && now - since > CLAIM_MS) trouble('unclaimed');
    else if (lastBeat !== 0 && now - Math.max(lastBeat, since) > FRAME_HEARTBEAT_MS * MISSED_BEATS)
      trouble('reloaded');
  }, FRAME_HEARTBEAT_MS);
  anchor.after(host);
  const command = (message: PortCommand) => channel.port1.postMessage(message);
  return {
    host,
    token,
    refresh: () => command({ credlens: 'refresh' }),
    highlight: () => command({ credlens: 'highlight' }),
    cards: (anyOpen) => command({ credlens: 'cards', open: anyOpen }),
    intact: () => host.getAttribute('style') === HOST_STYLE,
    remove: () => {
      setOpen(false);
      gone = true;
      clearInterval(watch);
      channel.port1.close();
      host.remove();
    },
  };
}
