// Public surface of lib/verify/ob2: Open Badges 2.0 and 1.x assertions, hosted and signed.

/**
 * Verifies an OB 2.0/1.x assertion (hosted JSON or a signed JWS) into a full result: hosted ones
 * are `confirmed` at best (OB 2.0 §Verification "hosted"), signed ones may be `verified`.
 */
export {
  isOpenBadge2,
  type Ob2Options,
  OPEN_BADGES_V2_CONTEXT,
  openBadge2Result,
} from './ob2-result';
/**
 * Recipient identity claims (OB 2.0 §IdentityObject, OB 3.0 IdentityObject), hashed or not, and
 * the `recipient` check against an identity the caller knows.
 */
export { checkRecipient, type IdentityClaim, identityClaims } from './recipient';
