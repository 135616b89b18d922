// The worker's record of every inline badge: which tab and content script asked for it, the
// view it may show, and the one badge frame allowed to show it.
//
// Why: an inline badge is an extension-origin frame the page cannot read. The content script
// hands its frame an unguessable token (never through the page's DOM); the frame redeems the
// token here for the view, and the first frame to redeem it owns it. A page that copies, moves
// or reloads a frame gets a frame that owns nothing. The same records give the toolbar its
// counts and the popup its list of interference, so no inline badge says more than they do.

import { type BadgeView, type InterferenceReport, uniqueInterference } from '../messaging';
import { type Say, sayEnglish, sayPlural } from '../shared/words';

/**
 * Where a registered badge lives: the tab, the content script's frame, and which run of the
 * content script (a new page, or "Scan this page" again, starts a new one).
 */
export type BadgeOwner = { tabId: number; frameId: number; instance: string };

/** The frame that redeemed a token (Chromium also gives a documentId, which reloads change). */
export type FrameIdentity = { tabId: number; frameId: number; documentId?: string | undefined };

/** Ways a page can interfere with a badge, as the content script or the frame observed them. */
export type Interference = InterferenceReport['how'];

export type BadgeEntry = BadgeOwner & {
  label: string;
  view: BadgeView;
  claim?: FrameIdentity;
};

/** Where entries survive the worker being stopped: storage.session in the extension. */
export type RegistryStore = {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  remove(keys: string[]): Promise<void>;
};

export type Redeemed =
  | { ok: true; entry: BadgeEntry }
  | { ok: false; reason: 'unknown' | 'other_tab' | 'claimed' };

export type TabSummary = {
  counts: Partial<Record<BadgeView['verdict'], number>>;
  total: number;
  /** Badges the page interfered with, by their label, as the content script or frame saw it. */
  interference: Array<{ label: string; how: Interference }>;
  /** The site is left untouched (issue 15): no badge on the page, verdicts only in Credlens. */
  untouched?: boolean;
};

const KEY = 'badge:';
const TAB_KEY = 'badgeTab:';
/** Tokens are 128 random bits in hex: unguessable, and nothing else passes as one. */
export const TOKEN_PATTERN = /^[0-9a-f]{32}$/;

/** What the worker keeps per tab, in memory and (for its restarts) in the store. */
type TabRecord = {
  /** The content script run that speaks for the tab now: older runs' badges are gone. */
  instance?: string;
  tokens: Set<string>;
  /** Interference the content script reported last. */
  reported: Array<{ label: string; how: Interference }>;
  /** The current run leaves the page untouched. */
  untouched?: boolean;
};

export type BadgeRegistry = ReturnType<typeof createBadgeRegistry>;

