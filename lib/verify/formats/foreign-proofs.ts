// Proofs Credlens recognises but cannot check, named so the card says what they are: Blockcerts'
// blockchain anchoring (MerkleProof2017/2019, DataIntegrityProof merkle-proof-2019,
// ChainedProof2021; Blockcerts v2 puts it in an OB 2.0 `signature`) and BBS signatures
// (BbsBlsSignature2020, DataIntegrityProof bbs-2023). A credential that also carries a proof
// Credlens supports is judged by that one.

import { asRecord, clip } from '../../shared/text';
import { type Check, check } from '../result';
import { typesOf } from './credential-schema';

export type ForeignProofKind = 'blockchain' | 'bbs';

const BLOCKCHAIN_TYPES = new Set([
  'MerkleProof2017',
  'MerkleProof2019',
  'ChainedProof2021',
  'MerkleProofVerification2017',
]);
const BLOCKCHAIN_SUITES = new Set(['merkle-proof-2019']);
const BBS_TYPES = new Set(['BbsBlsSignature2020', 'BbsBlsSignatureProof2020']);
const BBS_SUITES = new Set(['bbs-2023']);

/** Which kind of unsupported-but-recognised proof `proof` is, if any. */
export function foreignProofKind(proof: unknown): ForeignProofKind | undefined {
  const record = asRecord(proof);
  if (record === undefined) return undefined;
  const types = typesOf(record.type);
  const suite = typeof record.cryptosuite === 'string' ? record.cryptosuite : undefined;
  if (types.some((t) => BLOCKCHAIN_TYPES.has(t)) || (suite && BLOCKCHAIN_SUITES.has(suite)))
    return 'blockchain';
  if (types.some((t) => BBS_TYPES.has(t)) || (suite && BBS_SUITES.has(suite))) return 'bbs';
  return undefined;
}

/** The proof check for a credential whose only recognised proofs are `kind`. */
export function foreignProofCheck(kind: ForeignProofKind, names: readonly string[]): Check {
  const named = names.length === 0 ? '' : ` (${clip(names.join(', '))})`;
  return kind === 'blockchain'
    ? check(
        'proof',
        'unknown',
        'proof_blockchain_anchored',
        `anchored on a blockchain${named} — Credlens cannot check that offline; use the issuer's verifier`,
      )
    : check(
        'proof',
        'unknown',
        'proof_bbs_unsupported',
        `a BBS selective-disclosure signature${named}, which Credlens does not check`,
      );
}

/**
 * Names the proofs when none of a credential's proofs is supported: the generic "no proof of a
 * supported type" check becomes the blockchain or BBS one. Anything else is returned unchanged.
 */
export function explainUnsupportedProofs(checks: readonly Check[], proof: unknown): Check[] {
  const generic = checks.findIndex(
    (c) => c.id === 'proof' && c.outcome === 'unknown' && c.code === 'proof_type_unsupported',
  );
  if (generic === -1) return [...checks];
  const proofs = (Array.isArray(proof) ? proof : [proof]).filter((p) => p !== undefined);
  const kinds = proofs.map(foreignProofKind);
  const kind = kinds.includes('blockchain')
    ? 'blockchain'
    : kinds.includes('bbs')
      ? 'bbs'
      : undefined;
  if (kind === undefined) return [...checks];
  const names = proofs
    .filter((_, index) => kinds[index] === kind)
    .map((p) => proofName(asRecord(p) ?? {}));
  const explained = [...checks];
  explained[generic] = foreignProofCheck(kind, [...new Set(names)]);
  return explained;
}

function proofName(proof: Record<string, unknown>): string {
  const type = typesOf(proof.type).join(', ') || 'proof';
  return typeof proof.cryptosuite === 'string' ? `${type} ${proof.cryptosuite}` : type;
}
