// Shared URL tests for provider adapters: exact host checks (no lookalikes), id shapes, and
// building matches. PROVIDERS.md §1.12 regexes, split into host and path checks.

import type { ProviderAdapter, ProviderKind, ProviderMatch } from './types';

/** A lowercase or uppercase RFC 4122-shaped uuid (any version), anchored. */
export const UUID_SOURCE =
  '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

/**
 * True when `url` is plain http(s) on the default port, without user:password, and its host is
 * exactly one of `hostnames`. Policy: hosts are compared whole, so credly.com.evil.example and
 * evilcredly.com never pass.
 */
export function isOnHost(url: URL, hostnames: readonly string[]): boolean {
  return isPlainWebUrl(url) && hostnames.includes(url.hostname);
}

/**
 * The subdomain part of `url`'s host when it is plain http(s) on the default port and under
 * `domain` (e.g. 'asu' for asu.badgr.com under badgr.com); otherwise undefined.
 */
export function subdomainOf(url: URL, domain: string): string | undefined {
  if (!isPlainWebUrl(url) || !url.hostname.endsWith(`.${domain}`)) return undefined;
  const sub = url.hostname.slice(0, -domain.length - 1);
  return /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/.test(
    sub,
  )
    ? sub
    : undefined;
}

/** http or https, no credentials in the URL, default port. */
export function isPlainWebUrl(url: URL): boolean {
  return (
    (url.protocol === 'https:' || url.protocol === 'http:') &&
    url.username === '' &&
    url.password === '' &&
    url.port === ''
  );
}

/** Builds a match for `adapter`; `sourceUrl` is the link as found. */
export function buildMatch(
  adapter: Pick<ProviderAdapter, 'id' | 'label'>,
  url: URL,
  details: {
    kind: ProviderKind;
    fetchUrl?: string;
    credentialId?: string;
    unwrap?: 'credential';
    generic?: true;
  },
): ProviderMatch {
  return { providerId: adapter.id, label: adapter.label, sourceUrl: url.href, ...details };
}
