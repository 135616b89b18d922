// Whether an issuer is known: the user's own trusted issuers first (they may also hide bundled
// entries), then the bundled list. "Unknown" is a warning on the card, never a failed check.

import { KNOWN_ISSUERS, type KnownIssuer } from './known-issuers';

export type TrustedIssuer = { id: string; name: string };
export type IssuerTrust = { added: TrustedIssuer[]; removed: string[] };

export type IssuerStanding = {
  known: boolean;
  listedAs?: string;
  by?: 'bundled' | 'user';
  source?: string;
};

/** Prefix entries match only up to a separator, so a namespace never swallows a longer name. */
function matches(entry: KnownIssuer, issuerId: string): boolean {
  if (!entry.prefix) return issuerId === entry.id;
  return issuerId.startsWith(entry.id) && issuerId.length > entry.id.length;
}

export function issuerStanding(issuerId: string, trust: IssuerTrust): IssuerStanding {
  const own = trust.added.find((entry) => entry.id === issuerId);
  if (own !== undefined) return { known: true, listedAs: own.name, by: 'user' };
  const bundled = KNOWN_ISSUERS.find(
    (entry) => !trust.removed.includes(entry.id) && matches(entry, issuerId),
  );
  return bundled === undefined
    ? { known: false }
    : { known: true, listedAs: bundled.name, by: 'bundled', source: bundled.source };
}
