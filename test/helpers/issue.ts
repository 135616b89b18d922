// Test-only issuer: signs credentials with our own Ed25519 test keys, for fixtures, mutation
// sweeps and the benchmark. Signing reuses the core's hash-data step; the W3C vectors pin that
// step independently, so a shared bug cannot cancel itself out unnoticed.

import * as ed from '@noble/ed25519';
import { base58 } from '@scure/base';
import { BUNDLED_CONTEXTS, createDocumentLoader, encodeEd25519Multikey } from '../../lib/verify';
import { hashDataJcs, hashDataRdfc } from '../../lib/verify/proofs/hash-data';

export type TestKey = {
  seed: Uint8Array;
  publicKey: Uint8Array;
  multikey: string;
  /** did:key of this key. */
  did: string;
  /** The did:key verification method id. */
  methodId: string;
};

export type Suite = 'eddsa-rdfc-2022' | 'eddsa-jcs-2022' | 'Ed25519Signature2020' | 'eddsa-2022';

/** A deterministic key from a one-byte label, so fixtures are reproducible. */
export async function testKey(label: number): Promise<TestKey> {
  const seed = new Uint8Array(32).fill(label);
  const publicKey = await ed.getPublicKeyAsync(seed);
  const multikey = encodeEd25519Multikey(publicKey);
  const did = `did:key:${multikey}`;
  return { seed, publicKey, multikey, did, methodId: `${did}#${multikey}` };
}

export type IssueOptions = {
  key: TestKey;
  suite?: Suite;
  /** Defaults to the key's did:key method. */
  verificationMethod?: string;
  created?: string;
  proofPurpose?: string;
  contexts?: ReadonlyMap<string, unknown>;
};

/** Adds a proof to `unsigned` (replacing any existing one). */
export async function issue<T extends Record<string, unknown>>(
  unsigned: T,
  options: IssueOptions,
): Promise<T & { proof: Record<string, unknown> }> {
  const { proof: _drop, ...document } = unsigned;
  const suite = options.suite ?? 'eddsa-rdfc-2022';
  const config: Record<string, unknown> = {
    type: suite === 'Ed25519Signature2020' ? 'Ed25519Signature2020' : 'DataIntegrityProof',
    ...(suite === 'Ed25519Signature2020' ? {} : { cryptosuite: suite }),
    created: options.created ?? '2026-01-01T00:00:00Z',
    verificationMethod: options.verificationMethod ?? options.key.methodId,
    proofPurpose: options.proofPurpose ?? 'assertionMethod',
  };
  if (suite === 'eddsa-jcs-2022') config['@context'] = document['@context'];
  const hash =
    suite === 'eddsa-jcs-2022'
      ? await hashDataJcs({ unsecured: document, proofConfig: config })
      : await hashDataRdfc({
          unsecured: document,
          proofConfig: config,
          loader: createDocumentLoader(options.contexts ?? BUNDLED_CONTEXTS),
        });
  if (!hash.ok) throw new Error(`cannot sign: ${hash.error.code} ${hash.error.detail}`);
  const signature = await ed.signAsync(hash.value, options.key.seed);
  return {
    ...document,
    proof: { ...config, proofValue: `z${base58.encode(signature)}` },
  } as unknown as T & { proof: Record<string, unknown> };
}

/** A minimal Open Badges 3.0 credential issued by `issuer`. */
export function openBadge(
  issuer: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    '@context': [
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ],
    id: 'urn:uuid:91537dba-56cb-11ec-bf63-0242ac130002',
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: issuer, type: ['Profile'], name: 'Credlens Test University' },
    validFrom: '2026-01-01T00:00:00Z',
    name: 'Kubernetes Administrator',
    credentialSubject: {
      id: 'did:example:learner',
      type: ['AchievementSubject'],
      achievement: {
        id: 'https://example.edu/achievements/k8s-admin',
        type: ['Achievement'],
        name: 'Kubernetes Administrator',
        description: 'Operates production Kubernetes clusters.',
        criteria: { narrative: 'Passed a two-hour practical exam.' },
        alignment: [
          {
            type: ['Alignment'],
            targetName: 'Kubernetes',
            targetUrl: 'https://example.org/skills/kubernetes',
            targetType: 'ext:Skill',
          },
        ],
      },
    },
    ...overrides,
  };
}
