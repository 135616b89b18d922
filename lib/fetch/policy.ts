// URL policy for every network request Credlens makes: https only, and only to public hosts
// (host-class.ts); loopback, over http or https, only when the caller explicitly turns on
// `insecureLocalhost` (tests and the demo). No other private host is ever reachable.

import { classifyHost, type HostRange, isLoopbackHost } from './host-class';

export { isLoopbackHost };

export type UrlPolicy = { insecureLocalhost?: boolean };

export type PolicyVerdict =
  | { allowed: true; url: URL }
  | { allowed: false; reason: 'url_invalid' | 'scheme_not_allowed' | 'credentials_in_url' }
  | { allowed: false; reason: 'private_host'; host: string; range: HostRange };

/** Decides whether `input` may be fetched under `policy`. */
export function checkUrlPolicy(input: string, policy: UrlPolicy): PolicyVerdict {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return { allowed: false, reason: 'url_invalid' };
  }
  // Policy: user:password@ URLs are a phishing device and would send credentials.
  if (url.username !== '' || url.password !== '')
    return { allowed: false, reason: 'credentials_in_url' };
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { allowed: false, reason: 'scheme_not_allowed' };
  // Judged on the parsed hostname, never the input text: the URL parser has already turned
  // every numeric spelling of an address (127.1, 0x7f000001, 2130706433) into one canonical form.
  const loopbackAllowed = policy.insecureLocalhost === true && isLoopbackHost(url.hostname);
  const range = classifyHost(url.hostname);
  // Policy: a private host is refused whatever the scheme, so http://10.0.0.1/ is reported as
  // what it is (an intranet address), not as a scheme that https would have fixed.
  if (range !== undefined && !loopbackAllowed)
    return { allowed: false, reason: 'private_host', host: url.hostname, range };
  if (url.protocol === 'https:' || loopbackAllowed) return { allowed: true, url };
  return { allowed: false, reason: 'scheme_not_allowed' };
}
