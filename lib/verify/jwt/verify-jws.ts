// Verifies the JOSE securing of a credential (VC-JOSE-COSE §3.1, VC 1.1 §6.3.1; STANDARDS §7.3):
// header rules, an allow-list of algorithms, the signing key found through `kid` (DID URL,
// controller document, or the issuer's JWKS) and bound to the issuer exactly as for Data
// Integrity, or an https kid serving a bare JWK (kid-url.ts), then the signature through jose
// (ES256K through @noble/curves, es256k.ts). A key embedded in the header counts only when it is
// provably the issuer's.

import { calculateJwkThumbprint, compactVerify, importJWK, type JWK } from 'jose';
import { JwkSchema, JwkSetSchema } from '../keys';
import type { ProofReport } from '../proofs';
import { type Check, check } from '../result';
import { verifyEs256k } from './es256k';
import type { FoundKey, JwsKeyContext, KeyProblem } from './jws-key';
import { fromKidUrl } from './kid-url';
import { jwkOfMethod } from './method-jwk';
import type { ParsedJws } from './parse-jws';

const ALLOWED_TYP = new Set([
  'jwt',
  'vc+jwt',
  'vc+ld+jwt',
  'vc+ld+json+jwt',
  'application/vc+jwt',
  'application/vc+ld+json+jwt',
]);
const ALLOWED_CTY = new Set(['vc', 'vc+ld+json', 'application/vc', 'application/vc+ld+json']);
/** The same media types for a presentation (VC-JOSE-COSE §3.2: `vp+jwt`, `cty: vp`). */
const PRESENTATION_TYP = new Set([
  'jwt',
  'vp+jwt',
  'vp+ld+jwt',
  'vp+ld+json+jwt',
  'application/vp+jwt',
  'application/vp+ld+json+jwt',
]);
const PRESENTATION_CTY = new Set(['vp', 'vp+ld+json', 'application/vp', 'application/vp+ld+json']);
/** alg → the key it needs. `none` and HMAC are refused outright: a shared secret proves nothing. */
const ALGORITHMS: Record<string, { kty: string; crv?: string }> = {
  EdDSA: { kty: 'OKP', crv: 'Ed25519' },
  Ed25519: { kty: 'OKP', crv: 'Ed25519' },
  ES256: { kty: 'EC', crv: 'P-256' },
  ES384: { kty: 'EC', crv: 'P-384' },
  // RFC 8812 §3.2; checked with @noble/curves (es256k.ts), since WebCrypto has no secp256k1.
  ES256K: { kty: 'EC', crv: 'secp256k1' },
  RS256: { kty: 'RSA' },
  PS256: { kty: 'RSA' },
};
const MIN_RSA_BITS = 2048;

export type { JwsKeyContext } from './jws-key';

/** Checks header, key and signature; the result joins the pipeline like a Data Integrity proof. */
export async function verifyJws(jws: ParsedJws, context: JwsKeyContext): Promise<ProofReport> {
  const report = (checks: Check[], extra: Partial<ProofReport> = {}): ProofReport => ({
    index: 0,
    type: `JWS ${jws.header.alg.slice(0, 16)}`,
    supported: true,
    signatureValid: false,
    checks,
    ...extra,
  });
  const headerProblem = checkHeader(jws, context.presentation === true);
  if (headerProblem !== undefined)
    return report([headerProblem], { supported: headerProblem.outcome !== 'unknown' });
  const found = await findKey(jws, context);
  if ('outcome' in found)
    return report([
      check('key', found.outcome, found.code, found.detail),
      check('proof', 'skipped', 'proof_skipped_no_key', 'not checked without the key'),
    ]);
  const keyCheck = check('key', 'pass', 'key_resolved', found.label);
  const expected = ALGORITHMS[jws.header.alg] as { kty: string; crv?: string };
  if (
    found.jwk.kty !== expected.kty ||
    (expected.crv !== undefined && found.jwk.crv !== expected.crv)
  ) {
    return report([
      keyCheck,
      check(
        'proof',
        'fail',
        'jwt_key_mismatch',
        `${jws.header.alg} cannot be used with a ${String(found.jwk.kty)} ${String(found.jwk.crv ?? '')} key`,
      ),
    ]);
  }
  if (expected.kty === 'RSA' && rsaBits(found.jwk) < MIN_RSA_BITS) {
    return report([
      keyCheck,
      check('proof', 'fail', 'key_too_weak', `RSA keys must have at least ${MIN_RSA_BITS} bits`),
    ]);
  }
  const valid = await verifySignature(jws, found.jwk);
  const signatureCheck = valid
    ? check('proof', 'pass', 'signature_valid', `JWS ${jws.header.alg} signature is valid`)
    : check(
        'proof',
        'fail',
        'signature_invalid',
        `JWS ${jws.header.alg} signature does not match the ${context.presentation === true ? 'presentation' : 'credential'}`,
      );
  const checks = [keyCheck, signatureCheck];
  if (found.unbound !== undefined)
    checks.push(
      check(
        context.presentation === true ? 'holder' : 'issuer',
        found.unbound.outcome,
        found.unbound.code,
        found.unbound.detail,
      ),
    );
  return report(checks, {
    signatureValid: valid,
    ...(found.unbound === undefined ? { controller: found.controller } : {}),
  });
}

