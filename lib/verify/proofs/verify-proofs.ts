// Verifies every embedded Data Integrity proof (vc-data-integrity §4.3 "Verify Proof", proof
// sets and chains §2.1): supported EdDSA proofs are checked, unknown proof types are reported
// and ignored. Returns data for the pipeline to judge; never throws for bad input.

import type { Result } from '../../shared/result';
import type { DocumentLoader } from '../contexts';
import type { KeyResolutionError, ResolvedKey } from '../keys';
import { type Check, check } from '../result';
import { canonizeRdfc } from './canonize';
import { type Ed25519Verifier, verifyEd25519 } from './ed25519';
import { type HashDataError, hashDataJcs, hashDataRdfc } from './hash-data';
import type { KeyCache } from './key-cache';
import { type ProofPurpose, parseProof, type SupportedProof } from './parse-proof';

/** Most proofs verified on one credential: real proof sets have two or three; each costs canonicalisation and perhaps a fetch. */
export const MAX_PROOFS = 8;

export type ProofReport = {
  index: number;
  type: string;
  supported: boolean;
  /** Set when the key was resolved: the controller the issuer must equal. */
  controller?: string;
  signatureValid: boolean;
  checks: Check[];
};

export type VerifyProofsOptions = {
  loader: DocumentLoader;
  resolveKey: (methodId: string) => Promise<Result<ResolvedKey, KeyResolutionError>>;
  now: Date;
  /** The proof purpose every proof must declare; assertionMethod (a credential) by default. */
  purpose?: ProofPurpose;
  keyCache?: KeyCache;
  ed25519?: Ed25519Verifier;
};

/** Verifies each proof of `document`; the canonical document is computed once and shared. */
export async function verifyProofs(
  document: Record<string, unknown>,
  options: VerifyProofsOptions,
): Promise<ProofReport[]> {
  const { proof, ...unsecured } = document;
  const proofs = (Array.isArray(proof) ? proof : [proof]).filter((p) => p !== undefined);
  if (proofs.length > MAX_PROOFS) {
    const detail = `${proofs.length} proofs; at most ${MAX_PROOFS} are checked, so no verdict is given`;
    return [
      {
        index: 0,
        type: 'proof set',
        supported: true,
        signatureValid: false,
        checks: [check('proof', 'unknown', 'proof_set_too_large', detail)],
      },
    ];
  }
  let sharedCanonical: ReturnType<typeof canonizeRdfc> | undefined;
  const canonicalDocument = () => {
    sharedCanonical ??= canonizeRdfc(unsecured, options.loader);
    return sharedCanonical;
  };
  return Promise.all(
    proofs.map((raw, index) => {
      const label = proofs.length > 1 ? `proof ${index + 1} of ${proofs.length}` : 'proof';
      return verifyOne({ raw, index, label, unsecured, proofs, canonicalDocument, options });
    }),
  );
}

