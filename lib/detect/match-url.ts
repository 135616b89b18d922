// Matches one href from the page against the provider registry: parse (relative to the page),
// unwrap redirect wrappers, keep http(s) only, first adapter wins. STYLE.md §4, §7 (DOM input).

import { MAX_HREF_LENGTH } from './limits';
import { PROVIDER_ADAPTERS } from './registry';
import type { MatchContext, ProviderMatch } from './types';
import { unwrapRedirect } from './unwrap';

/**
 * The provider match for `href` (absolute, or relative to `baseUrl`), or undefined when it is
 * not a recognised credential link. Never throws for any string.
 */
export function matchCredentialUrl(
  href: string,
  baseUrl: URL,
  context?: MatchContext,
): ProviderMatch | undefined {
  // Policy: page attributes are untrusted; overlong hrefs are refused before any parsing.
  if (typeof href !== 'string' || href.length > MAX_HREF_LENGTH) return undefined;
  if (!URL.canParse(href, baseUrl)) return undefined;
  const url = unwrapRedirect(new URL(href, baseUrl));
  if (url === undefined || url.href.length > MAX_HREF_LENGTH) return undefined;
  // Policy: only web links; javascript:, data:, blob:, file: and the rest are never matched.
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.username !== '' || url.password !== '') return undefined;
  for (const adapter of PROVIDER_ADAPTERS) {
    const match = adapter.match(url, context);
    if (match !== undefined) return match;
  }
  return undefined;
}
