// A badge frame: the inline badge and its card, in an extension-origin document the page can
// neither read nor style (no window.find, selection or layout reaches in). It shows nothing
// until the content script posts its token, then shows exactly what the worker says that token
// stands for; the seal comes from the worker too. The frame watches its own visibility where
// the browser can tell (IntersectionObserver v2) and reports a page that covers or alters it.
import { render } from 'preact';
import { browser } from '#imports';
import { BADGE_FRAME_CSS } from '../../components/badge/badge-styles';
import { CredentialBadge } from '../../components/badge/credential-badge';
import { createMessenger, type ResponseOf } from '../../lib/messaging';
import { isTokenMessage, type SizeMessage } from '../../lib/messaging/frame';

/** Tokens that failed to redeem before the frame stops listening: a page may post junk. */
const MAX_FAILED_TOKENS = 20;
/** How long the badge must stay covered before it counts: a sticky header passing is not it. */
const COVERED_MS = 600;

const send = createMessenger((message) => browser.runtime.sendMessage(message));
const style = document.createElement('style');
style.textContent = BADGE_FRAME_CSS;
document.head.append(style);
const root = document.getElementById('app') as HTMLElement;

let token: string | undefined;
let failed = 0;
let answer: Extract<ResponseOf<'badgeView'>, { view: unknown }> | undefined;
let highlighted = false;

const draw = () => {
  if (answer === undefined) return;
  render(
    <CredentialBadge
      view={answer.view}
      seal={answer.seal}
      pageLabel={answer.label}
      highlighted={highlighted}
      onOpenChange={(open) => {
        const size: SizeMessage = { credlens: 'size', open };
        // The page sees this too: it learns that a card opened, nothing about what it says.
        parent.postMessage(size, '*');
      }}
    />,
    root,
  );
};

const redeem = async (candidate: string) => {
  const reply = await send('badgeView', { token: candidate });
  if (reply === undefined || 'refused' in reply) {
    failed++;
    return;
  }
  const first = token === undefined;
  token = candidate;
  answer = reply;
  draw();
  if (first) watchVisibility(candidate);
};

addEventListener('message', (event) => {
  // The embedding window is the page's as much as the content script's: only a token that
  // the worker recognises for this very frame counts, and once owned, no other.
  if (event.source !== parent || !isTokenMessage(event.data)) return;
  const { credlens, token: candidate } = event.data;
  if (token !== undefined && candidate !== token) return;
  if (token === undefined && failed >= MAX_FAILED_TOKENS) return;
  if (credlens === 'highlight') {
    highlighted = true;
    draw();
    setTimeout(() => {
      highlighted = false;
      draw();
    }, 2_000);
    return;
  }
  void redeem(candidate);
});

// Close the card when the recruiter clicks anywhere outside the frame.
addEventListener('blur', () => {
  if (answer === undefined) return;
  parent.postMessage({ credlens: 'size', open: false } satisfies SizeMessage, '*');
});

/**
 * IntersectionObserver v2 (Chromium): `isVisible` is false when anything covers the frame or
 * when it, or an ancestor in the page, is transparent, filtered or transformed.
 */
function watchVisibility(owned: string) {
  type V2Entry = IntersectionObserverEntry & { isVisible?: boolean };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let reported = false;
  const report = (seen: 'covered' | 'visible') =>
    void send('badgeSeen', { token: owned, seen }).catch(() => undefined);
  try {
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries.at(-1) as V2Entry | undefined;
        if (entry?.isVisible === undefined) return;
        const covered = entry.isIntersecting && !entry.isVisible;
        clearTimeout(timer);
        if (covered)
          timer = setTimeout(() => {
            reported = true;
            report('covered');
          }, COVERED_MS);
        else if (reported && entry.isIntersecting) {
          reported = false;
          report('visible');
        }
      },
      { threshold: [0, 1], trackVisibility: true, delay: 100 } as IntersectionObserverInit,
    );
    observer.observe(root);
  } catch {
    // No IntersectionObserver v2 here (Firefox): the content script's style checks cover it.
  }
}
