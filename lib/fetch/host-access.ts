// Hosts the extension could not reach for want of permission. An extension may fetch any host
// that answers with CORS headers; the rest need a host permission, which only the user can
// grant, from a click in the popup. So each verification's fetch notes the hosts that failed
// without permission; they travel with that credential's badge, and the popup offers to allow
// the ones its own page needs. The verdict meanwhile is "could not check".

import type { FetchLike } from '../deps';
import { isPublicHost } from './host-class';

/** At most this many hosts are named for one credential. */
export const MAX_BLOCKED_ORIGINS = 10;

export type HostAccess = {
  /** Does the extension hold a host permission for `origin`? */
  granted(origin: string): Promise<boolean>;
  /** Records an origin that failed without permission. */
  blocked(origin: string): Promise<void>;
};

/** `fetch`, noting origins that failed at the network level and lack a host permission. */
export function permissionAwareFetch(fetch: FetchLike, access: HostAccess): FetchLike {
  return async (input, init) => {
    try {
      return await fetch(input, init);
    } catch (error) {
      // A timeout or the caller's abort says nothing about permissions.
      if (!(error instanceof TypeError)) throw error;
      const origin = originOf(input);
      if (origin !== undefined && !(await access.granted(origin).catch(() => true)))
        await access.blocked(origin).catch(() => undefined);
      throw error;
    }
  };
}

/** The origin the popup may offer to grant: https on a public host, nothing else. */
function originOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    // Policy: never offer a private, loopback or intranet host, even one the test switch let
    // through: one click on "allow" must not open the user's network to every credential.
    return parsed.protocol === 'https:' && isPublicHost(parsed.hostname)
      ? parsed.origin
      : undefined;
  } catch {
    return undefined;
  }
}
