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
