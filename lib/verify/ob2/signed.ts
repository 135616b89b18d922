// Open Badges 2.0 signed verification (OB 2.0 §Verification, "signed"): a compact JWS (RS256)
// whose `verification.creator` names a CryptographicKey. The signature must verify, and the key
// must be one the issuer's own Profile lists and that names the issuer as its owner: then the
// issuer check is `issuer_bound` and the verdict can be "verified".

import { compactVerify, importSPKI } from 'jose';
import { asRecord, clip } from '../../shared/text';
import type { ParsedJws } from '../jwt';
import { type Check, check } from '../result';
import { finishAssertion } from './assertion';
import type { Ob2Context } from './context';
import { loadBadgeAndIssuer, loadCryptographicKey } from './documents';
import { type IssuerProfile, stringsOf } from './schemas';
import type { Ob2Verification } from './verification';

/** Verifies a signed assertion given as its parsed JWS. */
export async function verifySigned(jws: ParsedJws, context: Ob2Context): Promise<Ob2Verification> {
  const assertion = jws.payload;
  const creator = asRecord(assertion.verification ?? assertion.verify)?.creator;
  const result = (checks: Check[]): Ob2Verification => ({ checks, assertion, securing: 'jose' });
  if (jws.header.alg !== 'RS256')
    return result([
      check(
        'proof',
        'unknown',
        'jwt_algorithm_unsupported',
        `signed badges use RS256, not ${clip(jws.header.alg)}`,
      ),
    ]);
  if (typeof creator !== 'string')
    return result([
      check(
        'key',
        'unknown',
        'key_unresolved',
        'the signed badge names no verification.creator key',
      ),
    ]);
  const { badge, issuer, checks } = await loadBadgeAndIssuer(assertion, context);
  const read = { ...result(checks), badge, issuer: issuer?.document };
  const key = await loadCryptographicKey(creator, context);
  if ('problem' in key) return { ...read, checks: [...checks, key.problem] };
  checks.push(check('key', 'pass', 'key_resolved', clip(creator)));
  checks.push(await signatureCheck(jws, key.pem));
  checks.push(issuerCheck(creator, key.owner, issuer?.profile));
  checks.push(...(await finishAssertion(assertion, issuer?.profile, context)));
  return read;
}

/** Whether the signing key is the issuer's: listed in its Profile, and naming it as owner. */
function issuerCheck(
  creator: string,
  owner: string | undefined,
  issuer: IssuerProfile | undefined,
): Check {
  if (issuer === undefined)
    return check(
      'issuer',
      'unknown',
      'key_unresolved',
      'the issuer profile could not be read to confirm the key',
    );
  const authorised =
    owner !== undefined &&
    owner === issuer.id &&
    // Policy: the issuer's own Profile must list the key; a key naming its owner proves nothing.
    stringsOf(issuer.publicKey).includes(creator);
  return authorised
    ? check(
        'issuer',
        'pass',
        'issuer_bound',
        `the key belongs to the issuer ${clip(String(issuer.id))}`,
      )
    : check(
        'issuer',
        'fail',
        'key_issuer_mismatch',
        "the signing key is not one the issuer's profile lists as its own",
      );
}

async function signatureCheck(jws: ParsedJws, pem: string): Promise<Check> {
  try {
    await compactVerify(jws.compact, await importSPKI(pem, 'RS256'), { algorithms: ['RS256'] });
    return check('proof', 'pass', 'signature_valid', 'RS256 signature is valid');
  } catch {
    return check(
      'proof',
      'fail',
      'signature_invalid',
      'the RS256 signature does not match the assertion',
    );
  }
}
