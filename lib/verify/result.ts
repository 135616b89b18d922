// The verification result: the product's verdict vocabulary, every check with a stable
// snake_case code, and the rule that turns checks into one verdict. The UI maps codes to
// wording; nothing ever parses `detail`.

import type { FetchErrorCode } from '../fetch';
import type { HolderEvidence } from '../holder/types';
import type { DataModel } from './formats/credential-schema';
import type { CredentialSummary, IssuerSummary } from './formats/summary';

/** The verdict vocabulary every part of Credlens uses. */
export type VerificationStatus =
  | 'verified'
  | 'confirmed'
  | 'expired'
  | 'revoked'
  | 'suspended'
  | 'invalid'
  /** Genuine, but issued to someone other than the person it was checked for (lib/holder). */
  | 'misattributed'
  | 'unverifiable'
  | 'malformed';

export type CheckOutcome = 'pass' | 'fail' | 'unknown' | 'skipped';

export type CheckId =
  | 'format'
  | 'context'
  | 'proof'
  | 'key'
  | 'issuer'
  | 'hosted'
  | 'validity'
  | 'status'
  | 'recipient'
  // a Verifiable Presentation: its holder's proof, challenge, domain, and each credential's subject
  | 'holder'
  // a Verifiable Presentation: the verdict of each credential it carries
  | 'credential';

export type CheckCode =
  // format
  | 'format_ok'
  | 'input_empty'
  | 'json_invalid'
  | 'input_too_large'
  | 'input_too_deep'
  | 'not_a_credential'
  | 'format_unsupported'
  | 'image_malformed'
  | 'image_no_credential'
  | 'input_unreadable'
  // context (JSON-LD)
  | 'context_ok'
  // skipped: the vocabulary was not checked because the proof itself is malformed
  | 'context_skipped_proof_malformed'
  | 'context_unknown'
  | 'context_undefined_term'
  | 'jsonld_invalid'
  | 'canonicalization_too_complex'
  | 'previous_proof_missing'
  // proof
  | 'signature_valid'
  | 'signature_invalid'
  | 'proof_missing'
  | 'proof_type_unsupported'
  // skipped: one proof of a set is of a type Credlens cannot check (the others decide)
  | 'proof_type_ignored'
  // skipped: the signature was not checked because the issuer's key could not be found
  | 'proof_skipped_no_key'
  // skipped: the signature was not checked because the document could not be canonicalised
  | 'proof_skipped_not_canonical'
  | 'proof_malformed'
  | 'proof_purpose_invalid'
  | 'proof_expired'
  | 'proof_set_too_large'
  // recognised proofs Credlens cannot check: Blockcerts' blockchain anchoring, BBS signatures
  | 'proof_blockchain_anchored'
  | 'proof_bbs_unsupported'
  // Ed25519Signature2018: the detached JWS is malformed, or its header is not the one the suite defines
  | 'proof_jws_invalid'
  // ecdsa-sd-2023: the base proof of the issuer, which only the holder can use (derive), is unknown
  | 'proof_sd_base_not_derived'
  // ecdsa-sd-2023: a derived proof verified, the holder chose what to disclose (pass only)
  | 'proof_sd_disclosed'
  // the key is of another kind than the suite signs with (an Ed25519 key for ecdsa-rdfc-2019)
  | 'key_suite_mismatch'
  // JWT / JOSE
  | 'jwt_malformed'
  | 'jwt_header_invalid'
  | 'jwt_algorithm_not_allowed'
  | 'jwt_algorithm_unsupported'
  | 'jwt_key_mismatch'
  | 'jwt_key_not_bound'
  // a kid URL serving a bare JWK that is neither on the issuer origin nor in its Profile
  | 'jwt_kid_not_bound'
  | 'jwt_claims_invalid'
  | 'jwt_claim_mismatch'
  | 'key_too_weak'
  // key
  | 'key_resolved'
  | 'key_unresolved'
  | 'key_malformed'
  | 'key_not_assertion_method'
  | 'key_not_authentication'
  | 'key_private_exposed'
  | 'did_method_unsupported'
  | 'controller_document_invalid'
  | FetchErrorCode
  // Open Badges 2.0 hosted verification
  | 'hosted_confirmed'
  | 'hosted_id_mismatch'
  | 'hosted_origin_not_allowed'
  // holder name (--holder-name, the page's person): lib/holder
  | 'holder_match'
  | 'holder_possible_match'
  | 'holder_name_absent'
  | 'holder_mismatch'
  // recipient
  | 'recipient_match'
  | 'recipient_mismatch'
  | 'recipient_absent'
  | 'recipient_hash_unsupported'
  // issuer binding
  | 'issuer_bound'
  | 'key_issuer_mismatch'
  // validity window
  | 'validity_ok'
  | 'expired'
  | 'not_yet_valid'
  | 'date_invalid'
  // dates of a credential whose proof could not be checked: claims only, never a verdict (skipped)
  | 'validity_unverified'
  // skipped: dates and status were not checked because the proof or vocabulary failed
  | 'validity_skipped_proof_failed'
  // status
  | 'status_absent'
  | 'status_valid'
  | 'status_revoked'
  | 'status_suspended'
  | 'status_message'
  | 'status_unreachable'
  | 'status_list_invalid'
  | 'status_entry_invalid'
  | 'status_unsupported'
  // the status list verified, but its signer is not the credential's issuer (a pass with a note)
  | 'status_signed_by_other'
  // presentation: the holder's proof and what the verifier asked for
  | 'presentation_proof_valid'
  | 'presentation_unsigned'
  | 'presentation_purpose_invalid'
  | 'holder_key_mismatch'
  | 'challenge_match'
  | 'challenge_mismatch'
  | 'challenge_missing'
  | 'challenge_unchecked'
  | 'domain_match'
  | 'domain_mismatch'
  | 'domain_missing'
  | 'domain_unchecked'
  // presentation: each credential's subject against the holder
  | 'credential_bound_to_holder'
  | 'credential_not_bound_to_holder'
  | 'credential_subject_unidentified'
  // presentation: each credential's own verdict
  | 'credential_verified'
  | 'credential_invalid'
  | 'credential_revoked'
  | 'credential_suspended'
  | 'credential_expired'
  | 'credential_unverifiable'
  // anything unexpected
  | 'internal_error';

