// Look-alike issuers (UTS #39 §4): an issuer whose name is confusable with a listed issuer's
// name, while its id is not that issuer's. Listed means the user's trusted issuers and the whole
// bundled list: an entry the user hid is still a name worth imitating.

import { isListedAs, KNOWN_ISSUERS } from './known-issuers';
import { isConfusable } from './skeleton';
import type { IssuerTrust } from './trust';

/**
 * The listed issuer name that `issuerName` imitates, or undefined. Policy: a name confusable
 * with a listed issuer is a look-alike unless this very id is listed under a confusable name
 * (an issuer with two ids, each trusted, is not imitating itself).
 */
export function lookalikeOf(options: {
  issuerId: string | undefined;
  issuerName: string | undefined;
  trust: IssuerTrust;
}): string | undefined {
  const { issuerId, issuerName, trust } = options;
  if (issuerName === undefined) return undefined;
  const listed = [
    ...trust.added.map((entry) => ({ name: entry.name, owns: entry.id === issuerId })),
    ...KNOWN_ISSUERS.map((entry) => ({
      name: entry.name,
      owns: issuerId !== undefined && isListedAs(entry, issuerId),
    })),
  ].filter((entry) => isConfusable(entry.name, issuerName));
  if (listed.length === 0 || listed.some((entry) => entry.owns)) return undefined;
  return listed[0]?.name;
}