function checkHeader(jws: ParsedJws, presentation: boolean): Check | undefined {
  const { alg, typ, cty, crit } = jws.header;
  const [allowedTyp, allowedCty, kind] = presentation
    ? [PRESENTATION_TYP, PRESENTATION_CTY, 'presentation']
    : [ALLOWED_TYP, ALLOWED_CTY, 'credential'];
  if (alg === 'none' || /^HS\d+$/i.test(alg))
    return check(
      'proof',
      'fail',
      'jwt_algorithm_not_allowed',
      `alg ${alg.slice(0, 16)} is never accepted`,
    );
  if (ALGORITHMS[alg] === undefined)
    return check(
      'proof',
      'unknown',
      'jwt_algorithm_unsupported',
      `alg ${alg.slice(0, 16)} is not supported`,
    );
  if (typ !== undefined && !allowedTyp.has(typ.toLowerCase()))
    return check('proof', 'fail', 'jwt_header_invalid', `typ "${typ}" is not a ${kind} media type`);
  if (cty !== undefined && !allowedCty.has(cty.toLowerCase()))
    return check(
      'proof',
      'fail',
      'jwt_header_invalid',
      `cty "${cty}" is not a ${kind} content type`,
    );
  // VC-JOSE-COSE §3.1.1/§3.2.1: under these media types the payload is the credential
  // (presentation) itself, so a VC 1.1 `vc`/`vp` claim means the JWT is not what typ says.
  if (
    typ !== undefined &&
    typ.toLowerCase() !== 'jwt' &&
    ('vc' in jws.payload || 'vp' in jws.payload)
  )
    return check(
      'proof',
      'fail',
      'jwt_claims_invalid',
      `typ "${typ}" makes the payload the ${kind} itself: the vc and vp claims must not be present`,
    );
  if (crit !== undefined)
    return check(
      'proof',
      'fail',
      'jwt_header_invalid',
      'the JWS requires extensions (crit) Credlens does not understand',
    );
  if (jws.signature.length === 0)
    return check('proof', 'fail', 'signature_invalid', 'the JWS has no signature');
  return undefined;
}

