// A badge frame: the inline badge and its card, in an extension-origin document the page can
// neither read nor style (no window.find, selection or layout reaches in). It shows nothing
// until the content script hands it a token and a private port, then shows exactly what the
// worker says that token stands for (the seal comes from the worker too). It talks only over
// that port — never to its parent window, which is the page's — and says it is alive every
// second, so a frame the page navigated away is noticed. Where the browser can tell
// (IntersectionObserver v2), it also reports a page that covers or alters it.
import { render } from 'preact';
import { browser } from '#imports';
import { BADGE_FRAME_CSS } from '../../components/badge/badge-styles';
import { CredentialBadge } from '../../components/badge/credential-badge';
import { createMessenger, type ResponseOf } from '../../lib/messaging';
import {
  FRAME_HEARTBEAT_MS,
  type FrameReport,
  isPortCommand,
  isTokenMessage,
} from '../../lib/messaging/frame';

/** How long the badge must stay covered before it counts: a sticky header passing is not it. */
const COVERED_MS = 600;
/**
 * How long after the frame first shows its badge before what IntersectionObserver v2 says
 * counts: while a loaded machine is still painting a new frame, it can report the frame not
 * visible. A page that covers the badge from the start is judged once this has passed.
 */
const SETTLING_MS = 1_500;

const send = createMessenger((message) => browser.runtime.sendMessage(message));
const style = document.createElement('style');
style.textContent = BADGE_FRAME_CSS;
document.head.append(style);
const root = document.getElementById('app') as HTMLElement;

let answer: Extract<ResponseOf<'badgeView'>, { view: unknown }> | undefined;
let highlighted = false;
let port: MessagePort | undefined;
/** A Credlens card is open somewhere on the page: what covers this badge may be our own. */
let cardsOpen = false;
/** Whether IntersectionObserver v2 last saw this badge covered, and how to judge that again. */
let covered = false;
let judgeAgain = () => {};
const tell = (report: FrameReport) => port?.postMessage(report);
// One stable callback, so the badge reports only real changes of its card.
const onOpenChange = (open: boolean) => tell({ credlens: 'size', open });

const draw = () => {
  if (answer === undefined) return;
  render(
    <CredentialBadge
      view={answer.view}
      seal={answer.seal}
      pageLabel={answer.label}
      highlighted={highlighted}
      onOpenChange={onOpenChange}
    />,
    root,
  );
};

const redeem = async (token: string) => {
  const reply = await send('badgeView', { token });
  if (reply === undefined || 'refused' in reply) return false;
  answer = reply;
  draw();
  return true;
};

const onToken = (event: MessageEvent) => {
  // The first message with a port is the only one this frame ever takes: the page can post
  // to a frame it embedded itself, but never learns a token, and gets one try per frame.
  const [channel] = event.ports;
  if (event.source !== parent || channel === undefined || !isTokenMessage(event.data)) return;
  removeEventListener('message', onToken);
  const { token } = event.data;
  void redeem(token).then((owned) => {
    if (!owned) return;
    port = channel;
    channel.onmessage = (command) => {
      if (!isPortCommand(command.data)) return;
      if (command.data.credlens === 'refresh') void redeem(token);
      else if (command.data.credlens === 'cards') {
        cardsOpen = command.data.open;
        judgeAgain();
      } else highlight();
    };
    tell({ credlens: 'alive' });
    setInterval(() => tell({ credlens: 'alive' }), FRAME_HEARTBEAT_MS);
    watchVisibility();
  });
};
addEventListener('message', onToken);

function highlight() {
  highlighted = true;
  draw();
  setTimeout(() => {
    highlighted = false;
    draw();
  }, 2_000);
}

/**
 * IntersectionObserver v2 (Chromium): `isVisible` is false when anything covers the frame or
 * when it, or an ancestor in the page, is transparent, filtered or transformed.
 */
function watchVisibility() {
  type V2Entry = IntersectionObserverEntry & { isVisible?: boolean };
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Told to the content script, which knows what lies over the badge (a page's own sticky
  // header is not interference) and reports the rest to the worker.
  const report = () => tell({ credlens: 'covered' });
  let settled = false;
  const judge = () => {
    clearTimeout(timer);
    // Once seen, it stays said: a page that covers a badge now and then still did it. While a
    // Credlens card is open, what covers this badge may be that card: judged once it closes.
    if (covered && settled && !cardsOpen) timer = setTimeout(report, COVERED_MS);
  };
  judgeAgain = judge;
  setTimeout(() => {
    settled = true;
    judge();
  }, SETTLING_MS);
  try {
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries.at(-1) as V2Entry | undefined;
        if (entry?.isVisible === undefined) return;
        // Only a badge wholly in view is judged: at the window's edge it is partly cut anyway.
        covered = entry.isIntersecting && entry.intersectionRatio >= 0.99 && !entry.isVisible;
        judge();
      },
      { threshold: [0, 0.99, 1], trackVisibility: true, delay: 100 } as IntersectionObserverInit,
    );
    observer.observe(root);
  } catch {
    // No IntersectionObserver v2 here (Firefox): the content script's style checks cover it.
  }
}
