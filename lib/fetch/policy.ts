// URL policy for every network request Credlens makes: https only; plain http only to loopback
// hosts, and only when the caller explicitly turns on `insecureLocalhost` (tests and the demo).

export type UrlPolicy = { insecureLocalhost?: boolean };

export type PolicyVerdict =
  | { allowed: true; url: URL }
  | { allowed: false; reason: 'url_invalid' | 'scheme_not_allowed' | 'credentials_in_url' };

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
  if (url.protocol === 'https:') return { allowed: true, url };
  if (
    url.protocol === 'http:' &&
    policy.insecureLocalhost === true &&
    isLoopbackHost(url.hostname)
  ) {
    return { allowed: true, url };
  }
  return { allowed: false, reason: 'scheme_not_allowed' };
}

/** True for 127.0.0.0/8, ::1 and localhost (the only hosts plain http may reach). */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host === '::1') return true;
  const octets = host.split('.');
  return (
    octets.length === 4 &&
    octets[0] === '127' &&
    octets.every((octet) => /^\d{1,3}$/.test(octet) && Number(octet) <= 255)
  );
}
