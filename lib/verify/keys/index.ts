// Public surface of key handling: DID methods, key decoding and verification-method retrieval.

/** did:key / did:jwk expansion and the did:web URL mapping. */
export { didWebToUrl, expandDidJwk, expandDidKey, type ControllerDocument } from './did-methods';
/** Public-key decoders for Multikey, JWK and base58 encodings. */
export {
  decodeBase58,
  decodeBase64url,
  decodeEd25519Jwk,
  decodeEd25519Multikey,
  encodeEd25519Multikey,
  publicKeyOfMethod,
  type Ed25519PublicKey,
} from './public-key';
/** CID 1.0 "Retrieve Verification Method" with the proof-purpose check. */
export {
  resolveVerificationMethod,
  type FetchJson,
  type KeyResolutionError,
  type ResolvedKey,
} from './resolve-verification-method';
