// Host classes, through the URL parser exactly as checkUrlPolicy sees them: every numeric and
// IPv6 spelling of a private address is first normalised by `new URL` (asserted here, not
// assumed), then refused with its range; public hosts and public addresses stay allowed.

import { describe, expect, it } from 'vitest';
import { checkUrlPolicy } from '../../../lib/fetch';
import { classifyHost, isLoopbackHost, isPublicHost } from '../../../lib/fetch/host-class';

/** [URL as written, hostname after WHATWG parsing, the range it must be refused as]. */
const PRIVATE: readonly [string, string, string][] = [
  // IPv4 loopback 127/8 in every spelling the URL parser accepts
  ['https://127.0.0.1/', '127.0.0.1', 'loopback'],
  ['https://127.2/', '127.0.0.2', 'loopback'],
  ['https://2130706434/', '127.0.0.2', 'loopback'],
  ['https://0x7f000002/', '127.0.0.2', 'loopback'],
  ['https://0X7F000002/', '127.0.0.2', 'loopback'],
  ['https://0177.0.0.2/', '127.0.0.2', 'loopback'],
  ['https://0x7f.1/', '127.0.0.1', 'loopback'],
  ['https://127.0.0.1./', '127.0.0.1', 'loopback'],
  ['https://%31%32%37.0.0.1/', '127.0.0.1', 'loopback'],
  ['https://\uff11\uff12\uff17.\uff10.\uff10.\uff11/', '127.0.0.1', 'loopback'],
  ['https://127.255.255.254:8443/x', '127.255.255.254', 'loopback'],
  // RFC 1918
  ['https://10.0.0.1/', '10.0.0.1', 'private network'],
  ['https://10.255.255.255/', '10.255.255.255', 'private network'],
  ['https://167772161/', '10.0.0.1', 'private network'],
  ['https://012.0.0.1/', '10.0.0.1', 'private network'],
  ['https://172.16.0.1/', '172.16.0.1', 'private network'],
  ['https://172.31.255.255/', '172.31.255.255', 'private network'],
  ['https://192.168.0.1/', '192.168.0.1', 'private network'],
  ['https://192.168.50.2:9443/', '192.168.50.2', 'private network'],
  ['https://0xc0a80001/', '192.168.0.1', 'private network'],
  ['https://192.168.1/', '192.168.0.1', 'private network'],
  // link-local (cloud metadata), CGNAT, "this network"
  ['https://169.254.169.254/latest/meta-data/', '169.254.169.254', 'link-local'],
  ['https://169.254.0.1/', '169.254.0.1', 'link-local'],
  ['https://0xa9fea9fe/', '169.254.169.254', 'link-local'],
  ['https://100.64.0.1/', '100.64.0.1', 'shared address space'],
  ['https://100.127.255.255/', '100.127.255.255', 'shared address space'],
  ['https://0/', '0.0.0.0', 'reserved'],
  ['https://0.0.0.0/', '0.0.0.0', 'reserved'],
  ['https://0.1.2.3/', '0.1.2.3', 'reserved'],
  // multicast, reserved, broadcast, documentation and benchmarking
  ['https://224.0.0.1/', '224.0.0.1', 'multicast'],
  ['https://239.255.255.250/', '239.255.255.250', 'multicast'],
  ['https://240.0.0.1/', '240.0.0.1', 'reserved'],
  ['https://255.255.255.255/', '255.255.255.255', 'reserved'],
  ['https://4294967295/', '255.255.255.255', 'reserved'],
  ['https://192.0.0.8/', '192.0.0.8', 'reserved'],
  ['https://192.0.2.1/', '192.0.2.1', 'reserved'],
  ['https://198.18.0.1/', '198.18.0.1', 'reserved'],
  ['https://198.51.100.7/', '198.51.100.7', 'reserved'],
  ['https://203.0.113.9/', '203.0.113.9', 'reserved'],
  // IPv6 loopback, unspecified, ULA, link-local, site-local, multicast
  ['https://[::1]/', '[::1]', 'loopback'],
  ['https://[0:0:0:0:0:0:0:1]/', '[::1]', 'loopback'],
  ['https://[::]/', '[::]', 'reserved'],
  ['https://[fc00::1]/', '[fc00::1]', 'private network'],
  ['https://[FD12:3456::1]/', '[fd12:3456::1]', 'private network'],
  ['https://[fe80::1]/', '[fe80::1]', 'link-local'],
  ['https://[febf::1]/', '[febf::1]', 'link-local'],
  ['https://[fec0::1]/', '[fec0::1]', 'non-global IPv6'],
  ['https://[ff02::1]/', '[ff02::1]', 'multicast'],
  ['https://[ff05::1:3]/', '[ff05::1:3]', 'multicast'],
  ['https://[100::1]/', '[100::1]', 'non-global IPv6'],
  // IPv4 inside IPv6: mapped, translated, compatible, NAT64 (whole prefixes), 6to4 (judged)
  ['https://[::ffff:10.0.0.1]/', '[::ffff:a00:1]', 'IPv4 embedded in IPv6'],
  ['https://[::ffff:127.0.0.1]/', '[::ffff:7f00:1]', 'IPv4 embedded in IPv6'],
  ['https://[::ffff:169.254.169.254]/', '[::ffff:a9fe:a9fe]', 'IPv4 embedded in IPv6'],
  ['https://[::ffff:8.8.8.8]/', '[::ffff:808:808]', 'IPv4 embedded in IPv6'],
  ['https://[::ffff:0:a00:1]/', '[::ffff:0:a00:1]', 'IPv4 embedded in IPv6'],
  ['https://[::10.0.0.1]/', '[::a00:1]', 'IPv4 embedded in IPv6'],
  ['https://[::8.8.8.8]/', '[::808:808]', 'IPv4 embedded in IPv6'],
  ['https://[64:ff9b::10.0.0.1]/', '[64:ff9b::a00:1]', 'IPv4 embedded in IPv6'],
  ['https://[64:ff9b::8.8.8.8]/', '[64:ff9b::808:808]', 'IPv4 embedded in IPv6'],
  ['https://[64:ff9b:1::a00:1]/', '[64:ff9b:1::a00:1]', 'IPv4 embedded in IPv6'],
  ['https://[2002:c0a8:0101::1]/', '[2002:c0a8:101::1]', 'IPv4 embedded in IPv6'],
  ['https://[2002:a00:1::]/', '[2002:a00:1::]', 'IPv4 embedded in IPv6'],
  ['https://[2002:7f00:1::1]/', '[2002:7f00:1::1]', 'IPv4 embedded in IPv6'],
  ['https://[2001::1]/', '[2001::1]', 'non-global IPv6'],
  ['https://[2001:db8::1]/', '[2001:db8::1]', 'non-global IPv6'],
  // names that only resolve inside a network
  ['https://intranet/', 'intranet', 'local name'],
  ['https://intranet./', 'intranet.', 'local name'],
  ['https://localhost/', 'localhost', 'loopback'],
  ['https://LOCALHOST/', 'localhost', 'loopback'],
  ['https://localhost./', 'localhost.', 'loopback'],
  ['https://LocalHost./', 'localhost.', 'loopback'],
  ['https://app.localhost/', 'app.localhost', 'loopback'],
  ['https://printer.local/', 'printer.local', 'local name'],
  ['https://Printer.LOCAL./', 'printer.local.', 'local name'],
  ['https://metadata.google.internal/', 'metadata.google.internal', 'local name'],
  ['https://nas.lan/', 'nas.lan', 'local name'],
  ['https://router.home.arpa/', 'router.home.arpa', 'local name'],
  ['https://wiki.intranet/', 'wiki.intranet', 'local name'],
  ['https://git.corp/', 'git.corp', 'local name'],
  ['https://./', '.', 'local name'],
];

