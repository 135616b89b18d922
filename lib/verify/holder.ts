// The holder's side of a Verifiable Presentation (VC Data Model 2.0 §4.13 and §8.2,
// vc-data-integrity §4.3 steps 3–4, STANDARDS §5.1): the proof must be made with a key whose
// controller is the holder, over the challenge and domain the verifier asked for; each
// credential's subject is compared with the holder.

import { clip } from '../shared/text';
import type { ProofReport } from './proofs';
import { type Check, check } from './result';

/** What the verifier asked the holder to sign: a one-time challenge and its own domain. */
export type Expected = { challenge?: string; domain?: string };

export type HolderBinding = {
  checks: Check[];
  /** The holder the proof authenticates: the named one, or the signer when none is named. */
  holder?: string;
  /** The proof that authenticates the holder, whose challenge and domain count. */
  proofIndex?: number;
};

/**
 * The holder binding across a proof set: one valid proof must be made with a key whose
 * controller is the holder. A presentation that names no holder is bound to its signer.
 */
export function bindHolder(reports: ProofReport[], holder: string | undefined): HolderBinding {
  if (reports.every((report) => !report.supported)) {
    return {
      checks: [check('proof', 'unknown', 'proof_type_unsupported', 'no proof of a supported type')],
    };
  }
  const valid = reports.filter((report) => report.signatureValid);
  const bound =
    holder === undefined
      ? valid.find((report) => report.controller !== undefined && report.controller !== '')
      : valid.find((report) => report.controller === holder);
  const signer = bound?.controller;
  if (bound !== undefined && signer !== undefined) {
    const detail =
      holder === undefined
        ? `signed by ${clip(signer)}; the presentation names no holder, so its signer is the holder`
        : `signed with a key of the holder ${clip(signer)}`;
    return {
      checks: [check('holder', 'pass', 'presentation_proof_valid', detail)],
      holder: signer,
      proofIndex: bound.index,
    };
  }
  if (valid.length === 0) return holder === undefined ? { checks: [] } : { checks: [], holder };
  const other = valid[0]?.controller ?? 'another party';
  return {
    checks: [
      check(
        'holder',
        'fail',
        'holder_key_mismatch',
        `signed by ${clip(other)}, but the presentation names ${clip(holder ?? 'no one')} as holder`,
      ),
    ],
    ...(holder === undefined ? {} : { holder }),
  };
}

/**
 * The proof's challenge and domain against the verifier's. What the verifier asked for must be
 * there and equal; what it did not ask for is reported, not judged.
 */
export function challengeChecks(
  signed: { challenge?: unknown; domain?: unknown },
  expected: Expected,
): Check[] {
  const checks: Check[] = [];
  const challenge = typeof signed.challenge === 'string' ? signed.challenge : undefined;
  if (expected.challenge !== undefined) {
    if (challenge === undefined)
      checks.push(
        check(
          'holder',
          'fail',
          'challenge_missing',
          `the verifier asked for challenge "${clip(expected.challenge, 80)}"; the proof carries none`,
        ),
      );
    else if (challenge !== expected.challenge)
      checks.push(
        check(
          'holder',
          'fail',
          'challenge_mismatch',
          `the proof answers challenge "${clip(challenge, 80)}", not "${clip(expected.challenge, 80)}"`,
        ),
      );
    else
      checks.push(check('holder', 'pass', 'challenge_match', `challenge "${clip(challenge, 80)}"`));
  } else if (challenge !== undefined) {
    checks.push(
      check(
        'holder',
        'skipped',
        'challenge_unchecked',
        `the proof answers challenge "${clip(challenge, 80)}"; no challenge was expected, so it was not compared`,
      ),
    );
  }
  const domains = stringsOf(signed.domain);
  if (expected.domain !== undefined) {
    if (domains.length === 0)
      checks.push(
        check(
          'holder',
          'fail',
          'domain_missing',
          `the verifier asked for domain "${clip(expected.domain, 80)}"; the proof names none`,
        ),
      );
    else if (!domains.includes(expected.domain))
      checks.push(
        check(
          'holder',
          'fail',
          'domain_mismatch',
          `the proof is for "${clip(domains.join(', '), 80)}", not "${clip(expected.domain, 80)}"`,
        ),
      );
    else
      checks.push(check('holder', 'pass', 'domain_match', `domain "${clip(expected.domain, 80)}"`));
  } else if (domains.length > 0) {
    checks.push(
      check(
        'holder',
        'skipped',
        'domain_unchecked',
        `the proof is for "${clip(domains.join(', '), 80)}"; no domain was expected, so it was not compared`,
      ),
    );
  }
  return checks;
}

/**
 * Whether a presented credential is about its holder: bound when any subject's id is the
 * holder, not bound when subjects have ids and none is, unknown when no subject has an id.
 */
export function subjectBinding(label: string, subjectIds: string[], holder: string): Check {
  if (subjectIds.length === 0)
    return check(
      'holder',
      'unknown',
      'credential_subject_unidentified',
      `${label} names no subject id, so it cannot be tied to the holder`,
    );
  if (subjectIds.includes(holder))
    return check('holder', 'pass', 'credential_bound_to_holder', `${label} is about the holder`);
  return check(
    'holder',
    'fail',
    'credential_not_bound_to_holder',
    `${label} is about ${clip(subjectIds[0] ?? '', 120)}, not the holder ${clip(holder)}`,
  );
}

/** A string or an array of strings (a DI domain, a JWT aud) as a list. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
