// Finds credential links on the page and keeps their badges current: one scan at start, then
// only the subtrees the page adds (batched to one pass per animation frame), and a clean slate
// on single-page-app navigation. Everything is tied to the content-script context, so nothing
// is left behind when the extension is updated or disabled.

import type { ContentScriptContext } from '#imports';
import { type Detection, MARK_ATTRIBUTE, scanForCredentials } from '../../lib/detect';
import type { BadgeView, Messenger, ProviderMatchMessage, Seal } from '../../lib/messaging';
import { checkingView } from '../../lib/present';
import { type MountedBadge, mountBadge } from './mount-badge';

/** Set only by the test/demo build (CREDLENS_TEST_HOSTS); null in every normal build. */
declare const __CREDLENS_TEST__: { demoOrigin: string } | null;

export type PageScanner = {
  rescan(): void;
  /** The current badge of every credential link still on the page, in page order. */
  credentials(): Array<{ label: string; view: BadgeView }>;
};

export function startPageScanner(
  ctx: ContentScriptContext,
  send: Messenger,
  seal: Seal | undefined,
): PageScanner {
  const badges = new Map<Element, MountedBadge>();
  /** The latest view of each link (generic links only once they turn out to be credentials). */
  const views = new Map<Element, { label: string; view: BadgeView }>();
  let added: Element[] = [];

  const verify = (detection: Detection) => {
    const element = detection.element as unknown as Element;
    const match = detection.match as ProviderMatchMessage;
    // Policy: the mark says only "handled"; the verdict stays inside the closed shadow root.
    element.setAttribute(MARK_ATTRIBUTE, '');
    // Generic links (.json, images) get no "Checking…" badge: most are not credentials.
    const pending =
      match.generic === true
        ? undefined
        : mountBadge(element, checkingView(match, detection.label), seal, detection.label);
    if (pending !== undefined) {
      badges.set(element, pending);
      views.set(element, {
        label: detection.label ?? match.label,
        view: checkingView(match, detection.label),
      });
    }
    void send('verifyLink', { match, visible: isInViewport(element) }).then((response) => {
      if (!ctx.isValid || !element.isConnected) return;
      if (response !== undefined && 'hidden' in response) {
        pending?.remove();
        badges.delete(element);
        views.delete(element);
        return;
      }
      const view = response?.view ?? unavailable(match);
      views.set(element, { label: detection.label ?? match.label, view });
      if (pending !== undefined) pending.update(view);
      else badges.set(element, mountBadge(element, view, seal, detection.label));
    });
  };

  const scan = (root: ParentNode) => {
    const detections = scanForCredentials(root as never, new URL(location.href), {
      alreadyProcessed: (element) => element.hasAttribute(MARK_ATTRIBUTE),
      ...(__CREDLENS_TEST__ === null ? {} : { allowLoopbackHttp: true }),
    });
    for (const detection of detections) verify(detection);
  };

  const flush = () => {
    const roots = added.filter(
      (node) => node.isConnected && !added.some((other) => other !== node && other.contains(node)),
    );
    added = [];
    for (const root of roots) scan(root);
  };

  const observer = new MutationObserver((records) => {
    const wasEmpty = added.length === 0;
    for (const record of records) {
      for (const node of record.addedNodes) {
        // Our own badges are not page content.
        if (node instanceof Element && node.localName !== 'credlens-badge') added.push(node);
      }
    }
    if (wasEmpty && added.length > 0) ctx.requestAnimationFrame(flush);
  });

  const removeAll = () => {
    for (const badge of badges.values()) badge.remove();
    badges.clear();
    views.clear();
    for (const element of document.querySelectorAll(`[${MARK_ATTRIBUTE}]`))
      element.removeAttribute(MARK_ATTRIBUTE);
  };

  scan(document.body);
  observer.observe(document.body, { childList: true, subtree: true });
  ctx.onInvalidated(() => {
    observer.disconnect();
    removeAll();
  });
  return {
    rescan: () => {
      removeAll();
      scan(document.body);
    },
    credentials: () => {
      const live = [...views].filter(([element]) => element.isConnected);
      // Document order, so the popup lists credentials as the page shows them.
      live.sort(([a], [b]) =>
        a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
      );
      return live.map(([, entry]) => entry);
    },
  };
}

function isInViewport(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  return rect.bottom >= 0 && rect.top <= window.innerHeight;
}

function unavailable(match: ProviderMatchMessage): BadgeView {
  return {
    verdict: 'unverifiable',
    headline: 'Could not check',
    skills: [],
    checks: [
      {
        outcome: 'unknown',
        text: 'Credlens could not reach its background service; reload the page to try again',
      },
    ],
    sourceUrl: match.sourceUrl,
    providerLabel: match.label,
  };
}
