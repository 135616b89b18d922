// The browser-side guard for redirect hops: the declarativeNetRequest rules must block exactly
// the hosts the fetch policy refuses (host-class.ts), only for the extension's own worker, and
// let loopback through only in the test build. Each regexFilter is evaluated with a JavaScript
// RegExp, as Firefox does; the patterns stay within the RE2 subset Chrome compiles.

import { describe, expect, it } from 'vitest';
import {
  BLOCKED_HOSTS_FIRST_RULE_ID,
  type BlockedHostsRule,
  blockedHostsRules,
} from '../../../lib/fetch/blocked-hosts-rules';
import { classifyHost, isLoopbackHost } from '../../../lib/fetch/host-class';

const EXTENSION_HOST = 'abcdefghijklmnopabcdefghijklmnop';
/** The /16s holding a blocked /24 (192.0.0/24, 192.0.2/24, 198.51.100/24, 203.0.113/24). */
const THIRD_OCTET_MATTERS = ['192.0', '198.51', '203.0'];

/** Every notation host-class.test.ts covers, then public controls. */
const URLS: readonly string[] = [
  'https://127.0.0.1/',
  'https://127.2/',
  'https://2130706434/',
  'https://0x7f000002/',
  'https://0X7F000002/',
  'https://0177.0.0.2/',
  'https://0x7f.1/',
  'https://127.0.0.1./',
  'https://%31%32%37.0.0.1/',
  'https://\uff11\uff12\uff17.\uff10.\uff10.\uff11/',
  'https://127.255.255.254:8443/x',
  'http://127.0.0.1:8787/api/credential',
  'https://10.0.0.1/',
  'https://10.255.255.255/',
  'https://167772161/',
  'https://012.0.0.1/',
  'https://172.16.0.1/',
  'https://172.31.255.255/',
  'https://192.168.0.1/',
  'http://192.168.1.1/',
  'https://192.168.50.2:9443/',
  'https://0xc0a80001/',
  'https://192.168.1/',
  'https://169.254.169.254/latest/meta-data/',
  'http://169.254.169.254/',
  'https://169.254.0.1/',
  'https://0xa9fea9fe/',
  'https://100.64.0.1/',
  'https://100.127.255.255/',
  'https://0/',
  'https://0.0.0.0/',
  'https://0.1.2.3/',
  'https://224.0.0.1/',
  'https://239.255.255.250/',
  'https://240.0.0.1/',
  'https://255.255.255.255/',
  'https://4294967295/',
  'https://192.0.0.8/',
  'https://192.0.2.1/',
  'https://198.18.0.1/',
  'https://198.51.100.7/',
  'https://203.0.113.9/',
  'https://[::1]/',
  'https://[0:0:0:0:0:0:0:1]/',
  'http://[::1]:8787/',
  'https://[::]/',
  'https://[fc00::1]/',
  'https://[FD12:3456::1]/',
  'https://[fe80::1]/',
  'https://[febf::1]/',
  'https://[fec0::1]/',
  'https://[ff02::1]/',
  'https://[ff05::1:3]/',
  'https://[100::1]/',
  'https://[::ffff:10.0.0.1]/',
  'https://[::ffff:127.0.0.1]/',
  'https://[::ffff:169.254.169.254]/',
  'https://[::ffff:8.8.8.8]/',
  'https://[::ffff:0:a00:1]/',
  'https://[::10.0.0.1]/',
  'https://[::8.8.8.8]/',
  'https://[64:ff9b::10.0.0.1]/',
  'https://[64:ff9b::8.8.8.8]/',
  'https://[64:ff9b:1::a00:1]/',
  'https://[2002:c0a8:0101::1]/',
  'https://[2002:a00:1::]/',
  'https://[2002:7f00:1::1]/',
  'https://[2002::1]/',
  'https://[2001::1]/',
  'https://[2001:db8::1]/',
  'https://intranet/',
  'https://intranet./',
  'https://localhost/',
  'https://LOCALHOST/',
  'https://localhost./',
  'https://LocalHost./',
  'https://localhost../',
  'http://localhost:8787/',
  'https://app.localhost/',
  'https://printer.local/',
  'https://Printer.LOCAL./',
  'https://metadata.google.internal/',
  'https://nas.lan/',
  'https://router.home.arpa/',
  'https://wiki.intranet/',
  'https://git.corp/',
  'https://box.home/',
  'https://vault.private/',
  'https://./',
  'https://user@10.0.0.1/',
  'https://user:pass@intranet:8443/x',
  // public controls
  'https://8.8.8.8/',
  'https://1.1.1.1/',
  'https://134744072/',
  'https://9.255.255.255/',
  'https://11.0.0.1/',
  'https://100.63.255.255/',
  'https://100.128.0.1/',
  'https://126.255.255.255/',
  'https://128.0.0.1/',
  'https://169.253.255.255/',
  'https://172.15.255.255/',
  'https://172.32.0.1/',
  'https://192.167.255.255/',
  'https://192.169.0.1/',
  'https://223.255.255.255/',
  'https://[2606:4700::1111]/',
  'https://[2001:4860:4860::8888]/',
  'https://[2001:200::1]/',
  'https://[2002:808:808::1]/',
  'https://example.com/',
  'https://example.com./',
  'https://issuer.example/did.json',
  'https://Api.Credly.com/v1/x',
  'https://localhost.example.com/',
  'https://local.example/',
  'https://example.local.com/',
  'https://xn--bcher-kva.example/',
  'https://10.0.0.1.example.com/',
  'https://example.com/10.0.0.1/',
  'https://example.com/?next=http://10.0.0.1/',
  'https://10.0.0.1@example.com/',
  'https://10.0.0.1:80@example.com/',
  'https://intranet@example.com/',
];

