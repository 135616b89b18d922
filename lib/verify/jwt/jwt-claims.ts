// Turns a JWT payload into the credential it secures. VC 1.1 JWT encoding (vc-data-model v1.1
// §6.3.1): the `vc` claim plus iss/nbf/exp/jti/sub mapped to issuer/issuanceDate/
// expirationDate/id/credentialSubject.id — a claim that contradicts the credential is a
// failure. VC 2.0 with JOSE (VC-JOSE-COSE §3.1.1): the payload is the credential; `vc`/`vp`
// claims must not be present; registered claims that are present must agree with it.

import { asRecord } from '../../shared/text';
import { VC_V1_CONTEXT, VC_V2_CONTEXT } from '../formats';
import { type Check, check } from '../result';

export type JwtCredential = { credential: Record<string, unknown>; checks: Check[] };

/** The credential a JWT payload carries, with a `proof`-level check for every claim conflict. */
export function credentialFromJwtPayload(payload: Record<string, unknown>): JwtCredential | Check {
  // VC-JOSE-COSE §3.1.1: a VC 2.0 payload must not carry vc or vp claims.
  if (payload['@context'] !== undefined && ('vc' in payload || 'vp' in payload)) {
    return check(
      'proof',
      'fail',
      'jwt_claims_invalid',
      'a VC 2.0 JWT must not carry vc or vp claims',
    );
  }
  if ('vp' in payload) {
    return check(
      'format',
      'fail',
      'not_a_credential',
      'the JWT holds a presentation (vp claim), not a credential',
    );
  }
  const vc = payload.vc;
  if (vc !== undefined) {
    const claim = asRecord(vc);
    if (claim === undefined)
      return check('format', 'fail', 'not_a_credential', 'the vc claim is not an object');
    return mapVc11(payload, claim);
  }
  const first = Array.isArray(payload['@context']) ? payload['@context'][0] : payload['@context'];
  if (first !== VC_V2_CONTEXT && first !== VC_V1_CONTEXT) {
    return check(
      'format',
      'fail',
      'not_a_credential',
      'the JWT payload is neither a VC 1.1 vc claim nor a VC 2.0 credential',
    );
  }
  const { iss, jti, sub, nbf, exp, iat, aud: _aud, cnf: _cnf, ...credential } = payload;
  const checks = [
    agree('iss', iss, issuerId(credential.issuer)),
    agree('jti', jti, credential.id),
    agree('sub', sub, subjectId(credential.credentialSubject)),
  ].filter((c): c is Check => c !== undefined);
  if (typeof exp === 'number' && credential.validUntil === undefined)
    credential.validUntil = toDateTime(exp);
  if (typeof nbf === 'number' && credential.validFrom === undefined)
    credential.validFrom = toDateTime(nbf);
  void iat;
  return { credential, checks };
}

/**
 * The JWT's own window (RFC 7519 §4.1.4–5): `exp` and `nbf` bound the signature whatever the
 * credential's dates say, so a passed `exp` is expiry and a future `nbf` is not yet valid.
 */
export function jwtTimeChecks(
  payload: Record<string, unknown>,
  now: Date,
  skewMs: number,
): Check[] {
  const checks: Check[] = [];
  const time = now.getTime();
  if (typeof payload.exp === 'number' && payload.exp * 1000 + skewMs < time) {
    checks.push(
      check(
        'validity',
        'fail',
        'expired',
        `the JWT expired on ${toDateTime(payload.exp) ?? payload.exp}`,
      ),
    );
  }
  if (typeof payload.nbf === 'number' && payload.nbf * 1000 - skewMs > time) {
    checks.push(
      check(
        'validity',
        'fail',
        'not_yet_valid',
        `the JWT is not valid before ${toDateTime(payload.nbf) ?? payload.nbf}`,
      ),
    );
  }
  return checks;
}

function mapVc11(payload: Record<string, unknown>, vc: Record<string, unknown>): JwtCredential {
  const credential: Record<string, unknown> = { ...vc };
  const checks: Check[] = [];
  const adopt = (
    claim: string,
    value: unknown,
    member: string,
    current: unknown,
    set: (v: unknown) => void,
  ) => {
    if (value === undefined) return;
    if (current === undefined) set(value);
    else {
      const conflict = agree(claim, value, current, member);
      if (conflict !== undefined) checks.push(conflict);
    }
  };
  adopt('iss', payload.iss, 'issuer', issuerId(vc.issuer), (v) => {
    credential.issuer = v;
  });
  adopt('jti', payload.jti, 'id', vc.id, (v) => {
    credential.id = v;
  });
  const subject = Array.isArray(vc.credentialSubject)
    ? vc.credentialSubject[0]
    : vc.credentialSubject;
  adopt('sub', payload.sub, 'credentialSubject.id', subjectId(subject), (v) => {
    if (typeof subject === 'object' && subject !== null)
      credential.credentialSubject = { ...(subject as object), id: v };
  });
  // A VC 2.0 credential inside a vc claim names its window validFrom/validUntil.
  const isV2 =
    (Array.isArray(vc['@context']) ? vc['@context'][0] : vc['@context']) === VC_V2_CONTEXT;
  const [fromName, untilName] = isV2
    ? ['validFrom', 'validUntil']
    : ['issuanceDate', 'expirationDate'];
  const nbf = typeof payload.nbf === 'number' ? toDateTime(payload.nbf) : undefined;
  adopt('nbf', nbf, fromName, sameInstant(vc[fromName], nbf), (v) => {
    credential[fromName] = v;
  });
  const exp = typeof payload.exp === 'number' ? toDateTime(payload.exp) : undefined;
  adopt('exp', exp, untilName, sameInstant(vc[untilName], exp), (v) => {
    credential[untilName] = v;
  });
  return { credential, checks };
}

function agree(
  claim: string,
  value: unknown,
  member: unknown,
  name = claimMember(claim),
): Check | undefined {
  if (value === undefined || member === undefined || value === member) return undefined;
  return check(
    'proof',
    'fail',
    'jwt_claim_mismatch',
    `the JWT ${claim} claim contradicts the credential's ${name}`,
  );
}

function claimMember(claim: string): string {
  return { iss: 'issuer', jti: 'id', sub: 'credentialSubject.id' }[claim] ?? claim;
}

/** A dateTime string when it denotes the same second as `reference`, so the comparison ignores formatting. */
function sameInstant(value: unknown, reference: string | undefined): unknown {
  if (typeof value !== 'string' || reference === undefined) return value;
  return Math.floor(Date.parse(value) / 1000) === Math.floor(Date.parse(reference) / 1000)
    ? reference
    : value;
}

function issuerId(issuer: unknown): unknown {
  return typeof issuer === 'object' && issuer !== null ? asRecord(issuer)?.id : issuer;
}

function subjectId(subject: unknown): unknown {
  const first = Array.isArray(subject) ? subject[0] : subject;
  return asRecord(first)?.id;
}

function toDateTime(seconds: number): string | undefined {
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().replace('.000Z', 'Z');
}
