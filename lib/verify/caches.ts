// Everything a long-lived verifier (the CLI in a batch, the service worker) keeps between
// verifications, created in one call and spread into VerifyOptions.

import { createMemoryCache, type FetchCache } from '../fetch';
import { createKeyCache, type KeyCache } from './proofs/key-cache';
import { createStatusListCache, type StatusListCache } from './status/list-cache';

export type VerifierCaches = {
  cache: FetchCache;
  keyCache: KeyCache;
  statusLists: StatusListCache;
};

/** Fresh, bounded caches: HTTP responses, imported keys and verified status lists. */
export function createVerifierCaches(): VerifierCaches {
  return {
    cache: createMemoryCache(),
    keyCache: createKeyCache(),
    statusLists: createStatusListCache(),
  };
}
