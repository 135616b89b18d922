// The detached JWS of an Ed25519Signature2018 proof (w3c-ccg/lds-ed25519-2018 §5, RFC 7797
// unencoded payload): `<b64url header>..<b64url signature>`, header exactly
// {"alg":"EdDSA","b64":false,"crit":["b64"]} (the rule digitalbazaar's JwsLinkedDataSignature
// enforces). The signature covers ASCII(header) ‖ "." ‖ the 64 verify-data bytes.

import { err, ok, type Result } from '../../shared/result';
import { asRecord } from '../../shared/text';
import { decodeBase64url } from '../keys';

export type DetachedJws = {
  /** The protected header exactly as it appears in `jws`: it is signed as ASCII. */
  encodedHeader: string;
  signature: Uint8Array;
};

/** Most characters read from a `jws` value: a header and a 64-byte signature need ~200. */
const MAX_JWS_LENGTH = 1024;

/** Parses and checks a detached JWS; the error is a safe detail. */
export function parseDetachedJws(value: unknown): Result<DetachedJws, string> {
  if (typeof value !== 'string' || value.length > MAX_JWS_LENGTH)
    return err('the proof has no jws of the form header..signature');
  const parts = value.split('.');
  const [encodedHeader, payload, encodedSignature] = parts;
  if (
    parts.length !== 3 ||
    payload !== '' ||
    encodedHeader === undefined ||
    encodedSignature === undefined
  )
    return err('jws must be detached: header..signature');
  const header = parseHeader(encodedHeader);
  if (header === undefined) return err('the jws header is not base64url JSON');
  const keys = Object.keys(header);
  const crit = header.crit;
  // Policy: the header must be exactly what the suite defines; anything else is another format.
  if (
    header.alg !== 'EdDSA' ||
    header.b64 !== false ||
    !Array.isArray(crit) ||
    crit.length !== 1 ||
    crit[0] !== 'b64' ||
    keys.length !== 3
  )
    return err('the jws header must be {"alg":"EdDSA","b64":false,"crit":["b64"]}');
  const signature = decodeBase64url(encodedSignature);
  if (signature?.length !== 64) return err('the jws signature is not 64 bytes of base64url');
  return ok({ encodedHeader, signature });
}

/** The bytes the JWS signs: ASCII(encodedHeader + ".") followed by the verify data. */
export function jwsSigningInput(encodedHeader: string, verifyData: Uint8Array): Uint8Array {
  const prefix = new TextEncoder().encode(`${encodedHeader}.`);
  const input = new Uint8Array(prefix.length + verifyData.length);
  input.set(prefix, 0);
  input.set(verifyData, prefix.length);
  return input;
}

function parseHeader(encoded: string): Record<string, unknown> | undefined {
  const bytes = decodeBase64url(encoded);
  if (bytes === undefined) return undefined;
  try {
    const header: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    return asRecord(header);
  } catch {
    return undefined;
  }
}
