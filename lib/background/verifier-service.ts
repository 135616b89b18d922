// The service worker's verification service: one entry point per detected link, with the
// queue, a result cache that outlives the worker (MV3 stops it at will), and the provider
// behaviours (hosted OB 2.0, direct credentials, Accredible JSON, VerifierPlus wrappers).

import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { Deps, FetchLike } from '../deps';
import { fetchJson, MAX_BLOCKED_ORIGINS, permissionAwareFetch } from '../fetch';
import type { BadgeView, PreviewInput, ProviderMatchMessage } from '../messaging';
import { linkOnlyView, toBadgeView } from '../present';
import {
  createVerifierCaches,
  fetchCredential,
  type VerificationResult,
  type VerifierCaches,
  verifyCredential,
} from '../verify';
import { verifyAccredible } from '../verify/providers/accredible';
import { type PreviewOutcome, previewCredential } from './preview';
import { createQueue } from './queue';

/** How long a finished verdict is reused before the credential is checked again. */
export const RESULT_TTL_MS = 10 * 60 * 1000;
// Bumped whenever the stored view changes shape (v2: skills evidence), so no stale view survives.
const CACHE_PREFIX = 'result:v2:';

/** Where results survive the worker: storage.session in the extension, a Map in tests. */
export type ResultStore = {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  /** Removes every key starting with `prefix`; returns how many went. */
  removePrefix(prefix: string): Promise<number>;
};

/** The issuer's standing on the trusted-issuer lists, read fresh for every answer. */
export type StandingOf = (
  issuerId: string | undefined,
) => Promise<BadgeView['issuerStanding'] | undefined>;

export type LinkOutcome = { view: BadgeView } | { hidden: true };

export type VerifierServiceOptions = Deps & {
  store: ResultStore;
  /** Test builds only: allow loopback http. */
  insecureLocalhost?: boolean;
  caches?: VerifierCaches;
  /** Trusted-issuer lookup; the standing is never cached with the verdict (the user edits it). */
  standingOf?: StandingOf;
  /** Whether a host permission is held: hosts failing without one go on the badge to allow. */
  hostGranted?: (origin: string) => Promise<boolean>;
};

export type VerifierService = {
  verifyLink(match: ProviderMatchMessage, visible: boolean): Promise<LinkOutcome>;
  preview(input: PreviewInput): Promise<PreviewOutcome>;
  /** Forgets cached verdicts, responses, keys and status lists; returns the verdicts removed. */
  clearCache(): Promise<number>;
};

