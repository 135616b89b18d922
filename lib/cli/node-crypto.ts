// Node's own crypto (OpenSSL through node:crypto) for the CLI and other Node hosts: SHA-2 for a
// proof's hash data, and Ed25519 with cached key objects, on the main thread or in libuv's
// thread pool. Node-only, so it lives beside the CLI's composition root, outside the
// framework-free core.

import { createHash, createPublicKey, type KeyObject, verify } from 'node:crypto';
import { type Ed25519Verifier, isAcceptedEd25519Key, type TextDigest } from '../verify';

/** DER SubjectPublicKeyInfo prefix for an Ed25519 key (RFC 8410 §4): the 32 key bytes follow. */
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const MAX_KEYS = 256;

/**
 * An Ed25519Verifier over node:crypto with a bounded cache of public-key objects.
 *
 * `inPool`: verify in libuv's thread pool (crypto.verify's callback form) instead of on the main
 * thread. For a batch: it is bound by the main thread's computing (canonicalisation, parsing),
 * where a verify costs about 0.11 ms against a few µs to hand it over (the latency bench's 1,000
 * credentials: 1,142 → 1,101 ms, median of five). Not for one credential at a time: nothing
 * overlaps the pool's round trip, which adds about 0.2 ms a credential.
 */
export function createNodeEd25519Verifier(options: { inPool?: boolean } = {}): Ed25519Verifier {
  /** Public keys seen → their key object, or 'key_malformed' for one Credlens does not accept. */
  const keys = new Map<string, KeyObject | 'key_malformed'>();
  const keyFor = (publicKey: Uint8Array): KeyObject | 'key_malformed' => {
    // Anything but 32 bytes is never remembered (nor is it a key).
    if (publicKey.length !== 32) return 'key_malformed';
    const id = Buffer.from(publicKey).toString('base64');
    let key = keys.get(id);
    if (key === undefined) {
      key = toKeyObject(publicKey);
      keys.set(id, key);
      if (keys.size > MAX_KEYS) keys.delete(keys.keys().next().value as string);
    }
    return key;
  };
  return (publicKey, message, signature) => {
    const key = keyFor(publicKey);
    if (key === 'key_malformed') return key;
    if (signature.length !== 64) return 'invalid';
    if (options.inPool !== true) {
      try {
        return verify(null, message, key, signature) ? 'valid' : 'invalid';
      } catch {
        return 'invalid';
      }
    }
    return new Promise((resolve) => {
      try {
        verify(null, message, key, signature, (error, valid) =>
          resolve(error === null && valid ? 'valid' : 'invalid'),
        );
      } catch {
        resolve('invalid');
      }
    });
  };
}

/**
 * An Ed25519 public key as OpenSSL's key object, checked once: OpenSSL accepts small-order and
 * non-canonical keys, the core's wrapper does not (policy).
 */
function toKeyObject(publicKey: Uint8Array): KeyObject | 'key_malformed' {
  if (!isAcceptedEd25519Key(publicKey)) return 'key_malformed';
  try {
    return createPublicKey({
      key: Buffer.concat([SPKI_PREFIX, publicKey]),
      format: 'der',
      type: 'spki',
    });
  } catch {
    return 'key_malformed';
  }
}

/**
 * SHA-2 of a string's UTF-8 bytes with OpenSSL, on the main thread: a proof's two canonical texts
 * take a few microseconds each, against about 28 µs for @noble/hashes (measured on the latency
 * bench's 1,000 credentials: 1,232 → 1,189 ms for the batch, median of five).
 */
export const nodeTextDigest: TextDigest = (algorithm, text) => {
  const hash = createHash(algorithm === 'SHA-384' ? 'sha384' : 'sha256').update(text, 'utf8');
  return new Uint8Array(hash.digest());
};
