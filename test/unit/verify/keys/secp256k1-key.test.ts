// secp256k1 key decoding (lib/verify/keys/secp256k1-key.ts): did:key zQ3s… Multikey and JWK,
// both validated on the curve, and the did:key expansion that uses them.

import { generateKeyPairSync } from 'node:crypto';
import { base58 } from '@scure/base';
import { describe, expect, it } from 'vitest';
import { expandDidKey } from '../../../../lib/verify/keys';
import {
  decodeSecp256k1Jwk,
  decodeSecp256k1Multikey,
  encodeSecp256k1Multikey,
  isSecp256k1Multikey,
  secp256k1Jwk,
} from '../../../../lib/verify/keys/secp256k1-key';

function opensslJwk() {
  const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'secp256k1' });
  const { kty, crv, x, y } = publicKey.export({ format: 'jwk' });
  return { kty, crv, x, y };
}

describe('secp256k1 keys', () => {
  it('round-trips an OpenSSL JWK through a zQ3s… Multikey', () => {
    const jwk = opensslJwk();
    const key = decodeSecp256k1Jwk(jwk);
    if (!key.ok) throw new Error(key.error.detail);
    const multikey = encodeSecp256k1Multikey(key.value);
    expect(multikey.startsWith('zQ3s')).toBe(true);
    expect(isSecp256k1Multikey(multikey)).toBe(true);
    const back = decodeSecp256k1Multikey(multikey);
    expect(back.ok && secp256k1Jwk(back.value)).toEqual(jwk);
  });

  it('refuses a private JWK, another curve and a point off the curve', () => {
    const jwk = opensslJwk();
    expect(decodeSecp256k1Jwk({ ...jwk, d: 'AA' })).toMatchObject({
      ok: false,
      error: { code: 'key_private_exposed' },
    });
    expect(decodeSecp256k1Jwk({ ...jwk, crv: 'P-256' }).ok).toBe(false);
    const y = Buffer.from(jwk.y ?? '', 'base64url');
    y[31] = (y[31] ?? 0) ^ 1;
    expect(decodeSecp256k1Jwk({ ...jwk, y: y.toString('base64url') })).toMatchObject({
      ok: false,
      error: { code: 'key_malformed' },
    });
  });

  it('expands a did:key zQ3s… to a Multikey method listed for assertion', () => {
    const key = decodeSecp256k1Jwk(opensslJwk());
    if (!key.ok) throw new Error(key.error.detail);
    const multikey = encodeSecp256k1Multikey(key.value);
    const document = expandDidKey(`did:key:${multikey}`);
    expect(document.ok && document.value.assertionMethod).toEqual([
      `did:key:${multikey}#${multikey}`,
    ]);
    const truncated = base58.encode(base58.decode(multikey.slice(1)).slice(0, 34));
    expect(expandDidKey(`did:key:z${truncated}`).ok).toBe(false);
  });
});
