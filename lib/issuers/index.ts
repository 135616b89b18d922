// Public surface of lib/issuers: the bundled trusted-issuer list and the standing of an issuer.

/** The bundled list, each entry with its public source. */
export { KNOWN_ISSUERS, type KnownIssuer } from './known-issuers';
/** Known or unlisted, from the user's additions/removals and the bundled list. */
export {
  type IssuerStanding,
  type IssuerTrust,
  issuerStanding,
  type TrustedIssuer,
} from './standing';
