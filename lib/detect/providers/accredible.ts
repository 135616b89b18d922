// Accredible (credential.net, <org>.credential.net, <org>.accredible.com): credential pages →
// the public JSON the page itself loads. PROVIDERS.md §1.2 (URLs, regex, endpoint).

import type { ProviderAdapter } from '../types';
import { buildMatch, isOnHost, subdomainOf, UUID_SOURCE } from '../url-rules';

// Numeric ids have at least 6 digits; capped so a long digit run is not taken for an id.
const PATH = new RegExp(`^/(${UUID_SOURCE}|\\d{6,20})/?$`);
// Subdomains that are Accredible's own services, not credential sites.
const NOT_CREDENTIAL_SITES = new Set(['api', 'www', 'dashboard', 'help', 'docs', 'status', 'blog']);

export const accredible: ProviderAdapter = {
  id: 'accredible',
  label: 'Accredible',
  hosts: ['https://api.accredible.com/*'],
  match(url) {
    if (!isAccredibleSite(url)) return undefined;
    const match = PATH.exec(url.pathname)?.[1];
    if (match === undefined) return undefined;
    const id = match.toLowerCase();
    return buildMatch(accredible, url, {
      kind: 'accredible',
      fetchUrl: `https://api.accredible.com/v1/credential-net/credentials/${id}`,
      credentialId: id,
    });
  },
};

// Policy: custom white-label domains (achieve.snowflake.com, …) are not matched: whether their
// ids are Accredible ids could not be confirmed, and a wrong id would read as "not found".
function isAccredibleSite(url: URL): boolean {
  if (isOnHost(url, ['credential.net', 'www.credential.net'])) return true;
  for (const domain of ['credential.net', 'accredible.com']) {
    const sub = subdomainOf(url, domain);
    if (sub !== undefined) return !NOT_CREDENTIAL_SITES.has(sub.split('.').at(-1) ?? '');
  }
  return false;
}
