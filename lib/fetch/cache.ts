// A pluggable response cache for safe fetches. Freshness follows the server's Cache-Control,
// clamped to bounds, so a hostile server can neither pin a stale answer for months nor force
// a refetch storm.

export type CachedResponse = {
  url: string;
  status: number;
  contentType: string;
  body: Uint8Array;
  storedAt: number;
  expiresAt: number;
};

/** Storage behind the cache: the service worker plugs in storage.session, tests a Map. */
export type FetchCache = {
  get(key: string): Promise<CachedResponse | undefined>;
  set(key: string, value: CachedResponse): Promise<void>;
};

/** Longest time any response stays fresh, whatever the server says. */
export const MAX_CACHE_TTL_MS = 24 * 60 * 60 * 1000;
/** Freshness when the server gives no Cache-Control. */
export const DEFAULT_CACHE_TTL_MS = 5 * 60 * 1000;

/** Milliseconds a response may be reused for, from its Cache-Control header (0 = never). */
export function cacheTtlMs(cacheControl: string | null): number {
  if (cacheControl === null) return DEFAULT_CACHE_TTL_MS;
  const directives = cacheControl
    .toLowerCase()
    .split(',')
    .map((part) => part.trim());
  if (directives.some((d) => d === 'no-store' || d === 'no-cache' || d === 'private')) return 0;
  const maxAge = directives.find((d) => d.startsWith('max-age='));
  if (maxAge === undefined) return DEFAULT_CACHE_TTL_MS;
  const seconds = Number(maxAge.slice('max-age='.length));
  if (!Number.isFinite(seconds) || seconds <= 0) return 0;
  return Math.min(seconds * 1000, MAX_CACHE_TTL_MS);
}

/** An in-memory cache with a bounded number of entries (oldest evicted first). */
export function createMemoryCache(options: { maxEntries?: number } = {}): FetchCache {
  const maxEntries = options.maxEntries ?? 256;
  const entries = new Map<string, CachedResponse>();
  return {
    async get(key) {
      return entries.get(key);
    },
    async set(key, value) {
      entries.delete(key);
      entries.set(key, value);
      while (entries.size > maxEntries) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
    },
  };
}
