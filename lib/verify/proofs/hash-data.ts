// The bytes an EdDSA Data Integrity proof signs: SHA-256(canonical proof config) ‖
// SHA-256(canonical document) — proof hash first (vc-di-eddsa §3.3.4 / §3.4.4; STANDARDS §1.1).

import { sha256 } from '@noble/hashes/sha2.js';
import { err, ok, type Result } from '../../shared/result';
import type { DocumentLoader } from '../contexts';
import { type CanonizeError, canonizeJcs, canonizeRdfc } from './canonize';

export type HashDataError = CanonizeError | { code: 'proof_malformed'; detail: string };

/** eddsa-rdfc-2022 / eddsa-2022 / Ed25519Signature2020: RDFC-1.0 of both parts. */
export async function hashDataRdfc(options: {
  unsecured: Record<string, unknown>;
  proofConfig: Record<string, unknown>;
  loader: DocumentLoader;
  /** The canonical document when an earlier proof already computed it. */
  canonicalDocument?: Promise<Result<string, CanonizeError>>;
}): Promise<Result<Uint8Array, HashDataError>> {
  // The proof configuration is interpreted with the document's own contexts.
  const config = { ...options.proofConfig, '@context': options.unsecured['@context'] };
  const [document, proof] = await Promise.all([
    options.canonicalDocument ?? canonizeRdfc(options.unsecured, options.loader),
    canonizeRdfc(config, options.loader),
  ]);
  if (!document.ok) return document;
  if (!proof.ok) return proof;
  return ok(concatHashes(proof.value, document.value));
}

/** eddsa-jcs-2022: JCS of both parts; a proof @context must prefix the document's. */
export async function hashDataJcs(options: {
  unsecured: Record<string, unknown>;
  proofConfig: Record<string, unknown>;
}): Promise<Result<Uint8Array, HashDataError>> {
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
  return ok(concatHashes(proof, document));
}

/** proof hash ‖ document hash. @noble/hashes is synchronous and measured faster than WebCrypto here. */
function concatHashes(proof: string, document: string): Uint8Array {
  const encoder = new TextEncoder();
  const combined = new Uint8Array(64);
  combined.set(sha256(encoder.encode(proof)), 0);
  combined.set(sha256(encoder.encode(document)), 32);
  return combined;
}

function isContextPrefix(prefix: unknown, context: unknown): boolean {
  const expected = Array.isArray(prefix) ? prefix : [prefix];
  const actual = Array.isArray(context) ? context : [context];
  if (expected.length > actual.length) return false;
  return expected.every((entry, i) => JSON.stringify(entry) === JSON.stringify(actual[i]));
}