export function createVerifierService(options: VerifierServiceOptions): VerifierService {
  const queue = createQueue();
  const optionsWith = (caches: VerifierCaches) => ({
    fetch: options.fetch,
    now: options.now,
    ...caches,
    ...(options.insecureLocalhost === true ? { insecureLocalhost: true } : {}),
  });
  let verifyOptions = optionsWith(options.caches ?? createVerifierCaches());
  const withStanding = async <T extends { view: BadgeView } | { hidden: true }>(
    outcome: T,
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
    const issuerStanding = await options.standingOf(view.issuerId);
    return issuerStanding === undefined
      ? outcome
      : { ...outcome, view: { ...view, issuerStanding } };
  };
  // Second key: the credential's own bytes. The same document reached through another URL
  // (a redirect wrapper, a share link, a second profile) reuses the verdict within the TTL;
  // once a URL's own entry has expired, changed bytes behind it are checked anew.
  const contentMemo: ContentMemo = {
    get: async (hash) => {
      const entry = (await options.store.get(`${CACHE_PREFIX}sha256:${hash}`)) as
        | { result?: VerificationResult; expiresAt?: unknown }
        | undefined;
      return typeof entry?.expiresAt === 'number' && entry.expiresAt > options.now().getTime()
        ? entry.result
        : undefined;
    },
    set: (hash, result) =>
      options.store.set(`${CACHE_PREFIX}sha256:${hash}`, {
        result: withoutImage(result),
        expiresAt: options.now().getTime() + RESULT_TTL_MS,
      }),
  };
  return {
    async preview(input) {
      return withStanding(await previewCredential(input, verifyOptions));
    },
    async clearCache() {
      verifyOptions = optionsWith(createVerifierCaches());
      // Content-keyed results go too, but the count is of verdicts as the user saw them.
      await options.store.removePrefix(`${CACHE_PREFIX}sha256:`);
      return options.store.removePrefix(CACHE_PREFIX);
    },
    async verifyLink(match, visible) {
      if (match.kind === 'link-only' || match.fetchUrl === undefined)
        return { view: linkOnlyView(match) };
      const key = `${CACHE_PREFIX}${match.kind}:${match.fetchUrl}`;
      const cached = readCached(await options.store.get(key), options.now().getTime());
      if (cached !== undefined) return withStanding(cached);
      const fetchUrl = match.fetchUrl;
      const outcome = await queue.run(key, hostOf(fetchUrl), visible ? 1 : 0, async () => {
        // This link's own record of hosts it could not reach for want of permission.
        const blocked = new Set<string>();
        const hostGranted = options.hostGranted;
        const linkOptions =
          hostGranted === undefined
            ? verifyOptions
            : {
                ...verifyOptions,
                fetch: permissionAwareFetch(verifyOptions.fetch, {
                  granted: hostGranted,
                  blocked: async (origin) => {
                    blocked.add(origin);
                  },
                }),
              };
        const result = await verifyMatch(match, fetchUrl, linkOptions, contentMemo);
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
        const view = toBadgeView(result, match);
        if (blocked.size > 0 && view.verdict === 'unverifiable')
          view.needsAccess = [...blocked].slice(0, MAX_BLOCKED_ORIGINS);
        const value: LinkOutcome = hidden ? { hidden: true } : { view };
        await options.store.set(key, {
          outcome: value,
          expiresAt: options.now().getTime() + RESULT_TTL_MS,
        });
        return value;
      });
      return withStanding(outcome);
    },
  };
}

type ContentMemo = {
  get(hash: string): Promise<VerificationResult | undefined>;
  set(hash: string, result: VerificationResult): Promise<void>;
};

async function verifyMatch(
  match: ProviderMatchMessage,
  url: string,
  options: Parameters<typeof verifyCredential>[1],
  memo: ContentMemo,
): Promise<VerificationResult> {
  const json = (location: string) =>
    fetchJson(location, {
      fetch: options.fetch,
      now: options.now,
      policy: { insecureLocalhost: options.insecureLocalhost === true },
      ...(options.cache === undefined ? {} : { cache: options.cache }),
    });
  if (match.kind === 'accredible') return verifyAccredible(url, json, options.now());
  if (match.unwrap === 'credential') {
    const wrapper = await json(url);
    const inner = wrapper.ok
      ? (wrapper.value as { credential?: unknown } | null)?.credential
      : undefined;
    if (inner !== undefined) return verifyCredential({ kind: 'json', value: inner }, options);
  }
  const fetched = await fetchCredential(url, {
    fetch: options.fetch,
    now: options.now,
    policy: { insecureLocalhost: options.insecureLocalhost === true },
    ...(options.cache === undefined ? {} : { cache: options.cache }),
  });
  if (!fetched.ok) return verifyCredential({ kind: 'fetched', fetched }, options);
  const hash = bytesToHex(sha256(fetched.value.bytes));
  const remembered = await memo.get(hash);
  if (remembered !== undefined) return remembered;
  const result = await verifyCredential({ kind: 'fetched', fetched }, options);
  // "Could not check" may change with access granted or a network back: not reused by content.
  if (result.status !== 'unverifiable') await memo.set(hash, result);
  return result;
}

/** A result without its image (a data: URL can be 256 KB): views never show it. */
function withoutImage(result: VerificationResult): VerificationResult {
  if (result.credential?.image === undefined) return result;
  const { image: _image, ...credential } = result.credential;
  return { ...result, credential };
}

function readCached(entry: unknown, now: number): LinkOutcome | undefined {
  if (typeof entry !== 'object' || entry === null) return undefined;
  const { outcome, expiresAt } = entry as { outcome?: LinkOutcome; expiresAt?: unknown };
  return typeof expiresAt === 'number' && expiresAt > now && outcome !== undefined
    ? outcome
    : undefined;
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
