// Parchment awards (diplomas and certificates, not Parchment Digital Badges): human pages only,
// so "could not check". PROVIDERS.md §1.10 (`parchment.com/u/award/<32 hex>`).

import type { ProviderAdapter } from '../types';
import { buildMatch, isOnHost } from '../url-rules';

const PATH = /^\/u\/award\/([0-9a-fA-F]{32})\/?$/;

export const parchmentAward: ProviderAdapter = {
  id: 'parchment-award',
  label: 'Parchment',
  hosts: [],
  match(url) {
    if (!isOnHost(url, ['www.parchment.com', 'parchment.com'])) return undefined;
    const id = PATH.exec(url.pathname)?.[1]?.toLowerCase();
    if (id === undefined) return undefined;
    return buildMatch(parchmentAward, url, { kind: 'link-only', credentialId: id });
  },
};
