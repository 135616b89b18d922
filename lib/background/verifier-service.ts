// The service worker's verification service: one entry point per detected link, with the
// queue (fair across tabs, bounded), a per-host limit on every fetch, time limits, a result
// cache that outlives the worker (MV3 stops it at will), the issuer's standing and the hosts a
// check could not reach. Provider behaviours live in verify-match.ts.

import * as z from 'zod/mini';
import type { Deps, FetchLike } from '../deps';
import {
  FETCHES_PER_HOST,
  limitPerHost,
  MAX_BLOCKED_ORIGINS,
  permissionAwareFetch,
} from '../fetch';
import {
  type BadgeView,
  BadgeViewSchema,
  type PreviewInput,
  type ProviderMatchMessage,
} from '../messaging';
import { linkOnlyView, toBadgeView } from '../present';
import { type Say, sayEnglish, sayList } from '../shared/words';
import { createVerifierCaches, type VerificationResult, type VerifierCaches } from '../verify';
import { type PreviewOutcome, previewCredential } from './preview';
import { createQueue, DEFAULT_QUEUE_LIMITS, type NotChecked, type QueueLimits } from './queue';
import {
  deadlineResult,
  GENERIC_FETCH_TIMEOUT_MS,
  runWithDeadline,
  VERIFICATION_DEADLINE_MS,
} from './time-limits';
import { type ContentMemo, verifyMatch } from './verify-match';

/** How long a finished verdict is reused before the credential is checked again. */
export const RESULT_TTL_MS = 10 * 60 * 1000;
// Bumped whenever the stored view changes shape (v2: skills evidence), so no stale view survives.
const CACHE_PREFIX = 'result:v3:';

/** Where results survive the worker: storage.session in the extension, a Map in tests. */
export type ResultStore = {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  /** Removes every key starting with `prefix`; returns how many went. */
  removePrefix(prefix: string): Promise<number>;
};

/**
 * The issuer's standing on the trusted-issuer lists, read fresh for every answer. The preview
 * asks for the bundled list only: a learner's own trust says nothing about a recruiter's.
 */
export type StandingOf = (
  issuerId: string | undefined,
  lists?: 'bundled-only',
  issuerName?: string,
) => Promise<BadgeView['issuerStanding'] | undefined>;

/** A finished check: its view, or no badge at all (a generic link that is not a credential). */
type Finished = { view: BadgeView } | { hidden: true };
/** A finished check, or a link not checked (the queue was full, or its tab went away). */
export type LinkOutcome = Finished | NotChecked;

/** Who asks: `tabId` is the sender's tab, undefined for the extension's own pages and the CLI. */
export type LinkRequester = { visible: boolean; tabId?: number | undefined };

/** The service's limits; every member has a default (lib/background/queue.ts, time-limits.ts). */
export type ServiceLimits = QueueLimits & {
  /** Concurrent fetches per host, over every document of every verification. */
  fetchesPerHost: number;
  /** Per-fetch timeout for generic links. */
  genericTimeoutMs: number;
  /** Per-link deadline, from the job's start. */
  deadlineMs: number;
};

export type VerifierServiceOptions = Deps & {
  store: ResultStore;
  /** Test builds only: allow loopback http. */
  insecureLocalhost?: boolean;
  caches?: VerifierCaches;
  /** Trusted-issuer lookup; the standing is never cached with the verdict (the user edits it). */
  standingOf?: StandingOf;
  /** Whether a host permission is held: hosts failing without one go on the badge to allow. */
  hostGranted?: (origin: string) => Promise<boolean>;
  limits?: Partial<ServiceLimits>;
  /** The words of verdicts, checks and diagnostics in the browser's language; English when absent. */
  say?: Say;
};

export type VerifierService = {
  /** The badge outcome for one detected link; never rejects for a link that cannot be checked. */
  verifyLink(match: ProviderMatchMessage, requester: LinkRequester): Promise<LinkOutcome>;
  /** Withdraws a closed or navigated tab's waiting links; returns how many requests went. */
  cancelTab(tabId: number): number;
  preview(input: PreviewInput): Promise<PreviewOutcome>;
  /** Forgets cached verdicts, responses, keys and status lists; returns the verdicts removed. */
  clearCache(): Promise<number>;
};

