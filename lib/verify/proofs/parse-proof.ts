// Reads one embedded proof and decides which suite verifies it (vc-di-eddsa §3, vc-di-ecdsa §3,
// STANDARDS §5.2–5.4): DataIntegrityProof with eddsa-rdfc-2022 (or its pre-REC name
// eddsa-2022), eddsa-jcs-2022, ecdsa-rdfc-2019, ecdsa-jcs-2019 or ecdsa-sd-2023 (derived), and
// the legacy Ed25519Signature2020 and Ed25519Signature2018 (detached JWS).

import { asRecord } from '../../shared/text';
import { decodeBase58 } from '../keys';
import type { CheckCode } from '../result';
import { isDateTime, parseDateTime } from '../validity';
import { parseDetachedJws } from './detached-jws';
import { parseSdProofValue, type SdDisclosure } from './sd-proof-value';

/** How the document and proof options are canonicalised. */
export type Suite = 'rdfc' | 'jcs';

/** What is signed, and how: a Data Integrity signature, a detached JWS, or a derived SD proof. */
export type Scheme = 'eddsa' | 'ecdsa' | 'eddsa-jws' | 'ecdsa-sd';

export type SupportedProof = {
  suite: Suite;
  scheme: Scheme;
  type: string;
  cryptosuite?: string;
  verificationMethod: string;
  /** The signature; for ecdsa-sd-2023, the issuer's base signature. */
  signature: Uint8Array;
  /** The proof options: the proof without proofValue (or jws). */
  config: Record<string, unknown>;
  previousProof: string[];
  /** Ed25519Signature2018: the JWS protected header as written in `jws`; it is signed as ASCII. */
  jwsHeader?: string;
  /** ecdsa-sd-2023: what the holder disclosed, and the signatures over it. */
  disclosure?: SdDisclosure;
};

export type ParsedProof =
  | { kind: 'supported'; type: string; proof: SupportedProof }
  | { kind: 'unsupported'; type: string; detail: string }
  | { kind: 'invalid'; type: string; code: CheckCode; detail: string }
  /** A proof that is well formed but cannot be checked as given (an ecdsa-sd-2023 base proof). */
  | { kind: 'unverifiable'; type: string; code: CheckCode; detail: string };

/** Cryptosuites of DataIntegrityProof: canonicalisation and signature scheme. */
const CRYPTOSUITES: ReadonlyMap<string, { suite: Suite; scheme: Scheme }> = new Map([
  ['eddsa-rdfc-2022', { suite: 'rdfc', scheme: 'eddsa' }],
  ['eddsa-2022', { suite: 'rdfc', scheme: 'eddsa' }],
  ['eddsa-jcs-2022', { suite: 'jcs', scheme: 'eddsa' }],
  ['ecdsa-rdfc-2019', { suite: 'rdfc', scheme: 'ecdsa' }],
  ['ecdsa-jcs-2019', { suite: 'jcs', scheme: 'ecdsa' }],
  ['ecdsa-sd-2023', { suite: 'rdfc', scheme: 'ecdsa-sd' }],
] as const);

/** What a proof must be made for: issuing a credential, or a holder presenting (vc-data-integrity §4.3 step 3). */
export type ProofPurpose = 'assertionMethod' | 'authentication';

/** Classifies and validates a proof; `now` judges the optional `expires`. */
export function parseProof(
  raw: unknown,
  now: Date,
  purpose: ProofPurpose = 'assertionMethod',
): ParsedProof {
  const proof = asRecord(raw);
  if (proof === undefined) {
    return {
      kind: 'invalid',
      type: 'unknown',
      code: 'proof_malformed',
      detail: 'a proof must be an object',
    };
  }
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
  const signed = readSignature(suite.scheme, proof);
  if ('code' in signed) return { ...signed, type };
  if (proof.created !== undefined && !isDateTime(proof.created)) {
    return invalid('proof_malformed', 'created is not a valid date-time');
  }
  if (proof.expires !== undefined) {
    if (!isDateTime(proof.expires))
      return invalid('proof_malformed', 'expires is not a valid date-time');
    if (parseDateTime(proof.expires) < now.getTime())
      return invalid('proof_expired', 'the proof itself has expired');
  }
  // jsonld-signatures leaves jws, signatureValue and proofValue out of the signed proof options.
  const { proofValue: _value, ...config } = proof;
  if (suite.scheme === 'eddsa-jws') {
    delete config.jws;
    delete config.signatureValue;
  }
  return {
    kind: 'supported',
    type,
    proof: {
      ...suite,
      type,
      ...(cryptosuite === undefined ? {} : { cryptosuite }),
      verificationMethod: proof.verificationMethod,
      ...signed,
      config,
      previousProof: previousProofIds(proof.previousProof),
    },
  };
}

type Signed = Pick<SupportedProof, 'signature' | 'jwsHeader' | 'disclosure'>;
type Refused = { kind: 'invalid' | 'unverifiable'; code: CheckCode; detail: string };

/** The signature in the form the scheme carries it. */
function readSignature(scheme: Scheme, proof: Record<string, unknown>): Signed | Refused {
  const malformed = (detail: string): Refused => ({
    kind: 'invalid',
    code: 'proof_malformed',
    detail,
  });
  if (scheme === 'eddsa-jws') {
    const jws = parseDetachedJws(proof.jws);
    if (!jws.ok) return { kind: 'invalid', code: 'proof_jws_invalid', detail: jws.error };
    return { signature: jws.value.signature, jwsHeader: jws.value.encodedHeader };
  }
  if (scheme === 'ecdsa-sd') {
    const value = parseSdProofValue(proof.proofValue);
    if (value.kind === 'base')
      return {
        kind: 'unverifiable',
        code: 'proof_sd_base_not_derived',
        detail:
          'this is the issuer’s ecdsa-sd-2023 base proof, meant for the holder; only a derived (disclosed) proof can be checked',
      };
    if (value.kind === 'malformed') return malformed(value.detail);
    return { signature: value.disclosure.baseSignature, disclosure: value.disclosure };
  }
  if (typeof proof.proofValue !== 'string' || !proof.proofValue.startsWith('z'))
    return malformed('proofValue must be multibase base58btc (z…)');
  const signature = decodeBase58(proof.proofValue.slice(1));
  if (scheme === 'eddsa' && signature?.length !== 64)
    return malformed('proofValue is not a 64-byte Ed25519 signature');
  if (scheme === 'ecdsa' && signature?.length !== 64 && signature?.length !== 96)
    return malformed('proofValue is not a 64- or 96-byte ECDSA signature (r ‖ s)');
  return { signature: signature ?? new Uint8Array() };
}

function suiteOf(
  type: string,
  cryptosuite: string | undefined,
): { suite: Suite; scheme: Scheme } | undefined {
  if (type === 'Ed25519Signature2020') return { suite: 'rdfc', scheme: 'eddsa' };
  if (type === 'Ed25519Signature2018') return { suite: 'rdfc', scheme: 'eddsa-jws' };
  if (type !== 'DataIntegrityProof' || cryptosuite === undefined) return undefined;
  return CRYPTOSUITES.get(cryptosuite);
}

function previousProofIds(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
}
