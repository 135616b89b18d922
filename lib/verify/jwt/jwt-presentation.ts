// Turns a JWT payload into the presentation it secures. VC 1.1 JWT encoding (vc-data-model
// v1.1 §6.3.1): the `vp` claim, with `iss` the holder and `jti` its id; VC 2.0 with JOSE
// (VC-JOSE-COSE §3.2): the payload is the presentation, without `vc`/`vp` claims. Either way
// `nonce` is the verifier's challenge and `aud` its domain (RFC 7519 §4.1.3).

import { asRecord } from '../../shared/text';
import { typesOf, VC_V1_CONTEXT, VC_V2_CONTEXT } from '../formats';
import { type Check, check } from '../result';

export type JwtPresentation = {
  document: Record<string, unknown>;
  /** What the holder signed for the verifier: `nonce` and `aud`. */
  signed: { challenge?: unknown; domain?: unknown };
  /** A `proof` check for every claim that contradicts the presentation. */
  checks: Check[];
};

/** True when a JWT payload carries a presentation rather than a credential. */
export function isJwtPresentation(payload: Record<string, unknown>): boolean {
  if (typesOf(payload.type).includes('VerifiablePresentation')) return true;
  return payload['@context'] === undefined && 'vp' in payload;
}

/** The presentation a JWT payload carries, or the check saying why it carries none. */
export function presentationFromJwtPayload(
  payload: Record<string, unknown>,
): JwtPresentation | Check {
  const {
    iss,
    jti,
    nonce,
    aud,
    vp,
    vc,
    sub: _sub,
    nbf: _nbf,
    exp: _exp,
    iat: _iat,
    cnf: _cnf,
    ...rest
  } = payload;
  const signed = { challenge: nonce, domain: aud };
  let document: Record<string, unknown>;
  if (payload['@context'] === undefined) {
    const claim = asRecord(vp);
    if (claim === undefined)
      return check('format', 'fail', 'not_a_credential', 'the vp claim is not an object');
    document = { ...claim };
  } else {
    // VC-JOSE-COSE §3.1.1 and §3.2.1: a VC 2.0 payload must not carry vc or vp claims.
    if (vp !== undefined || vc !== undefined)
      return check(
        'proof',
        'fail',
        'jwt_claims_invalid',
        'a VC 2.0 JWT must not carry vc or vp claims',
      );
    const first = Array.isArray(payload['@context']) ? payload['@context'][0] : payload['@context'];
    if (first !== VC_V2_CONTEXT && first !== VC_V1_CONTEXT)
      return check(
        'format',
        'fail',
        'not_a_credential',
        'the JWT payload is neither a vp claim nor a VC 2.0 presentation',
      );
    document = rest;
  }
  const checks: Check[] = [];
  adopt(document, 'holder', iss, checks, 'iss');
  adopt(document, 'id', jti, checks, 'jti');
  return { document, signed, checks };
}

/** Sets `member` from `claim` when absent; a claim that contradicts it is a failure. */
function adopt(
  document: Record<string, unknown>,
  member: string,
  value: unknown,
  checks: Check[],
  claim: string,
): void {
  if (value === undefined) return;
  const current = document[member];
  const currentId =
    typeof current === 'object' && current !== null ? asRecord(current)?.id : current;
  if (currentId === undefined) document[member] = value;
  else if (currentId !== value)
    checks.push(
      check(
        'proof',
        'fail',
        'jwt_claim_mismatch',
        `the JWT ${claim} claim contradicts the presentation's ${member}`,
      ),
    );
}