export function createBadgeRegistry(store: RegistryStore) {
  const entries = new Map<string, BadgeEntry>();
  const tabs = new Map<number, TabRecord>();
  /** One write of a tab's record at a time, newest state last. */
  const tabWrites = new Map<number, Promise<void>>();

  /** The tab's record, from memory or (after the worker restarted) from the store. */
  const tab = async (tabId: number): Promise<TabRecord> => {
    const known = tabs.get(tabId);
    if (known !== undefined) return known;
    const stored = (await store.get(`${TAB_KEY}${tabId}`).catch(() => undefined)) as
      | { instance?: unknown; tokens?: unknown; reported?: unknown; untouched?: unknown }
      | undefined;
    const record: TabRecord = {
      ...(typeof stored?.instance === 'string' ? { instance: stored.instance } : {}),
      tokens: new Set(
        Array.isArray(stored?.tokens)
          ? stored.tokens.filter((token): token is string => TOKEN_PATTERN.test(String(token)))
          : [],
      ),
      reported: Array.isArray(stored?.reported)
        ? (stored.reported as TabRecord['reported']).slice(0, 100)
        : [],
      ...(stored?.untouched === true ? { untouched: true } : {}),
    };
    // Another call may have filled it meanwhile: keep the first.
    const raced = tabs.get(tabId);
    if (raced !== undefined) return raced;
    tabs.set(tabId, record);
    return record;
  };
  const saveTab = (tabId: number) => {
    const previous = tabWrites.get(tabId) ?? Promise.resolve();
    const next = previous.then(async () => {
      const record = tabs.get(tabId);
      if (record === undefined) await store.remove([`${TAB_KEY}${tabId}`]);
      else
        await store.set(`${TAB_KEY}${tabId}`, {
          ...(record.instance === undefined ? {} : { instance: record.instance }),
          tokens: [...record.tokens],
          reported: record.reported,
          ...(record.untouched === true ? { untouched: true } : {}),
        });
    });
    const settled = next.catch(() => undefined);
    tabWrites.set(tabId, settled);
    return settled;
  };

  /** Makes `instance` the tab's current run, forgetting what an older run registered. */
  const takeOver = async (tabId: number, instance: string) => {
    const record = await tab(tabId);
    if (record.instance === instance) return;
    record.instance = instance;
    record.reported = [];
    await drop(record, [...record.tokens]);
  };
  const drop = async (record: TabRecord, tokens: string[]) => {
    for (const token of tokens) {
      entries.delete(token);
      record.tokens.delete(token);
    }
    if (tokens.length > 0)
      await store.remove(tokens.map((token) => `${KEY}${token}`)).catch(() => undefined);
  };

  const persist = (token: string, entry: BadgeEntry) =>
    store.set(`${KEY}${token}`, entry).catch(() => undefined);
  /** The entry, from memory or (after the worker restarted) from the store. */
  /** The entry as stored (written before the worker last stopped), without touching memory. */
  const stored = async (token: string): Promise<BadgeEntry | undefined> => {
    const value = (await store.get(`${KEY}${token}`).catch(() => undefined)) as
      | BadgeEntry
      | undefined;
    return typeof value?.tabId === 'number' && value.view !== undefined ? value : undefined;
  };
  /** The entry, from memory or (after the worker restarted) from the store. */
  const load = async (token: string): Promise<BadgeEntry | undefined> => {
    if (!TOKEN_PATTERN.test(token)) return undefined;
    const known = entries.get(token);
    if (known !== undefined) return known;
    const found = await stored(token);
    // Another call may have filled it meanwhile: memory wins.
    if (found !== undefined && !entries.has(token)) entries.set(token, found);
    return entries.get(token);
  };

  return {
    /** A content script announces a badge; a token already known to another owner is refused. */
    async register(
      token: string,
      owner: BadgeOwner,
      label: string,
      view: BadgeView,
    ): Promise<boolean> {
      if (!TOKEN_PATTERN.test(token)) return false;
      // Reserved before anything is awaited: the badge's frame may ask for it while this
      // registration is still reading storage, and must find it.
      const inMemory = entries.get(token);
      if (inMemory !== undefined && inMemory.tabId !== owner.tabId) return false;
      if (inMemory === undefined) entries.set(token, { ...owner, label, view });
      const existing = inMemory ?? (await stored(token));
      if (existing !== undefined && existing.tabId !== owner.tabId) {
        entries.delete(token);
        return false;
      }
      await takeOver(owner.tabId, owner.instance);
      // Asked again for the same badge (a recheck): its frame and what it saw stay.
      const kept =
        existing !== undefined && existing.instance === owner.instance
          ? {
              view: existing.view,
              ...(existing.claim === undefined ? {} : { claim: existing.claim }),
            }
          : {};
      // A frame may have redeemed the reservation meanwhile: it keeps what it owns.
      const claim = entries.get(token)?.claim;
      const entry: BadgeEntry = {
        ...owner,
        label,
        view,
        ...(claim === undefined ? {} : { claim }),
        ...kept,
      };
      entries.set(token, entry);
      (await tab(owner.tabId)).tokens.add(token);
      await Promise.all([persist(token, entry), saveTab(owner.tabId)]);
      return true;
    },

    /** The final (or any newer) view for a registered badge. */
    async update(token: string, view: BadgeView): Promise<void> {
      const entry = await load(token);
      if (entry === undefined) return;
      entry.view = view;
      await persist(token, entry);
    },

    /**
     * A badge frame asks for its view. The first frame of the owning tab to redeem a token
     * owns it; any other frame (a copy, a moved or reloaded frame) is refused.
     */
    async redeem(token: string, frame: FrameIdentity): Promise<Redeemed> {
      const entry = await load(token);
      if (entry === undefined) return { ok: false, reason: 'unknown' };
      if (entry.tabId !== frame.tabId) return { ok: false, reason: 'other_tab' };
      if (entry.claim === undefined) {
        entry.claim = frame;
        await persist(token, entry);
        return { ok: true, entry };
      }
      const same =
        entry.claim.frameId === frame.frameId &&
        (entry.claim.documentId === undefined || entry.claim.documentId === frame.documentId);
      return same ? { ok: true, entry } : { ok: false, reason: 'claimed' };
    },

    /**
     * The content script's view of its page: the badges still live (the rest are forgotten)
     * and the interference it saw. A run's first report makes it the tab's current run.
     */
    async report(
      tabId: number,
      instance: string,
      live: readonly string[],
      interference: Array<{ label: string; how: Interference }>,
      untouched = false,
    ): Promise<void> {
      await takeOver(tabId, instance);
      const record = await tab(tabId);
      const keep = new Set(live);
      await drop(
        record,
        [...record.tokens].filter((token) => !keep.has(token)),
      );
      record.reported = interference.slice(0, 100);
      if (untouched) record.untouched = true;
      else delete record.untouched;
      await saveTab(tabId);
    },

    /** A tab closed: everything about it goes. */
    async forgetTab(tabId: number): Promise<void> {
      const record = await tab(tabId);
      await drop(record, [...record.tokens]);
      tabs.delete(tabId);
      await saveTab(tabId);
    },

    /** Counts by verdict and every interference seen on the tab (read back after a restart). */
    async summary(tabId: number): Promise<TabSummary> {
      const record = await tab(tabId);
      const counts: TabSummary['counts'] = {};
      const interference = [...record.reported];
      let total = 0;
      for (const token of record.tokens) {
        const entry = await load(token);
        if (entry === undefined) continue;
        total++;
        counts[entry.view.verdict] = (counts[entry.view.verdict] ?? 0) + 1;
      }
      return {
        counts,
        total,
        interference: uniqueInterference(interference).slice(0, 50),
        ...(record.untouched === true ? { untouched: true } : {}),
      };
    },
  };
}

