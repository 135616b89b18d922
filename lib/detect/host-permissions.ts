// The host permissions the service worker needs to fetch from every registered provider: the
// union of the adapters' `hosts`, for the manifest. STYLE.md §5 (host allow-list from registry).

import { PROVIDER_ADAPTERS } from './registry';

/** Sorted, deduplicated match patterns, e.g. 'https://api.credly.com/*'. */
export function providerHostPermissions(): string[] {
  return [...new Set(PROVIDER_ADAPTERS.flatMap((adapter) => adapter.hosts))].sort();
}