export function createVerifierService(options: VerifierServiceOptions): VerifierService {
  const say = options.say ?? sayEnglish;
  const limits: ServiceLimits = {
    ...DEFAULT_QUEUE_LIMITS,
    fetchesPerHost: FETCHES_PER_HOST,
    genericTimeoutMs: GENERIC_FETCH_TIMEOUT_MS,
    deadlineMs: VERIFICATION_DEADLINE_MS,
    ...options.limits,
  };
  const queue = createQueue(limits);
  // One limiter for the whole service, under every other wrapper: it sees the URLs the core asks
  // for (before any demo-world rewrite), so issuer, DID and status-list hosts are counted too.
  const fetch = limitPerHost(options.fetch, { perHost: limits.fetchesPerHost });
  const optionsWith = (caches: VerifierCaches) => ({
    fetch,
    now: options.now,
    ...caches,
    ...(options.insecureLocalhost === true ? { insecureLocalhost: true } : {}),
  });
  let verifyOptions = optionsWith(options.caches ?? createVerifierCaches());
  const withStanding = async <T extends { view: BadgeView } | { hidden: true }>(
    outcome: T,
    lists?: 'bundled-only',
  ): Promise<T> => {
    if (!('view' in outcome) || options.standingOf === undefined) return outcome;
    const { view } = outcome;
    // Only a credential that checks out can speak for its issuer: a forged one naming a known
    // issuer must not wear "Known issuer".
    if (
      view.issuerId === undefined ||
      (view.verdict !== 'verified' && view.verdict !== 'confirmed')
    )
      return outcome;
    // The name goes too: a look-alike of a listed or trusted issuer is never "known".
    const issuerStanding = await options.standingOf(view.issuerId, lists, view.issuerName);
    return issuerStanding === undefined
      ? outcome
      : { ...outcome, view: { ...view, issuerStanding } };
  };
  /** Options whose fetch notes, into `blocked`, hosts that failed without a permission. */
  const recordingHosts = (blocked: Set<string>) => {
    const granted = options.hostGranted;
    if (granted === undefined) return verifyOptions;
    return {
      ...verifyOptions,
      fetch: permissionAwareFetch(verifyOptions.fetch, {
        granted,
        blocked: async (origin) => {
          blocked.add(origin);
        },
      }),
    };
  };
  // Second key: the credential's own bytes. The same document reached through another URL
  // (a redirect wrapper, a share link, a second profile) reuses the verdict until the first
  // one expires; once a URL's own entry has expired, changed bytes behind it are checked anew.
  const contentMemo: ContentMemo = {
    get: async (hash) => {
      const entry = (await options.store.get(`${CACHE_PREFIX}sha256:${hash}`)) as
        | { result?: VerificationResult; expiresAt?: unknown }
        | undefined;
      return typeof entry?.expiresAt === 'number' &&
        entry.expiresAt > options.now().getTime() &&
        entry.result !== undefined
        ? { result: entry.result, expiresAt: entry.expiresAt }
        : undefined;
    },
    set: (hash, result) =>
      save(`${CACHE_PREFIX}sha256:${hash}`, {
        result,
        expiresAt: options.now().getTime() + RESULT_TTL_MS,
      }),
  };
  /**
   * Best-effort cache write: when the store refuses (storage.session is full), forget every
   * cached verdict and try once more; a cache that cannot be written never fails a badge.
   */
  const save = async (key: string, value: unknown) => {
    try {
      await options.store.set(key, value);
    } catch {
      try {
        await options.store.removePrefix(CACHE_PREFIX);
        await options.store.set(key, value);
      } catch {
        // Nothing cached this time.
      }
    }
  };
  return {
    async preview(input) {
      const blocked = new Set<string>();
      const outcome = await withStanding(
        await previewCredential(input, recordingHosts(blocked), say),
        'bundled-only',
      );
      return explainPreview(outcome, [...blocked].slice(0, MAX_BLOCKED_ORIGINS), say);
    },
    async clearCache() {
      verifyOptions = optionsWith(createVerifierCaches());
      // Content-keyed results go too, but the count is of verdicts as the user saw them.
      await options.store.removePrefix(`${CACHE_PREFIX}sha256:`);
      return options.store.removePrefix(CACHE_PREFIX);
    },
    cancelTab(tabId) {
      return queue.cancelTab(tabId);
    },
    async verifyLink(match, { visible, tabId }) {
      if (match.kind === 'link-only' || match.fetchUrl === undefined)
        return { view: linkOnlyView(match, say) };
      const key = `${CACHE_PREFIX}${match.kind}:${match.fetchUrl}`;
      const cached = readCached(
        await options.store.get(key).catch(() => undefined),
        options.now().getTime(),
      );
      if (cached !== undefined) return withStanding(cached);
      const fetchUrl = match.fetchUrl;
      const request = { key, host: hostOf(fetchUrl), priority: visible ? 1 : 0, tabId };
      const outcome = await queue.run<Finished>(request, async () => {
        // This link's own record of hosts it could not reach for want of permission.
        const blocked = new Set<string>();
        const { result, expiresAt } = await runWithDeadline<
          Awaited<ReturnType<typeof verifyMatch>>
        >(
          (signal) =>
            verifyMatch(
              match,
              fetchUrl,
              {
                ...recordingHosts(blocked),
                signal,
                ...(match.generic === true ? { timeoutMs: limits.genericTimeoutMs } : {}),
              },
              contentMemo,
            ),
          {
            deadlineMs: limits.deadlineMs,
            expired: () => ({ result: deadlineResult(limits.deadlineMs) }),
          },
        );
        // A generic .json/.jwt/image link that is not a credential gets no badge at all.
        const hidden =
          match.generic === true &&
          (result.status === 'malformed' ||
            result.checks.some(
              (c) =>
                c.code === 'image_no_credential' ||
                c.code === 'content_type_invalid' ||
                c.code === 'http_error',
            ));
        const view = toBadgeView(result, match, say);
        if (blocked.size > 0 && view.verdict === 'unverifiable')
          view.needsAccess = [...blocked].slice(0, MAX_BLOCKED_ORIGINS);
        const value: Finished = hidden ? { hidden: true } : { view };
        // A verdict reused by content expires with its first verification, not later.
        await save(key, {
          outcome: value,
          expiresAt: Math.min(
            expiresAt ?? Number.POSITIVE_INFINITY,
            options.now().getTime() + RESULT_TTL_MS,
          ),
        });
        return value;
      });
      return 'notChecked' in outcome ? outcome : withStanding(outcome);
    },
  };
}

