// Plain-language wording for check codes: one sentence per code, complete at compile time (a
// Record over the whole CheckCode union), naming only the typed facts a check carries
// (`about`: a URL, a host, a date, a signer, a status message). `detail` is for logs and the
// CLI and is never read here: wording that parsed it would break whenever its text changed.

import type { Check, CheckAbout, CheckCode, CheckId } from '../verify';

export type CheckText = { outcome: Check['outcome']; text: string };

/** The facts a wording may use: the check's typed facts and which check it is. */
type Facts = { id: CheckId; about: CheckAbout };
type Wording = string | ((facts: Facts) => string);

/** Longest fact quoted in a sentence: they are server and credential text. */
const MAX_FACT = 200;

/** A sentence for one check, from its code and typed facts alone. */
export function describeCheck(check: Check): CheckText {
  // A result from another version (a cached one, say) may carry a code this one lacks.
  const wording: Wording | undefined = Object.hasOwn(WORDS, check.code)
    ? WORDS[check.code]
    : undefined;
  const facts: Facts = { id: check.id, about: check.about ?? {} };
  const text =
    wording === undefined
      ? capitalise(String(check.code).replace(/_/g, ' '))
      : typeof wording === 'string'
        ? wording
        : wording(facts);
  return { outcome: check.outcome, text };
}

/** What a fetch was for, by the check it belongs to: the same fetch code reads differently. */
const FETCHED: Record<CheckId, string> = {
  format: 'the credential',
  context: 'a vocabulary it uses',
  proof: "the issuer's key",
  key: "the issuer's key",
  issuer: "the issuer's profile",
  hosted: "the issuing platform's copy",
  validity: 'the credential',
  status: "the issuer's revocation list",
  recipient: 'the credential',
  holder: "the holder's key",
  credential: 'a credential in it',
};

