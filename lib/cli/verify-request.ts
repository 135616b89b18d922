// What one `credlens verify` run asks of every input, as plain data (so a worker thread can be
// handed it), and the verifier that serves it: the worker's policy (a few requests per host,
// a deadline per credential), caches and requests under way shared by every input it verifies.

import { deadlineResult, runWithDeadline, VERIFICATION_DEADLINE_MS } from '../background';
import type { Deps } from '../deps';
import { FETCHES_PER_HOST, limitPerHost } from '../fetch';
import { compact } from '../shared/compact';
import {
  createVerifierCaches,
  type Ed25519Verifier,
  type TextDigest,
  type VerificationResult,
} from '../verify';
import { type InputReader, verifyInput } from './verify-input';

export type VerifyRequest = {
  insecureLocalhost: boolean;
  /** ISO-8601: judge validity dates at this time. */
  now?: string;
  recipient?: string;
  challenge?: string;
  domain?: string;
};

export type InputVerifier = (input: string) => Promise<VerificationResult>;

/**
 * A verifier for `request`'s inputs. `share` of the per-host limit: when several threads each
 * run one, they split it, so a host still sees at most FETCHES_PER_HOST requests at once.
 */
export function createInputVerifier(
  request: VerifyRequest,
  host: Deps & InputReader & { ed25519?: Ed25519Verifier; digest?: TextDigest },
  share = 1,
): InputVerifier {
  const fixed = request.now === undefined ? undefined : new Date(request.now);
  const perHost = Math.max(1, Math.floor(FETCHES_PER_HOST / share));
  const options = {
    fetch: limitPerHost(host.fetch, { perHost }),
    now: fixed === undefined ? host.now : () => fixed,
    ...createVerifierCaches(),
    insecureLocalhost: request.insecureLocalhost,
    ...compact({
      log: host.log,
      ed25519: host.ed25519,
      digest: host.digest,
      recipient: request.recipient,
      challenge: request.challenge,
      domain: request.domain,
    }),
  };
  return (input) =>
    runWithDeadline((signal) => verifyInput(input, { ...options, signal }, host), {
      deadlineMs: VERIFICATION_DEADLINE_MS,
      expired: () => deadlineResult(VERIFICATION_DEADLINE_MS),
    });
}
