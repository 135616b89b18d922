// Public surface of lib/verify/jwt: compact JWS and VC-JWT (VC 1.1 §6.3.1, VC-JOSE-COSE §3.2).

/** A VC-JWT's claims mapped onto the credential (VC 1.1 §6.3.1) and their time checks. */
export { credentialFromJwtPayload, jwtTimeChecks } from './jwt-claims';
/** Presentations as JWTs (`vp` claim, `vp+jwt`). */
export {
  isJwtPresentation,
  type JwtPresentation,
  presentationFromJwtPayload,
} from './jwt-presentation';
/** Compact JWS parsing (RFC 7515 §7.1) with a size cap. */
export { isCompactJws, type ParsedJws, parseCompactJws } from './parse-jws';
/** JOSE signature verification with the issuer's (or holder's) key bound to it. */
export { verifyJws } from './verify-jws';
