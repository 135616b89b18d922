// Public surface of lib/detect: finding credential links on a page and telling the service
// worker what to fetch for each. Zod-free and verification-free so the content script stays
// small (STYLE.md §8). Implements STYLE.md §4 and PROVIDERS.md §1.12 and §2.1.

/** Structural DOM types detection reads (a real Element and linkedom both satisfy them). */
export type { ScanElement, ScanNode } from './dom';
/**
 * The manifest's host permissions for provider fetches: the sorted union of every adapter's
 * `hosts` (STYLE.md §5, host allow-list from the registry).
 */
export { providerHostPermissions } from './host-permissions';
/** Limits on page input: href length, label length, elements per scan. */
export { MAX_HREF_LENGTH, MAX_LABEL_LENGTH, MAX_SCAN_ELEMENTS } from './limits';
/**
 * Matches one href (absolute or relative to the page URL) against the registry after
 * unwrapping LinkedIn redirect wrappers. Returns the first adapter's {@link ProviderMatch}, or
 * undefined for anything else (including javascript:, data: and hrefs over MAX_HREF_LENGTH).
 * Never throws.
 */
export { matchCredentialUrl } from './match-url';
/** Every adapter, in matching order: specific providers first, the generic `direct` last. */
export { PROVIDER_ADAPTERS } from './registry';
/**
 * Scans `root` for credential links with one `a[href], img[src]` query and no layout reads.
 * Returns one {@link Detection} per element in document order (an image inside a link is
 * reported on the link), skipping elements the caller already handled
 * (`options.alreadyProcessed`) and elements inside `[hidden]`; `includeRoot` examines the root.
 */
export {
  type Detection,
  type ScanOptions,
  scanForCredentials,
} from './scan';
/**
 * The sections of `root` whose heading text matches a pattern, e.g. LinkedIn's
 * "Licenses & certifications" card (PROVIDERS.md §2.1). Returns elements in document order.
 */
export { findSectionsByHeading } from './sections';
/** Adapter and match types: what a provider recognises and how the worker should fetch it. */
export type { MatchContext, ProviderAdapter, ProviderKind, ProviderMatch } from './types';
/**
 * The target of a LinkedIn `/redir/redirect?url=` or `/safety/go?url=` wrapper (nested ones
 * too), the URL itself when it is not a wrapper, or undefined when the target is not http(s).
 */
export { unwrapRedirect } from './unwrap';
