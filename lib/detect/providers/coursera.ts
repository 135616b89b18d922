// Coursera certificates: recognised, but Coursera has no machine-readable endpoint, so the
// link is shown as "could not check", never as a verdict. PROVIDERS.md §1.11, §1.12.

import type { ProviderAdapter } from '../types';
import { buildMatch, isOnHost } from '../url-rules';

// /verify/<CODE>, /account/accomplishments/(verify|certificate|specialization|professional-cert)/
// [specialization/|professional-cert/|certificate/]<CODE>. Catalog pages use plural slugs
// with hyphens (/specializations/deep-learning) and never match.
const PATH =
  /^\/(?:account\/accomplishments\/)?(?:verify|certificate|specialization|professional-cert)(?:\/(?:specialization|professional-cert|certificate))?\/([A-Za-z0-9]{8,40})\/?$/;

export const coursera: ProviderAdapter = {
  id: 'coursera',
  label: 'Coursera',
  hosts: [],
  match(url) {
    if (!isOnHost(url, ['www.coursera.org', 'coursera.org'])) return undefined;
    const id = PATH.exec(url.pathname)?.[1];
    if (id === undefined) return undefined;
    return buildMatch(coursera, url, { kind: 'link-only', credentialId: id });
  },
};
