// Finds credential links on the page and keeps their badges true to them: one scan at start,
// then the subtrees the page adds (the added elements themselves too), batched to one pass per
// animation frame. A badge follows its link: when the link's address or text changes, the link
// leaves, or the page moves, reloads or deletes the badge, the badge goes and the link is
// checked afresh. Everything this script knows lives in its isolated world (never in DOM
// attributes a page could set or clear), and one AbortController per page drops late answers.

import { type Detection, scanForCredentials } from '../../lib/detect';
import type {
  BadgeView,
  InterferenceReport,
  Messenger,
  ProviderMatchMessage,
  ResponseOf,
} from '../../lib/messaging';
import { newToken } from '../../lib/messaging/frame';
import { checkingView } from '../../lib/present';
import { type BadgeHost, mountBadgeHost } from './badge-host';
import { type Interference, interferenceOf } from './interference';

/** Set only by the test/demo build (CREDLENS_TEST_HOSTS); null in every normal build. */
declare const __CREDLENS_TEST__: { demoOrigin: string } | null;

/** Credential links checked per page before the user asks for more (from the popup). */
export const PAGE_CAP = 300;
/** How often badges in view are checked for interference. */
const WATCH_MS = 700;
/** Fresh badges for one link after the page removed or moved them, before giving up. */
const MAX_REMOUNTS = 3;

type Tracked = {
  detection: Detection;
  ref: string;
  token: string;
  match: ProviderMatchMessage;
  label: string;
  /** The link's address and text when it was checked: a change means a new check. */
  address: string | null;
  text: string;
  view: BadgeView;
  host?: BadgeHost;
  /** Generic links (.json, images) show a badge only once they prove to be credentials. */
  shown: boolean;
  remounts: number;
  /** Interference seen at the last look, and whether it was seen twice in a row. */
  seen?: Interference;
  confirmed?: Interference;
};

export type PageScanner = {
  rescan(): void;
  stop(): void;
  /** Every credential link still on the page with its current badge, in page order. */
  credentials(): Array<{ ref: string; label: string; view: BadgeView }>;
  notChecked(): { items: Array<{ label: string; url: string }>; total: number };
  interference(): InterferenceReport[];
  reveal(ref: string): boolean;
  checkMore(): void;
};