const PUBLIC: readonly [string, string][] = [
  ['https://8.8.8.8/', '8.8.8.8'],
  ['https://1.1.1.1/', '1.1.1.1'],
  ['https://134744072/', '8.8.8.8'],
  ['https://9.255.255.255/', '9.255.255.255'],
  ['https://11.0.0.1/', '11.0.0.1'],
  ['https://100.63.255.255/', '100.63.255.255'],
  ['https://100.128.0.1/', '100.128.0.1'],
  ['https://126.255.255.255/', '126.255.255.255'],
  ['https://128.0.0.1/', '128.0.0.1'],
  ['https://169.253.255.255/', '169.253.255.255'],
  ['https://172.15.255.255/', '172.15.255.255'],
  ['https://172.32.0.1/', '172.32.0.1'],
  ['https://192.167.255.255/', '192.167.255.255'],
  ['https://192.169.0.1/', '192.169.0.1'],
  ['https://223.255.255.255/', '223.255.255.255'],
  ['https://[2606:4700::1111]/', '[2606:4700::1111]'],
  ['https://[2001:4860:4860::8888]/', '[2001:4860:4860::8888]'],
  ['https://[2001:200::1]/', '[2001:200::1]'],
  ['https://[2002:808:808::1]/', '[2002:808:808::1]'],
  ['https://example.com./', 'example.com.'],
  ['https://issuer.example/did.json', 'issuer.example'],
  ['https://Api.Credly.com/v1/x', 'api.credly.com'],
  ['https://localhost.example.com/', 'localhost.example.com'],
  ['https://local.example/', 'local.example'],
  ['https://example.local.com/', 'example.local.com'],
  ['https://xn--bcher-kva.example/', 'xn--bcher-kva.example'],
];

