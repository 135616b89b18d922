// ES256K VC-JWT verification per JWT: Credlens' signature check (@noble/curves, what the worker
// and CLI run) and its whole pipeline (did:key zQ3s… issuer), against node:crypto (OpenSSL) as
// the peer. jose 6 cannot be the peer: it is WebCrypto-only and WebCrypto has no secp256k1.
import { createPublicKey, generateKeyPairSync, type JsonWebKey, sign, verify } from 'node:crypto';
import { base64urlnopad } from '@scure/base';
import { verifyCredential } from '../../lib/verify';
import { verifyEs256k } from '../../lib/verify/jwt/es256k';
import { parseCompactJws } from '../../lib/verify/jwt/parse-jws';
import { decodeSecp256k1Jwk, encodeSecp256k1Multikey } from '../../lib/verify/keys/secp256k1-key';
import { fakeFetch, fixedClock } from '../helpers/fake-fetch';
import { openBadge } from '../helpers/issue';
import { encodeSegment } from '../helpers/jwt';
import { medianPassMs } from './measure';

export type JoseBench = { n: number; credlensMs: number; pipelineMs: number; peerMs: number };

/** Times `n` distinct ES256K JWTs three ways; prints a table and returns the medians (ms, total). */
export async function benchEs256k(n = 200): Promise<JoseBench> {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'secp256k1' });
  const { kty, crv, x, y } = publicKey.export({ format: 'jwk' });
  const jwk = { kty, crv, x, y } as JsonWebKey;
  const decoded = decodeSecp256k1Jwk(jwk);
  if (!decoded.ok) throw new Error('cannot read the bench key');
  const did = `did:key:${encodeSecp256k1Multikey(decoded.value)}`;
  const jwts = Array.from({ length: n }, (_, i) => {
    const id = `urn:uuid:20000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    const input = `${encodeSegment({ alg: 'ES256K', typ: 'vc+jwt' })}.${encodeSegment(openBadge(did, { id }))}`;
    const signature = sign('sha256', Buffer.from(input), {
      key: privateKey,
      dsaEncoding: 'ieee-p1363',
    });
    return `${input}.${base64urlnopad.encode(signature)}`;
  });
  const parsed = jwts.map((jwt) => {
    const result = parseCompactJws(jwt);
    if (!result.ok) throw new Error('bench JWT does not parse');
    return result.value;
  });
  const credlensMs = await medianPassMs(parsed, async (jws) =>
    verifyEs256k({ signingInput: jws.signingInput, signature: jws.signature, jwk }),
  );
  const fetch = fakeFetch();
  const now = fixedClock();
  const pipelineMs = await medianPassMs(jwts, async (text) => {
    const result = await verifyCredential({ kind: 'text', text }, { fetch, now });
    return result.status === 'verified';
  });
  // The peer imports the key per JWT too, as Credlens decodes and validates it per JWT.
  const peerMs = await medianPassMs(parsed, async (jws) =>
    verify(
      'sha256',
      jws.signingInput,
      { key: createPublicKey({ key: jwk, format: 'jwk' }), dsaEncoding: 'ieee-p1363' },
      jws.signature,
    ),
  );
  const each = (ms: number) => `${(ms / n).toFixed(3).padStart(9)} ms each`;
  console.log(`\nES256K VC-JWT, ${n} distinct JWTs (median pass):`);
  console.log(`  Credlens signature check (@noble/curves)        ${each(credlensMs)}`);
  console.log(`  Credlens verifyCredential (did:key zQ3s…)       ${each(pipelineMs)}`);
  console.log(`  node:crypto verify (OpenSSL; jose 6 has no ES256K) ${each(peerMs)}`);
  return { n, credlensMs, pipelineMs, peerMs };
}