/**
 * The toolbar's badge for a tab: short text, a colour, and a title that says it all, in `say`'s
 * language (notes after dashes: the page interfering, the site left untouched).
 */
export function toolbarBadge(
  summary: TabSummary,
  say: Say = sayEnglish,
): { text: string; color: string; title: string } {
  const { counts, total, interference } = summary;
  const good = (counts.verified ?? 0) + (counts.confirmed ?? 0);
  const bad = (counts.invalid ?? 0) + (counts.revoked ?? 0);
  const checking = counts.checking ?? 0;
  const groups = [
    ['toolbarGood', good],
    ['toolbarBad', bad],
    ['toolbarLapsed', (counts.expired ?? 0) + (counts.suspended ?? 0)],
    ['toolbarUnchecked', (counts.unverifiable ?? 0) + (counts['link-only'] ?? 0)],
    ['toolbarChecking', checking],
  ] as const;
  const parts = groups
    .filter(([, count]) => count > 0)
    .map(([stem, count]) => sayPlural(say, stem, count));
  const notes = [
    ...(total > 0 && interference.length > 0 ? [say('toolbarInterference')] : []),
    ...(summary.untouched === true ? [say('toolbarUntouched')] : []),
  ];
  const title = [
    total === 0 ? say('toolbarNone') : say('toolbarTitle', parts.join(', ')),
    ...notes,
  ].join(' — ');
  if (interference.length > 0) return { text: '!', color: '#b45309', title };
  if (total === 0) return { text: '', color: '#6b7280', title };
  const color = bad > 0 ? '#b91c1c' : checking > 0 ? '#6b7280' : good > 0 ? '#15803d' : '#6b7280';
  return { text: String(Math.min(total, 999)), color, title };
}