describe('blockedHostsRules blocks exactly what the fetch policy refuses', () => {
  const rules = blockedHostsRules({ extensionHost: EXTENSION_HOST, allowLoopback: false });

  it.each(URLS)('%s', (url) => {
    expect(isBlocked(rules.addRules, url)).toBe(isRefused(url, false));
  });

  it('blocks the cloud metadata service and a home router', () => {
    expect(isBlocked(rules.addRules, 'http://169.254.169.254/latest/meta-data/')).toBe(true);
    expect(isBlocked(rules.addRules, 'http://192.168.1.1/admin')).toBe(true);
    expect(isBlocked(rules.addRules, 'https://8.8.8.8/')).toBe(false);
    expect(isBlocked(rules.addRules, 'https://[2606:4700::1111]/')).toBe(false);
  });

  it('agrees with host-class on every IPv4 /16, and on every /24 where the third octet matters', () => {
    const disagreements: string[] = [];
    for (let a = 0; a < 256; a++)
      for (let b = 0; b < 256; b++) {
        const thirds = THIRD_OCTET_MATTERS.includes(`${a}.${b}`) ? range(256) : [1];
        for (const c of thirds) check(`https://${a}.${b}.${c}.1/`, false, rules, disagreements);
      }
    expect(disagreements).toEqual([]);
  });

  it('agrees with host-class on every first IPv6 group, compressed or not', () => {
    const disagreements: string[] = [];
    for (let g0 = 0; g0 < 0x10000; g0++) {
      check(`https://[${hex(g0)}::1]/`, false, rules, disagreements);
      check(`https://[${hex(g0)}:1:2:3:4:5:6:7]/`, false, rules, disagreements);
    }
    for (const tail of ['1', 'ffff:a00:1', 'a00:1', '']) {
      check(`https://[::${tail}]/`, false, rules, disagreements);
    }
    expect(disagreements).toEqual([]);
  });

  it('agrees with host-class on 2001::/16 and every 6to4 /16 (and the /24s that matter)', () => {
    const disagreements: string[] = [];
    for (let g1 = 0; g1 < 0x10000; g1++) {
      check(`https://[2001:${hex(g1)}::1]/`, false, rules, disagreements);
      // Only the third octet (the high byte of the second group) matters inside a /16.
      const seconds = [0xc000, 0xc633, 0xcb00].includes(g1)
        ? [0, ...range(256).map((c) => (c << 8) | 1)]
        : [0, 1];
      for (const g2 of seconds)
        check(`https://[2002:${hex(g1)}:${hex(g2)}::1]/`, false, rules, disagreements);
    }
    expect(disagreements).toEqual([]);
  });
});

describe('blockedHostsRules in the test build (allowLoopback)', () => {
  const rules = blockedHostsRules({ extensionHost: EXTENSION_HOST, allowLoopback: true });

  it.each(URLS)('%s', (url) => {
    expect(isBlocked(rules.addRules, url)).toBe(isRefused(url, true));
  });

  it('reaches the demo world and localhost, and nothing else private', () => {
    expect(isBlocked(rules.addRules, 'http://127.0.0.1:8787/')).toBe(false);
    expect(isBlocked(rules.addRules, 'http://localhost:8787/')).toBe(false);
    expect(isBlocked(rules.addRules, 'http://app.localhost:8787/')).toBe(true);
    expect(isBlocked(rules.addRules, 'http://[::ffff:7f00:1]:8787/')).toBe(true);
    expect(isBlocked(rules.addRules, 'http://10.0.0.1:8787/')).toBe(true);
  });

  it('agrees with the policy on every 127/16 and its neighbours', () => {
    const disagreements: string[] = [];
    for (const a of [0, 126, 127, 128])
      for (let b = 0; b < 256; b++) check(`http://${a}.${b}.0.1/`, true, rules, disagreements);
    expect(disagreements).toEqual([]);
  });
});