const WORDS: Record<CheckCode, Wording> = {
  // format
  format_ok: 'Recognised format',
  input_empty: 'The file or link is empty',
  json_invalid: 'Not readable as a credential: the data is not valid JSON',
  input_too_large: 'Too large to be a credential, so it was not read',
  input_too_deep: 'Nested too deeply to be a credential, so it was not read',
  not_a_credential: 'Not a credential: required parts are missing or of the wrong kind',
  format_unsupported: 'A kind of document Credlens does not check',
  image_malformed: 'The badge image is damaged',
  image_no_credential: 'The badge image carries no credential',
  input_unreadable: 'Could not be read',
  // context
  context_ok: 'Every field has a defined meaning',
  context_unknown: 'Uses a vocabulary Credlens does not know, so its meaning cannot be checked',
  context_undefined_term:
    'Contains fields with no defined meaning, which the signature would not cover',
  context_skipped_proof_malformed: 'Vocabulary not checked: the signature itself is malformed',
  jsonld_invalid: 'Its linked-data structure is broken, so its meaning cannot be read',
  canonicalization_too_complex: 'Too complex to check safely, so its signature was not checked',
  previous_proof_missing: 'One signature builds on another that is missing from the credential',
  // proof
  signature_valid: 'The digital signature is valid: nothing was changed after signing',
  signature_invalid: 'The digital signature does not match: the credential was altered or forged',
  proof_missing: 'It is not signed',
  proof_type_unsupported: 'Signed in a way Credlens cannot check',
  proof_type_ignored: 'One of its signatures is of a kind Credlens cannot check; the others decide',
  proof_skipped_no_key: "Signature not checked: the issuer's key could not be found",
  proof_skipped_not_canonical:
    'Signature not checked: the credential could not be put in the form that was signed',
  proof_malformed: 'The signature is malformed',
  proof_purpose_invalid: 'The signature was not made for issuing credentials',
  proof_expired: 'The signature itself has expired',
  proof_set_too_large: 'Carries more signatures than Credlens checks',
  proof_blockchain_anchored:
    "Anchored on a blockchain (Blockcerts): Credlens cannot check that offline; use the issuer's verifier",
  proof_bbs_unsupported:
    'Signed with a BBS selective-disclosure signature, which Credlens cannot check',
  proof_jws_invalid: 'The signature (an Ed25519Signature2018 JWS) is malformed',
  proof_sd_base_not_derived:
    'This is the issuer’s selective-disclosure original, which only the holder can present',
  proof_sd_disclosed: 'Selectively disclosed: the holder chose which signed statements to show',
  key_suite_mismatch: 'Signed with a kind of key the signature type cannot use',
  // JWT / JOSE
  jwt_malformed: 'Not a readable signed token (JWT)',
  jwt_header_invalid: 'The signed token’s header is not one a credential may have',
  jwt_algorithm_not_allowed: 'Signed with a method that proves nothing (none, or a shared secret)',
  jwt_algorithm_unsupported: 'Signed with an algorithm Credlens cannot check',
  jwt_key_mismatch: 'The key does not fit the signing algorithm the token names',
  jwt_key_not_bound:
    'Signed with a key carried inside the credential itself, which anyone could make',
  jwt_kid_not_bound:
    'Signed with a key published somewhere the issuer does not vouch for, which anyone could do',
  jwt_claims_invalid: 'The signed token’s claims are not those of a credential',
  jwt_claim_mismatch: 'The signed token and the credential inside it disagree',
  key_too_weak: 'Signed with a key too weak to trust',
  // key
  key_resolved: "Found the issuer's public key",
  key_unresolved: "Could not find the issuer's public key",
  key_malformed: "The issuer's public key is malformed",
  key_not_assertion_method: 'The issuer has not authorised this key to issue credentials',
  key_not_authentication: 'The holder has not authorised this key to sign presentations',
  key_private_exposed: 'The issuer published its private key, so anyone could have signed this',
  did_method_unsupported: "The issuer's identifier type is not supported",
  controller_document_invalid: "The issuer's key document is malformed",
  // fetching a document: which one depends on the check
  fetch_blocked_url: ({ id }) => `Credlens does not fetch ${FETCHED[id]} from an address like that`,
  fetch_blocked_private_host: ({ id, about }) =>
    `${capitalise(FETCHED[id])} is at a private or local network address${inParentheses(hostOf(about.url))}, and Credlens never contacts those`,
  fetch_timeout: ({ id }) => `${capitalise(FETCHED[id])} did not answer in time`,
  fetch_failed: ({ id }) => `Could not reach ${FETCHED[id]}`,
  response_too_large: ({ id }) => `${capitalise(FETCHED[id])} is too large to check`,
  http_error: ({ id }) => `The server of ${FETCHED[id]} answered with an error`,
  content_type_invalid: ({ id }) => `The server sent something other than ${FETCHED[id]}`,
  too_many_redirects: ({ id }) => `${capitalise(FETCHED[id])} redirects too many times`,
  response_not_json: ({ id }) => `The server sent ${FETCHED[id]} in an unreadable form`,
  // Open Badges 2.0 hosted verification
  hosted_confirmed: ({ about }) =>
    about.host === undefined
      ? "The issuing platform's server confirms it"
      : `The issuing platform's server (${fact(about.host)}) confirms it`,
  hosted_id_mismatch: "The issuing platform's server does not confirm it",
  hosted_origin_not_allowed: 'It is hosted somewhere the issuer does not issue from',
  // holder
  holder_match: 'Issued in the name of the person it was checked for',
  holder_possible_match:
    'Issued in a name that may be the same person (an initial, a middle name, one of two surnames)',
  holder_name_absent: 'Names no holder Credlens could compare',
  holder_mismatch: 'Issued in someone else’s name',
  // recipient
  recipient_match: 'Issued to the person you expected',
  recipient_mismatch: 'Issued to someone else',
  recipient_absent: 'Names no recipient to compare with',
  recipient_hash_unsupported: 'Names its recipient in a form Credlens cannot compare',
  // issuer binding
  issuer_bound: 'The signing key belongs to the issuer named on the credential',
  key_issuer_mismatch: 'Signed with a key that does not belong to the issuer it names',
  // validity
  validity_ok: ({ about }) =>
    about.date === undefined
      ? 'Within its validity period, with no expiry date'
      : `Within its validity period, until ${day(about.date)}`,
  expired: ({ about }) => (about.date === undefined ? 'Expired' : `Expired on ${day(about.date)}`),
  not_yet_valid: ({ about }) =>
    about.date === undefined ? 'Not valid yet' : `Not valid until ${day(about.date)}`,
  date_invalid: 'Has an unreadable or impossible date',
  validity_unverified:
    'Dates as claimed by the credential, not checked: its signature could not be checked',
  validity_skipped_proof_failed:
    'Dates and revocation not checked: nothing in a credential with a failed signature can be trusted',
  // status
  status_absent: 'The issuer publishes no revocation list for it',
  status_valid: 'Not revoked according to the issuer',
  status_revoked: 'Revoked by the issuer',
  status_suspended: 'Suspended by the issuer',
  status_message: ({ about }) =>
    about.message === undefined
      ? "The issuer's status list gives it a status"
      : `The issuer's status list says: ${fact(about.message)}`,
  status_unreachable: ({ about }) =>
    `Could not reach the issuer's revocation list${at(about)}, so revocation is unknown`,
  status_list_invalid: ({ about }) =>
    `The issuer's revocation list${at(about)} could not be trusted, so revocation is unknown`,
  status_entry_invalid: 'Its revocation entry is malformed',
  status_unsupported: 'Uses a revocation method Credlens cannot check',
  status_signed_by_other: ({ about }) =>
    about.signer === undefined
      ? 'The revocation list is signed by someone other than the issuer'
      : `The revocation list is signed by ${fact(about.signer)}, not by the issuer`,
  // presentation
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

/** " at <url>" when the check names the document. */
function at(about: CheckAbout): string {
  return about.url === undefined ? '' : ` at ${fact(about.url)}`;
}

/** The host of a URL fact, if it is one. */
function hostOf(url: string | undefined): string | undefined {
  if (url === undefined || !URL.canParse(url)) return undefined;
  return new URL(url).host;
}

function inParentheses(text: string | undefined): string {
  return text === undefined || text === '' ? '' : ` (${fact(text)})`;
}

/** The calendar day of an ISO 8601 date-time (UTC), as the credential's own dates are. */
function day(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : fact(iso);
}

function fact(text: string): string {
  return text.length > MAX_FACT ? `${text.slice(0, MAX_FACT - 1)}…` : text;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
