// VerifierPlus (DCC / Learner Credential Wallet shares): stored shares
// `verifierplus.org/credentials/<uuid>` → `/api/credentials/<uuid>` (JSON wrapping the
// credential), and verify-by-URL links `…/#verify?vc=<url>` → the inner URL. PROVIDERS.md §1.9.

import { MAX_HREF_LENGTH } from '../limits';
import type { ProviderAdapter } from '../types';
import { buildMatch, isOnHost, isPlainWebUrl, UUID_SOURCE } from '../url-rules';

const STORED_PATH = new RegExp(`^/credentials/(${UUID_SOURCE})/?$`);
const VERIFY_PREFIX = '#verify?';

export const verifierPlus: ProviderAdapter = {
  id: 'verifier-plus',
  label: 'VerifierPlus',
  // Verify-by-URL links point anywhere: that inner host is asked for at run time.
  hosts: ['https://verifierplus.org/*'],
  match(url) {
    if (isOnHost(url, ['verifierplus.org'])) {
      const id = STORED_PATH.exec(url.pathname)?.[1]?.toLowerCase();
      if (id !== undefined) {
        return buildMatch(verifierPlus, url, {
          kind: 'credential',
          fetchUrl: `https://verifierplus.org/api/credentials/${id}`,
          credentialId: id,
          unwrap: 'credential',
        });
      }
    }
    const inner = verifyByUrlTarget(url);
    if (inner === undefined) return undefined;
    return buildMatch(verifierPlus, url, { kind: 'credential', fetchUrl: inner });
  },
};

/**
 * The credential URL of a verify-by-URL link on any host running VerifierPlus (`/` with a
 * `#verify?vc=` fragment). Policy: only an absolute https URL without user:password is taken;
 * anything else (javascript:, data:, http:, relative) gives no match.
 */
function verifyByUrlTarget(url: URL): string | undefined {
  if (!isPlainWebUrl(url) || url.pathname !== '/' || !url.hash.startsWith(VERIFY_PREFIX)) {
    return undefined;
  }
  const value = new URLSearchParams(url.hash.slice(VERIFY_PREFIX.length)).get('vc');
  if (value === null || value.length > MAX_HREF_LENGTH || !URL.canParse(value)) return undefined;
  const inner = new URL(value);
  if (inner.protocol !== 'https:' || inner.username !== '' || inner.password !== '') {
    return undefined;
  }
  return inner.href;
}
