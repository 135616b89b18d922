// Whether an issuer is known: the user's own trusted issuers first (they may also hide bundled
// entries), then the bundled list. "Unknown" is a warning on the card, never a failed check.
// Given the issuer's name, an issuer imitating a listed one (lookalike.ts) is never known.

import { isListedAs, KNOWN_ISSUERS } from './known-issuers';
import { lookalikeOf } from './lookalike';

import type { IssuerTrust } from './trust';

export type { IssuerTrust, TrustedIssuer } from './trust';

export type IssuerStanding = {
  known: boolean;
  listedAs?: string;
  by?: 'bundled' | 'user';
  source?: string;
  /** The listed issuer's name this one's name is confusable with (never with `known`). */
  looksLike?: string;
};

/**
 * The standing of `issuerId`. With `issuerName` (already cleaned for display), a name that
 * imitates a listed issuer's makes it unknown whatever its id, and says whom it imitates.
 */
export function issuerStanding(
  issuerId: string,
  trust: IssuerTrust,
  issuerName?: string,
): IssuerStanding {
  const looksLike = lookalikeOf({ issuerId, issuerName, trust });
  // Policy: a look-alike never wears "Known issuer", even inside a vetted namespace.
  if (looksLike !== undefined) return { known: false, looksLike };
  const own = trust.added.find((entry) => entry.id === issuerId);
  if (own !== undefined) return { known: true, listedAs: own.name, by: 'user' };
  const bundled = KNOWN_ISSUERS.find(
    (entry) => !trust.removed.includes(entry.id) && isListedAs(entry, issuerId),
  );
  return bundled === undefined
    ? { known: false }
    : { known: true, listedAs: bundled.name, by: 'bundled', source: bundled.source };
}
