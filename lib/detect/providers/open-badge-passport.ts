// Open Badge Passport: public badge pages; no JSON endpoint is known, so "could not check".
// PROVIDERS.md §1.4 (`openbadgepassport.com/app/badge/info/<numeric id>`).

import type { ProviderAdapter } from '../types';
import { buildMatch, isOnHost } from '../url-rules';

const PATH = /^\/app\/badge\/info\/(\d{1,12})\/?$/;

export const openBadgePassport: ProviderAdapter = {
  id: 'open-badge-passport',
  label: 'Open Badge Passport',
  hosts: [],
  match(url) {
    if (!isOnHost(url, ['openbadgepassport.com', 'www.openbadgepassport.com'])) return undefined;
    const id = PATH.exec(url.pathname)?.[1];
    if (id === undefined) return undefined;
    return buildMatch(openBadgePassport, url, { kind: 'link-only', credentialId: id });
  },
};
