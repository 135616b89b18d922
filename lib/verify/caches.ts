// Everything a long-lived verifier (the CLI in a batch, the service worker) keeps between
// verifications, created in one call and spread into VerifyOptions.

import { createInflight, createMemoryCache, type FetchCache, type InflightFetches } from '../fetch';
import { createKeyCache, type KeyCache } from './proofs';
import { createStatusListCache, type StatusListCache } from './status';

export type VerifierCaches = {
  cache: FetchCache;
  inflight: InflightFetches;
  keyCache: KeyCache;
  statusLists: StatusListCache;
};

/**
 * Fresh, bounded caches: HTTP responses, requests under way (so identical requests from many
 * verifications go out once, and each credential's documents are fetched ahead), imported keys
 * and verified status lists.
 */
export function createVerifierCaches(): VerifierCaches {
  return {
    cache: createMemoryCache(),
    inflight: createInflight(),
    keyCache: createKeyCache(),
    statusLists: createStatusListCache(),
  };
}
