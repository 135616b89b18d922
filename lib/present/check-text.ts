// Plain-language wording for check codes: the UI maps stable codes to sentences and never
// parses `detail` (it is appended only as the specific reason).

import type { Check, CheckCode } from '../verify';

const WORDS: Partial<Record<CheckCode, string>> = {
  format_ok: 'Recognised format',
  signature_valid: 'The digital signature is valid: nothing was changed after signing',
  signature_invalid: 'The digital signature does not match: the credential was altered or forged',
  issuer_bound: 'The signing key belongs to the issuer named on the credential',
  key_issuer_mismatch: 'Signed with a key that does not belong to the issuer it names',
  jwt_key_not_bound:
    'Signed with a key carried inside the credential itself, which anyone could make',
  jwt_kid_not_bound:
    'Signed with a key published somewhere the issuer does not vouch for, which anyone could do',
  key_resolved: "Found the issuer's public key",
  key_unresolved: "Could not find the issuer's public key",
  key_not_assertion_method: 'The issuer has not authorised this key to issue credentials',
  did_method_unsupported: "The issuer's identifier type is not supported",
  context_ok: 'Every field has a defined meaning',
  context_unknown: 'Uses a vocabulary Credlens does not know, so its meaning cannot be checked',
  context_undefined_term:
    'Contains fields with no defined meaning, which the signature would not cover',
  validity_ok: 'Within its validity period',
  expired: 'Expired',
  not_yet_valid: 'Not valid yet',
  date_invalid: 'Has an unreadable or impossible date',
  status_absent: 'The issuer publishes no revocation list for it',
  status_valid: 'Not revoked according to the issuer',
  status_revoked: 'Revoked by the issuer',
  status_suspended: 'Suspended by the issuer',
  status_unreachable: "Could not reach the issuer's revocation list, so revocation is unknown",
  status_list_invalid:
    "The issuer's revocation list could not be trusted, so revocation is unknown",
  status_unsupported: 'Uses a revocation method Credlens cannot check',
  fetch_blocked_private_host:
    'The credential points at a private or local network address, and Credlens never contacts those',
  hosted_confirmed: "The issuing platform's server confirms it",
  hosted_id_mismatch: "The issuing platform's server does not confirm it",
  hosted_origin_not_allowed: 'It is hosted somewhere the issuer does not issue from',
  proof_missing: 'It is not signed',
  proof_type_unsupported: 'Signed in a way Credlens cannot check',
  proof_blockchain_anchored:
    "Anchored on a blockchain (Blockcerts) — Credlens cannot check that offline; use the issuer's verifier",
  proof_bbs_unsupported:
    'Signed with a BBS selective-disclosure signature, which Credlens cannot check',
  validity_unverified:
    'Dates as claimed by the credential, not checked: its signature could not be checked',
  status_signed_by_other: 'The revocation list is signed by someone other than the issuer',
  proof_purpose_invalid: 'The signature was not made for issuing credentials',
  proof_jws_invalid: 'The signature (an Ed25519Signature2018 JWS) is malformed',
  proof_sd_base_not_derived:
    'This is the issuer’s selective-disclosure original, which only the holder can present',
  proof_sd_disclosed: 'Selectively disclosed: the holder chose which signed statements to show',
  key_suite_mismatch: 'Signed with a kind of key the signature type cannot use',
  holder_match: 'Issued in the name of the person it was checked for',
  holder_possible_match:
    'Issued in a name that may be the same person (an initial, a middle name, one of two surnames)',
  holder_name_absent: 'Names no holder Credlens could compare',
  holder_mismatch: 'Issued in someone else’s name',
  recipient_match: 'Issued to the person you expected',
  recipient_mismatch: 'Issued to someone else',
  key_not_authentication: 'The holder has not authorised this key to sign presentations',
  presentation_proof_valid: 'Signed by its holder: the person presenting it controls the key',
  presentation_unsigned: 'Not signed by its holder',
  presentation_purpose_invalid: 'The signature was not made for presenting (authentication)',
  holder_key_mismatch: 'Signed with a key that does not belong to the holder it names',
  challenge_match: "Answers the verifier's challenge",
  challenge_mismatch:
    "Answers another challenge than the verifier's: made for another request, or replayed",
  challenge_missing: "Does not answer the verifier's challenge",
  challenge_unchecked: 'Carries a challenge no one asked for, so it was not compared',
  domain_match: 'Made for this verifier',
  domain_mismatch: 'Made for another verifier',
  domain_missing: 'Does not name the verifier it was made for',
  domain_unchecked: 'Names a verifier no one asked for, so it was not compared',
  credential_bound_to_holder: 'Issued to the holder presenting it',
  credential_not_bound_to_holder: 'Issued to someone other than the holder presenting it',
  credential_subject_unidentified: 'Names no subject, so it cannot be tied to the holder',
  credential_verified: 'A credential in it is verified',
  credential_invalid: 'A credential in it is invalid',
  credential_revoked: 'A credential in it is revoked',
  credential_suspended: 'A credential in it is suspended',
  credential_expired: 'A credential in it has expired',
  credential_unverifiable: 'A credential in it could not be checked',
  internal_error: 'Credlens hit an unexpected problem checking it',
};

export type CheckText = { outcome: Check['outcome']; text: string };

/** What a skipped check would have covered: a skipped check is about that, not its code. */
const SKIPPED_SUBJECT: Partial<Record<Check['id'], string>> = {
  validity: 'Dates and revocation',
  status: 'Revocation',
  proof: 'Signature',
  context: 'Vocabulary',
};

/** A sentence for one check: the standard wording plus the check's specific detail. */
export function describeCheck(check: Check): CheckText {
  const words = WORDS[check.code];
  const detail = check.detail === undefined ? '' : check.detail.slice(0, 400);
  const subject = SKIPPED_SUBJECT[check.id];
  if (check.outcome === 'skipped' && subject !== undefined && /^not checked\b/.test(detail))
    return { outcome: 'skipped', text: `${subject} ${detail}` };
  if (words === undefined)
    return {
      outcome: check.outcome,
      text: detail === '' ? check.code.replace(/_/g, ' ') : capitalise(detail),
    };
  return { outcome: check.outcome, text: detail === '' ? words : `${words} (${detail})` };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