export function startPageScanner(send: Messenger, instance: string): PageScanner {
  const tracked = new Map<Element, Tracked>();
  /** Generic links that proved not to be credentials, with the address they had. */
  const dismissed = new WeakMap<Element, string | null>();
  let overflow: Detection[] = [];
  let cap = PAGE_CAP;
  let page = new AbortController();
  let added: Element[] = [];
  let nextRef = 0;
  let reportTimer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const attributeOf = (element: Element) =>
    element.getAttribute(element.tagName === 'IMG' ? 'src' : 'href');
  const textOf = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();

  /** Tells the worker which badges live and what the page did to them (debounced). */
  const report = () => {
    clearTimeout(reportTimer);
    // A stopped run says nothing more: its successor speaks for the tab now.
    if (stopped) return;
    reportTimer = setTimeout(() => {
      const live = [...tracked.values()].map((entry) => entry.token);
      void send('tabReport', {
        instance,
        live: live.slice(0, 2_000),
        interference: interference(),
      });
    }, 150);
  };

  const interference = (): InterferenceReport[] =>
    [...tracked.values()]
      .filter((entry) => entry.confirmed !== undefined)
      .map((entry) => ({ label: entry.label.slice(0, 300), how: entry.confirmed as Interference }))
      .slice(0, 100);

  const forget = (element: Element) => {
    const entry = tracked.get(element);
    entry?.host?.remove();
    tracked.delete(element);
    report();
  };

  const mount = (element: Element, entry: Tracked) => {
    entry.host?.remove();
    entry.token = newToken();
    const signal = page.signal;
    // A fresh token for a fresh frame: the worker learns it before the frame can ask.
    void send('verifyLink', {
      match: entry.match,
      visible: isInViewport(element),
      token: entry.token,
      instance,
      label: entry.label.slice(0, 300),
    }).then((response) => settle(element, entry, entry.token, signal, response));
    if (entry.shown) entry.host = hostFor(element, entry);
    report();
  };

  const hosts = new WeakSet<Node>();
  const hostFor = (element: Element, entry: Tracked) => {
    const badge = mountBadgeHost(element, entry.token, () => remount(element, entry, 'reloaded'));
    hosts.add(badge.host);
    return badge;
  };

  /** The page removed, moved or reloaded this badge: a fresh one beside its link, or none. */
  const remount = (element: Element, entry: Tracked, how: Interference | undefined) => {
    if (tracked.get(element) !== entry) return;
    if (how !== undefined) entry.seen = entry.confirmed = how;
    entry.remounts++;
    if (entry.remounts > MAX_REMOUNTS || !element.isConnected) {
      entry.host?.remove();
      delete entry.host;
      entry.confirmed = 'hidden';
      report();
      return;
    }
    mount(element, entry);
  };

  const settle = (
    element: Element,
    entry: Tracked,
    token: string,
    signal: AbortSignal,
    response: ResponseOf<'verifyLink'> | undefined,
  ) => {
    // A late answer for a page, link or badge that is gone changes nothing.
    if (signal.aborted || entry.token !== token || tracked.get(element) !== entry) return;
    if (response !== undefined && 'hidden' in response) {
      dismissed.set(element, entry.address);
      forget(element);
      return;
    }
    if (response !== undefined && 'notChecked' in response) {
      // The worker's queue is full: listed as not checked, never shown with a verdict.
      forget(element);
      overflow.push(entry.detection);
      return;
    }
    entry.view =
      response !== undefined && 'view' in response ? response.view : unavailable(entry.match);
    if (!entry.shown) {
      entry.shown = true;
      entry.host = hostFor(element, entry);
    } else entry.host?.refresh();
    report();
  };

  const verify = (detection: Detection) => {
    const element = detection.element as unknown as Element;
    if (tracked.has(element)) return;
    if (tracked.size >= cap) {
      overflow.push(detection);
      return;
    }
    const match = detection.match as ProviderMatchMessage;
    const label = detection.label ?? match.label;
    const entry: Tracked = {
      detection,
      ref: (nextRef++).toString(36),
      token: '',
      match,
      label,
      address: attributeOf(element),
      text: textOf(element),
      view: checkingView(match, detection.label),
      shown: match.generic !== true,
      remounts: 0,
    };
    tracked.set(element, entry);
    mount(element, entry);
  };

  const isProcessed = (element: { getAttribute(name: string): string | null }) => {
    const el = element as unknown as Element;
    return tracked.has(el) || (dismissed.has(el) && dismissed.get(el) === attributeOf(el));
  };

  const scan = (root: Element) => {
    const detections = scanForCredentials(root as never, new URL(location.href), {
      alreadyProcessed: isProcessed as never,
      includeRoot: true,
      ...(__CREDLENS_TEST__ === null ? {} : { allowLoopbackHttp: true }),
    });
    for (const detection of detections) verify(detection);
  };

  /** Badges follow their links: checked after every batch of page changes. */
  const reconcile = () => {
    for (const [element, entry] of [...tracked]) {
      if (!element.isConnected) {
        forget(element);
        continue;
      }
      if (attributeOf(element) !== entry.address || textOf(element) !== entry.text) {
        // The link now says or points elsewhere: its old verdict must not stay beside it.
        forget(element);
        scan(element);
        continue;
      }
      const host = entry.host;
      if (host !== undefined && element.nextSibling !== host.host) {
        // Moved elsewhere by the page (or deleted): never shown anywhere but beside its link.
        remount(element, entry, host.host.isConnected ? 'moved' : undefined);
      }
    }
  };

  const flush = () => {
    reconcile();
    const roots = added.filter(
      (node) => node.isConnected && !added.some((other) => other !== node && other.contains(node)),
    );
    added = [];
    for (const root of roots) scan(root);
  };

  let scheduled = false;
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      flush();
    });
    // Background tabs get no animation frames: follow the links within a second anyway.
    setTimeout(() => {
      if (!scheduled) return;
      scheduled = false;
      flush();
    }, 250);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'childList')
        for (const node of record.addedNodes) {
          if (node instanceof Element && !hosts.has(node)) added.push(node);
        }
    }
    schedule();
  });

  /** Badges in view, looked at for interference; counted when seen twice in a row. */
  const watch = setInterval(() => {
    let changed = false;
    for (const [element, entry] of tracked) {
      const host = entry.host;
      if (host === undefined || !isInViewport(host.host)) continue;
      if (!host.intact()) {
        // The page rewrote the host's own style: a fresh badge, and it is reported.
        remount(element, entry, 'hidden');
        changed = true;
        continue;
      }
      const now = interferenceOf(host.host, element);
      // Seen twice in a row to count, and clear twice in a row to stop counting.
      const settled = now === entry.seen;
      if (settled && now !== entry.confirmed) {
        if (now === undefined) delete entry.confirmed;
        else entry.confirmed = now;
        changed = true;
      }
      if (now === undefined) delete entry.seen;
      else entry.seen = now;
    }
    if (changed) report();
  }, WATCH_MS);

  const removeAll = () => {
    page.abort();
    page = new AbortController();
    for (const entry of tracked.values()) entry.host?.remove();
    tracked.clear();
    overflow = [];
    cap = PAGE_CAP;
    report();
  };

  scan(document.body);
  // The first word of this run: the worker forgets what an earlier run on this tab showed.
  report();
  observer.observe(document.body, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['href', 'src'],
    characterData: true,
  });

  return {
    rescan: () => {
      removeAll();
      scan(document.body);
    },
    stop: () => {
      stopped = true;
      clearTimeout(reportTimer);
      observer.disconnect();
      clearInterval(watch);
      removeAll();
    },
    credentials: () => {
      const live = [...tracked].filter(([element, entry]) => element.isConnected && entry.shown);
      // Document order, so the popup lists credentials as the page shows them.
      live.sort(([a], [b]) =>
        a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
      );
      return live.map(([, entry]) => ({ ref: entry.ref, label: entry.label, view: entry.view }));
    },
    notChecked: () => {
      const waiting = overflow.filter(
        (detection) => (detection.element as unknown as Element).isConnected,
      );
      return {
        items: waiting.slice(0, 1_000).map((detection) => ({
          label: (detection.label ?? detection.match.label).slice(0, 300),
          url: detection.match.sourceUrl.slice(0, 2048),
        })),
        total: waiting.length,
      };
    },
    interference,
    reveal: (ref) => {
      for (const [element, entry] of tracked) {
        if (entry.ref !== ref) continue;
        element.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
        entry.host?.highlight();
        return true;
      }
      return false;
    },
    checkMore: () => {
      cap += PAGE_CAP;
      const waiting = overflow;
      overflow = [];
      for (const detection of waiting)
        if ((detection.element as unknown as Element).isConnected) verify(detection);
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
