// The shapes key lookup for a JWS works with: what the verifier is given (the signer's id and
// how to resolve and fetch), the key it found and how that key is tied to the signer, or why
// no key was found. Shared by verify-jws.ts and kid-url.ts.

import type { JWK } from 'jose';
import type { FetchError } from '../../fetch';
import type { Result } from '../../shared/result';
import type { KeyResolutionError, ResolvedMethod } from '../keys';
import type { CheckCode, CheckOutcome } from '../result';

export type JwsKeyContext = {
  issuerId: string;
  resolveMethod: (methodId: string) => Promise<Result<ResolvedMethod, KeyResolutionError>>;
  fetchJson: (url: string) => Promise<Result<unknown, FetchError>>;
  /** A presentation signed by its holder (`issuerId` is then the holder): vp media types. */
  presentation?: boolean;
};

/** Why a found key is not the signer's: becomes the `issuer` (or `holder`) check. */
export type Unbound = {
  outcome: Extract<CheckOutcome, 'fail' | 'unknown'>;
  code: CheckCode;
  detail: string;
};

/** A key found for the JWS; `unbound` when nothing ties it to the signer. */
export type FoundKey = { jwk: JWK; controller: string; label: string; unbound?: Unbound };

export type KeyProblem = { outcome: 'fail' | 'unknown'; code: CheckCode; detail: string };
