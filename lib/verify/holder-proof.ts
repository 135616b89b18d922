// The holder's proof on a Verifiable Presentation, verified: embedded Data Integrity proofs for
// proofPurpose authentication (vc-data-integrity §4.3), or the JWS around a `vp` claim / a
// `vp+jwt` presentation signed by its holder (VC 1.1 §6.3.1, VC-JOSE-COSE §3.2). Keys resolve
// as for credentials (CID 1.0), but must be listed under authentication.

import { compact } from '../shared/compact';
import { createDocumentLoader } from './contexts';
import { bindHolder, challengeChecks, type Expected } from './holder';
import type { JwtPresentation, ParsedJws } from './jwt';
import { jwtTimeChecks, verifyJws } from './jwt';
import { type ResolveOptions, resolveMethod, resolveVerificationMethod } from './keys';
import { verifyProofs } from './proofs';
import { type Check, check } from './result';
import type { SecuringContext } from './securing';
import { CLOCK_SKEW_MS } from './validity';

export type HolderProofDeps = {
  context: SecuringContext;
  expected: Expected;
  contexts: ReadonlyMap<string, unknown>;
};

export type HolderProof = {
  securing: 'data-integrity' | 'jose' | 'none';
  checks: Check[];
  holder?: string;
};

/** The embedded Data Integrity proofs, each for authentication, one bound to the holder. */
export async function holderProofs(
  document: Record<string, unknown>,
  holder: string | undefined,
  deps: HolderProofDeps,
): Promise<HolderProof> {
  if (document.proof === undefined) {
    return {
      securing: 'none',
      checks: [
        check(
          'holder',
          'unknown',
          'presentation_unsigned',
          'the presentation is not signed by its holder',
        ),
      ],
    };
  }
  const { context } = deps;
  const reports = await verifyProofs(document, {
    loader: createDocumentLoader(deps.contexts),
    now: context.now,
    purpose: 'authentication',
    ...compact({ keyCache: context.keyCache, ed25519: context.ed25519, digest: context.digest }),
    resolveKey: (methodId) => resolveVerificationMethod(methodId, keyOptions(context)),
  });
  const bound = bindHolder(reports, holder);
  const proofs = Array.isArray(document.proof) ? document.proof : [document.proof];
  const signed = reports.some((r) => r.signatureValid)
    ? challengeChecks(asSigned(proofs[bound.proofIndex ?? 0]), deps.expected)
    : [];
  return {
    securing: 'data-integrity',
    checks: [...reports.flatMap((r) => r.checks), ...bound.checks, ...signed],
    ...compact({ holder: bound.holder }),
  };
}

/** The JWS around a `vp` claim or a VC 2.0 presentation, signed by the holder (`iss`). */
export async function holderJws(
  jws: ParsedJws,
  jwt: JwtPresentation,
  holder: string | undefined,
  deps: HolderProofDeps,
): Promise<HolderProof> {
  const { context } = deps;
  const report = await verifyJws(jws, {
    issuerId: holder ?? '',
    presentation: true,
    fetchJson: context.fetchJson,
    resolveMethod: (methodId) => resolveMethod(methodId, keyOptions(context)),
  });
  // An unbound header key already failed the holder check; do not blame the holder twice.
  const bound = report.checks.some((c) => c.id === 'holder')
    ? { checks: [] }
    : bindHolder([report], holder);
  const signed = report.signatureValid ? challengeChecks(jwt.signed, deps.expected) : [];
  return {
    securing: 'jose',
    checks: [
      ...report.checks,
      ...jwt.checks,
      ...bound.checks,
      ...signed,
      ...jwtTimeChecks(jws.payload, context.now, CLOCK_SKEW_MS),
    ],
    ...compact({ holder: 'holder' in bound ? bound.holder : undefined }),
  };
}

function keyOptions(context: SecuringContext): ResolveOptions {
  return {
    purpose: 'authentication',
    insecureLocalhost: context.insecureLocalhost,
    fetchJson: context.fetchJson,
  };
}

function asSigned(proof: unknown): { challenge?: unknown; domain?: unknown } {
  return typeof proof === 'object' && proof !== null ? proof : {};
}
