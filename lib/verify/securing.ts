// The two ways a credential is secured, behind one shape: embedded Data Integrity proofs and
// an enveloping JWS. Each yields the credential document, its checks, and per-proof reports
// for the issuer-binding rule, which is the same for both.

import { compact } from '../shared/compact';
import { clip } from '../shared/text';
import { BUNDLED_CONTEXTS, createDocumentLoader } from './contexts';
import type { ParsedJws } from './jwt';
import { credentialFromJwtPayload, jwtTimeChecks, verifyJws } from './jwt';
import { type FetchJson, resolveMethod, resolveVerificationMethod } from './keys';
import type { Ed25519Verifier, KeyCache, TextDigest } from './proofs';
import { type ProofReport, verifyProofs } from './proofs';
import { type Check, check } from './result';
import { CLOCK_SKEW_MS } from './validity';

export type SecuringContext = {
  fetchJson: FetchJson;
  insecureLocalhost: boolean;
  contexts?: ReadonlyMap<string, unknown>;
  now: Date;
  keyCache?: KeyCache;
  ed25519?: Ed25519Verifier;
  digest?: TextDigest;
};

export type Secured = { securing: 'data-integrity' | 'jose' | 'none'; checks: Check[] };

/** Checks the embedded proofs of a JSON credential whose issuer is `issuerId`. */
export async function verifyEmbeddedProofs(
  document: Record<string, unknown>,
  issuerId: string,
  context: SecuringContext,
): Promise<Secured> {
  if (document.proof === undefined) {
    return {
      securing: 'none',
      checks: [check('proof', 'unknown', 'proof_missing', 'the credential is not signed')],
    };
  }
  const reports = await verifyProofs(document, {
    loader: createDocumentLoader(context.contexts ?? BUNDLED_CONTEXTS),
    now: context.now,
    ...compact({ keyCache: context.keyCache, ed25519: context.ed25519, digest: context.digest }),
    resolveKey: (methodId) => resolveVerificationMethod(methodId, keyOptions(context)),
  });
  return {
    securing: 'data-integrity',
    checks: [...reports.flatMap((r) => r.checks), ...bindIssuer(reports, issuerId)],
  };
}

export type OpenedJws = {
  document: Record<string, unknown>;
  verify: (issuerId: string) => Promise<Secured>;
};

/** Decodes a compact JWS into its credential; the signature is checked once the issuer is known. */
export function openJws(jws: ParsedJws, context: SecuringContext): OpenedJws | Check {
  const mapped = credentialFromJwtPayload(jws.payload);
  if ('id' in mapped && 'outcome' in mapped) return mapped;
  return {
    document: mapped.credential,
    verify: async (issuerId) => {
      const report = await verifyJws(jws, {
        issuerId,
        fetchJson: context.fetchJson,
        resolveMethod: (methodId) => resolveMethod(methodId, keyOptions(context)),
      });
      const bound = report.checks.some((c) => c.id === 'issuer')
        ? []
        : bindIssuer([report], issuerId);
      const window = jwtTimeChecks(jws.payload, context.now, CLOCK_SKEW_MS);
      return {
        securing: 'jose',
        checks: [...report.checks, ...mapped.checks, ...bound, ...window],
      };
    },
  };
}

/**
 * The issuer binding across a proof set: at least one valid proof must be made with a key
 * whose controller is the issuer (STANDARDS §1.4). Unknown proof types alone verify nothing.
 */
function bindIssuer(reports: ProofReport[], issuerId: string): Check[] {
  if (reports.every((report) => !report.supported)) {
    return [check('proof', 'unknown', 'proof_type_unsupported', 'no proof of a supported type')];
  }
  const valid = reports.filter((report) => report.signatureValid);
  if (valid.some((report) => report.controller === issuerId)) {
    return [
      check(
        'issuer',
        'pass',
        'issuer_bound',
        `the signing key belongs to the issuer ${clip(issuerId)}`,
      ),
    ];
  }
  if (valid.length === 0) return [];
  const signer = valid[0]?.controller ?? 'another party';
  return [
    check(
      'issuer',
      'fail',
      'key_issuer_mismatch',
      `signed by ${clip(signer)}, but the credential names ${clip(issuerId)} as issuer`,
    ),
  ];
}

function keyOptions(context: SecuringContext) {
  return {
    purpose: 'assertionMethod' as const,
    insecureLocalhost: context.insecureLocalhost,
    fetchJson: context.fetchJson,
  };
}
