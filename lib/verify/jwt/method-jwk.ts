// The JWK a JOSE signature is checked with, from a verification method in any encoding issuers
// publish (CID 1.0 §2.2): `publicKeyJwk` as is, Multikey Ed25519 (`z6Mk…`) or secp256k1
// (`zQ3s…`), and the legacy Ed25519 forms (keys/legacy-keys.ts: Ed25519VerificationKey2018
// `publicKeyBase58`, raw 32-byte Ed25519VerificationKey2020 `publicKeyMultibase`).

import { base64urlnopad } from '@scure/base';
import type { JWK } from 'jose';
import {
  decodeEd25519Multikey,
  decodeLegacyEd25519Key,
  decodeSecp256k1Multikey,
  isSecp256k1Multikey,
  JwkSchema,
  secp256k1Jwk,
} from '../keys';

/** The method's public key as a JWK, or undefined when it has no key Credlens can read. */
export function jwkOfMethod(method: Record<string, unknown>): JWK | undefined {
  const jwk = JwkSchema.safeParse(method.publicKeyJwk);
  if (jwk.success) return jwk.data;
  const legacy = decodeLegacyEd25519Key(method);
  if (legacy !== undefined) return legacy.ok ? okpJwk(legacy.value.bytes) : undefined;
  if (typeof method.publicKeyMultibase !== 'string') return undefined;
  if (isSecp256k1Multikey(method.publicKeyMultibase)) {
    const key = decodeSecp256k1Multikey(method.publicKeyMultibase);
    return key.ok ? secp256k1Jwk(key.value) : undefined;
  }
  const key = decodeEd25519Multikey(method.publicKeyMultibase);
  return key.ok ? okpJwk(key.value.bytes) : undefined;
}

function okpJwk(bytes: Uint8Array): JWK {
  return { kty: 'OKP', crv: 'Ed25519', x: base64urlnopad.encode(bytes) };
}