describe('blockedHostsRules shape', () => {
  const normal = blockedHostsRules({ extensionHost: EXTENSION_HOST, allowLoopback: false });
  const test = blockedHostsRules({ extensionHost: EXTENSION_HOST, allowLoopback: true });

  it('applies only to the extension worker: its own origin, no tab', () => {
    for (const rule of [...normal.addRules, ...test.addRules]) {
      expect(rule.condition.initiatorDomains).toEqual([EXTENSION_HOST]);
      expect(rule.condition.tabIds).toEqual([-1]);
      expect(rule.condition.regexFilter.startsWith('^https?://')).toBe(true);
    }
  });

  it('never matches the extension pages or a web page about them', () => {
    for (const url of [
      `chrome-extension://${EXTENSION_HOST}/badge.html`,
      'moz-extension://0b6f5a1c-2d3e-4f50-8a9b-0c1d2e3f4a5b/popup.html',
      'https://example.com/chrome-extension://intranet/',
    ])
      expect(normal.addRules.some((rule) => matches(rule, url))).toBe(false);
  });

  it('adds only the loopback allow rule in the test build, above the blocks', () => {
    expect(test.addRules.length).toBe(normal.addRules.length + 1);
    expect(test.addRules.filter((rule) => rule.action.type === 'allow')).toHaveLength(1);
    expect(normal.addRules.every((rule) => rule.action.type === 'block')).toBe(true);
    const allow = test.addRules.find((rule) => rule.action.type === 'allow');
    expect(allow?.priority).toBeGreaterThan(1);
  });

  it('uses unique ids inside the range it clears first', () => {
    const ids = test.addRules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(test.removeRuleIds).toContain(id);
    expect(test.removeRuleIds[0]).toBe(BLOCKED_HOSTS_FIRST_RULE_ID);
  });

  it('stays within RE2 syntax and DNR limits', () => {
    // Chrome and Firefox allow 1000 regex rules and 5000 session rules per extension.
    expect(test.addRules.length).toBeLessThan(100);
    for (const { condition } of test.addRules) {
      // RE2 has no lookaround, backreferences, named backreferences or possessive quantifiers.
      expect(condition.regexFilter).not.toMatch(/\(\?[=!<]|\\[1-9]|\\k<|[*+?}][+]/);
      // A tripwire for Chrome's 2 KB compiled budget (about a hundred RE2 instructions).
      expect(condition.regexFilter.length).toBeLessThan(130);
    }
  });
});

/** What DNR does with the rules: the highest-priority matching rule decides. */
function isBlocked(rules: readonly BlockedHostsRule[], url: string): boolean {
  const href = new URL(url).href;
  const top = rules
    .filter((rule) => matches(rule, href))
    .sort((a, b) => b.priority - a.priority)[0];
  return top?.action.type === 'block';
}

function matches(rule: BlockedHostsRule, href: string): boolean {
  const { regexFilter, isUrlFilterCaseSensitive } = rule.condition;
  const key = `${isUrlFilterCaseSensitive}${regexFilter}`;
  let compiled = compiledFilters.get(key);
  if (compiled === undefined) {
    compiled = new RegExp(regexFilter, isUrlFilterCaseSensitive ? '' : 'i');
    compiledFilters.set(key, compiled);
  }
  return compiled.test(href);
}

const compiledFilters = new Map<string, RegExp>();

/** The fetch policy's own decision (policy.ts): a private host, unless loopback is let through. */
function isRefused(url: string, allowLoopback: boolean): boolean {
  const host = new URL(url).hostname;
  return classifyHost(host) !== undefined && !(allowLoopback && isLoopbackHost(host));
}

function check(
  url: string,
  allowLoopback: boolean,
  rules: ReturnType<typeof blockedHostsRules>,
  disagreements: string[],
): void {
  if (isBlocked(rules.addRules, url) !== isRefused(url, allowLoopback)) disagreements.push(url);
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

function hex(n: number): string {
  return n.toString(16);
}
