// Learner-facing diagnostics for the preview page: every failing or unknown check becomes what
// is wrong and who must do what to fix it. Like check-text.ts, wording hangs off the stable
// check code; the check's detail is only appended as the specific reason, never parsed.

import type { Diagnostic } from '../messaging';
import { clip } from '../shared/text';
import type { Check, CheckCode, CheckId, VerificationResult } from '../verify';

/** Codes that only ever mean success: they need no advice. */
export const PASS_ONLY_CODES = [
  'format_ok',
  'context_ok',
  'signature_valid',
  'key_resolved',
  'hosted_confirmed',
  'recipient_match',
  'holder_match',
  'holder_possible_match',
  'issuer_bound',
  'validity_ok',
  'status_absent',
  'status_valid',
  'status_message',
  'presentation_proof_valid',
  'challenge_match',
  'domain_match',
  'credential_bound_to_holder',
  'credential_verified',
  'status_signed_by_other',
  'proof_sd_disclosed',
] as const satisfies readonly CheckCode[];

/**
 * Codes only a skipped check carries: each says which check was not made and why. A skipped check
 * follows from another one's failure, which has the advice, so these need none of their own.
 */
export const SKIPPED_ONLY_CODES = [
  'proof_type_ignored',
  'proof_skipped_no_key',
  'proof_skipped_not_canonical',
  'context_skipped_proof_malformed',
  'validity_skipped_proof_failed',
] as const satisfies readonly CheckCode[];

/** Every code a check can fail or stay unknown with. */
export type DiagnosedCode = Exclude<
  CheckCode,
  (typeof PASS_ONLY_CODES)[number] | (typeof SKIPPED_ONLY_CODES)[number]
>;

/** The protocol's caps (lib/messaging): at most 60 diagnostics, 600 characters per text. */
const MAX_DIAGNOSTICS = 60;
const MAX_TEXT = 600;
const MAX_DETAIL = 300;

/**
 * Diagnostics for `result`: errors (definite failures), then warnings (could not be
 * checked), then info notes — "no problems found" for a clean verified result, "confirmed, not
 * signed" for a hosted badge, and "no revocation list" when the issuer publishes none.
 */
