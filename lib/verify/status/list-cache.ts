// Verified status lists, remembered between verifications: the credentials on one profile
// usually share a list, and verifying the list (JSON-LD canonicalisation, a signature) costs as
// much as verifying a credential. An entry is reused only for byte-identical list content, only
// until the list's own `ttl` (Bitstring Status List §2.1) or a bound, and never past its
// validUntil. The HTTP cache decides when the list is fetched again; `ttl` caps that too.

/** Longest a verified list is reused without re-verifying, whatever its ttl says. */
export const MAX_LIST_REUSE_MS = 10 * 60 * 1000;
const MAX_LISTS = 64;

export type RememberedList = {
  /** Identifies the exact content that was verified. */
  contentKey: string;
  /** The list's ttl in ms, if it gave one: the fetch must not reuse an older response. */
  ttlMs?: number;
  expiresAt: number;
  /** The verified list's bits (only trusted lists are remembered). */
  bits: Uint8Array;
  /** Who signed the verified list (its issuer), when it was trusted. */
  signer?: string;
};

export type StatusListCache = {
  get(url: string): RememberedList | undefined;
  set(url: string, list: RememberedList): void;
  /**
   * The work under `key` (one list's exact content) already under way (`joined`), or `start`'s:
   * a batch starting many credentials of one issuer at once verifies its list once, not once
   * for each.
   */
  once?<T>(key: string, start: () => Promise<T>): Promise<{ value: T; joined: boolean }>;
};

/** A bounded in-memory cache of verified status lists. */
export function createStatusListCache(): StatusListCache {
  const lists = new Map<string, RememberedList>();
  const underway = new Map<string, Promise<unknown>>();
  return {
    get: (url) => lists.get(url),
    set: (url, list) => {
      lists.delete(url);
      lists.set(url, list);
      if (lists.size > MAX_LISTS) {
        const oldest = lists.keys().next().value;
        if (oldest !== undefined) lists.delete(oldest);
      }
    },
    async once<T>(key: string, start: () => Promise<T>) {
      const shared = underway.get(key) as Promise<T> | undefined;
      if (shared !== undefined) return { value: await shared, joined: true };
      const work = start().finally(() => underway.delete(key));
      underway.set(key, work);
      return { value: await work, joined: false };
    },
  };
}