async function findKey(jws: ParsedJws, context: JwsKeyContext): Promise<FoundKey | KeyProblem> {
  const { kid, jwk: headerJwk } = jws.header;
  if (headerJwk !== undefined && 'd' in headerJwk)
    return {
      outcome: 'fail',
      code: 'key_private_exposed',
      detail: 'the JWT header contains a private key',
    };
  const methodId = methodIdFor(kid, context.issuerId);
  if (methodId === undefined) {
    if (headerJwk === undefined)
      return {
        outcome: 'unknown',
        code: 'key_unresolved',
        detail: 'the JWT names no key (no kid or jwk)',
      };
    const whose = context.presentation === true ? 'holder' : 'issuer';
    return {
      jwk: headerJwk as JWK,
      controller: '',
      label: 'key embedded in the JWT header',
      unbound: {
        outcome: 'fail',
        code: 'jwt_key_not_bound',
        detail: `the key travels inside the JWT header and nothing ties it to the ${whose}`,
      },
    };
  }
  const resolved = methodId.startsWith('jwks:')
    ? await fromJwks(methodId.slice(5), context)
    : ((/^https:\/\/[^#]*$/i.test(methodId) ? await fromKidUrl(methodId, context) : undefined) ??
      (await fromMethod(methodId, context)));
  if ('outcome' in resolved) return resolved;
  const headerKey = headerJwk === undefined ? undefined : JwkSchema.safeParse(headerJwk);
  if (
    headerKey !== undefined &&
    (!headerKey.success || (await thumbprint(headerKey.data)) !== (await thumbprint(resolved.jwk)))
  ) {
    return {
      outcome: 'fail',
      code: 'jwt_key_mismatch',
      detail: 'the header jwk is not the key kid names',
    };
  }
  return resolved;
}

/** Which method to dereference: kid as a DID URL / URL, `#frag` against the issuer, an opaque kid in the issuer's JWKS. */
function methodIdFor(kid: string | undefined, issuerId: string): string | undefined {
  if (kid !== undefined) {
    if (kid.startsWith('#')) return `${issuerId}${kid}`;
    if (/^(did:|https?:\/\/)/.test(kid)) return kid;
    return /^https:\/\//.test(issuerId) ? `jwks:${kid}` : undefined;
  }
  if (issuerId.startsWith('did:jwk:')) return `${issuerId}#0`;
  if (issuerId.startsWith('did:key:')) return `${issuerId}#${issuerId.slice('did:key:'.length)}`;
  return undefined;
}

async function fromMethod(
  methodId: string,
  context: JwsKeyContext,
): Promise<FoundKey | KeyProblem> {
  const resolved = await context.resolveMethod(methodId);
  if (!resolved.ok)
    return {
      outcome: resolved.error.outcome,
      code: resolved.error.code,
      detail: resolved.error.detail,
    };
  const jwk = jwkOfMethod(resolved.value.method);
  if (jwk === undefined)
    return {
      outcome: 'fail',
      code: 'key_malformed',
      detail: 'the verification method has no usable public key',
    };
  return { jwk, controller: resolved.value.controller, label: methodId };
}

/** An opaque kid is looked up in the issuer origin's JWKS; that origin is what binds it. */
async function fromJwks(kid: string, context: JwsKeyContext): Promise<FoundKey | KeyProblem> {
  const url = `${new URL(context.issuerId).origin}/.well-known/jwks.json`;
  const fetched = await context.fetchJson(url);
  if (!fetched.ok)
    return {
      outcome: 'unknown',
      code: fetched.error.code,
      detail: `issuer JWKS: ${fetched.error.detail}`,
    };
  const set = JwkSetSchema.safeParse(fetched.value);
  const match = set.success
    ? set.data.keys
        .map((key) => JwkSchema.safeParse(key))
        .find((key) => key.success && key.data.kid === kid)?.data
    : undefined;
  if (match === undefined)
    return {
      outcome: 'fail',
      code: 'key_unresolved',
      detail: `the issuer's JWKS has no key ${kid.slice(0, 80)}`,
    };
  if ('d' in match)
    return {
      outcome: 'fail',
      code: 'key_private_exposed',
      detail: "the issuer's JWKS publishes a private key",
    };
  return {
    jwk: match,
    controller: context.issuerId,
    label: `${url} (kid ${kid.slice(0, 80)})`,
  };
}

async function verifySignature(jws: ParsedJws, jwk: JWK): Promise<boolean> {
  if (jws.header.alg === 'ES256K')
    return verifyEs256k({ signingInput: jws.signingInput, signature: jws.signature, jwk });
  try {
    const key = await importJWK(
      { ...jwk, alg: jws.header.alg },
      jws.header.alg === 'Ed25519' ? 'EdDSA' : jws.header.alg,
    );
    await compactVerify(jws.compact, key, { algorithms: [jws.header.alg] });
    return true;
  } catch {
    return false;
  }
}

async function thumbprint(jwk: JWK): Promise<string> {
  try {
    return await calculateJwkThumbprint(jwk);
  } catch {
    return `invalid:${JSON.stringify(jwk).slice(0, 64)}`;
  }
}

function rsaBits(jwk: JWK): number {
  if (typeof jwk.n !== 'string') return 0;
  const padding = jwk.n.endsWith('==') ? 2 : jwk.n.endsWith('=') ? 1 : 0;
  return Math.floor(((jwk.n.length - padding) * 6) / 8) * 8;
}
