// What every status list kind is given: how to fetch and verify a list, the clock, the cache of
// verified lists, and whose credential it is (its id, its issuer).

import type { FetchError } from '../../fetch';
import type { Result } from '../../shared/result';
import type { StatusListCache } from './list-cache';

/** A status list's own verification: trusted (naming who signed it) or not, and why. */
export type ListVerdict = { trusted: true; signer?: string } | { trusted: false; detail: string };

export type StatusContext = {
  credentialId?: string;
  /** The credential's issuer: a list signed by anyone else is accepted with a note naming its signer. */
  issuerId?: string;
  fetchJson: (url: string, options?: { maxAgeMs?: number }) => Promise<Result<unknown, FetchError>>;
  /** Milliseconds since the epoch, from the injected clock. */
  now: number;
  lists?: StatusListCache;
  /** Verifies a fetched status list credential with the full pipeline (proof, issuer, dates). */
  verifyList: (list: Record<string, unknown>) => Promise<ListVerdict>;
};
