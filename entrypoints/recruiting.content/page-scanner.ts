// Finds credential links on the page and keeps their badges true to them: one scan at start,
// then whatever the page adds or changes (elements added, addresses changed, `hidden` lifted,
// even a replaced body), batched to one pass per animation frame. A badge follows its link:
// when the link's address or text changes, the link leaves, or the page moves, reloads,
// restyles or deletes the badge, the badge goes and the link is checked afresh. Everything
// this script knows lives in its isolated world (never in DOM attributes a page could set or
// clear). A late answer for a link or badge that is gone changes nothing. On a page left
// untouched (issue 15) the same scan and checks run, but nothing is ever added to the page:
// no badge hosts, and "Show" only scrolls.

import { type Detection, scanForCredentials } from '../../lib/detect';
import type { PagePerson } from '../../lib/holder/types';
import type {
  BadgeView,
  InterferenceReport,
  Messenger,
  ProviderMatchMessage,
  ResponseOf,
} from '../../lib/messaging';
import { newToken } from '../../lib/messaging/frame';
import { checkingView } from '../../lib/present';
import type { Say } from '../../lib/shared/words';
import { type BadgeHost, type BadgeTrouble, mountBadgeHost } from './badge-host';
import { type Interference, interferenceOf, underPageBar } from './interference';

/** Set only by the test/demo build (CREDLENS_TEST_HOSTS); null in every normal build. */
declare const __CREDLENS_TEST__: { demoOrigin: string } | null;

/** Credential links checked per page before the user asks for more (from the popup). */
export const PAGE_CAP = 300;
/** How often badges are looked at: still beside their links, and left alone by the page. */
const WATCH_MS = 700;
/** Fresh badges for one link after the page removed or moved them, before giving up. */
const MAX_REMOUNTS = 3;
/** The worker hears about changes within this long, however busy the page keeps us. */
const REPORT_MAX_WAIT_MS = 500;

type Tracked = {
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
  /** Interference seen at the last look: a finding counts when seen twice in a row. */
  seen?: Interference;
};

export type PageScanner = {
  /** Single-page navigation: links that stayed keep their badges, new ones are checked. */
  rescan(): void;
  stop(): void;
  /** Every credential link still on the page with its current badge, in page order. */
  credentials(): Array<{ ref: string; label: string; view: BadgeView }>;
  notChecked(): { items: Array<{ label: string; url: string }>; total: number };
  interference(): InterferenceReport[];
  reveal(ref: string): boolean;
  checkMore(): void;
  /** Asks again for every badge (the candidate's email changed): same frames, new answers. */
  recheck(): void;
};

export type PageScannerOptions = {
  send: Messenger;
  /** This run's id: the worker keeps the badges of the tab's newest run only. */
  instance: string;
  /** The person the page is about (holder binding), read when a badge is asked for. */
  personOf: () => PagePerson | undefined;
  /**
   * Page-untouched mode: credentials are still checked and reported to the worker (toolbar,
   * popup, side panel), but the page gets no badge, attribute, style or highlight.
   */
  untouched: boolean;
  /** The words of the browser's language (browser.i18n). */
  say: Say;
};

