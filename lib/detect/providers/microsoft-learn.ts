// Microsoft Learn certifications: recognised share links; only an unofficial, personal-data
// JSON exists, so "could not check". PROVIDERS.md §1.11 (`/api/credentials/share/<locale>/
// <user>/<16 hex>?sharingId=`), plus the profile credential page `/<locale>/users/<user>/
// credentials/<16 hex>`.

import type { ProviderAdapter } from '../types';
import { buildMatch, isOnHost } from '../url-rules';

const LOCALE = '[a-zA-Z]{2}(?:-[a-zA-Z]{2,4})?';
const USER = '[A-Za-z0-9._-]{1,100}';
const SHARE_PATH = new RegExp(`^/api/credentials/share/${LOCALE}/${USER}/([0-9A-Fa-f]{16})/?$`);
const PROFILE_PATH = new RegExp(`^/${LOCALE}/users/${USER}/credentials/([0-9A-Fa-f]{16})/?$`);

export const microsoftLearn: ProviderAdapter = {
  id: 'microsoft-learn',
  label: 'Microsoft Learn',
  hosts: [],
  match(url) {
    if (!isOnHost(url, ['learn.microsoft.com'])) return undefined;
    const id = (SHARE_PATH.exec(url.pathname) ?? PROFILE_PATH.exec(url.pathname))?.[1];
    if (id === undefined) return undefined;
    return buildMatch(microsoftLearn, url, { kind: 'link-only', credentialId: id.toLowerCase() });
  },
};
