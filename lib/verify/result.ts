// The verification result: the product's verdict vocabulary, every check with a stable
// snake_case code, and the rule that turns checks into one verdict. The UI maps codes to
// wording; nothing ever parses `detail`.

import type { FetchErrorCode } from '../fetch';

/** The verdict vocabulary every part of Credlens uses. */
export type VerificationStatus =
  | 'verified'
  | 'confirmed'
  | 'expired'
  | 'revoked'
  | 'suspended'
  | 'invalid'
  | 'unverifiable'
  | 'malformed';

export type CheckOutcome = 'pass' | 'fail' | 'unknown' | 'skipped';

export type CheckId = 'format' | 'context' | 'proof' | 'key' | 'issuer' | 'validity' | 'status';

export type CheckCode =
  // format
  | 'format_ok'
  | 'input_empty'
  | 'json_invalid'
  | 'input_too_large'
  | 'input_too_deep'
  | 'not_a_credential'
  | 'format_unsupported'
  | 'input_unreadable'
  // context (JSON-LD)
  | 'context_ok'
  | 'context_unknown'
  | 'context_undefined_term'
  | 'jsonld_invalid'
  // proof
  | 'signature_valid'
  | 'signature_invalid'
  | 'proof_missing'
  | 'proof_type_unsupported'
  | 'proof_malformed'
  | 'proof_purpose_invalid'
  | 'proof_expired'
  // key
  | 'key_resolved'
  | 'key_unresolved'
  | 'key_malformed'
  | 'key_not_assertion_method'
  | 'key_private_exposed'
  | 'did_method_unsupported'
  | 'controller_document_invalid'
  | FetchErrorCode
  // issuer binding
  | 'issuer_bound'
  | 'key_issuer_mismatch'
  // validity window
  | 'validity_ok'
  | 'expired'
  | 'not_yet_valid'
  | 'date_invalid'
  // status
  | 'status_absent'
  | 'status_unsupported'
  // anything unexpected
  | 'internal_error';

export type Check = {
  id: CheckId;
  outcome: CheckOutcome;
  code: CheckCode;
  /** Safe, human-readable detail (never HTML). */
  detail?: string;
};

/** Builds a check; `detail` is omitted when empty so results stay compact. */
export function check(id: CheckId, outcome: CheckOutcome, code: CheckCode, detail?: string): Check {
  return detail === undefined || detail === ''
    ? { id, outcome, code }
    : { id, outcome, code, detail };
}

/** Codes that mean the document is not a credential at all. */
const MALFORMED_CODES: ReadonlySet<CheckCode> = new Set([
  'input_empty',
  'json_invalid',
  'input_too_large',
  'input_too_deep',
  'not_a_credential',
]);

/**
 * The verdict from the checks. Precedence: malformed, then invalid (any definitive failure),
 * then unverifiable (anything unknown: unknown is never success), then expired, else verified.
 */
export function deriveStatus(checks: readonly Check[]): VerificationStatus {
  if (checks.some((c) => c.outcome === 'fail' && MALFORMED_CODES.has(c.code))) return 'malformed';
  if (checks.some((c) => c.outcome === 'fail' && c.code !== 'expired')) return 'invalid';
  if (checks.some((c) => c.outcome === 'unknown')) return 'unverifiable';
  if (checks.some((c) => c.code === 'expired')) return 'expired';
  const proofPassed = checks.some((c) => c.id === 'proof' && c.outcome === 'pass');
  const issuerBound = checks.some((c) => c.id === 'issuer' && c.outcome === 'pass');
  return proofPassed && issuerBound ? 'verified' : 'unverifiable';
}
