// Which hosts are on the public internet: the ranges Credlens refuses to contact so that a
// hostile credential, DID or redirect cannot make the extension probe the intranet. IPv4 and
// IPv6 special-purpose registries (RFC 6890, IANA), RFC 6761 and RFC 8375 names.
//
// Input is a WHATWG `URL#hostname`: the URL parser has already turned `127.1`, `2130706433`,
// `0x7f000001` and `0177.0.0.1` into dotted decimal and printed IPv6 as compressed hex, so this
// module only has to read canonical forms. It still fails closed on anything non-canonical.

/** Why a host is not public, in a few words for a detail line; `undefined` when it is public. */
export type HostRange =
  | 'loopback'
  | 'private network'
  | 'link-local'
  | 'shared address space'
  | 'multicast'
  | 'reserved'
  | 'IPv4 embedded in IPv6'
  | 'non-global IPv6'
  | 'local name';

/** The non-public range `hostname` falls in, or `undefined` for a public host. */
export function classifyHost(hostname: string): HostRange | undefined {
  const host = hostname.toLowerCase();
  if (host.startsWith('[') || host.includes(':')) {
    const groups = parseIpv6(host.replace(/^\[|\]$/g, ''));
    return groups === undefined ? 'reserved' : classifyIpv6(groups);
  }
  const name = host.replace(/\.+$/, '');
  const octets = parseDottedIpv4(name);
  if (octets !== undefined) return classifyIpv4(octets);
  // Policy: a name whose last label is numeric is an IPv4 address to the URL parser; if it
  // reaches us non-canonical, someone skipped the parser, so refuse rather than guess.
  if (/(^|\.)(0x[0-9a-f]*|\d+)$/.test(name)) return 'reserved';
  if (name === 'localhost' || name.endsWith('.localhost')) return 'loopback';
  // Policy: single-label names resolve through the local search domain, never public DNS.
  if (!name.includes('.')) return 'local name';
  if (LOCAL_SUFFIXES.some((suffix) => name.endsWith(suffix))) return 'local name';
  return undefined;
}

/** True when `hostname` is on the public internet as far as its spelling shows. */
export function isPublicHost(hostname: string): boolean {
  return classifyHost(hostname) === undefined;
}

/**
 * True for the hosts the `insecureLocalhost` test switch may reach: 127.0.0.0/8, `localhost`
 * (with or without its trailing dot) and ::1. Not `*.localhost`, not IPv4-mapped loopback.
 */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  if (host === 'localhost' || host === 'localhost.') return true;
  if (host.startsWith('[') || host.includes(':')) {
    const groups = parseIpv6(host.replace(/^\[|\]$/g, ''));
    return groups !== undefined && isIpv6Loopback(groups);
  }
  const octets = parseDottedIpv4(host);
  return octets !== undefined && octets[0] === 127;
}

/**
 * Names that only ever resolve inside a site: RFC 6761 `.localhost`, RFC 6762 `.local` and the
 * private-use labels of its Appendix G, RFC 8375 `.home.arpa`, ICANN's reserved `.internal`.
 */
const LOCAL_SUFFIXES = [
  '.local',
  '.localhost',
  '.internal',
  '.lan',
  '.home.arpa',
  '.intranet',
  '.corp',
  '.home',
  '.private',
];

/** IPv4 ranges that are not globally reachable: [first octets as a 32-bit base, prefix, why]. */
const IPV4_BLOCKED: readonly [string, number, HostRange][] = [
  ['0.0.0.0', 8, 'reserved'], // "this network"; 0.0.0.0 reaches the local machine
  ['10.0.0.0', 8, 'private network'],
  ['100.64.0.0', 10, 'shared address space'], // CGNAT, RFC 6598
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local'], // includes the cloud metadata service 169.254.169.254
  ['172.16.0.0', 12, 'private network'],
  ['192.0.0.0', 24, 'reserved'], // IETF protocol assignments
  ['192.0.2.0', 24, 'reserved'], // documentation
  ['192.168.0.0', 16, 'private network'],
  ['198.18.0.0', 15, 'reserved'], // benchmarking, often reused inside networks
  ['198.51.100.0', 24, 'reserved'], // documentation
  ['203.0.113.0', 24, 'reserved'], // documentation
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'], // includes broadcast 255.255.255.255
];

function classifyIpv4(octets: readonly number[]): HostRange | undefined {
  const address = toUint32(octets);
  for (const [base, prefix, range] of IPV4_BLOCKED) {
    const mask = (0xffffffff << (32 - prefix)) >>> 0;
    if ((address & mask) >>> 0 === toUint32(base.split('.').map(Number))) return range;
  }
  return undefined;
}

