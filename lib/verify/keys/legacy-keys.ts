// Ed25519 keys in the encodings that predate Multikey, for every proof suite (Data Integrity,
// Ed25519Signature2018/2020, JOSE): Ed25519VerificationKey2018 `publicKeyBase58` (raw 32 bytes,
// w3id.org/security/suites/ed25519-2018) and the pre-final Ed25519VerificationKey2020 draft whose
// `publicKeyMultibase` is base58btc of the raw 32 bytes without the 0xed01 multicodec header
// (DCC's did:web:digitalcredentials.github.io). Only the method's own type names the algorithm.

import { base58 } from '@scure/base';
import { err, ok, type Result } from '../../shared/result';

// The shapes of public-key.ts's Ed25519PublicKey and KeyError, restated so that public-key.ts can
// call this file without an import cycle.
type Ed25519PublicKey = { algorithm: 'Ed25519'; bytes: Uint8Array };
type KeyError = { code: 'key_malformed'; detail: string };

/** Key types whose name says the key is Ed25519, so raw 32 bytes are unambiguous. */
const ED25519_TYPES = new Set(['Ed25519VerificationKey2018', 'Ed25519VerificationKey2020']);

/**
 * The Ed25519 key of a method in a legacy encoding, or undefined when the method is not in one
 * (the caller then decodes Multikey / JWK as usual).
 *
 * - `publicKeyBase58` decodes to the key on an Ed25519VerificationKey2018 (or 2020) method; on
 *   any other type it is refused, since nothing says which curve the bytes belong to.
 * - `publicKeyMultibase` of exactly 32 bytes after base58btc decoding is the raw key on an
 *   Ed25519VerificationKey2020 method. A Multikey cannot be read that way: a Multikey value
 *   names its algorithm only through the multicodec header this form lacks. 32 bytes can never be
 *   a headered Ed25519 key (34 bytes), so the two forms cannot be confused.
 */
export function decodeLegacyEd25519Key(
  method: Record<string, unknown>,
): Result<Ed25519PublicKey, KeyError> | undefined {
  const type = typeof method.type === 'string' ? method.type : undefined;
  if (typeof method.publicKeyBase58 === 'string' && typeof method.publicKeyMultibase !== 'string') {
    if (type === undefined || !ED25519_TYPES.has(type))
      return err({
        code: 'key_malformed',
        detail: `publicKeyBase58 on a ${type === undefined ? 'typeless' : clipType(type)} method does not say which algorithm the key is for`,
      });
    return decodeRaw(method.publicKeyBase58, 'publicKeyBase58');
  }
  if (
    type === 'Ed25519VerificationKey2020' &&
    typeof method.publicKeyMultibase === 'string' &&
    method.publicKeyMultibase.startsWith('z')
  ) {
    const bytes = decodeBase58(method.publicKeyMultibase.slice(1));
    if (bytes?.length === 32) return ok({ algorithm: 'Ed25519', bytes });
  }
  return undefined;
}

function decodeRaw(value: string, name: string): Result<Ed25519PublicKey, KeyError> {
  const bytes = decodeBase58(value);
  if (bytes?.length !== 32)
    return err({ code: 'key_malformed', detail: `${name} is not a 32-byte Ed25519 key` });
  return ok({ algorithm: 'Ed25519', bytes });
}

function decodeBase58(value: string): Uint8Array | undefined {
  // base58 decoding is quadratic: refuse lengths no key needs.
  if (value.length === 0 || value.length > 128) return undefined;
  try {
    return base58.decode(value);
  } catch {
    return undefined;
  }
}

function clipType(type: string): string {
  return type.slice(0, 60);
}
