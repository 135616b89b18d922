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

/** Entries and bytes an in-memory cache holds by default (bodies are at most 1 MiB each). */
export const MEMORY_CACHE_LIMITS = { maxEntries: 1024, maxBytes: 32 * 1024 * 1024 };

/**
 * An in-memory cache bounded in entries and in body bytes; the least recently used entry goes
 * first, so the DID document every credential of a batch asks for outlives the thousand hosted
 * assertions each read once.
 */
export function createMemoryCache(
  options: { maxEntries?: number; maxBytes?: number } = {},
): FetchCache {
  const maxEntries = options.maxEntries ?? MEMORY_CACHE_LIMITS.maxEntries;
  const maxBytes = options.maxBytes ?? MEMORY_CACHE_LIMITS.maxBytes;
  const entries = new Map<string, CachedResponse>();
  let bytes = 0;
  const remove = (key: string) => {
    const entry = entries.get(key);
    if (entry === undefined) return;
    bytes -= entry.body.byteLength;
    entries.delete(key);
  };
  return {
    async get(key) {
      const entry = entries.get(key);
      if (entry !== undefined) {
        // Map order is insertion order: re-inserting marks the entry most recently used.
        entries.delete(key);
        entries.set(key, entry);
      }
      return entry;
    },
    async set(key, value) {
      remove(key);
      if (value.body.byteLength > maxBytes) return;
      entries.set(key, value);
      bytes += value.body.byteLength;
      while (entries.size > maxEntries || bytes > maxBytes) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        remove(oldest);
      }
    },
  };
}
