// Reads one embedded proof and decides which suite verifies it (vc-di-eddsa §3, STANDARDS
// §5.2–5.4): DataIntegrityProof with eddsa-rdfc-2022 (or its pre-REC name eddsa-2022) or
// eddsa-jcs-2022, and the legacy Ed25519Signature2020.

import { decodeBase58 } from '../keys';
import type { CheckCode } from '../result';
import { isDateTime, parseDateTime } from '../validity';

export type Suite = 'rdfc' | 'jcs';

export type SupportedProof = {
  suite: Suite;
  type: string;
  cryptosuite?: string;
  verificationMethod: string;
  signature: Uint8Array;
  /** The proof options: the proof without proofValue. */
  config: Record<string, unknown>;
  previousProof: string[];
};

export type ParsedProof =
  | { kind: 'supported'; type: string; proof: SupportedProof }
  | { kind: 'unsupported'; type: string; detail: string }
  | { kind: 'invalid'; type: string; code: CheckCode; detail: string };

const RDFC_CRYPTOSUITES = new Set(['eddsa-rdfc-2022', 'eddsa-2022']);

/** What a proof must be made for: issuing a credential, or a holder presenting (vc-data-integrity §4.3 step 3). */
export type ProofPurpose = 'assertionMethod' | 'authentication';

/** Classifies and validates a proof; `now` judges the optional `expires`. */
export function parseProof(
  raw: unknown,
  now: Date,
  purpose: ProofPurpose = 'assertionMethod',
): ParsedProof {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return {
      kind: 'invalid',
      type: 'unknown',
      code: 'proof_malformed',
      detail: 'a proof must be an object',
    };
  }
  const proof = raw as Record<string, unknown>;
  const type = typeof proof.type === 'string' ? proof.type.slice(0, 80) : 'unknown';
  const cryptosuite =
    typeof proof.cryptosuite === 'string' ? proof.cryptosuite.slice(0, 80) : undefined;
  const suite = suiteOf(type, cryptosuite);
  if (suite === undefined) {
    const name = cryptosuite === undefined ? type : `${type} (${cryptosuite})`;
    return { kind: 'unsupported', type, detail: `${name} proofs are not supported; ignored` };
  }
  const invalid = (code: CheckCode, detail: string): ParsedProof => ({
    kind: 'invalid',
    type,
    code,
    detail,
  });
  if (proof.proofPurpose !== purpose) {
    const found = typeof proof.proofPurpose === 'string' ? proof.proofPurpose.slice(0, 40) : 'none';
    return purpose === 'assertionMethod'
      ? invalid(
          'proof_purpose_invalid',
          'the proof purpose must be assertionMethod for a credential',
        )
      : invalid(
          'presentation_purpose_invalid',
          `the proof purpose must be authentication for a presentation, not ${found}`,
        );
  }
  if (typeof proof.verificationMethod !== 'string' || proof.verificationMethod === '') {
    return invalid('proof_malformed', 'the proof has no verificationMethod URL');
  }
  if (typeof proof.proofValue !== 'string' || !proof.proofValue.startsWith('z')) {
    return invalid('proof_malformed', 'proofValue must be multibase base58btc (z…)');
  }
  const signature = decodeBase58(proof.proofValue.slice(1));
  if (signature?.length !== 64)
    return invalid('proof_malformed', 'proofValue is not a 64-byte Ed25519 signature');
  if (proof.created !== undefined && !isDateTime(proof.created)) {
    return invalid('proof_malformed', 'created is not a valid date-time');
  }
  if (proof.expires !== undefined) {
    if (!isDateTime(proof.expires))
      return invalid('proof_malformed', 'expires is not a valid date-time');
    if (parseDateTime(proof.expires) < now.getTime())
      return invalid('proof_expired', 'the proof itself has expired');
  }
  const { proofValue: _omit, ...config } = proof;
  return {
    kind: 'supported',
    type,
    proof: {
      suite,
      type,
      ...(cryptosuite === undefined ? {} : { cryptosuite }),
      verificationMethod: proof.verificationMethod,
      signature,
      config,
      previousProof: previousProofIds(proof.previousProof),
    },
  };
}

function suiteOf(type: string, cryptosuite: string | undefined): Suite | undefined {
  if (type === 'Ed25519Signature2020') return 'rdfc';
  if (type !== 'DataIntegrityProof' || cryptosuite === undefined) return undefined;
  if (RDFC_CRYPTOSUITES.has(cryptosuite)) return 'rdfc';
  return cryptosuite === 'eddsa-jcs-2022' ? 'jcs' : undefined;
}

function previousProofIds(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
}
