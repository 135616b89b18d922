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
  examples: [
    'https://courses.edx.org/certificates/4c9e2b7a1d3f4e5a8b6c0d9e7f1a2b3c',
    'https://credentials.edx.org/credentials/a8f3c1e92b4d4f7e9a0b1c2d3e4f5a6b/',
  ],
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
