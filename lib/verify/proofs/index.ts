// Public surface of lib/verify/proofs: Data Integrity proofs (vc-data-integrity, vc-di-eddsa,
// vc-di-ecdsa) and the Ed25519 policy every engine follows.

/** The Ed25519 engine a host plugs in, and the key rule all engines share (RFC 8032). */
export {
  type Ed25519Verifier,
  isAcceptedEd25519Key,
  type SignatureOutcome,
} from './ed25519';
/** The SHA-2 a host may plug in for a proof's hash data. */
export type { HashAlgorithm, TextDigest } from './hash-data';
/** Imported public keys, reused across verifications. */
export { createKeyCache, type KeyCache } from './key-cache';
/** Every embedded proof verified, with a report per proof for the issuer-binding rule. */
export { type ProofReport, verifyProofs } from './verify-proofs';
