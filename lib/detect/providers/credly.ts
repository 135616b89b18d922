// Credly (formerly Acclaim): badge pages → the public OB 2.0 hosted assertion.
// PROVIDERS.md §1.1 (human URLs, regex, `api.credly.com/v1/obi/v2/badge_assertions/<uuid>`).

import type { ProviderAdapter } from '../types';
import { buildMatch, isOnHost, UUID_SOURCE } from '../url-rules';

const HOSTS = ['www.credly.com', 'credly.com', 'www.youracclaim.com', 'youracclaim.com'];
const PATH = new RegExp(
  `^/(?:badges|earner/earned/badge)/(${UUID_SOURCE})(?:/public_url|/linked_in_profile)?/?$`,
);

export const credly: ProviderAdapter = {
  id: 'credly',
  label: 'Credly',
  // The assertion is on api.credly.com; its BadgeClass and Issuer URLs are on www.credly.com.
  hosts: ['https://api.credly.com/*', 'https://www.credly.com/*'],
  examples: [
    'https://www.credly.com/badges/0f4e7a4b-5d1c-4c8e-9a3b-2f6d8e1c7b90',
    'https://www.credly.com/badges/0f4e7a4b-5d1c-4c8e-9a3b-2f6d8e1c7b90/public_url',
    'https://www.credly.com/badges/6a2d9c1e-3b4f-4a8d-8e7c-1d2f3a4b5c6d/linked_in_profile',
    'https://www.credly.com/earner/earned/badge/9b8c7d6e-5f4a-4b3c-8d2e-1f0a9b8c7d6e',
    'https://www.youracclaim.com/badges/3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f/public_url',
  ],
  match(url) {
    if (!isOnHost(url, HOSTS)) return undefined;
    const id = PATH.exec(url.pathname)?.[1]?.toLowerCase();
    if (id === undefined) return undefined;
    return buildMatch(credly, url, {
      kind: 'ob2-hosted',
      fetchUrl: `https://api.credly.com/v1/obi/v2/badge_assertions/${id}`,
      credentialId: id,
    });
  },
};
