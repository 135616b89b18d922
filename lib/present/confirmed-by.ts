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

// "Confirmed by " and a host fit the badge's 80 characters; a longer host is never cut.
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
  if (!NAMELESS_PROVIDERS.has(match.providerId))
    return cleanDisplayText(label, 80 - 'Confirmed by '.length);
  const host = hostOf(result.credential?.id) ?? hostOf(match.fetchUrl ?? match.sourceUrl);
  // Policy: a cut host could read as another ("example.com" of "example.com.attacker.net").
  return host !== undefined && host.length <= MAX_CONFIRMING_HOST
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
