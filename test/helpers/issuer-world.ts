// A world of issuers for batch tests and the latency bench: each issuer on its own origin
// (did:web issuers publish their DID document there, did:key issuers only use it for lists),
// with a signed Bitstring status list revoking some of its credentials, eddsa-rdfc-2022
// credentials pointing at that list, and a few hosted Open Badges 2.0 assertions (assertion →
// BadgeClass → Issuer). Deterministic: the same arguments build the same bytes.
import { gzipSync } from 'node:zlib';
import { base64urlnopad } from '@scure/base';
import { controllerDocument } from './fake-fetch';
import { issue, openBadge, testKey } from './issue';

export type WorldDocument = { body: string; contentType: string };

export type WorldInput =
  | { kind: 'file'; name: string; text: string }
  | { kind: 'url'; url: string };

export type IssuerWorld = {
  /** Every document the issuers publish, by URL. */
  documents: Map<string, WorldDocument>;
  /** The batch, issuers interleaved (as applicants' credentials arrive). */
  inputs: WorldInput[];
  /** How each input should come out: verified, revoked or confirmed. */
  expected: string[];
};

export type WorldShape = {
  issuers: number;
  /** Open Badges 3.0 credentials per issuer. */
  credentialsPerIssuer: number;
  /** Hosted OB 2.0 assertions per issuer. */
  hostedPerIssuer: number;
  /** `origin(i)`: issuer i's origin, e.g. http://127.0.0.1:8001 (no trailing slash). */
  origin: (issuer: number) => string;
  /** Every nth credential of an issuer is revoked in its list. */
  revokedEvery?: number;
};

const LIST_BITS = 131_072;

export async function buildIssuerWorld(shape: WorldShape): Promise<IssuerWorld> {
  const documents = new Map<string, WorldDocument>();
  const json = (url: string, value: unknown, contentType = 'application/json') =>
    documents.set(url, { body: JSON.stringify(value), contentType });
  const perIssuer: Array<Array<{ input: WorldInput; expected: string }>> = [];
  for (let i = 0; i < shape.issuers; i++) {
    const origin = shape.origin(i);
    const key = await testKey(100 + i);
    const host = new URL(origin).host;
    const didWeb = i % 2 === 0;
    const issuerId = didWeb ? `did:web:${host.replace(':', '%3A')}` : key.did;
    const methodId = didWeb ? `${issuerId}#key-1` : key.methodId;
    // A DID document as did:web issuers publish them (DID v1 and Multikey contexts).
    if (didWeb)
      json(
        `${origin}/.well-known/did.json`,
        {
          ...controllerDocument(issuerId, key.multikey, 'key-1'),
          '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
        },
        'application/did+json',
      );
    const listUrl = `${origin}/status/1`;
    const revokedEvery = shape.revokedEvery ?? 10;
    const bits = new Uint8Array(LIST_BITS / 8);
    for (let n = 0; n < shape.credentialsPerIssuer; n += revokedEvery)
      bits[n >> 3] = (bits[n >> 3] ?? 0) | (0x80 >> (n & 7));
    json(
      listUrl,
      await issue(
        {
          '@context': ['https://www.w3.org/ns/credentials/v2'],
          id: listUrl,
          type: ['VerifiableCredential', 'BitstringStatusListCredential'],
          issuer: issuerId,
          validFrom: '2026-01-01T00:00:00Z',
          credentialSubject: {
            id: `${listUrl}#list`,
            type: 'BitstringStatusList',
            statusPurpose: 'revocation',
            encodedList: `u${base64urlnopad.encode(gzipSync(bits))}`,
          },
        },
        { key, verificationMethod: methodId },
      ),
    );
    const own: Array<{ input: WorldInput; expected: string }> = [];
    for (let n = 0; n < shape.credentialsPerIssuer; n++) {
      const credential = await issue(
        openBadge(issuerId, {
          id: `urn:uuid:20000000-0000-4000-8000-${String(i * 100_000 + n).padStart(12, '0')}`,
          name: `Latency Badge ${i}.${n}`,
          credentialStatus: {
            id: `${listUrl}#${n}`,
            type: 'BitstringStatusListEntry',
            statusPurpose: 'revocation',
            statusListIndex: String(n),
            statusListCredential: listUrl,
          },
        }),
        { key, verificationMethod: methodId },
      );
      own.push({
        input: { kind: 'file', name: `issuer-${i}-${n}.json`, text: JSON.stringify(credential) },
        expected: n % revokedEvery === 0 ? 'revoked' : 'verified',
      });
    }
    const ob2 = `${origin}/ob2`;
    if (shape.hostedPerIssuer > 0) {
      json(`${ob2}/issuer.json`, {
        '@context': 'https://w3id.org/openbadges/v2',
        type: 'Issuer',
        id: `${ob2}/issuer.json`,
        name: `Latency Issuer ${i}`,
        url: origin,
        email: `badges@issuer-${i}.example`,
      });
      json(`${ob2}/badge.json`, {
        '@context': 'https://w3id.org/openbadges/v2',
        type: 'BadgeClass',
        id: `${ob2}/badge.json`,
        name: `Hosted Badge ${i}`,
        description: 'A hosted Open Badges 2.0 badge for the latency bench.',
        image: `${ob2}/badge.png`,
        criteria: { narrative: 'Took part.' },
        issuer: `${ob2}/issuer.json`,
      });
    }
    for (let n = 0; n < shape.hostedPerIssuer; n++) {
      const url = `${ob2}/assertion-${n}.json`;
      json(url, {
        '@context': 'https://w3id.org/openbadges/v2',
        type: 'Assertion',
        id: url,
        recipient: { type: 'email', hashed: false, identity: `learner${n}@example.org` },
        badge: `${ob2}/badge.json`,
        verification: { type: 'hosted' },
        issuedOn: '2026-01-01T00:00:00Z',
      });
      own.push({ input: { kind: 'url', url }, expected: 'confirmed' });
    }
    perIssuer.push(own);
  }
  const inputs: WorldInput[] = [];
  const expected: string[] = [];
  const longest = Math.max(0, ...perIssuer.map((own) => own.length));
  for (let n = 0; n < longest; n++)
    for (const own of perIssuer) {
      const entry = own[n];
      if (entry === undefined) continue;
      inputs.push(entry.input);
      expected.push(entry.expected);
    }
  return { documents, inputs, expected };
}