export function startPageScanner({
  send,
  instance,
  personOf,
  untouched,
  say,
}: PageScannerOptions): PageScanner {
  const tracked = new Map<Element, Tracked>();
  const hosts = new WeakSet<Node>();
  /** Generic links that proved not to be credentials, with the address they had. */
  const dismissed = new WeakMap<Element, string | null>();
  /** Credential links past the cap, by element (a re-added container adds no duplicates). */
  let overflow = new Map<Element, Detection>();
  let cap = PAGE_CAP;
  /** Links sent for checking on this page so far (a link that proved no credential counts). */
  let checked = 0;
  /**
   * Every interference seen while this document lives, whatever the page did since: a page
   * that covered a badge once, or keeps navigating to wipe the slate, has still done it.
   */
  const interferenceLog = new Map<string, InterferenceReport>();
  let added = new Set<Element>();
  let nextRef = 0;
  let reportTimer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const attributeOf = (element: Element) =>
    element.getAttribute(element.tagName === 'IMG' ? 'src' : 'href');
  const textOf = (element: Element) =>
    (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 500);

  /** Tells the worker which badges live and what the page did to them, at most 500 ms late. */
  const report = () => {
    // A stopped run says nothing more: its successor speaks for the tab now.
    if (stopped || reportTimer !== undefined) return;
    reportTimer = setTimeout(() => {
      reportTimer = undefined;
      if (stopped) return;
      const live = [...tracked.values()].map((entry) => entry.token);
      void send('tabReport', {
        instance,
        live: live.slice(0, 2_000),
        interference: interference(),
        ...(untouched ? { untouched: true } : {}),
      });
    }, REPORT_MAX_WAIT_MS);
  };

  const interference = (): InterferenceReport[] => [...interferenceLog.values()].slice(0, 100);

  const note = (entry: Tracked, how: Interference) => {
    // The worker's name for the credential when it has one: the page chooses its own labels.
    const label = (entry.view.name ?? entry.label).slice(0, 300);
    const key = `${how}\u0000${label}`;
    if (interferenceLog.has(key)) return;
    interferenceLog.set(key, { label, how });
    report();
  };

  const forget = (element: Element) => {
    const entry = tracked.get(element);
    entry?.host?.remove();
    tracked.delete(element);
    report();
  };

  const mount = (element: Element, entry: Tracked) => {
    entry.host?.remove();
    delete entry.host;
    const token = newToken();
    entry.token = token;
    // A fresh token for a fresh frame: the worker learns it before the frame can ask.
    ask(element, entry, token);
    if (entry.shown && !untouched) entry.host = hostFor(element, entry);
    report();
  };

  const ask = (element: Element, entry: Tracked, token: string) => {
    const person = personOf();
    void send('verifyLink', {
      match: entry.match,
      visible: isInViewport(element),
      token,
      instance,
      label: entry.label.slice(0, 300),
      ...(person === undefined ? {} : { person }),
    }).then((response) => settle(element, entry, token, response));
  };

  /** Badges whose card is open: while any is, every frame knows a card may cover it. */
  const openCards = new Set<BadgeHost>();
  const tellCards = () => {
    for (const entry of tracked.values()) entry.host?.cards(openCards.size > 0);
  };
  const hostFor = (element: Element, entry: Tracked) => {
    const badge: BadgeHost = mountBadgeHost(
      element,
      entry.token,
      (trouble: BadgeTrouble) => remount(element, entry, trouble),
      (open) => {
        if (open) openCards.add(badge);
        else openCards.delete(badge);
        tellCards();
      },
      () => {
        // The frame saw itself covered: the page's own header or footer bar is not interference.
        if (openCards.size === 0 && !underPageBar(badge.host)) note(entry, 'covered');
      },
      say('badgeFrameTitle'),
    );
    hosts.add(badge.host);
    return badge;
  };

  /** The page removed, moved, restyled or replaced this badge: a fresh one beside its link. */
  const remount = (element: Element, entry: Tracked, how: Interference | undefined) => {
    if (tracked.get(element) !== entry) return;
    if (how !== undefined) note(entry, how);
    entry.remounts++;
    if (entry.remounts > MAX_REMOUNTS || !element.isConnected) {
      entry.host?.remove();
      delete entry.host;
      note(entry, 'hidden');
      return;
    }
    mount(element, entry);
  };

  const settle = (
    element: Element,
    entry: Tracked,
    token: string,
    response: ResponseOf<'verifyLink'> | undefined,
  ) => {
    // A late answer for a link or badge that is gone, or for an older token, changes nothing.
    if (stopped || entry.token !== token || tracked.get(element) !== entry) return;
    if (response !== undefined && 'hidden' in response) {
      dismissed.set(element, entry.address);
      forget(element);
      return;
    }
    if (response !== undefined && 'notChecked' in response) {
      // The worker's queue is full: listed as not checked, never shown with a verdict.
      forget(element);
      overflow.set(element, detectionOf(element, entry));
      return;
    }
    entry.view =
      response !== undefined && 'view' in response ? response.view : unavailable(entry.match, say);
    if (!entry.shown) {
      entry.shown = true;
      if (!untouched) entry.host = hostFor(element, entry);
    } else entry.host?.refresh();
    report();
  };

  const verify = (detection: Detection) => {
    const element = detection.element as unknown as Element;
    if (tracked.has(element)) return;
    if (checked >= cap) {
      overflow.set(element, detection);
      return;
    }
    checked++;
    overflow.delete(element);
    // The same shape as the worker's schema (pinned by test/unit/messaging/shapes.test.ts).
    const match: ProviderMatchMessage = detection.match;
    const entry: Tracked = {
      ref: (nextRef++).toString(36),
      token: '',
      match,
      label: detection.label ?? match.label,
      address: attributeOf(element),
      text: textOf(element),
      view: checkingView(match, detection.label, say),
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

  const scan = (root: ParentNode) => {
    const detections = scanForCredentials(root as never, new URL(location.href), {
      alreadyProcessed: isProcessed as never,
      includeRoot: true,
      ...(__CREDLENS_TEST__ === null ? {} : { allowLoopbackHttp: true }),
    });
    for (const detection of detections) verify(detection);
  };

  /** Badges follow their links: after every batch of page changes, and on the watch timer. */
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
      if (host === undefined) continue;
      if (element.nextSibling !== host.host)
        // Moved elsewhere by the page (or deleted): never shown anywhere but beside its link.
        remount(element, entry, host.host.isConnected ? 'moved' : undefined);
      else if (!host.intact()) remount(element, entry, 'hidden');
    }
  };

  const flush = () => {
    reconcile();
    const roots = [...added].filter((node) => {
      if (!node.isConnected) return false;
      // Only the outermost of the changed elements: its scan covers the rest.
      for (let up = node.parentElement; up !== null; up = up.parentElement)
        if (added.has(up)) return false;
      return true;
    });
    added = new Set();
    for (const root of roots) scan(root);
  };

  let scheduled = false;
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(() => {
      if (!scheduled) return;
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
      if (record.type === 'childList') {
        for (const node of record.addedNodes)
          if (node instanceof Element && !hosts.has(node)) added.add(node);
      } else if (record.type === 'attributes' && record.target instanceof Element) {
        // An address given to an untracked element, or `hidden` lifted: look at it again.
        if (!tracked.has(record.target)) added.add(record.target);
      }
    }
    schedule();
  });

  /** Badges in view, looked at for interference; a finding counts when seen twice in a row. */
  const watch = setInterval(() => {
    reconcile();
    for (const [element, entry] of tracked) {
      const host = entry.host;
      if (host === undefined || !isInViewport(host.host)) continue;
      // Our own open card over a badge is not the page's doing.
      const now = interferenceOf(host.host, element, (node) => hosts.has(node));
      if (now !== undefined && now === entry.seen) note(entry, now);
      if (now === undefined) delete entry.seen;
      else entry.seen = now;
    }
  }, WATCH_MS);

  /** Everything on the page scanned, from the document itself (a replaced body included). */
  const scanDocument = () => scan(document.documentElement);

  scanDocument();
  // The first word of this run: the worker forgets what an earlier run on this tab showed.
  report();
  observer.observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['href', 'src', 'hidden'],
    characterData: true,
  });

  return {
    rescan: () => {
      // A new page in a single-page app: the check budget starts again from what is here.
      reconcile();
      checked = tracked.size;
      cap = PAGE_CAP;
      overflow = new Map();
      scanDocument();
    },
    stop: () => {
      stopped = true;
      clearTimeout(reportTimer);
      observer.disconnect();
      clearInterval(watch);
      for (const entry of tracked.values()) entry.host?.remove();
      tracked.clear();
      overflow.clear();
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
      const waiting = [...overflow].filter(([element]) => element.isConnected);
      return {
        items: waiting.slice(0, 1_000).map(([, detection]) => ({
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
        // Scrolling changes no node; untouched pages have no host to highlight.
        element.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
        if (!untouched) entry.host?.highlight();
        return true;
      }
      return false;
    },
    recheck: () => {
      for (const [element, entry] of tracked) ask(element, entry, entry.token);
    },
    checkMore: () => {
      cap = checked + PAGE_CAP;
      const waiting = [...overflow.keys()];
      overflow = new Map();
      // Scanned anew, not from the old detection: the page may have changed the link since.
      for (const element of waiting) if (element.isConnected) scan(element);
    },
  };
}

function detectionOf(element: Element, entry: Tracked): Detection {
  return { element: element as never, match: entry.match, label: entry.label };
}

function isInViewport(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  return rect.bottom >= 0 && rect.top <= window.innerHeight;
}

function unavailable(match: ProviderMatchMessage, say: Say): BadgeView {
  return {
    verdict: 'unverifiable',
    headline: say('verdict_unverifiable'),
    skills: [],
    checks: [{ outcome: 'unknown', text: say('badgeNoBackground') }],
    sourceUrl: match.sourceUrl,
    providerLabel: match.label,
  };
}
