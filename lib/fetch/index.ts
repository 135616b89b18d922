// Public surface of lib/fetch: the one place Credlens touches the network.

/**
 * declarativeNetRequest session rules refusing, in the browser, the worker's requests (redirect
 * hops included) to every host `checkUrlPolicy` calls private: `updateSessionRules`' argument.
 */
export {
  BLOCKED_HOSTS_FIRST_RULE_ID,
  type BlockedHostsRule,
  type BlockedHostsRuleUpdate,
  blockedHostsRules,
} from './blocked-hosts-rules';
/** Response caches: in-memory implementation and the Cache-Control freshness rule. */
export {
  type CachedResponse,
  cacheTtlMs,
  createMemoryCache,
  type FetchCache,
  MEMORY_CACHE_LIMITS,
} from './cache';
/** Hosts that failed for want of a host permission, for the popup to offer. */
export { type HostAccess, MAX_BLOCKED_ORIGINS, permissionAwareFetch } from './host-access';
/** Which hosts are public, judged on a URL's hostname or on an address a name resolved to. */
export { classifyHost, type HostRange } from './host-class';
/** Per-host concurrency limit shared by every fetch of a verification service. */
export { FETCHES_PER_HOST, type HostLimits, limitPerHost } from './host-limiter';
/** Requests under way, shared by identical requests across a whole batch. */
export { createInflight, type Inflight } from './inflight';
/** URL policy: https only, loopback http behind an explicit switch. */
export { checkUrlPolicy, isLoopbackHost, type UrlPolicy } from './policy';
/** A host's refusal of a name that resolved to a private address (the Node CLI checks DNS answers). */
export { PrivateAddressError } from './private-address';
/** The safe fetch itself: timeout, byte cap, bounded redirects, content-type check, no cookies. */
export {
  DEFAULT_MAX_BYTES,
  DEFAULT_TIMEOUT_MS,
  type FetchError,
  type FetchErrorCode,
  type FetchedResponse,
  fetchJson,
  type InflightFetches,
  JSON_MEDIA_TYPES,
  MAX_REDIRECTS,
  type SafeFetchOptions,
  safeFetch,
} from './safe-fetch';
