// Verifies every embedded Data Integrity proof (vc-data-integrity §4.3 "Verify Proof", proof
// sets and chains §2.1): supported EdDSA, ECDSA and Ed25519Signature2018 proofs are checked,
// unknown proof types are reported and ignored. Returns data for the pipeline to judge; never
// throws for bad input.

import type { Result } from '../../shared/result';
import { asRecord } from '../../shared/text';
import type { DocumentLoader } from '../contexts';
import type { KeyResolutionError, ResolvedKey, VerificationKey } from '../keys';
import { type Check, check } from '../result';
import { canonizeRdfc } from './canonize';
import type { Ed25519Verifier } from './ed25519';
import type { TextDigest } from './hash-data';
import {
  type CanonicalParts,
  canonicalPartsJcs,
  canonicalPartsRdfc,
  type HashAlgorithm,
  type HashDataError,
} from './hash-data';
import type { KeyCache } from './key-cache';
import { type ProofPurpose, parseProof, type SupportedProof } from './parse-proof';
import { verifySdDerived } from './verify-sd-derived';
import { type SchemeOutcome, verifySignature } from './verify-signature';

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
  digest?: TextDigest;
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
      checks: [check('proof', 'skipped', 'proof_type_ignored', `${label}: ${parsed.detail}`)],
    };
  }
  if (parsed.kind === 'invalid' || parsed.kind === 'unverifiable') {
    const outcome = parsed.kind === 'invalid' ? 'fail' : 'unknown';
    return {
      index,
      type,
      supported: true,
      signatureValid: false,
      checks: [check('proof', outcome, parsed.code, `${label}: ${parsed.detail}`)],
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
  const [key, speculative] = await Promise.all([
    options.resolveKey(proof.verificationMethod),
    computeParts(proof, chained, args),
  ]);
  // vc-di-ecdsa: RDFC-1.0 hashes with SHA-384 for a P-384 key; the SHA-256 form computed
  // alongside key resolution serves every other proof.
  const hash =
    key.ok &&
    key.value.key.algorithm === 'P-384' &&
    proof.scheme === 'ecdsa' &&
    proof.suite === 'rdfc'
      ? await computeParts(proof, chained, args, 'SHA-384')
      : speculative;
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
        'proof_skipped_not_canonical',
        `${label}: not checked, the document could not be canonicalised`,
      ),
    );
  }
  if (!key.ok) {
    checks.push(check('key', key.error.outcome, key.error.code, `${label}: ${key.error.detail}`));
    if (hash.ok) {
      checks.push(
        check('proof', 'skipped', 'proof_skipped_no_key', `${label}: not checked without the key`),
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
  const signed = await checkSignature(proof, key.value.key, hash.value, options);
  const valid = signed.outcome === 'valid';
  checks.push(signatureCheck(signed, `${label}: ${describeSuite(proof)}`, key.value.key.algorithm));
  if (valid && signed.disclosed !== undefined)
    checks.push(check('proof', 'pass', 'proof_sd_disclosed', `${label}: ${signed.disclosed}`));
  return {
    index,
    type,
    supported: true,
    controller: key.value.controller,
    signatureValid: valid,
    checks,
  };
}

type Signed = {
  outcome: SchemeOutcome;
  /** Why a selective-disclosure proof fails, beyond a signature mismatch. */
  reason?: string;
  /** For a valid selective-disclosure proof: what the holder disclosed, and that more may exist. */
  disclosed?: string;
};

/** The signature outcome, with what a selective-disclosure proof says about what was withheld. */
async function checkSignature(
  proof: SupportedProof,
  key: VerificationKey,
  parts: CanonicalParts,
  options: VerifyProofsOptions,
): Promise<Signed> {
  if (proof.disclosure === undefined) {
    const outcome = await verifySignature({
      proof,
      key,
      parts,
      keyCache: options.keyCache,
      ed25519: options.ed25519,
      digest: options.digest,
    });
    return { outcome };
  }
  const sd = await verifySdDerived({
    disclosure: proof.disclosure,
    key,
    parts,
    keyCache: options.keyCache,
  });
  // The derived proof carries signatures only for what is shown: withheld statements leave no
  // trace, so their number cannot be reported (vc-di-ecdsa §3.5, unlinkability by design).
  const disclosed = `selectively disclosed by the holder: ${sd.mandatory} statements the issuer made mandatory and ${sd.disclosed} the holder chose to show are signed; any others the issuer signed were withheld, and how many cannot be known`;
  return {
    outcome: sd.outcome,
    ...(sd.detail === undefined ? { disclosed } : { reason: sd.detail }),
  };
}

function signatureCheck(signed: Signed, what: string, algorithm: string): Check {
  const { outcome } = signed;
  if (signed.reason !== undefined && outcome === 'invalid')
    return check('proof', 'fail', 'signature_invalid', `${what}: ${signed.reason}`);
  switch (outcome) {
    case 'valid':
      return check('proof', 'pass', 'signature_valid', `${what} signature is valid`);
    case 'key_suite_mismatch':
      return check(
        'proof',
        'fail',
        'key_suite_mismatch',
        `${what} cannot be signed with an ${algorithm} key`,
      );
    case 'key_malformed':
      return check('proof', 'fail', 'key_malformed', `${what}: the key cannot be used`);
    default:
      return check(
        'proof',
        'fail',
        'signature_invalid',
        `${what} signature does not match the document`,
      );
  }
}

function computeParts(
  proof: SupportedProof,
  chained: Record<string, unknown> | undefined,
  args: {
    unsecured: Record<string, unknown>;
    canonicalDocument: () => ReturnType<typeof canonizeRdfc>;
    options: VerifyProofsOptions;
  },
  digest: HashAlgorithm = 'SHA-256',
): Promise<Result<CanonicalParts, HashDataError>> {
  if (proof.suite === 'jcs')
    return Promise.resolve(
      canonicalPartsJcs({ unsecured: chained ?? args.unsecured, proofConfig: proof.config }),
    );
  return canonicalPartsRdfc({
    unsecured: chained ?? args.unsecured,
    proofConfig: proof.config,
    loader: args.options.loader,
    digest,
    // The shared canonical document is the SHA-256 one.
    ...(chained === undefined && digest === 'SHA-256'
      ? { canonicalDocument: args.canonicalDocument() }
      : {}),
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
  const previous = proofs.filter((p) => {
    const id = asRecord(p)?.id;
    return typeof id === 'string' && proof.previousProof.includes(id);
  });
  if (previous.length !== new Set(proof.previousProof).size) return undefined;
  return { ...unsecured, proof: previous.length === 1 ? previous[0] : previous };
}

function contextCheck(hash: Result<unknown, HashDataError>): Check {
  if (hash.ok)
    return check('context', 'pass', 'context_ok', 'every term is defined by bundled contexts');
  switch (hash.error.code) {
    case 'context_unknown':
    case 'canonicalization_too_complex':
      return check('context', 'unknown', hash.error.code, hash.error.detail);
    case 'context_undefined_term':
    case 'jsonld_invalid':
      return check('context', 'fail', hash.error.code, hash.error.detail);
    case 'proof_malformed':
      return check('context', 'skipped', 'context_skipped_proof_malformed', hash.error.detail);
  }
}

function describeSuite(proof: SupportedProof): string {
  return proof.cryptosuite === undefined ? proof.type : `${proof.type} (${proof.cryptosuite})`;
}