export type Check = {
  id: CheckId;
  outcome: CheckOutcome;
  code: CheckCode;
  /** Safe, human-readable detail (never HTML) for logs and the CLI; the UI never reads it. */
  detail?: string;
  /** The facts the UI may name beside the code's wording, typed (see CheckAbout). */
  about?: CheckAbout;
};

/**
 * Facts a check turned on that are worth showing a person, as typed fields, so the UI words a
 * check from its code and these and never picks text out of `detail`. All are untrusted text
 * from the credential or a server: the UI clips and cleans them like any other.
 */
export type CheckAbout = {
  /** The document the check is about: a status or revocation list, say. */
  url?: string;
  /** The server that answered for an unsigned, hosted credential. */
  host?: string;
  /** The date the check turned on (ISO 8601): when it expired, or becomes or stays valid. */
  date?: string;
  /** Who signed a status list that is not the credential's issuer. */
  signer?: string;
  /** The issuer's own words for a status that is neither revocation nor suspension. */
  message?: string;
};

/** Builds a check; `detail` and `about` are omitted when empty so results stay compact. */
export function check(
  id: CheckId,
  outcome: CheckOutcome,
  code: CheckCode,
  detail?: string,
  about?: CheckAbout,
): Check {
  const built: Check = { id, outcome, code };
  if (detail !== undefined && detail !== '') built.detail = detail;
  if (about !== undefined && Object.keys(about).length > 0) built.about = about;
  return built;
}

/** Codes that mean the document is not a credential at all. */
const MALFORMED_CODES: ReadonlySet<CheckCode> = new Set([
  'input_empty',
  'json_invalid',
  'input_too_large',
  'input_too_deep',
  'not_a_credential',
  'jwt_malformed',
  'image_malformed',
  'image_no_credential',
]);

/** Failures that are verdicts of their own rather than "invalid". */
const VERDICT_FAILURES: ReadonlySet<CheckCode> = new Set([
  // Whose it is says nothing about whether it is genuine (see deriveStatus).
  'holder_mismatch',
  'recipient_mismatch',
  'expired',
  'status_revoked',
  'status_suspended',
  'credential_revoked',
  'credential_suspended',
  'credential_expired',
]);

