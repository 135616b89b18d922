// The bytes a Data Integrity proof signs: hash(canonical proof config) ‖ hash(canonical
// document) — proof hash first (vc-di-eddsa §3.3.4 / §3.4.4, vc-di-ecdsa §3.2.4 / §3.4.4;
// STANDARDS §1.1). SHA-256, or SHA-384 for ECDSA with a P-384 key.

import { sha256, sha384 } from '@noble/hashes/sha2.js';
import { err, ok, type Result } from '../../shared/result';
import type { DocumentLoader } from '../contexts';
import { type CanonizeError, canonizeJcs, canonizeRdfc } from './canonize';

export type HashDataError = CanonizeError | { code: 'proof_malformed'; detail: string };

/** The two canonical strings a proof's hash data is made of. */
export type CanonicalParts = { proof: string; document: string };

export type HashAlgorithm = 'SHA-256' | 'SHA-384';

/**
 * SHA-2 of a string's UTF-8 bytes. A host may give its own (node:crypto in the CLI: native, and
 * no encoding step); @noble/hashes otherwise, synchronous and faster than WebCrypto's round trip
 * for a few kilobytes.
 */
export type TextDigest = (algorithm: HashAlgorithm, text: string) => Uint8Array;

const nobleDigest: TextDigest = (algorithm, text) =>
  (algorithm === 'SHA-384' ? sha384 : sha256)(new TextEncoder().encode(text));

type RdfcOptions = {
  unsecured: Record<string, unknown>;
  proofConfig: Record<string, unknown>;
  loader: DocumentLoader;
  /** The canonical document when an earlier proof already computed it. */
  canonicalDocument?: Promise<Result<string, CanonizeError>>;
  /** RDFC-1.0's internal hash (vc-di-ecdsa: SHA-384 with a P-384 key). */
  digest?: HashAlgorithm;
};

/** eddsa-rdfc-2022 / eddsa-2022 / Ed25519Signature2020: SHA-256 of the RDFC-1.0 of both parts. */
export async function hashDataRdfc(
  options: RdfcOptions,
): Promise<Result<Uint8Array, HashDataError>> {
  const parts = await canonicalPartsRdfc(options);
  return parts.ok ? ok(hashData(parts.value, 'SHA-256')) : parts;
}

/** eddsa-jcs-2022: SHA-256 of the JCS of both parts. */
export async function hashDataJcs(options: {
  unsecured: Record<string, unknown>;
  proofConfig: Record<string, unknown>;
}): Promise<Result<Uint8Array, HashDataError>> {
  const parts = canonicalPartsJcs(options);
  return parts.ok ? ok(hashData(parts.value, 'SHA-256')) : parts;
}

/** RDFC-1.0 of the proof configuration (with the document's @context) and of the document. */
export async function canonicalPartsRdfc(
  options: RdfcOptions,
): Promise<Result<CanonicalParts, HashDataError>> {
  // The proof configuration is interpreted with the document's own contexts.
  const config = { ...options.proofConfig, '@context': options.unsecured['@context'] };
  const [document, proof] = await Promise.all([
    options.canonicalDocument ?? canonizeRdfc(options.unsecured, options.loader, options.digest),
    canonizeRdfc(config, options.loader, options.digest),
  ]);
  if (!document.ok) return document;
  if (!proof.ok) return proof;
  return ok({ proof: proof.value, document: document.value });
}

/** JCS of both parts (eddsa-jcs-2022, ecdsa-jcs-2019); a proof @context must prefix the document's. */
export function canonicalPartsJcs(options: {
  unsecured: Record<string, unknown>;
  proofConfig: Record<string, unknown>;
}): Result<CanonicalParts, HashDataError> {
  let unsecured = options.unsecured;
  const proofContext = options.proofConfig['@context'];
  if (proofContext !== undefined) {
    if (!isContextPrefix(proofContext, unsecured['@context'])) {
      return err({
        code: 'proof_malformed',
        detail: "the proof's @context does not match the document's",
      });
    }
    unsecured = { ...unsecured, '@context': proofContext };
  }
  const document = canonizeJcs(unsecured);
  const proof = canonizeJcs(options.proofConfig);
  if (document === undefined || proof === undefined) {
    return err({
      code: 'proof_malformed',
      detail: 'the document cannot be canonicalised as JSON (JCS)',
    });
  }
  return ok({ proof, document });
}

/** proof hash ‖ document hash. */
export function hashData(
  parts: CanonicalParts,
  algorithm: HashAlgorithm,
  digest: TextDigest = nobleDigest,
): Uint8Array {
  const proof = digest(algorithm, parts.proof);
  const combined = new Uint8Array(proof.length * 2);
  combined.set(proof, 0);
  combined.set(digest(algorithm, parts.document), proof.length);
  return combined;
}

function isContextPrefix(prefix: unknown, context: unknown): boolean {
  const expected = Array.isArray(prefix) ? prefix : [prefix];
  const actual = Array.isArray(context) ? context : [context];
  if (expected.length > actual.length) return false;
  return expected.every((entry, i) => JSON.stringify(entry) === JSON.stringify(actual[i]));
}
