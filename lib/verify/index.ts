// Public surface of lib/verify: the verification pipeline, its result vocabulary, and the
// pieces other parts of Credlens reuse (contexts, key helpers for fixtures and tests).

/** The largest input the verifier takes (a baked image); a host reads no further past it. */
export { MAX_IMAGE_BYTES } from './baked';
/** Caches a long-lived verifier keeps between verifications: spread into VerifyOptions. */
export { createVerifierCaches, type VerifierCaches } from './caches';
/** Bundled JSON-LD contexts and the offline loader. */
export { BUNDLED_CONTEXTS, createDocumentLoader, EXAMPLE_CONTEXTS } from './contexts';
/** Display summaries. */
export type { Alignment, CredentialSummary, IssuerSummary } from './formats';
/** Inputs the pipeline accepts, and its size limits. */
export {
  type CredentialFetchDeps,
  type CredentialInput,
  type FetchedCredential,
  fetchCredential,
  MAX_DEPTH,
  MAX_INPUT_BYTES,
  MAX_NODES,
} from './input';
/** Key encodings (used by fixtures and the CLI's key tooling). */
export { encodeEd25519Multikey } from './keys';
/**
 * A Verifiable Presentation's part of a result (VerificationResult.presentation): the holder its
 * proof authenticates and each presented credential's own result with a count of their verdicts
 * (VC Data Model 2.0 §4.13; vc-data-integrity §4.3 with proofPurpose authentication).
 */
export type { PresentationSummary } from './presentation';
/** Primitives a host may provide: Ed25519 (VerifyOptions.ed25519) and SHA-2 of text (VerifyOptions.digest). */
export type { Ed25519Verifier, HashAlgorithm, SignatureOutcome, TextDigest } from './proofs';
/**
 * Whether a raw Ed25519 public key is one every backend may be given: 32 bytes, a canonical
 * encoding (RFC 8032 §5.1.3) and not a point of small order. A host's Ed25519Verifier calls it first.
 */
/** A bounded cache of imported public keys to pass as `keyCache` across many verifications. */
export { createKeyCache, isAcceptedEd25519Key, type KeyCache } from './proofs';
/**
 * Verifies one credential (parsed JSON, text, bytes or a URL) and resolves with a
 * {@link VerificationResult}; never rejects. Implements vc-data-integrity §4.3 with the
 * vc-di-eddsa suites, CID 1.0 key retrieval and VC 1.1/2.0 validity rules.
 */
/**
 * Accredible's unsigned credential JSON from its own API: `confirmed` at best, never `verified`
 * (its revoked and expired flags honoured).
 */
export { verifyAccredible } from './providers';
export type { VerificationResult } from './result';
/** Verdicts, checks and their stable codes. */
export {
  type Check,
  type CheckAbout,
  type CheckCode,
  type CheckId,
  type CheckOutcome,
  check,
  deriveStatus,
  type VerificationStatus,
} from './result';
/** Verified status lists reused across verifications, within their ttl. */
export { createStatusListCache, type StatusListCache } from './status';
/** The clock-skew tolerance applied to validity windows. */
export { CLOCK_SKEW_MS } from './validity';
export { type VerifyOptions, verifyCredential } from './verify-credential';
