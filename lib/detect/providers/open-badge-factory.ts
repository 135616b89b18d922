// Open Badge Factory: OB 2.0 hosted assertions (`/v1/assertion/<40 hex>`) and OB 3.0
// credentials (`/obv3/credentials/<40 hex>`); the `.html` page's JSON is the same URL without
// the suffix. PROVIDERS.md §1.4.

import type { ProviderAdapter } from '../types';
import { buildMatch, isOnHost } from '../url-rules';

const HOSTS = ['openbadgefactory.com', 'www.openbadgefactory.com'];
const OB2_PATH = /^\/v1\/assertion\/([0-9a-fA-F]{40})(?:\.html)?$/;
const OB3_PATH = /^\/obv3\/credentials\/([0-9a-fA-F]{40})(?:\.html)?$/;

export const openBadgeFactory: ProviderAdapter = {
  id: 'open-badge-factory',
  label: 'Open Badge Factory',
  hosts: ['https://openbadgefactory.com/*'],
  match(url) {
    if (!isOnHost(url, HOSTS)) return undefined;
    const ob2 = OB2_PATH.exec(url.pathname)?.[1]?.toLowerCase();
    if (ob2 !== undefined) {
      return buildMatch(openBadgeFactory, url, {
        kind: 'ob2-hosted',
        fetchUrl: `https://openbadgefactory.com/v1/assertion/${ob2}`,
        credentialId: ob2,
      });
    }
    const ob3 = OB3_PATH.exec(url.pathname)?.[1]?.toLowerCase();
    if (ob3 === undefined) return undefined;
    return buildMatch(openBadgeFactory, url, {
      kind: 'credential',
      fetchUrl: `https://openbadgefactory.com/obv3/credentials/${ob3}`,
      credentialId: ob3,
    });
  },
};
