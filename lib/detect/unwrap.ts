// Unwraps LinkedIn's outbound-link wrappers (`/redir/redirect?url=…`, `/safety/go?url=…`) so the
// real target can be matched. PROVIDERS.md §2.1 ("Outbound links").

import { MAX_HREF_LENGTH } from './limits';
import { isPlainWebUrl } from './url-rules';

const WRAPPER_PATHS = new Set(['/redir/redirect', '/redir/redirect/', '/safety/go', '/safety/go/']);
// Wrappers inside wrappers are rare; more than this is treated as hostile.
const MAX_UNWRAP_DEPTH = 3;

/**
 * Returns the URL a LinkedIn redirect wrapper points to (unwrapping nested wrappers), `url`
 * itself when it is not a wrapper, or undefined when the wrapper's target is missing,
 * unparsable, too long or not http(s). Policy: a wrapper is never "followed" to javascript: or
 * data: targets; only LinkedIn's own hosts are trusted to redirect where `url=` says.
 */
export function unwrapRedirect(url: URL): URL | undefined {
  let current = url;
  for (let depth = 0; depth <= MAX_UNWRAP_DEPTH; depth++) {
    if (!isLinkedInWrapper(current)) return current;
    if (depth === MAX_UNWRAP_DEPTH) return undefined;
    const next = parseTarget(current.searchParams.get('url'));
    if (next === undefined) return undefined;
    current = next;
  }
  return undefined;
}

function isLinkedInWrapper(url: URL): boolean {
  return (
    isPlainWebUrl(url) &&
    (url.hostname === 'linkedin.com' || url.hostname.endsWith('.linkedin.com')) &&
    WRAPPER_PATHS.has(url.pathname)
  );
}

function parseTarget(raw: string | null): URL | undefined {
  if (raw === null || raw.length > MAX_HREF_LENGTH) return undefined;
  // Some wrappers encode the target twice: decode once more when it is still percent-encoded.
  const text = /^https?%3A/i.test(raw) ? safeDecode(raw) : raw;
  if (text === undefined || !URL.canParse(text)) return undefined;
  const target = new URL(text.trim());
  return target.protocol === 'https:' || target.protocol === 'http:' ? target : undefined;
}

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
