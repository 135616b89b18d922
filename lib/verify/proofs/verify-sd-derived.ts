// Verifies an ecdsa-sd-2023 derived proof (vc-di-ecdsa §3.5.8 "Create Verify Data", §3.6.2
// "Verify Derived Proof"): the disclosed document is canonicalised, its blank nodes relabelled
// with the issuer's HMAC labels, its statements split into mandatory and selectively disclosed;
// each disclosed statement must carry the proof-scoped key's signature, and the issuer's base
// signature must cover proof hash ‖ proof-scoped key ‖ hash of the mandatory statements.

import { sha256 } from '@noble/hashes/sha2.js';
import { decodeEcdsaMultikeyBytes, type VerificationKey } from '../keys';
import { verifyEcdsa } from './ecdsa';
import type { CanonicalParts } from './hash-data';
import { createKeyCache, type KeyCache } from './key-cache';
import type { SdDisclosure } from './sd-proof-value';
import type { SchemeOutcome } from './verify-signature';

export type SdVerification = {
  outcome: SchemeOutcome;
  /** Why the proof does not hold, when it is not only a signature mismatch. */
  detail?: string;
  mandatory: number;
  disclosed: number;
};

/** Verifies a derived proof with the issuer's (P-256) key; `parts` are the RDFC canonical forms. */
export async function verifySdDerived(options: {
  disclosure: SdDisclosure;
  key: VerificationKey;
  parts: CanonicalParts;
  keyCache?: KeyCache | undefined;
}): Promise<SdVerification> {
  const { disclosure, key, parts } = options;
  if (key.algorithm !== 'P-256')
    return { outcome: 'key_suite_mismatch', mandatory: 0, disclosed: 0 };
  const statements = relabel(parts.document, disclosure.labelMap);
  if (statements === undefined)
    return invalid('a blank node of the disclosed document has no label in the proof');
  const mandatoryIndexes = new Set(disclosure.mandatoryIndexes);
  const mandatory = statements.filter((_, i) => mandatoryIndexes.has(i));
  const nonMandatory = statements.filter((_, i) => !mandatoryIndexes.has(i));
  const counts = { mandatory: mandatory.length, disclosed: nonMandatory.length };
  if (disclosure.signatures.length !== nonMandatory.length) {
    return {
      ...invalid(
        `${disclosure.signatures.length} statement signatures for ${nonMandatory.length} disclosed statements`,
      ),
      ...counts,
    };
  }
  const scoped = decodeEcdsaMultikeyBytes(disclosure.publicKey);
  if (!scoped.ok || scoped.value.algorithm !== 'P-256')
    return { ...invalid('the proof-scoped key is not a P-256 key'), ...counts };
  const encoder = new TextEncoder();
  const scopedCache = createKeyCache(1);
  const verified = await Promise.all(
    nonMandatory.map((statement, i) =>
      verifyEcdsa(
        scoped.value,
        encoder.encode(statement),
        disclosure.signatures[i] ?? new Uint8Array(),
        scopedCache,
      ),
    ),
  );
  if (verified.some((outcome) => outcome !== 'valid')) return { outcome: 'invalid', ...counts };
  const message = concat([
    sha256(encoder.encode(parts.proof)),
    disclosure.publicKey,
    sha256(encoder.encode(mandatory.join(''))),
  ]);
  const base = await verifyEcdsa(key, message, disclosure.baseSignature, options.keyCache);
  return { outcome: base, ...counts };
}

/**
 * The canonical N-Quads with each `_:c14nN` replaced by the issuer's label, one statement per
 * entry, sorted as digitalbazaar's di-sd-primitives sorts them (UTF-16 order).
 */
function relabel(canonical: string, labels: Map<string, string>): string[] | undefined {
  let missing = false;
  const lines = canonical
    .split('\n')
    .slice(0, -1)
    .map(
      (line) =>
        `${line.replace(/_:(c14n\d+)/g, (_, label: string) => {
          const replacement = labels.get(label);
          if (replacement === undefined) missing = true;
          return `_:${replacement}`;
        })}\n`,
    );
  return missing ? undefined : lines.sort();
}

function invalid(detail: string): SdVerification {
  return { outcome: 'invalid', detail, mandatory: 0, disclosed: 0 };
}

function concat(parts: Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return bytes;
}