export function diagnose(result: VerificationResult): Diagnostic[] {
  const seen = new Set<string>();
  const found: Diagnostic[] = [];
  for (const check of result.checks) {
    // Skipped checks follow from another failure, which already has its own diagnostic.
    if (check.outcome !== 'fail' && check.outcome !== 'unknown') continue;
    // Fetch codes depend on which document failed, so the check id is part of the identity.
    const key = `${check.id}:${check.code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    found.push(diagnoseCheck(check));
  }
  found.push(...notes(result, found.length === 0));
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return found.sort((a, b) => rank[a.severity] - rank[b.severity]).slice(0, MAX_DIAGNOSTICS);
}

/** The diagnostic for one failing or unknown check. */
export function diagnoseCheck(check: Check): Diagnostic {
  const entry = Object.hasOwn(ADVICE, check.code) ? ADVICE[check.code as DiagnosedCode] : undefined;
  const advice = typeof entry === 'function' ? entry(check.id) : (entry ?? FALLBACK);
  const detail =
    check.detail === undefined ? '' : ` (Credlens saw: ${clip(check.detail, MAX_DETAIL)})`;
  return {
    code: check.code.slice(0, 64),
    severity: advice.severity ?? (check.outcome === 'fail' ? 'error' : 'warning'),
    problem: clip(`${advice.problem}${detail}`, MAX_TEXT - 1),
    fix: clip(advice.fix, MAX_TEXT - 1),
  };
}

/** A provider link that publishes nothing machine-readable: recruiters can only follow it. */
export function linkOnlyDiagnostic(label: string): Diagnostic {
  return {
    code: 'link_only',
    severity: 'warning',
    problem: clip(
      `${label} publishes no verifiable data for this link, so recruiters see “Could not check”.`,
      MAX_TEXT - 1,
    ),
    fix: 'Ask your issuer for an Open Badges 3.0 copy (a JSON file or a baked badge image) and share that, or drop it here to check it.',
  };
}

type Advice = { problem: string; fix: string; severity?: Diagnostic['severity'] };

/** Only reachable for a code outside CheckCode (a newer worker, say): never for a known one. */
const FALLBACK: Advice = {
  problem: 'Credlens found a problem it has no explanation for yet.',
  fix: 'Try again with the original file from your issuer; if it persists, send the code to Credlens.',
};

function notes(result: VerificationResult, clean: boolean): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (clean && result.status === 'verified')
    out.push({
      code: 'all_checks_passed',
      severity: 'info',
      problem: 'No problems found: recruiters will see this credential as “Verified”.',
      fix: 'Nothing to fix. Share the original file or link exactly as it is; any edit breaks the signature.',
    });
  if (result.status === 'confirmed')
    out.push({
      code: 'hosted_not_signed',
      severity: 'info',
      problem:
        'Recruiters see “Confirmed”, not “Verified”: the platform vouches for it, but it carries no digital signature.',
      fix: 'For a “Verified” badge, ask your issuer for a signed Open Badges 3.0 copy of the same credential.',
    });
  if (result.checks.some((c) => c.code === 'status_absent' && c.outcome === 'pass'))
    out.push({
      code: 'status_absent',
      severity: 'info',
      problem:
        'Your issuer publishes no revocation status, so recruiters cannot see if it was withdrawn.',
      fix: 'Nothing for you to do. Issuers can add a BitstringStatusList entry (credentialStatus) when they issue.',
    });
  return out;
}

/** Which document a fetch check was about, for the fetch codes' wording. */
const DOCUMENT: Partial<Record<CheckId, string>> = {
  format: 'The credential link',
  key: "Your issuer's key document (DID or controller document)",
  status: "Your issuer's revocation list",
  hosted: "The issuing platform's copy of the badge",
  issuer: "Your issuer's profile",
};

/** Fetch problems: the learner fixes their own link; the issuer fixes its own documents. */
function fetched(problem: string, learnerFix: string, issuerFix: string) {
  return (id: CheckId): Advice => {
    const document = DOCUMENT[id] ?? 'A document the credential points to';
    return {
      problem: `${document} ${problem}`,
      fix: id === 'format' ? learnerFix : issuerFix,
    };
  };
}

const REISSUE = 'Ask your issuer to correct this and issue the credential again';

const ADVICE: Record<DiagnosedCode, Advice | ((id: CheckId) => Advice)> = {
  // format
  input_empty: {
    problem: 'There is nothing to check: the text or file is empty.',
    fix: 'Paste the whole credential (JSON or JWT), or choose the credential file or badge image your issuer gave you.',
  },
  json_invalid: {
    problem: 'This is not valid JSON text, so Credlens cannot read it as a credential.',
    fix: 'Use the file exactly as your issuer delivered it. Copying from a web page or editing it can drop a brace or add curly quotes; download the JSON file instead.',
  },
  input_too_large: {
    problem:
      'The credential is larger than Credlens reads (1 MB of JSON or JWT text, 50,000 JSON values, or a 16 MB file).',
    fix: 'Check you chose the credential itself, not an archive or a bundle. If it really is this big, ask your issuer to link large evidence instead of embedding it.',
  },
  input_too_deep: {
    problem: 'The document is nested far deeper than any credential, so Credlens will not read it.',
    fix: 'Check you chose the right file. If it came from your issuer, ask them to flatten the structure and re-issue it.',
  },
  not_a_credential: {
    problem: 'This is not a verifiable credential.',
    fix: 'Use the credential itself, not the web page that shows it: most platforms offer “Download” or “Export as Open Badge / JSON”.',
  },
  format_unsupported: {
    problem: 'The credential is in a format Credlens does not support.',
    fix: 'Ask your issuer for an Open Badges 3.0 / W3C Verifiable Credential copy (JSON with an embedded proof, or a VC-JWT).',
  },
  image_malformed: {
    problem: 'The image file is damaged, so the credential baked into it cannot be read.',
    fix: 'Download the badge image again from your issuer. Do not resize, compress or re-save it in an image editor: that breaks the embedded credential.',
  },
  image_no_credential: {
    problem: 'This image carries no baked credential: it is only a picture of a badge.',
    fix: 'Download the “baked” badge image (PNG or SVG with the credential inside) or the credential JSON from your issuer. Screenshots and images re-saved by social networks lose the data.',
  },
  input_unreadable: {
    problem: 'Credlens could not read this file.',
    fix: 'Check that the file opens on your computer and choose it again, or paste its contents instead.',
    severity: 'error',
  },
  // context
  context_unknown: {
    problem:
      'The credential uses a JSON-LD @context Credlens does not know, so the meaning of its fields cannot be checked.',
    fix: 'Ask your issuer to use the published contexts (https://www.w3.org/ns/credentials/v2 and the Open Badges 3.0 context) and re-issue.',
  },
  context_undefined_term: {
    problem:
      'Some fields have no definition in the credential’s @context, so the signature does not truly cover them.',
    fix: `Do not edit the fields yourself: that breaks the signature. ${REISSUE} with every field defined by its contexts.`,
  },
  jsonld_invalid: {
    problem: 'The credential is not valid JSON-LD, so its signature cannot be checked.',
    fix: `${REISSUE}; the 1EdTech and W3C validators show the exact mistake.`,
  },
  canonicalization_too_complex: {
    problem: 'The credential’s data is too complex to check safely.',
    fix: `${REISSUE} with a simpler structure (fewer nested nodes and no blank-node cycles).`,
  },
  previous_proof_missing: {
    problem: 'A signature refers to an earlier signature that is missing from the credential.',
    fix: `Use the original file, with all its proofs. If that is what you used, ${REISSUE.toLowerCase()}.`,
  },
  // proof
  signature_invalid: {
    problem:
      'The digital signature does not match the content: the credential was changed after it was signed.',
    fix: 'Use the original file from your issuer, unedited: reformatting, fixing a typo or changing a name breaks the signature. If something must change, ask your issuer to re-issue it.',
  },
  proof_missing: {
    problem: 'The credential is not signed, so no one can check that it came from your issuer.',
    fix: 'Ask your issuer for a signed copy (Open Badges 3.0 with a Data Integrity proof, or a VC-JWT). Recruiters will see “Could not check” until then.',
    severity: 'error',
  },
  proof_type_unsupported: {
    problem: 'The credential is signed with a method Credlens cannot check.',
    fix: 'Ask your issuer whether they can sign with eddsa-rdfc-2022, eddsa-jcs-2022, Ed25519Signature2020 or a VC-JWT (EdDSA, ES256).',
  },
  proof_blockchain_anchored: {
    problem:
      'The credential is anchored on a blockchain (Blockcerts): Credlens cannot check that offline, so recruiters will see “Could not check”.',
    fix: 'Point recruiters to your issuer’s own Blockcerts verifier, or ask your issuer for a copy signed with eddsa-rdfc-2022, Ed25519Signature2020 or a VC-JWT as well.',
  },
  proof_bbs_unsupported: {
    problem:
      'The credential is signed with a BBS selective-disclosure signature, which Credlens cannot check.',
    fix: 'Ask your issuer whether they can also sign with eddsa-rdfc-2022, eddsa-jcs-2022 or Ed25519Signature2020.',
  },
  validity_unverified: {
    problem:
      'The credential’s dates could not be checked, because its signature could not be: they are shown as claimed.',
    fix: 'Nothing to fix on its own: once the credential is signed in a way Credlens can check, its dates are checked too.',
    severity: 'info',
  },
  proof_malformed: {
    problem: 'The signature block (proof) is malformed.',
    fix: `If you copied the text, use the original file instead. Otherwise ${REISSUE.toLowerCase()}.`,
  },
  proof_jws_invalid: {
    problem:
      'The signature (an Ed25519Signature2018 detached JWS) is malformed or has a header that suite does not allow.',
    fix: `If you copied the text, use the original file instead. Otherwise ${REISSUE.toLowerCase()}.`,
  },
  proof_sd_base_not_derived: {
    problem:
      'This is the issuer’s selective-disclosure (ecdsa-sd-2023) original, which is meant for you, not for recruiters: it cannot be checked as it is.',
    fix: 'Share a disclosed copy made from it by your wallet (a derived proof), choosing what to reveal; if your wallet cannot, ask your issuer for a copy signed with eddsa-rdfc-2022.',
  },
  key_suite_mismatch: {
    problem:
      'The credential is signed with a kind of key its signature type does not use (for example an Ed25519 key for an ECDSA signature).',
    fix: `${REISSUE}, naming a key of the kind its signature type requires.`,
  },
  proof_purpose_invalid: {
    problem: 'The signature was made for another purpose, so it does not vouch for the credential.',
    fix: `${REISSUE} with proofPurpose "assertionMethod".`,
  },
  proof_expired: {
    problem: 'The signature itself has expired.',
    fix: 'Ask your issuer to sign the credential again; the credential’s content can stay the same.',
  },
  proof_set_too_large: {
    problem: 'The credential carries more signatures than Credlens checks.',
    fix: `${REISSUE} with one or two proofs.`,
  },
  jwt_malformed: {
    problem:
      'This looks like a JWT but is not a well-formed one (three base64url parts separated by dots).',
    fix: 'Copy the whole token again with no spaces, line breaks or missing characters, or download the .jwt file from your issuer.',
  },
  jwt_header_invalid: {
    problem: 'The JWT header is not one for a credential.',
    fix: `${REISSUE} with typ "vc+jwt" and no critical extensions.`,
  },
  jwt_algorithm_not_allowed: {
    problem: 'The JWT uses an algorithm that proves nothing (none or a shared secret).',
    fix: `${REISSUE}, signed with a public-key algorithm such as EdDSA or ES256.`,
  },
  jwt_algorithm_unsupported: {
    problem: 'The JWT is signed with an algorithm Credlens cannot check.',
    fix: 'Ask your issuer whether they can sign with EdDSA, ES256, ES384, ES512, RS256 or PS256.',
  },
  jwt_key_mismatch: {
    problem: 'The JWT’s signing algorithm does not fit the key it names.',
    fix: `${REISSUE}, naming the key that matches the algorithm.`,
  },
  jwt_key_not_bound: {
    problem: 'The JWT is signed with a key it carries itself, which anyone could make.',
    fix: `${REISSUE}, naming (kid) a key published in their own DID document.`,
  },
  jwt_kid_not_bound: {
    problem:
      'The JWT names (kid) a key at a web address that is neither on the issuer’s own site nor listed in the issuer’s profile, so anyone could have published it.',
    fix: 'Ask your issuer to serve the key from their own domain, or to list its address in their issuer profile.',
  },
  jwt_claims_invalid: {
    problem: 'The JWT’s claims are not valid for a credential.',
    fix: `${REISSUE} following W3C VC-JOSE-COSE.`,
  },
  jwt_claim_mismatch: {
    problem: 'The JWT’s claims contradict the credential inside it.',
    fix: `${REISSUE} so that iss, sub and jti agree with issuer, credentialSubject.id and id.`,
  },
  key_too_weak: {
    problem: 'The credential is signed with a key too weak to trust.',
    fix: `${REISSUE} with a stronger key (RSA of 2048 bits or more, or Ed25519).`,
  },
  // key
  key_unresolved: {
    problem: 'Credlens could not find the public key that signed this credential.',
    fix: 'Ask your issuer to check that their DID document (or key URL) is online and publishes the key named in the proof’s verificationMethod.',
  },
  key_malformed: {
    problem: 'The issuer’s public key is malformed (wrong length or encoding).',
    fix: 'Ask your issuer to fix the key in their DID document and check it against the signing key.',
  },
  key_not_assertion_method: {
    problem:
      'Your issuer’s DID document does not list this key under assertionMethod, so the key is not authorised to issue credentials.',
    fix: 'Ask your issuer to add the key’s id to assertionMethod in their DID document. Your credential itself needs no change.',
  },
  key_private_exposed: {
    problem: 'Your issuer publishes a private key: anyone could sign credentials in their name.',
    fix: 'Tell your issuer at once: they must remove the private key, switch to a new key and re-issue.',
  },
  did_method_unsupported: {
    problem: 'The issuer’s identifier uses a DID method Credlens cannot resolve.',
    fix: 'Ask your issuer whether they can sign with did:web, did:key or did:jwk, or an https key URL.',
  },
  controller_document_invalid: {
    problem:
      'Your issuer’s DID document is invalid: its id or the key’s controller does not match.',
    fix: 'Ask your issuer to make the document’s id equal its DID and each key’s controller equal that id.',
  },
  fetch_blocked_url: fetched(
    'is not at a public https address, so Credlens will not fetch it.',
    'Use the https link your issuer gave you, or drop the credential file here.',
    'Ask your issuer to publish it at a public https address.',
  ),
  fetch_blocked_private_host: fetched(
    'is on a private or local network address (such as localhost, 10.x, 192.168.x or an intranet name), which Credlens never contacts.',
    'Use the credential’s public https link, or download the file and drop it here. Addresses inside a home, office or cloud network cannot be checked from outside it.',
    'Ask your issuer to publish it at a public https address with a real domain name (a did:web too must name a public domain); private, loopback and .local/.internal addresses only work inside their own network.',
  ),
  fetch_timeout: fetched(
    'took too long to answer.',
    'Try again in a minute. If it keeps happening, the host is slow or down.',
    'Try again in a minute. If it keeps happening, tell your issuer their server is slow or down.',
  ),
  fetch_failed: fetched(
    'could not be reached.',
    'Check the address and your connection, then try again.',
    'Check your connection and try again. If it persists, tell your issuer their server is unreachable.',
  ),
  response_too_large: fetched(
    'is larger than Credlens downloads.',
    'Check the link points to the credential, not a large file; or drop the file here.',
    'Ask your issuer to keep it small (Credlens reads up to 512 KB).',
  ),
  http_error: fetched(
    'answered with an error (such as 404 Not Found).',
    'Check the link is the credential’s public link and that sharing is switched on.',
    'Tell your issuer the address answers with an error; it must be public.',
  ),
  content_type_invalid: fetched(
    'does not serve credential data (it looks like a web page).',
    'Use the link to the credential data itself (JSON, JWT or badge image), not the page showing it. Or download it and drop the file here.',
    'Ask your issuer to serve it as application/json (or application/did+json).',
  ),
  too_many_redirects: fetched(
    'redirects too many times.',
    'Open the link in your browser and use the final address instead.',
    'Tell your issuer to serve it without a redirect chain.',
  ),
  response_not_json: fetched(
    'is not JSON.',
    'Use the link to the credential data itself, or drop the downloaded file here.',
    'Tell your issuer it must serve JSON there.',
  ),
  // hosted (Open Badges 2.0)
  hosted_id_mismatch: {
    problem: 'The issuing platform does not serve this badge at its own address.',
    fix: 'Use the badge’s current link on your issuer’s platform. If the badge was moved or deleted, ask the issuer to restore it.',
  },
  hosted_origin_not_allowed: {
    problem: 'The badge is hosted somewhere your issuer does not issue from.',
    fix: 'Use the copy on your issuer’s own platform, or ask them for a signed Open Badges 3.0 credential.',
  },
  // holder name
  holder_name_absent: {
    problem: 'The credential does not name its holder, so a recruiter cannot tell it is yours.',
    fix: `${REISSUE} with your name in credentialSubject.name (or a hashed email identifier).`,
  },
  holder_mismatch: {
    problem: 'The credential is in a different name from the one it was checked against.',
    fix: 'If the name on it is yours (a former or other name), say so where you show it, or ask your issuer to re-issue it in the name you use now.',
  },
  // recipient
  recipient_mismatch: {
    problem: 'The credential was issued to a different identity.',
    fix: 'If it is yours under another email address, ask your issuer to re-issue it to the address you use.',
  },
  recipient_absent: {
    problem: 'The credential names no recipient, so it cannot be tied to you.',
    fix: `${REISSUE} with your identity (a hashed email address is enough).`,
  },
  recipient_hash_unsupported: {
    problem: 'The recipient is hashed with an algorithm Credlens cannot check.',
    fix: `${REISSUE} with the recipient hashed using sha256.`,
  },
  // issuer binding
  key_issuer_mismatch: {
    problem: 'It is signed with a key that belongs to someone other than the issuer named on it.',
    fix: 'Ask your issuer to sign with their own key, or to name as issuer the DID that controls the signing key.',
  },
  // validity
  expired: {
    problem: 'The credential has expired, so recruiters will see “Expired”.',
    fix: 'Ask your issuer to renew it, or take it off your profile if it is no longer current.',
  },
  not_yet_valid: {
    problem: 'The credential is not valid yet: its start date is in the future.',
    fix: 'Wait until it starts. If the date is wrong (a time-zone slip is common), ask your issuer to correct validFrom. Also check your computer’s clock.',
  },
  date_invalid: {
    problem: 'A date in the credential is unreadable or impossible.',
    fix: `${REISSUE} with ISO 8601 dates including a time zone, such as 2026-01-20T00:00:00Z.`,
  },
  // status
  status_revoked: {
    problem: 'Your issuer has revoked this credential.',
    fix: 'Contact your issuer: if it was a mistake, they can reinstate it or issue a new one. Do not share it meanwhile.',
  },
  status_suspended: {
    problem: 'Your issuer has suspended this credential.',
    fix: 'Contact your issuer to find out why and when it will be reinstated.',
  },
  status_unreachable: {
    problem:
      'Your issuer’s revocation list could not be reached, so Credlens cannot tell whether it was revoked.',
    fix: 'Try again later. If it persists, tell your issuer that the statusListCredential address is down.',
  },
  status_list_invalid: {
    problem: 'Your issuer’s revocation list cannot be trusted (unsigned, malformed or expired).',
    fix: 'Ask your issuer to publish a revocation list signed with their own key.',
  },
  status_entry_invalid: {
    problem: 'The credential’s revocation entry (credentialStatus) is malformed.',
    fix: `${REISSUE} with a complete credentialStatus entry.`,
  },
  status_unsupported: {
    problem: 'The credential uses a revocation method Credlens cannot check.',
    fix: 'Ask your issuer whether they can use the W3C BitstringStatusList or the 1EdTech revocation list.',
  },
  // presentation (the learner is its holder)
  key_not_authentication: {
    problem:
      'The DID document that signed the presentation does not list this key under authentication, so the key cannot sign presentations.',
    fix: 'Sign the presentation with a key your DID document lists under authentication (your wallet does this for did:key), or add the key to authentication.',
  },
  presentation_unsigned: {
    problem:
      'The presentation is not signed by its holder, so nothing shows that the person presenting these credentials is the one they were issued to.',
    fix: 'Create the presentation in your wallet, which signs it with your own key; or share each credential on its own.',
  },
  presentation_purpose_invalid: {
    problem:
      'The presentation is signed, but not for authentication, so the signature does not vouch for who presents it.',
    fix: 'Sign the presentation again with proofPurpose "authentication" (wallets do this when they present).',
  },
  holder_key_mismatch: {
    problem: 'The presentation is signed with a key that does not belong to the holder it names.',
    fix: 'Sign the presentation with the key of the DID named as holder, or name as holder the DID whose key signed it.',
  },
  challenge_mismatch: {
    problem:
      'The presentation answers another challenge than the one asked for: it was made for a different request, or replayed.',
    fix: 'Create a new presentation for this request, signed over the challenge the verifier gave you.',
  },
  challenge_missing: {
    problem:
      'The verifier asked for a challenge, but the presentation’s signature covers none, so it could be a replay.',
    fix: 'Create a new presentation that includes the verifier’s challenge in its proof.',
  },
  challenge_unchecked: {
    problem: 'The presentation carries a challenge, but none was expected, so it was not compared.',
    fix: 'Nothing to fix. A verifier that wants to rule out replays gives its own challenge.',
    severity: 'info',
  },
  domain_mismatch: {
    problem: 'The presentation was made for another verifier (its domain differs).',
    fix: 'Create a new presentation for this verifier, with its domain.',
  },
  domain_missing: {
    problem: 'The verifier asked for its domain, but the presentation’s signature names none.',
    fix: 'Create a new presentation that includes the verifier’s domain in its proof.',
  },
  domain_unchecked: {
    problem: 'The presentation names a domain, but none was expected, so it was not compared.',
    fix: 'Nothing to fix. A verifier that wants presentations meant only for it gives its domain.',
    severity: 'info',
  },
  credential_not_bound_to_holder: {
    problem: 'A credential in the presentation was issued to someone other than its holder.',
    fix: 'Present only credentials issued to you, with your DID as holder; if one is yours under another identifier, ask its issuer to re-issue it to the DID you present with.',
  },
  credential_subject_unidentified: {
    problem:
      'A credential in the presentation names no subject id, so it cannot be tied to the holder who presents it.',
    fix: 'Ask the issuer to re-issue it with your DID as credentialSubject.id, or share that credential on its own.',
  },
  credential_invalid: {
    problem: 'A credential in the presentation is invalid (or not a credential at all).',
    fix: 'Check that credential on its own here to see why, and present the original, unedited copy.',
  },
  credential_revoked: {
    problem: 'A credential in the presentation has been revoked by its issuer.',
    fix: 'Remove it from the presentation, and contact its issuer if the revocation is a mistake.',
  },
  credential_suspended: {
    problem: 'A credential in the presentation is suspended by its issuer.',
    fix: 'Remove it from the presentation until its issuer reinstates it.',
  },
  credential_expired: {
    problem: 'A credential in the presentation has expired.',
    fix: 'Remove it from the presentation, or ask its issuer to renew it.',
  },
  credential_unverifiable: {
    problem: 'A credential in the presentation could not be checked.',
    fix: 'Check that credential on its own here to see why; recruiters see the whole presentation as “Could not check” until it can be.',
  },
  internal_error: {
    problem: 'Credlens hit an unexpected problem while checking.',
    fix: 'Try again. If it repeats, report it to Credlens (the credential type only, not the credential).',
  },
};
