// Imported WebCrypto keys, reused across verifications: importing an Ed25519 key is a
// round-trip through the crypto thread pool that costs as much as a third of a verify, and the
// credentials on one profile often share an issuer. Public keys only; bounded.

/** Most keys kept; the oldest is dropped first. */
export const MAX_CACHED_KEYS = 256;

export type KeyCache = {
  get(publicKey: Uint8Array): CryptoKey | undefined;
  set(publicKey: Uint8Array, key: CryptoKey): void;
};

/** A bounded cache of imported public keys, keyed by their bytes. */
export function createKeyCache(maxEntries = MAX_CACHED_KEYS): KeyCache {
  const keys = new Map<string, CryptoKey>();
  const id = (publicKey: Uint8Array) => String.fromCharCode(...publicKey);
  return {
    get: (publicKey) => keys.get(id(publicKey)),
    set: (publicKey, key) => {
      keys.set(id(publicKey), key);
      if (keys.size > maxEntries) {
        const oldest = keys.keys().next().value;
        if (oldest !== undefined) keys.delete(oldest);
      }
    },
  };
}
