// The bundled trusted-issuer list. Each entry names where its identifier comes from, so a
// recruiter can see why Credlens calls an issuer "known". Entries are issuer *namespaces* of
// platforms that vet the organisations they host, or single issuers; matching is by exact id or
// by a prefix that ends at a path or DID separator, so "…issuers:abc" never matches "…issuers:abcd".
// Test and demonstration issuers (DCC fixtures, 1EdTech conformance) are left out on purpose:
// their keys are public, so anyone could sign as them.

export type KnownIssuer = {
  /** An exact issuer id, or a namespace prefix when `prefix` is true. */
  id: string;
  prefix?: boolean;
  /** How the card names it. */
  name: string;
  /** Where this identifier (or namespace) is publicly described: a citation, not a link. */
  source: string;
};

export const KNOWN_ISSUERS: readonly KnownIssuer[] = [
  {
    id: 'did:web:www.credly.com:api:v1:obi:v3:issuers:',
    prefix: true,
    name: 'An organisation issuing through Credly (Open Badges 3.0)',
    source:
      'Credly OB 3.0 export: 1EdTech/openbadges-specification issue #586; learner-credential-wallet issues #649, #656',
  },
  {
    id: 'https://api.credly.com/v1/obi/v2/issuers/',
    prefix: true,
    name: 'An organisation issuing through Credly (Open Badges 2.0)',
    source: 'Credly public OB 2.0 API (api.credly.com/v1/obi/v2), as used by public Credly clients',
  },
  {
    id: 'https://www.credly.com/api/v1/obi/v2/issuers/',
    prefix: true,
    name: 'An organisation issuing through Credly (Open Badges 2.0)',
    source: 'Credly public OB 2.0 API (api.credly.com/v1/obi/v2), as used by public Credly clients',
  },
  ...[
    'api.badgr.io',
    'api.eu.badgr.io',
    'api.au.badgr.io',
    'api.ca.badgr.io',
    'api.sg.badgr.io',
  ].map((host) => ({
    id: `https://${host}/public/issuers/`,
    prefix: true,
    name: 'An organisation issuing through Canvas Credentials (Badgr)',
    source:
      'Canvas Credentials regional API hosts: developerdocs.instructure.com/services/credentials',
  })),
];

/** Whether `issuerId` is `entry`'s: prefix entries match only up to a separator (see above). */
export function isListedAs(entry: KnownIssuer, issuerId: string): boolean {
  if (!entry.prefix) return issuerId === entry.id;
  return issuerId.startsWith(entry.id) && issuerId.length > entry.id.length;
}
