// Workloads for the other formats the bench reports: VC-JWT (EdDSA with a did:key issuer,
// ES256 with a did:jwk issuer) and credentials whose revocation status points at a signed
// Bitstring status list.
import { gzipSync } from 'node:zlib';
import { base64urlnopad } from '@scure/base';
import { CompactSign, exportJWK, generateKeyPair } from 'jose';
import { issue, openBadge, testKey } from '../helpers/issue';

export type FormatWorkload = {
  jwtEdDsa: string[];
  jwtEs256: string[];
  statusChecked: Record<string, unknown>[];
  statusList: Record<string, unknown>;
};

export const STATUS_LIST_URL = 'https://issuer.example/status/1';

export async function buildFormatWorkload(count: number): Promise<FormatWorkload> {
  const key = await testKey(43);
  const edKey = {
    kty: 'OKP',
    crv: 'Ed25519',
    x: base64urlnopad.encode(key.publicKey),
    d: base64urlnopad.encode(key.seed),
  };
  const es = await generateKeyPair('ES256', { extractable: true });
  const esJwk = await exportJWK(es.publicKey);
  const esDid = `did:jwk:${base64urlnopad.encode(new TextEncoder().encode(JSON.stringify({ kty: esJwk.kty, crv: esJwk.crv, x: esJwk.x, y: esJwk.y })))}`;
  const { importJWK } = await import('jose');
  const edPrivate = await importJWK(edKey, 'EdDSA');
  const sign = (
    payload: object,
    header: Record<string, string>,
    privateKey: CryptoKey | Uint8Array,
  ) =>
    new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
      .setProtectedHeader(header as { alg: string })
      .sign(privateKey as CryptoKey);
  const ids = Array.from(
    { length: count },
    (_, i) => `urn:uuid:10000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  );
  const jwtEdDsa = await Promise.all(
    ids.map((id) =>
      sign(
        openBadge(key.did, { id }),
        { alg: 'EdDSA', typ: 'vc+jwt', kid: key.methodId },
        edPrivate as CryptoKey,
      ),
    ),
  );
  const jwtEs256 = await Promise.all(
    ids.map((id) =>
      sign(
        openBadge(esDid, { id }),
        { alg: 'ES256', typ: 'vc+jwt', kid: `${esDid}#0` },
        es.privateKey,
      ),
    ),
  );
  const bits = new Uint8Array(131_072 / 8);
  bits[0] = 0x80; // index 0 revoked; the workload uses the others
  const statusList = await issue(
    {
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      id: STATUS_LIST_URL,
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      issuer: key.did,
      validFrom: '2026-01-01T00:00:00Z',
      credentialSubject: {
        id: `${STATUS_LIST_URL}#list`,
        type: 'BitstringStatusList',
        statusPurpose: 'revocation',
        encodedList: `u${base64urlnopad.encode(gzipSync(bits))}`,
      },
    },
    { key },
  );
  const statusChecked = await Promise.all(
    ids.map((id, i) =>
      issue(
        openBadge(key.did, {
          id,
          credentialStatus: {
            id: `${STATUS_LIST_URL}#${i + 1}`,
            type: 'BitstringStatusListEntry',
            statusPurpose: 'revocation',
            statusListIndex: String(i + 1),
            statusListCredential: STATUS_LIST_URL,
          },
        }),
        { key },
      ),
    ),
  );
  return { jwtEdDsa, jwtEs256, statusChecked, statusList };
}
