// Public surface of lib/issuers: the bundled trusted-issuer list, the standing of an issuer and
// the look-alike names that must never pass for a listed one.

/** The bundled list, each entry with its public source, and how an id matches an entry. */
export { isListedAs, KNOWN_ISSUERS, type KnownIssuer } from './known-issuers';
/**
 * The listed issuer name (user's trusted or bundled) that an issuer's name imitates while its id
 * is not that issuer's; UTS #39 §4 confusable skeletons.
 */
export { lookalikeOf } from './lookalike';
/** UTS #39 skeleton(X) over Unicode's confusables.txt, and whether two names would pass for each other. */
export { isConfusable, skeletonOf } from './skeleton';
/** Known or unlisted, from the user's additions/removals and the bundled list; never known when a look-alike. */
export {
  type IssuerStanding,
  type IssuerTrust,
  issuerStanding,
  type TrustedIssuer,
} from './standing';
