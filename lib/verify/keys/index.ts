// Public surface of key handling: DID methods, key decoding and verification-method retrieval.

/** did:key / did:jwk expansion and the did:web URL mapping. */
export { type ControllerDocument, didWebToUrl, expandDidJwk, expandDidKey } from './did-methods';
/** P-256 / P-384 keys for the ECDSA suites (Multikey and EC JWK). */
export {
  curveOf,
  decodeEcdsaMultikeyBytes,
  type EcdsaCurve,
  type EcdsaPublicKey,
  encodeEcdsaMultikey,
} from './ecdsa-key';
/** Legacy key forms: Ed25519VerificationKey2018 base58 and the raw 32-byte multibase. */
export { decodeLegacyEd25519Key } from './legacy-keys';
/** Public-key decoders for Multikey, JWK and base58 encodings. */
export {
  decodeBase58,
  decodeBase64url,
  decodeEd25519Jwk,
  decodeEd25519Multikey,
  decodeMultikey,
  type Ed25519PublicKey,
  encodeEd25519Multikey,
  publicKeyOfMethod,
  type VerificationKey,
} from './public-key';
/** The ids a verification relationship refers to (strings or embedded methods). */
export { referencedIds } from './references';
/** CID 1.0 "Retrieve Verification Method" with the proof-purpose check. */
export {
  type FetchJson,
  type KeyResolutionError,
  type ResolvedKey,
  type ResolvedMethod,
  type ResolveOptions,
  resolveMethod,
  resolveVerificationMethod,
} from './resolve-verification-method';
/** Schemas of fetched key documents: JWKs, JWK Sets, Profiles (RFC 7517, CID 1.0). */
export { JwkSchema, JwkSetSchema, ProfileSchema, type ServedJwk } from './schemas';
/** secp256k1 keys (ES256K): Multikey `zQ3s…` and JWK. */
export {
  decodeSecp256k1Jwk,
  decodeSecp256k1Multikey,
  isSecp256k1Multikey,
  secp256k1Jwk,
} from './secp256k1-key';
