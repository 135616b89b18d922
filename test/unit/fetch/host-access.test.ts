// The worker's permission-aware fetch: a network failure on an https host the extension holds no
// permission for is noted for the popup; successes, permitted hosts, timeouts, plain-http
// loopback and any private, loopback or intranet host (which the popup must never offer) are not.

import { describe, expect, it } from 'vitest';
import { permissionAwareFetch } from '../../../lib/fetch';

function access(granted: string[]) {
  const blocked: string[] = [];
  return {
    blocked,
    granted: async (origin: string) => granted.includes(origin),
    blockedFn: async (origin: string) => {
      blocked.push(origin);
    },
  };
}

const failing = async () => {
  throw new TypeError('Failed to fetch');
};

describe('permissionAwareFetch', () => {
  it('notes an https origin that failed and has no permission, and still fails', async () => {
    const a = access([]);
    const fetch = permissionAwareFetch(failing, { granted: a.granted, blocked: a.blockedFn });
    await expect(fetch('https://issuer.example.edu/.well-known/did.json')).rejects.toThrow(
      TypeError,
    );
    expect(a.blocked).toEqual(['https://issuer.example.edu']);
  });

  it('does not note a permitted origin, a success, a timeout, or plain http', async () => {
    const a = access(['https://api.credly.com']);
    const hooks = { granted: a.granted, blocked: a.blockedFn };
    await expect(
      permissionAwareFetch(failing, hooks)('https://api.credly.com/x'),
    ).rejects.toThrow();
    const ok = permissionAwareFetch(async () => new Response('{}'), hooks);
    expect((await ok('https://issuer.example.edu/x')).status).toBe(200);
    const timeout = permissionAwareFetch(async () => {
      throw new DOMException('timed out', 'TimeoutError');
    }, hooks);
    await expect(timeout('https://slow.example/x')).rejects.toThrow('timed out');
    await expect(permissionAwareFetch(failing, hooks)('http://127.0.0.1:8787/x')).rejects.toThrow();
    expect(a.blocked).toEqual([]);
  });

  it('treats a failing permission check as granted (nothing to offer) and rethrows the fetch error', async () => {
    const fetch = permissionAwareFetch(failing, {
      granted: async () => {
        throw new Error('no permissions API');
      },
      blocked: async () => {
        throw new Error('must not be called');
      },
    });
    await expect(fetch('https://issuer.example.edu/x')).rejects.toThrow('Failed to fetch');
  });

  it.each([
    'https://127.0.0.1:8443/x',
    'https://localhost/x',
    'https://localhost./x',
    'https://10.0.0.1/x',
    'https://192.168.50.2:9443/.well-known/did.json',
    'https://169.254.169.254/latest/meta-data/',
    'https://[::1]/x',
    'https://[fd00::1]/x',
    'https://[::ffff:a00:1]/x',
    'https://0x7f000001/x',
    'https://intranet/x',
    'https://nas.lan/x',
    'https://printer.local/x',
  ])('never notes the private host of %s as needing access', async (url) => {
    const a = access([]);
    const fetch = permissionAwareFetch(failing, { granted: a.granted, blocked: a.blockedFn });
    await expect(fetch(url)).rejects.toThrow(TypeError);
    expect(a.blocked).toEqual([]);
  });

  it('still notes public hosts and public addresses', async () => {
    const a = access([]);
    const fetch = permissionAwareFetch(failing, { granted: a.granted, blocked: a.blockedFn });
    for (const url of [
      'https://8.8.8.8/x',
      'https://[2606:4700::1111]/x',
      'https://example.com./x',
    ])
      await expect(fetch(url)).rejects.toThrow(TypeError);
    expect(a.blocked).toEqual([
      'https://8.8.8.8',
      'https://[2606:4700::1111]',
      'https://example.com.',
    ]);
  });
});