// The stored entry is the worker's own, but checked all the same: a view saved by an older
// build (or a corrupted store) is checked again rather than drawn.
const CachedSchema = z.object({
  outcome: z.union([z.object({ view: BadgeViewSchema }), z.object({ hidden: z.literal(true) })]),
  expiresAt: z.number(),
});

function readCached(entry: unknown, now: number): Finished | undefined {
  const parsed = CachedSchema.safeParse(entry);
  return parsed.success && parsed.data.expiresAt > now ? parsed.data.outcome : undefined;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'invalid';
  }
}

/**
 * Test and demo builds only: sends provider API requests to the local demo world instead
 * (`https://host/path` → `<origin>/providers/host/path`); loopback URLs pass through.
 */
export function rewriteToDemoWorld(fetch: FetchLike, origin: string): FetchLike {
  return (input, init) => {
    const url = new URL(input);
    if (url.protocol === 'https:')
      return fetch(`${origin}/providers/${url.host}${url.pathname}${url.search}`, init);
    return fetch(input, init);
  };
}

/** The preview's extra notes: hosts it could not reach, and how an unlisted issuer looks. */
function explainPreview(outcome: PreviewOutcome, blocked: string[], say: Say): PreviewOutcome {
  const diagnostics = [...outcome.diagnostics];
  if (blocked.length > 0 && outcome.view.verdict === 'unverifiable')
    diagnostics.unshift({
      code: 'host_unreachable_without_permission',
      severity: 'warning',
      problem: say('problem_host_unreachable_without_permission', sayList(say, blocked)).slice(
        0,
        600,
      ),
      fix: say('fix_host_unreachable_without_permission'),
    });
  if (outcome.view.issuerStanding?.known === false)
    diagnostics.push({
      code: 'issuer_unlisted',
      severity: 'info',
      problem: say('problem_issuer_unlisted'),
      fix: say('fix_issuer_unlisted'),
    });
  return { ...outcome, diagnostics: diagnostics.slice(0, 60) };
}
