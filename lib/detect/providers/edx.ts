// edX course certificates and program records: recognised, HTML only, so "could not check".
// PROVIDERS.md §1.11, §1.12 (`courses.edx.org/certificates/<32 hex>`,
// `credentials.edx.org/credentials/<32 hex>/`).

import type { ProviderAdapter } from '../types';
import { buildMatch, isOnHost } from '../url-rules';

const CERTIFICATE_PATH = /^\/certificates\/([0-9a-fA-F]{32})\/?$/;
const RECORD_PATH = /^\/credentials\/([0-9a-fA-F]{32})\/?$/;

export const edx: ProviderAdapter = {
  id: 'edx',
  label: 'edX',
  hosts: [],
  match(url) {
    const pattern = isOnHost(url, ['courses.edx.org'])
      ? CERTIFICATE_PATH
      : isOnHost(url, ['credentials.edx.org'])
        ? RECORD_PATH
        : undefined;
    const id = pattern?.exec(url.pathname)?.[1]?.toLowerCase();
    if (id === undefined) return undefined;
    return buildMatch(edx, url, { kind: 'link-only', credentialId: id });
  },
};