describe('the URL parser normalises hosts before the policy reads them', () => {
  it.each(PRIVATE)('%s parses to host %s', (url, host) => {
    expect(new URL(url).hostname).toBe(host);
  });

  it.each(PUBLIC)('%s parses to host %s', (url, host) => {
    expect(new URL(url).hostname).toBe(host);
  });
});

describe('checkUrlPolicy refuses private, loopback and local hosts', () => {
  it.each(PRIVATE)('refuses %s (host %s) as %s', (url, host, range) => {
    expect(checkUrlPolicy(url, {})).toEqual({
      allowed: false,
      reason: 'private_host',
      host,
      range,
    });
  });

  it.each(PRIVATE.filter(([url]) => !isLoopbackHost(new URL(url).hostname)))(
    'refuses %s even with insecureLocalhost',
    (url) => {
      expect(checkUrlPolicy(url, { insecureLocalhost: true })).toMatchObject({
        allowed: false,
        reason: 'private_host',
      });
      expect(
        checkUrlPolicy(url.replace('https:', 'http:'), { insecureLocalhost: true }),
      ).toMatchObject({ allowed: false, reason: 'private_host' });
    },
  );

  it.each(PUBLIC)('allows %s', (url) => {
    const verdict = checkUrlPolicy(url, {});
    expect(verdict.allowed && verdict.url.href).toBe(new URL(url).href);
  });
});

describe('classifyHost on hosts that skipped the URL parser', () => {
  it.each([
    ['127.1', 'reserved'],
    ['0x7f000001', 'reserved'],
    ['2130706433', 'reserved'],
    ['010.0.0.1', 'reserved'],
    ['1.2.3.256', 'reserved'],
    ['[fe80::1%eth0]', 'reserved'],
    ['[1:2:3:4:5:6:7:8:9]', 'reserved'],
    ['[1::2::3]', 'reserved'],
    ['[::ffff:127.0.0.1]', 'IPv4 embedded in IPv6'],
    ['::1', 'loopback'],
    ['FE80::1', 'link-local'],
    ['', 'local name'],
  ])('fails closed for %j (%s)', (host, range) => {
    expect(classifyHost(host)).toBe(range);
    expect(isPublicHost(host)).toBe(false);
  });

  it('reads full and compressed IPv6 with a trailing dotted quad alike', () => {
    expect(classifyHost('[0:0:0:0:0:ffff:10.0.0.1]')).toBe('IPv4 embedded in IPv6');
    expect(classifyHost('[2606:4700:0:0:0:0:0:1111]')).toBeUndefined();
    expect(classifyHost('[2002:808:808::8.8.8.8]')).toBeUndefined();
  });
});

describe('isLoopbackHost (what the insecureLocalhost switch may reach)', () => {
  it.each([
    '127.0.0.1',
    '127.255.255.255',
    'localhost',
    'LOCALHOST',
    'localhost.',
    '::1',
    '[::1]',
    '[0:0:0:0:0:0:0:1]',
  ])('accepts %s', (host) => {
    expect(isLoopbackHost(host)).toBe(true);
  });

  it.each([
    '127.0.0.256',
    '127.0.0',
    '127.1',
    '128.0.0.1',
    '0.0.0.0',
    'localhost.example',
    'app.localhost',
    '127.0.0.1.example',
    '[::ffff:7f00:1]',
    '::2',
    '[::]',
    '',
  ])('rejects %j', (host) => {
    expect(isLoopbackHost(host)).toBe(false);
  });
});
