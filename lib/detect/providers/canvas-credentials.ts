// Canvas Credentials (ex-Badgr) and Parchment Digital Badges: public assertion pages → the
// OB 2.0 hosted assertion on the regional API. PROVIDERS.md §1.3 (UI host → API host, regions).

import type { ProviderAdapter } from '../types';
import { buildMatch, isOnHost, subdomainOf } from '../url-rules';

// Policy: an unknown host shape gets no match (never a guessed region): a wrong region would
// answer 404 for a real badge.
const REGION_API: ReadonlyMap<string, string> = new Map([
  ['eu', 'api.eu.badgr.io'],
  ['au', 'api.au.badgr.io'],
  ['ca', 'api.ca.badgr.io'],
  ['sg', 'api.sg.badgr.io'],
]);
const US_API = 'api.badgr.io';
const API_HOSTS = [
  US_API,
  ...REGION_API.values(),
  'api.badges.parchment.com',
  'api.badges.parchment.eu',
  'api.badges.parchment.au',
  'api.badges.parchment.ca',
  'api.badges.parchment.sg',
];
// Subdomains of badgr.com that are not tenants (marketing, docs, staging servers).
const NOT_TENANTS = new Set(['api', 'info', 'support', 'help', 'docs', 'status', 'demo', 'test']);
const PATH = /^\/public\/assertions\/([A-Za-z0-9_-]{22})(?:\.json)?\/?$/;

export const canvasCredentials: ProviderAdapter = {
  id: 'canvas-credentials',
  label: 'Canvas Credentials',
  hosts: API_HOSTS.map((host) => `https://${host}/*`),
  match(url) {
    const id = PATH.exec(url.pathname)?.[1];
    if (id === undefined) return undefined;
    const apiHost = apiHostFor(url);
    if (apiHost === undefined) return undefined;
    return buildMatch(canvasCredentials, url, {
      kind: 'ob2-hosted',
      fetchUrl: `https://${apiHost}/public/assertions/${id}?v=2_0`,
      credentialId: id,
    });
  },
};

/** The API host serving assertions shown on `url`'s host, or undefined for unknown hosts. */
function apiHostFor(url: URL): string | undefined {
  if (isOnHost(url, ['badgr.com', 'www.badgr.com'])) return US_API;
  // Parchment-branded pages: the same entity id is served by api.badgr.io (PROVIDERS.md §1.3).
  if (isOnHost(url, ['badges.parchment.com'])) return US_API;
  if (isOnHost(url, API_HOSTS)) return url.hostname;
  const sub = subdomainOf(url, 'badgr.com');
  if (sub === undefined || sub.includes('.') || NOT_TENANTS.has(sub)) return undefined;
  return REGION_API.get(sub) ?? US_API;
}