async function verifyOne(args: {
  raw: unknown;
  index: number;
  label: string;
  unsecured: Record<string, unknown>;
  proofs: unknown[];
  canonicalDocument: () => ReturnType<typeof canonizeRdfc>;
  options: VerifyProofsOptions;
}): Promise<ProofReport> {
  const { raw, index, label, options } = args;
  const parsed = parseProof(raw, options.now, options.purpose);
  const type = parsed.type;
  if (parsed.kind === 'unsupported') {
    return {
      index,
      type,
      supported: false,
      signatureValid: false,
      checks: [check('proof', 'skipped', 'proof_type_unsupported', `${label}: ${parsed.detail}`)],
    };
  }
  if (parsed.kind === 'invalid') {
    return {
      index,
      type,
      supported: true,
      signatureValid: false,
      checks: [check('proof', 'fail', parsed.code, `${label}: ${parsed.detail}`)],
    };
  }
  const proof = parsed.proof;
  const chained = chainedDocument(proof, args.unsecured, args.proofs);
  if (proof.previousProof.length > 0 && chained === undefined) {
    return {
      index,
      type,
      supported: true,
      signatureValid: false,
      checks: [
        check(
          'proof',
          'fail',
          'previous_proof_missing',
          `${label}: names earlier proofs that are not in the document`,
        ),
      ],
    };
  }
  const [key, hash] = await Promise.all([
    options.resolveKey(proof.verificationMethod),
    computeHashData(proof, chained, args),
  ]);
  const checks: Check[] = [];
  if (proof.suite !== 'jcs') checks.push(contextCheck(hash));
  if (!hash.ok && hash.error.code === 'proof_malformed') {
    checks.push(check('proof', 'fail', 'proof_malformed', `${label}: ${hash.error.detail}`));
  } else if (!hash.ok) {
    // The context check above carries the cause; the signature itself could not be computed.
    checks.push(
      check(
        'proof',
        'skipped',
        hash.error.code,
        `${label}: not checked, the document could not be canonicalised`,
      ),
    );
  }
  if (!key.ok) {
    checks.push(check('key', key.error.outcome, key.error.code, `${label}: ${key.error.detail}`));
    if (hash.ok) {
      checks.push(
        check('proof', 'skipped', 'key_unresolved', `${label}: not checked without the key`),
      );
    }
    return { index, type, supported: true, signatureValid: false, checks };
  }
  checks.push(check('key', 'pass', 'key_resolved', `${label}: ${key.value.methodId}`));
  if (!hash.ok)
    return {
      index,
      type,
      supported: true,
      controller: key.value.controller,
      signatureValid: false,
      checks,
    };
  const outcome =
    options.ed25519 === undefined
      ? await verifyEd25519(key.value.key.bytes, hash.value, proof.signature, options.keyCache)
      : await options.ed25519(key.value.key.bytes, hash.value, proof.signature);
  const valid = outcome === 'valid';
  checks.push(
    valid
      ? check(
          'proof',
          'pass',
          'signature_valid',
          `${label}: ${describeSuite(proof)} signature is valid`,
        )
      : check(
          'proof',
          'fail',
          outcome === 'key_malformed' ? 'key_malformed' : 'signature_invalid',
          `${label}: ${describeSuite(proof)} signature does not match the document`,
        ),
  );
  return {
    index,
    type,
    supported: true,
    controller: key.value.controller,
    signatureValid: valid,
    checks,
  };
}

function computeHashData(
  proof: SupportedProof,
  chained: Record<string, unknown> | undefined,
  args: {
    unsecured: Record<string, unknown>;
    canonicalDocument: () => ReturnType<typeof canonizeRdfc>;
    options: VerifyProofsOptions;
  },
): Promise<Result<Uint8Array, HashDataError>> {
  if (proof.suite === 'jcs')
    return hashDataJcs({ unsecured: chained ?? args.unsecured, proofConfig: proof.config });
  return hashDataRdfc({
    unsecured: chained ?? args.unsecured,
    proofConfig: proof.config,
    loader: args.options.loader,
    ...(chained === undefined ? { canonicalDocument: args.canonicalDocument() } : {}),
  });
}

/**
 * A chained proof signs the document together with the proofs it names in previousProof;
 * undefined when it names none, or names one the document does not carry.
 */
function chainedDocument(
  proof: SupportedProof,
  unsecured: Record<string, unknown>,
  proofs: unknown[],
): Record<string, unknown> | undefined {
  if (proof.previousProof.length === 0) return undefined;
  const previous = proofs.filter(
    (p) =>
      typeof p === 'object' &&
      p !== null &&
      proof.previousProof.includes((p as { id?: unknown }).id as string),
  );
  if (previous.length !== new Set(proof.previousProof).size) return undefined;
  return { ...unsecured, proof: previous.length === 1 ? previous[0] : previous };
}

function contextCheck(hash: Result<Uint8Array, HashDataError>): Check {
  if (hash.ok)
    return check('context', 'pass', 'context_ok', 'every term is defined by bundled contexts');
  switch (hash.error.code) {
    case 'context_unknown':
    case 'canonicalization_too_complex':
      return check('context', 'unknown', hash.error.code, hash.error.detail);
    case 'context_undefined_term':
    case 'jsonld_invalid':
      return check('context', 'fail', hash.error.code, hash.error.detail);
    default:
      return check('context', 'skipped', hash.error.code, hash.error.detail);
  }
}

function describeSuite(proof: SupportedProof): string {
  return proof.cryptosuite === undefined ? proof.type : `${proof.type} (${proof.cryptosuite})`;
}
