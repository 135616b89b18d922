// Who a "Confirmed" badge says confirmed an unsigned hosted credential (Open Badges 2.0 hosted
// verification): a provider by name, a credential file on any site by the host that served it.

import type { ProviderMatchMessage } from '../messaging';
import { cleanDisplayText } from '../shared/display-text';
import { type Say, sayEnglish } from '../shared/words';
import type { VerificationResult } from '../verify';

/**
 * Matches whose label names no one: a credential file linked directly, and the learner's own
 * file or pasted text on the preview page (lib/background/preview.ts).
 */
const NAMELESS_PROVIDERS = new Set(['direct', 'preview']);

/** The provider's name as a card shows it ("via Credly"); a nameless one in the UI's words. */
export function providerLabel(match: ProviderMatchMessage, say: Say): string {
  return NAMELESS_PROVIDERS.has(match.providerId)
    ? say('providerCredentialFile')
    : cleanDisplayText(match.label, 80);
}

/** A badge's headline, at most (lib/messaging). */
const MAX_HEADLINE = 80;
/** The longest host named, when the language's "Confirmed by " leaves room for it. */
const MAX_CONFIRMING_HOST = 64;

/**
 * Who confirms an unsigned hosted assertion: a provider by its name ("Credly"); a direct link
 * (a credential file on any site, whose adapter label "Credential file" names no one) by the
 * host that served the assertion: its own id, which the Open Badges 2.0 check re-fetched and
 * found where the issuer hosts its assertions (else the link's host).
 */
export function confirmedBy(
  result: VerificationResult,
  match: ProviderMatchMessage,
  label: string,
  say: Say = sayEnglish,
): string {
  // What the language's "Confirmed by …" leaves of the headline.
  const room = MAX_HEADLINE - say('confirmedBy', '').length;
  if (!NAMELESS_PROVIDERS.has(match.providerId)) return cleanDisplayText(label, room);
  const host = hostOf(result.credential?.id) ?? hostOf(match.fetchUrl ?? match.sourceUrl);
  // Policy: a cut host could read as another ("example.com" of "example.com.attacker.net"), so
  // one too long for the badge is never cut: the issuer's site is named instead.
  return host !== undefined && host.length <= Math.min(MAX_CONFIRMING_HOST, room)
    ? host
    : say('confirmedByIssuerSite');
}

/**
 * An http(s) URL's host as the URL parser gives it. Policy: international names stay in
 * punycode (xn--…), so a look-alike of a familiar host does not read as that host.
 */
function hostOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.host : undefined;
  } catch {
    return undefined;
  }
}
