// LearnCard share links: the credential is end-to-end encrypted with a key in the fragment and
// no public endpoint is known, so "could not check". PROVIDERS.md §1.8 (`/s/<id>#<key>`,
// legacy `/share-creds/…`, `?uri=urn:lc:…&seed=…`).

import type { ProviderAdapter } from '../types';
import { buildMatch, isOnHost } from '../url-rules';

const SHARE_PATH = /^\/s\/([A-Za-z0-9_-]{22})\/?$/;
const LEGACY_PATH = /^\/share-creds\/[^/]+\/[^/]+\/?$/;
const LEGACY_QUERY_PATHS = new Set(['/', '/share-boost']);

export const learncard: ProviderAdapter = {
  id: 'learncard',
  label: 'LearnCard',
  hosts: [],
  match(url) {
    if (!isOnHost(url, ['learncard.app', 'www.learncard.app'])) return undefined;
    const id = SHARE_PATH.exec(url.pathname)?.[1];
    if (id !== undefined)
      return buildMatch(learncard, url, { kind: 'link-only', credentialId: id });
    const isLegacyQuery =
      LEGACY_QUERY_PATHS.has(url.pathname) &&
      url.searchParams.get('uri')?.startsWith('urn:lc:') === true &&
      url.searchParams.has('seed');
    if (!isLegacyQuery && !LEGACY_PATH.test(url.pathname)) return undefined;
    return buildMatch(learncard, url, { kind: 'link-only' });
  },
};
