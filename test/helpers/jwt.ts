// Test-only JOSE issuer: key pairs for every algorithm the JWT tests need (including ones jose
// refuses to make, such as 1024-bit RSA), compact JWS signed over arbitrary header and payload
// through WebCrypto, and the DID / controller documents that publish the public keys.

import { base64urlnopad } from '@scure/base';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import { encodeEd25519Multikey } from '../../lib/verify';

export type JwsAlg = 'EdDSA' | 'ES256' | 'ES384' | 'ES512' | 'RS256' | 'PS256';

export type JwtKey = {
  alg: JwsAlg;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  /** Public members only (no `d`, `alg`, `kid`). */
  publicJwk: JWK;
  /** Includes the private `d` (and RSA CRT members). */
  privateJwk: JWK;
};

/** A fresh key pair for `alg`; RSA below 2048 bits goes through WebCrypto directly. */
export async function jwtKey(
  alg: JwsAlg,
  options: { modulusLength?: number } = {},
): Promise<JwtKey> {
  const modulusLength = options.modulusLength ?? 2048;
  const pair =
    (alg === 'RS256' || alg === 'PS256') && modulusLength < 2048
      ? ((await crypto.subtle.generateKey(
          {
            name: alg === 'RS256' ? 'RSASSA-PKCS1-v1_5' : 'RSA-PSS',
            modulusLength,
            publicExponent: new Uint8Array([1, 0, 1]),
            hash: 'SHA-256',
          },
          true,
          ['sign', 'verify'],
        )) as CryptoKeyPair)
      : await generateKeyPair(alg, { extractable: true, modulusLength });
  const { alg: _alg, ...publicJwk } = await exportJWK(pair.publicKey);
  const privateJwk = await exportJWK(pair.privateKey);
  return { alg, privateKey: pair.privateKey, publicKey: pair.publicKey, publicJwk, privateJwk };
}

export function b64url(bytes: Uint8Array): string {
  return base64urlnopad.encode(bytes);
}

/** base64url(UTF-8(JSON.stringify(value))), or of `value` itself when it is already a string. */
export function encodeSegment(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return b64url(new TextEncoder().encode(text));
}

export function decodeSegment(segment: string): unknown {
  return JSON.parse(new TextDecoder().decode(base64urlnopad.decode(segment)));
}

function signParams(key: CryptoKey): AlgorithmIdentifier | EcdsaParams | RsaPssParams {
  const { name } = key.algorithm;
  if (name === 'ECDSA') {
    const curve = (key.algorithm as EcKeyAlgorithm).namedCurve;
    const hash = { 'P-256': 'SHA-256', 'P-384': 'SHA-384', 'P-521': 'SHA-512' }[curve];
    return { name, hash: hash ?? 'SHA-256' };
  }
  if (name === 'RSA-PSS') return { name, saltLength: 32 };
  return { name };
}

/** Signs `header`.`payload` with `key` whatever the header says (no checks: tests lie on purpose). */
export async function signJws(
  header: Record<string, unknown>,
  payload: unknown,
  key: CryptoKey | JwtKey,
): Promise<string> {
  const privateKey = 'privateKey' in key ? key.privateKey : key;
  const input = `${encodeSegment(header)}.${encodeSegment(payload)}`;
  const signature = await crypto.subtle.sign(
    signParams(privateKey),
    privateKey,
    new TextEncoder().encode(input),
  );
  return `${input}.${b64url(new Uint8Array(signature))}`;
}

/** An HMAC-SHA256 JWS with a shared secret (which proves nothing about an issuer). */
export async function hmacJws(
  header: Record<string, unknown>,
  payload: unknown,
  secret = 'secret',
): Promise<string> {
  const key = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const input = `${encodeSegment(header)}.${encodeSegment(payload)}`;
  const mac = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(input));
  return `${input}.${b64url(new Uint8Array(mac))}`;
}

/** An unsecured JWS (RFC 7515 appendix A.5): empty signature. */
export function unsignedJws(header: Record<string, unknown>, payload: unknown): string {
  return `${encodeSegment(header)}.${encodeSegment(payload)}.`;
}

/** Splits a compact JWS into its decoded header and payload and its raw segments. */
export function splitJws(jws: string): {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
  segments: [string, string, string];
} {
  const [h = '', p = '', s = ''] = jws.split('.');
  return {
    header: decodeSegment(h) as Record<string, unknown>,
    payload: decodeSegment(p) as Record<string, unknown>,
    segments: [h, p, s],
  };
}

/** did:jwk of a public JWK (quartzjer/did-jwk: base64url of its JSON). */
export function didJwk(publicJwk: JWK): string {
  return `did:jwk:${encodeSegment(publicJwk)}`;
}

/** did:key of an Ed25519 JWK, and its only verification method id. */
export function didKeyOf(publicJwk: JWK): { did: string; methodId: string } {
  if (publicJwk.crv !== 'Ed25519' || typeof publicJwk.x !== 'string')
    throw new Error('did:key needs an Ed25519 JWK');
  const multikey = encodeEd25519Multikey(base64urlnopad.decode(publicJwk.x));
  const did = `did:key:${multikey}`;
  return { did, methodId: `${did}#${multikey}` };
}

export type MethodSpec = {
  fragment: string;
  jwk: JWK;
  /** Defaults to the document's id. */
  controller?: string;
  /** Defaults to ['assertionMethod']. */
  relations?: string[];
};

/**
 * A controller document (or did:web DID document) whose `JsonWebKey` methods are listed by
 * reference under their relations (assertionMethod by default).
 */
export function jwkControllerDocument(id: string, methods: MethodSpec[]): Record<string, unknown> {
  const document: Record<string, unknown> = {
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/jwk/v1'],
    id,
    verificationMethod: methods.map((m) => ({
      id: `${id}#${m.fragment}`,
      type: 'JsonWebKey',
      controller: m.controller ?? id,
      publicKeyJwk: m.jwk,
    })),
  };
  for (const method of methods) {
    for (const relation of method.relations ?? ['assertionMethod']) {
      const list = (document[relation] as string[] | undefined) ?? [];
      document[relation] = [...list, `${id}#${method.fragment}`];
    }
  }
  return document;
}

/** The https URL a did:web DID document is served at (did-method-web §3.2, no path). */
export function didWebDocumentUrl(did: string): string {
  const [host, ...path] = did.slice('did:web:'.length).split(':');
  const decodedHost = decodeURIComponent(host ?? '');
  return path.length === 0
    ? `https://${decodedHost}/.well-known/did.json`
    : `https://${decodedHost}/${path.join('/')}/did.json`;
}

/** Seconds since the epoch of an ISO date-time, for JWT NumericDate claims. */
export function numericDate(iso: string): number {
  return Math.floor(Date.parse(iso) / 1000);
}
