// Europass digital credentials (EDC): sealed with JAdES, which Credlens does not verify in v1,
// so a viewer link is shown as "could not check". PROVIDERS.md §1.5 (viewer URL; the share
// link's route is not documented, so any viewer route but the home page is taken).

import type { ProviderAdapter } from '../types';
import { buildMatch, isOnHost } from '../url-rules';

const VIEWER_PATH = /^\/europass\/digital-credentials\/viewer\/?$/;
const NOT_CREDENTIAL_ROUTES = new Set(['', '#', '#/', '#/home']);

export const europass: ProviderAdapter = {
  id: 'europass',
  label: 'Europass',
  hosts: [],
  match(url) {
    if (!isOnHost(url, ['europa.eu'])) return undefined;
    if (!VIEWER_PATH.test(url.pathname) || NOT_CREDENTIAL_ROUTES.has(url.hash)) return undefined;
    return buildMatch(europass, url, { kind: 'link-only' });
  },
};
