// Public surface of lib/verify/status: revocation and suspension status of a credential.

/** The W3C minimum length of a bitstring status list; shorter ones are read with a note. */
export { MIN_STATUS_LIST_ENTRIES } from './bitstring-entry';
/**
 * One `status` check per credentialStatus entry (BitstringStatusListEntry, StatusList2021Entry,
 * 1EdTechRevocationList); a list that cannot be fetched or trusted gives `unknown`, never "not
 * revoked" (Bitstring Status List §3.2).
 */
export {
  checkCredentialStatus,
  type ListVerdict,
  MAX_STATUS_ENTRIES,
  type StatusContext,
} from './check-status';
/** Decodes an `encodedList` (multibase base64url GZIP) and reads an entry of `size` bits. */
export { decodeEncodedList, readEntry } from './decode-bitstring';
/** Verified status lists reused across verifications, within their ttl. */
export { createStatusListCache, type StatusListCache } from './list-cache';
