// Legacy Ed25519 key forms (lib/verify/keys/legacy-keys.ts): Ed25519VerificationKey2018
// publicKeyBase58 and the raw 32-byte Ed25519VerificationKey2020 publicKeyMultibase, each
// accepted only where the method's type names Ed25519.

import { base58 } from '@scure/base';
import { describe, expect, it } from 'vitest';
import { publicKeyOfMethod } from '../../../../lib/verify/keys';
import { decodeLegacyEd25519Key } from '../../../../lib/verify/keys/legacy-keys';

const KEY = Uint8Array.from({ length: 32 }, (_, i) => i + 1);
const headered = Uint8Array.from([0xed, 0x01, ...KEY]);

describe('decodeLegacyEd25519Key', () => {
  it('reads publicKeyBase58 on Ed25519VerificationKey2018', () => {
    const result = decodeLegacyEd25519Key({
      type: 'Ed25519VerificationKey2018',
      publicKeyBase58: base58.encode(KEY),
    });
    expect(result?.ok && result.value.bytes).toEqual(KEY);
  });

  it('refuses publicKeyBase58 on a type that does not name Ed25519, or of the wrong length', () => {
    for (const method of [
      { type: 'X25519KeyAgreementKey2019', publicKeyBase58: base58.encode(KEY) },
      { publicKeyBase58: base58.encode(KEY) },
      { type: 'Ed25519VerificationKey2018', publicKeyBase58: base58.encode(KEY.slice(1)) },
      { type: 'Ed25519VerificationKey2018', publicKeyBase58: '0OIl' },
    ]) {
      const result = decodeLegacyEd25519Key(method);
      expect(result !== undefined && !result.ok && result.error.code).toBe('key_malformed');
    }
  });

  it('reads a raw 32-byte publicKeyMultibase on Ed25519VerificationKey2020 only', () => {
    const raw = `z${base58.encode(KEY)}`;
    const result = decodeLegacyEd25519Key({
      type: 'Ed25519VerificationKey2020',
      publicKeyMultibase: raw,
    });
    expect(result?.ok && result.value.bytes).toEqual(KEY);
    expect(decodeLegacyEd25519Key({ type: 'Multikey', publicKeyMultibase: raw })).toBeUndefined();
    expect(publicKeyOfMethod({ type: 'Multikey', publicKeyMultibase: raw }).ok).toBe(false);
  });

  it('leaves a headered Multikey value to the Multikey decoder (same key either way)', () => {
    const value = `z${base58.encode(headered)}`;
    expect(
      decodeLegacyEd25519Key({ type: 'Ed25519VerificationKey2020', publicKeyMultibase: value }),
    ).toBeUndefined();
    const key = publicKeyOfMethod({
      type: 'Ed25519VerificationKey2020',
      publicKeyMultibase: value,
    });
    expect(key.ok && key.value.bytes).toEqual(KEY);
  });
});
