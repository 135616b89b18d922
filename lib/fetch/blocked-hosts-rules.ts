// declarativeNetRequest session rules that refuse, inside the browser, every request the
// extension's own worker makes to a host host-class.ts does not call public. The worker lets the
// browser follow redirects itself (safe-fetch.ts: a manual redirect is opaque there), so without
// these rules a hop to http://192.168.1.1/ would be requested before the final URL is judged.
// W3C WebExtensions declarativeNetRequest `Rule`; `regexFilter` in the RE2 subset Chrome accepts.

/** A `declarativeNetRequest.Rule` as plain data (lib/ has no browser types). */
export type BlockedHostsRule = {
  id: number;
  priority: number;
  action: { type: 'block' | 'allow' };
  condition: {
    regexFilter: string;
    isUrlFilterCaseSensitive: boolean;
    initiatorDomains: string[];
    tabIds: number[];
  };
};

/** The argument of `declarativeNetRequest.updateSessionRules`: clear our id range, then add. */
export type BlockedHostsRuleUpdate = { removeRuleIds: number[]; addRules: BlockedHostsRule[] };

export type BlockedHostsRulesOptions = {
  /** Host of the extension's own origin: the id in Chrome, the per-install UUID in Firefox. */
  extensionHost: string;
  /** Test/demo build only: let loopback through, exactly as `insecureLocalhost` does. */
  allowLoopback: boolean;
};

/** First rule id of the range these rules own; every id up to `+ RULE_ID_SPAN - 1` is cleared. */
export const BLOCKED_HOSTS_FIRST_RULE_ID = 9000;
const RULE_ID_SPAN = 100;

/**
 * The session-rule update that blocks the extension's own requests to loopback, private,
 * link-local, CGNAT, reserved and multicast addresses (IPv4 and IPv6) and to local names, the
 * same hosts `classifyHost` refuses. With `allowLoopback`, one higher-priority allow rule lets
 * through exactly the hosts `isLoopbackHost` accepts (127/8, `localhost`, ::1).
 */
export function blockedHostsRules(options: BlockedHostsRulesOptions): BlockedHostsRuleUpdate {
  // Policy: only requests from this extension's origin (initiatorDomains) that belong to no tab
  // (tabIds -1: the worker). Web pages, including their own service workers, are never touched,
  // and neither are extension pages: chrome-extension:/moz-extension: URLs never match `^https?`.
  const condition = (host: string) => ({
    regexFilter: `${URL_START}(?:${host})${HOST_END}`,
    isUrlFilterCaseSensitive: false,
    initiatorDomains: [options.extensionHost],
    tabIds: [-1],
  });
  const block = BLOCKED_HOST_PATTERNS.map((host, index) => ({
    id: BLOCKED_HOSTS_FIRST_RULE_ID + index,
    priority: 1,
    action: { type: 'block' as const },
    condition: condition(host),
  }));
  const allow = options.allowLoopback
    ? [
        {
          id: BLOCKED_HOSTS_FIRST_RULE_ID + block.length,
          priority: 2,
          action: { type: 'allow' as const },
          condition: condition(LOOPBACK_PATTERN),
        },
      ]
    : [];
  return {
    removeRuleIds: Array.from({ length: RULE_ID_SPAN }, (_, i) => BLOCKED_HOSTS_FIRST_RULE_ID + i),
    addRules: [...block, ...allow],
  };
}

// The browser matches a canonical URL: lower-case scheme and host, IPv4 in dotted decimal
// whatever its spelling (127.1, 0x7f000001), IPv6 compressed in brackets, no default port, and
// always a `/` after the authority. Each host pattern is anchored between `://` or a userinfo
// `@` and an optional port followed by `/`, so it can only ever match the host.
const URL_START = '^https?://(?:[^/@]*@)?';
const HOST_END = '(?::\\d+)?/';

/** One canonical IPv4 octet (the URL parser never leaves leading zeros). */
const OCTET = '\\d+';