/**
 * The verdict from the checks. Precedence: malformed; invalid (any definitive failure);
 * revoked or suspended when a presented credential is; unverifiable when anything but the
 * status or a presented credential is unknown; revoked; suspended; unverifiable (unknown is
 * never success); expired; verified only with a valid proof whose key is bound to the issuer
 * (or, for a presentation, to its holder); confirmed for a hosted assertion the issuer serves
 * itself.
 *
 * A presentation's verdict is therefore the worst of its own and its credentials' (each
 * credential enters as one `credential` check): invalid, revoked, suspended, unverifiable,
 * expired, verified — a malformed credential counts as invalid, a confirmed one as verified.
 */
export function deriveStatus(checks: readonly Check[]): VerificationStatus {
  const status = statusOfCredential(checks);
  // Genuine, but not the holder it was checked for: never verified or confirmed.
  const otherHolder = checks.some(
    (c) =>
      c.outcome === 'fail' && (c.code === 'holder_mismatch' || c.code === 'recipient_mismatch'),
  );
  return otherHolder && (status === 'verified' || status === 'confirmed')
    ? 'misattributed'
    : status;
}

/** The verdict on the credential itself, whoever it was checked for. */
function statusOfCredential(checks: readonly Check[]): VerificationStatus {
  const failures = checks.filter((c) => c.outcome === 'fail');
  if (failures.some((c) => MALFORMED_CODES.has(c.code))) return 'malformed';
  if (failures.some((c) => !VERDICT_FAILURES.has(c.code))) return 'invalid';
  // A presented credential's revocation is vouched for by its own issuer, whoever presents it.
  if (failures.some((c) => c.code === 'credential_revoked')) return 'revoked';
  if (failures.some((c) => c.code === 'credential_suspended')) return 'suspended';
  // A status entry is only as trustworthy as the credential naming it: an unauthenticated
  // credential is unverifiable even if "its" list says revoked.
  if (checks.some((c) => c.outcome === 'unknown' && c.id !== 'status' && c.id !== 'credential'))
    return 'unverifiable';
  if (failures.some((c) => c.code === 'status_revoked')) return 'revoked';
  if (failures.some((c) => c.code === 'status_suspended')) return 'suspended';
  if (checks.some((c) => c.outcome === 'unknown')) return 'unverifiable';
  if (failures.some((c) => c.code === 'expired' || c.code === 'credential_expired'))
    return 'expired';
  const proofPassed = checks.some((c) => c.id === 'proof' && c.outcome === 'pass');
  const signerBound = checks.some(
    (c) =>
      c.outcome === 'pass' &&
      ((c.id === 'issuer' && c.code === 'issuer_bound') ||
        (c.id === 'holder' && c.code === 'presentation_proof_valid')),
  );
  if (proofPassed && signerBound) return 'verified';
  // Unsigned but served by the issuer as its own: provider-confirmed, never "verified".
  return checks.some((c) => c.id === 'hosted' && c.outcome === 'pass')
    ? 'confirmed'
    : 'unverifiable';
}

/** The badge image a credential was baked into, if any. */
export type Container = 'png' | 'svg';

/** A bundle's nested results (CLR) and a count of their verdicts. */
export type NestedSummary<R> = {
  results: R[];
  counts: Partial<Record<VerificationStatus, number>>;
  /** Entries beyond the cap that were not verified. */
  skipped: number;
};

/** A presentation's holder and each credential's own result, with a count of their verdicts. */
export type PresentationSummary<R> = NestedSummary<R> & {
  /** The holder the proof authenticates (or, unsigned, the one it names). */
  holder?: string;
};

/** Everything one verification found: the verdict, every check, and what the credential says. */
export type VerificationResult = {
  status: VerificationStatus;
  format: {
    dataModel?: DataModel | 'ob-2.0';
    securing: 'data-integrity' | 'jose' | 'hosted' | 'none' | 'unknown';
    /** Set when the credential was baked into a badge image. */
    container?: Container;
  };
  checks: Check[];
  issuer: IssuerSummary;
  credential?: CredentialSummary;
  /** Where a URL input's document finally came from. */
  url?: string;
  issuedOn?: string;
  validFrom?: string;
  validUntil?: string;
  /** For a CLR: every nested credential's own result, and a count of their verdicts. */
  nested?: NestedSummary<VerificationResult>;
  /** For a Verifiable Presentation: its holder, every credential's own result, and a count of their verdicts. */
  presentation?: PresentationSummary<VerificationResult>;
  /** Who a parsed credential says holds it (names, ids, identities): as trustworthy as `status`. */
  holder?: HolderEvidence;
};
