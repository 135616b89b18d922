// Per-credential verify time of Ed25519Signature2018, ecdsa-rdfc-2019, ecdsa-jcs-2019 and
// ecdsa-sd-2023 (derived proofs disclosing two claims) (P-256),
// Credlens next to digitalbazaar (@digitalbazaar/vc with its suites) on the same
// documents: distinct credentials, each signed by digitalbazaar with its own did:key. Both run
// in this process, after warm-up; Credlens as the CLI runs it (verifyCredential, shared caches).
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import {
  createSignCryptosuite as ecdsaJcsSign,
  createVerifyCryptosuite as ecdsaJcsVerify,
} from '@digitalbazaar/ecdsa-jcs-2019-cryptosuite';
import * as EcdsaMultikey from '@digitalbazaar/ecdsa-multikey';
import { cryptosuite as ecdsaRdfc2019 } from '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite';
import {
  createDiscloseCryptosuite as ecdsaSdDisclose,
  createSignCryptosuite as ecdsaSdSign,
  createVerifyCryptosuite as ecdsaSdVerify,
} from '@digitalbazaar/ecdsa-sd-2023-cryptosuite';
import { Ed25519Signature2018 } from '@digitalbazaar/ed25519-signature-2018';
import { Ed25519VerificationKey2018 } from '@digitalbazaar/ed25519-verification-key-2018';
import { securityLoader } from '@digitalbazaar/security-document-loader';
import * as vc from '@digitalbazaar/vc';
import { BUNDLED_CONTEXTS, createKeyCache, verifyCredential } from '../../lib/verify';
import { fakeFetch } from '../helpers/fake-fetch';
import { medianPassMs } from './measure';

const N = 50;
const SUITES = [
  'Ed25519Signature2018',
  'ecdsa-rdfc-2019',
  'ecdsa-jcs-2019',
  'ecdsa-sd-2023',
] as const;
const NOW = new Date('2026-11-23T12:00:00Z');

type Signed = Record<string, unknown>;
type Documents = Map<string, Record<string, unknown>>;

/** Prints "<suite>: Credlens X ms, digitalbazaar Y ms, ratio" per credential for each suite. */
export async function benchSuites(): Promise<Record<string, number>> {
  const summary: Record<string, number> = {};
  for (const suite of SUITES) {
    const documents: Documents = new Map();
    const credentials: Signed[] = [];
    for (let i = 0; i < N; i++) credentials.push(await signOne(suite, i, documents));
    const loader = securityLoader();
    for (const [url, document] of BUNDLED_CONTEXTS) loader.addStatic(url, document);
    for (const [url, document] of documents) loader.addStatic(url, document);
    const documentLoader = loader.build();
    const keyCache = createKeyCache();
    const fetch = fakeFetch();
    const credlens = await medianPassMs(credentials, async (credential) => {
      const result = await verifyCredential(
        { kind: 'json', value: credential },
        { fetch, now: () => NOW, keyCache },
      );
      return result.status === 'verified';
    });
    const peer = await medianPassMs(credentials, async (credential) => {
      const verifier =
        suite === 'Ed25519Signature2018'
          ? new Ed25519Signature2018()
          : new DataIntegrityProof({ cryptosuite: verifyingCryptosuite(suite) });
      const result = await vc.verifyCredential({
        credential,
        suite: verifier,
        documentLoader,
        now: NOW,
      });
      return result.verified === true;
    });
    const each = (ms: number) => ms / N;
    console.log(
      `${suite}: Credlens ${each(credlens).toFixed(2)} ms, digitalbazaar ${each(peer).toFixed(2)} ms, ratio ${(peer / credlens).toFixed(2)} (per credential, ${N} distinct)`,
    );
    summary[`${suite}_credlens_ms`] = Math.round(each(credlens) * 100) / 100;
    summary[`${suite}_peer_ms`] = Math.round(each(peer) * 100) / 100;
  }
  return summary;
}

async function signOne(
  suite: (typeof SUITES)[number],
  index: number,
  documents: Documents,
): Promise<Signed> {
  let signingSuite: unknown;
  let did: string;
  if (suite === 'Ed25519Signature2018') {
    const pair = await Ed25519VerificationKey2018.generate();
    did = `did:key:${pair.fingerprint()}`;
    pair.id = `${did}#${pair.fingerprint()}`;
    pair.controller = did;
    const method = {
      '@context': 'https://w3id.org/security/suites/ed25519-2018/v1',
      ...pair.export({ publicKey: true }),
    };
    documents.set(pair.id, method);
    documents.set(did, {
      '@context': 'https://www.w3.org/ns/did/v1',
      id: did,
      verificationMethod: [method],
      assertionMethod: [pair.id],
    });
    signingSuite = new Ed25519Signature2018({ key: pair });
  } else {
    const pair = await EcdsaMultikey.generate({ curve: 'P-256' });
    did = `did:key:${pair.publicKeyMultibase}`;
    pair.id = `${did}#${pair.publicKeyMultibase}`;
    pair.controller = did;
    const method = {
      '@context': 'https://w3id.org/security/multikey/v1',
      ...(await pair.export({ publicKey: true })),
    };
    documents.set(pair.id, method);
    documents.set(did, {
      '@context': 'https://www.w3.org/ns/did/v1',
      id: did,
      verificationMethod: [method],
      assertionMethod: [pair.id],
    });
    signingSuite = new DataIntegrityProof({
      signer: pair.signer(),
      cryptosuite:
        suite === 'ecdsa-jcs-2019'
          ? ecdsaJcsSign()
          : suite === 'ecdsa-sd-2023'
            ? ecdsaSdSign({ mandatoryPointers: ['/issuer', '/validFrom'] })
            : ecdsaRdfc2019,
    });
  }
  const loader = securityLoader();
  for (const [url, document] of BUNDLED_CONTEXTS) loader.addStatic(url, document);
  const documentLoader = loader.build();
  const signed = await vc.issue({
    credential: credential(did, index, suite === 'Ed25519Signature2018'),
    suite: signingSuite,
    documentLoader,
  });
  if (suite !== 'ecdsa-sd-2023') return signed;
  // What a verifier is handed: the holder's derived copy, never the base proof.
  return vc.derive({
    verifiableCredential: signed,
    suite: new DataIntegrityProof({
      cryptosuite: ecdsaSdDisclose({ selectivePointers: ['/name', '/credentialSubject/id'] }),
    }),
    documentLoader,
  });
}

function verifyingCryptosuite(suite: Exclude<(typeof SUITES)[number], 'Ed25519Signature2018'>) {
  if (suite === 'ecdsa-jcs-2019') return ecdsaJcsVerify();
  return suite === 'ecdsa-sd-2023' ? ecdsaSdVerify() : ecdsaRdfc2019;
}

function credential(issuer: string, index: number, vc11: boolean): Signed {
  return {
    '@context': [
      vc11 ? 'https://www.w3.org/2018/credentials/v1' : 'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ],
    id: `urn:uuid:00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: issuer, type: ['Profile'], name: `Bench Issuer ${index}` },
    ...(vc11 ? { issuanceDate: '2026-01-01T00:00:00Z' } : { validFrom: '2026-01-01T00:00:00Z' }),
    name: `Badge ${index}`,
    credentialSubject: {
      id: `did:example:learner-${index}`,
      type: ['AchievementSubject'],
      achievement: {
        id: `https://bench.example/achievements/${index}`,
        type: ['Achievement'],
        name: `Achievement ${index}`,
        description: 'Benchmark achievement.',
        criteria: { narrative: 'Completed the benchmark.' },
      },
    },
  };
}