function classifyIpv6(groups: readonly number[]): HostRange | undefined {
  const [g0 = 0, g1 = 0, g2 = 0] = groups;
  if (isIpv6Loopback(groups)) return 'loopback';
  // Policy: only global unicast (2000::/3) is public. This one rule refuses ::, the
  // IPv4-compatible ::/96, IPv4-mapped ::ffff:0:0/96 and ::ffff:0:0:0/96, NAT64 64:ff9b::/96
  // and 64:ff9b:1::/48 (whole prefixes: we do not judge the IPv4 inside, a NAT64 literal is
  // never how a credential is published), discard 100::/64, ULA fc00::/7, link-local
  // fe80::/10, site-local fec0::/10 and multicast ff00::/8.
  if ((g0 & 0xe000) !== 0x2000) return rangeOutsideGlobal(groups);
  // 2001::/23 holds Teredo (2001::/32, a tunnel to an obfuscated IPv4) and benchmarking;
  // 2001:db8::/32 is documentation.
  if (g0 === 0x2001 && (g1 < 0x200 || g1 === 0xdb8)) return 'non-global IPv6';
  // 6to4 (2002::/16) carries an IPv4 address in its next 32 bits: judge that address.
  if (g0 === 0x2002) {
    const embedded = classifyIpv4([g1 >> 8, g1 & 0xff, g2 >> 8, g2 & 0xff]);
    return embedded === undefined ? undefined : 'IPv4 embedded in IPv6';
  }
  return undefined;
}

function isIpv6Loopback(groups: readonly number[]): boolean {
  return groups.slice(0, 7).every((g) => g === 0) && groups[7] === 1;
}

function rangeOutsideGlobal(groups: readonly number[]): HostRange {
  const [g0 = 0, g1 = 0] = groups;
  if (g0 >= 0xff00) return 'multicast';
  if ((g0 & 0xffc0) === 0xfe80) return 'link-local';
  if ((g0 & 0xfe00) === 0xfc00) return 'private network';
  if (groups.every((g) => g === 0)) return 'reserved';
  const v4Prefix =
    groups.slice(0, 5).every((g) => g === 0) && (groups[5] === 0 || groups[5] === 0xffff);
  const translated =
    groups.slice(0, 4).every((g) => g === 0) && groups[4] === 0xffff && groups[5] === 0;
  if (v4Prefix || translated || (g0 === 0x64 && g1 === 0xff9b)) return 'IPv4 embedded in IPv6';
  return 'non-global IPv6';
}

/** Exactly four decimal octets 0–255 without leading zeros (the URL parser's output form). */
function parseDottedIpv4(text: string): number[] | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  if (!parts.every((part) => /^(0|[1-9]\d{0,2})$/.test(part) && Number(part) <= 255))
    return undefined;
  return parts.map(Number);
}

/** Eight 16-bit groups from RFC 4291 text (with `::` and a trailing dotted IPv4), or undefined. */
function parseIpv6(text: string): number[] | undefined {
  let body = text;
  const tail: number[] = [];
  const dotted = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(body);
  if (dotted !== null) {
    const octets = parseDottedIpv4(dotted[2] ?? '');
    if (octets === undefined) return undefined;
    tail.push(
      ((octets[0] ?? 0) << 8) | (octets[1] ?? 0),
      ((octets[2] ?? 0) << 8) | (octets[3] ?? 0),
    );
    body = (dotted[1] ?? '').endsWith('::') ? (dotted[1] ?? '') : (dotted[1] ?? '').slice(0, -1);
  }
  const halves = body.split('::');
  if (halves.length > 2) return undefined;
  const read = (half: string | undefined) =>
    half === undefined || half === '' ? [] : half.split(':');
  const head = read(halves[0]);
  const rest = read(halves[1]);
  if (![...head, ...rest].every((group) => /^[0-9a-f]{1,4}$/.test(group))) return undefined;
  const given = head.length + rest.length + tail.length;
  if (halves.length === 1 ? given !== 8 : given > 7) return undefined;
  const zeros = new Array<number>(8 - given).fill(0);
  return [...head, ...zeros, ...rest]
    .map((group) => (typeof group === 'number' ? group : Number.parseInt(group, 16)))
    .concat(tail);
}

function toUint32(octets: readonly number[]): number {
  return (
    (((octets[0] ?? 0) << 24) |
      ((octets[1] ?? 0) << 16) |
      ((octets[2] ?? 0) << 8) |
      (octets[3] ?? 0)) >>>
    0
  );
}