/**
 * One regex per range, each small: Chrome compiles a regexFilter under a 2 KB RE2 budget
 * (about a hundred instructions) and rejects the whole update if one rule exceeds it.
 * Keep in step with IPV4_BLOCKED and classifyIpv6 in host-class.ts; the unit test compares them
 * on every IPv4 /16, every first IPv6 group and every 6to4 /16.
 */
const BLOCKED_HOST_PATTERNS: readonly string[] = [
  // IPv4: 0/8, 10/8, 100.64/10, 127/8, 169.254/16, 172.16/12, 192.0.0/24, 192.0.2/24,
  // 192.168/16, 198.18/15, 198.51.100/24, 203.0.113/24, 224/4 and 240/4.
  `0\\.${OCTET}\\.${OCTET}\\.${OCTET}`,
  `10\\.${OCTET}\\.${OCTET}\\.${OCTET}`,
  `100\\.(?:6[4-9]|[7-9]\\d|1[01]\\d|12[0-7])\\.${OCTET}\\.${OCTET}`,
  `127\\.${OCTET}\\.${OCTET}\\.${OCTET}`,
  `169\\.254\\.${OCTET}\\.${OCTET}`,
  `172\\.(?:1[6-9]|2\\d|3[01])\\.${OCTET}\\.${OCTET}`,
  `192\\.(?:0\\.[02]|168\\.${OCTET})\\.${OCTET}`,
  `198\\.(?:1[89]\\.${OCTET}|51\\.100)\\.${OCTET}`,
  `203\\.0\\.113\\.${OCTET}`,
  `2(?:2[4-9]|[34]\\d|5[0-5])\\.${OCTET}\\.${OCTET}\\.${OCTET}`,
  // IPv6 outside 2000::/3, told by its first group: `::` (loopback, unspecified, IPv4-mapped
  // and -compatible), 1–3 hex digits (NAT64 64:ff9b::, discard 100::), or four digits that do
  // not start with 2 or 3 (fc00::/7, fe80::/10, fec0::/10, ff00::/8 and the rest).
  '\\[(?::|[0-9a-f]{1,3}:|[14-9a-f][0-9a-f]{3}:)[0-9a-f:.]*\\]',
  // 2001::/23 (Teredo, benchmarking) and 2001:db8::/32 (documentation).
  '\\[2001:(?::|[0-9a-f]{1,2}:|1[0-9a-f]{2}:|db8:)[0-9a-f:.]*\\]',
  // 6to4 (2002::/16): the IPv4 address in the next 32 bits, for each IPv4 range above.
  ...[
    '(?::|[0-9a-f]{1,2}:)', // 0/8
    'a[0-9a-f]{2}:', // 10/8
    '64[4-7][0-9a-f]:', // 100.64/10
    '7f[0-9a-f]{2}:', // 127/8
    'a9fe:', // 169.254/16
    'ac1[0-9a-f]:', // 172.16/12
    'c000:(?::|[0-9a-f]{1,2}:|2[0-9a-f]{2}:)', // 192.0.0/24, 192.0.2/24
    'c0a8:', // 192.168/16
    'c61[23]:', // 198.18/15
    'c633:64[0-9a-f]{2}:', // 198.51.100/24
    'cb00:71[0-9a-f]{2}:', // 203.0.113/24
    '[ef][0-9a-f]{3}:', // 224/4, 240/4
  ].map((embedded) => `\\[2002:${embedded}[0-9a-f:.]*\\]`),
  // Single-label names (resolved through the local search domain, `localhost` among them),
  // then RFC 6761/6762/8375 and private-use suffixes: LOCAL_SUFFIXES in host-class.ts.
  '[^.:/@\\[]*\\.*',
  ...[
    'local',
    'localhost',
    'internal',
    'lan',
    'home\\.arpa',
    'intranet',
    'corp',
    'home',
    'private',
  ].map((suffix) => `[^/:@]*\\.${suffix}\\.*`),
];

/** What `isLoopbackHost` accepts: 127/8, `localhost` with at most one trailing dot, and ::1. */
const LOOPBACK_PATTERN = `127\\.${OCTET}\\.${OCTET}\\.${OCTET}|localhost\\.?|\\[::1\\]`;
