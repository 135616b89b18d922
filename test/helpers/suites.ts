// One credential per proof suite Credlens verifies beyond EdDSA Data Integrity, signed by
// independent implementations with did:key issuers (resolvable offline): Ed25519Signature2018,
// ecdsa-rdfc-2019 (P-256), ecdsa-jcs-2019 (P-384) and ecdsa-sd-2023 (derived) by digitalbazaar's
// suites, and an ES256K VC-JWT signed with @noble/curves. Fresh keys on every call.

import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { createSignCryptosuite as ecdsaJcsSign } from '@digitalbazaar/ecdsa-jcs-2019-cryptosuite';
import * as EcdsaMultikey from '@digitalbazaar/ecdsa-multikey';
import { cryptosuite as ecdsaRdfc2019 } from '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite';
import {
  createDiscloseCryptosuite,
  createSignCryptosuite as sdSign,
} from '@digitalbazaar/ecdsa-sd-2023-cryptosuite';
import { Ed25519Signature2018 } from '@digitalbazaar/ed25519-signature-2018';
import { Ed25519VerificationKey2018 } from '@digitalbazaar/ed25519-verification-key-2018';
import { securityLoader } from '@digitalbazaar/security-document-loader';
import * as vc from '@digitalbazaar/vc';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { BUNDLED_CONTEXTS } from '../../lib/verify';
import { encodeSecp256k1Multikey } from '../../lib/verify/keys/secp256k1-key';
import { b64url, encodeSegment } from './jwt';

type Doc = Record<string, unknown>;

const V1 = 'https://www.w3.org/2018/credentials/v1';
const V2 = 'https://www.w3.org/ns/credentials/v2';
const OB = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

export type SuiteName =
  | 'Ed25519Signature2018'
  | 'ecdsa-rdfc-2019'
  | 'ecdsa-jcs-2019'
  | 'ecdsa-sd-2023'
  | 'ES256K';

export type SuiteCredential = {
  suite: SuiteName;
  /** What the issuer signed the credential for (its name). */
  title: string;
  /** `json` for Data Integrity and Linked Data proofs, `jwt` for the VC-JWT. */
  format: 'json' | 'jwt';
  /** The served body: a JSON document or a compact JWS. */
  body: string;
  issuer: string;
};

/** An OB 3.0 credential from `issuer` (VC 1.1 or 2.0 envelope). */
export function suiteBadge(issuer: string, title: string, vcVersion: 1 | 2 = 2): Doc {
  return {
    '@context': [vcVersion === 1 ? V1 : V2, OB],
    id: `urn:uuid:${crypto.randomUUID()}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: issuer, type: ['Profile'], name: `${title} Test College` },
    ...(vcVersion === 1
      ? { issuanceDate: '2026-01-01T00:00:00Z' }
      : { validFrom: '2026-01-01T00:00:00Z' }),
    name: title,
    credentialSubject: {
      id: 'did:example:learner-7',
      type: ['AchievementSubject'],
      achievement: {
        id: `https://issuer.example/achievements/${encodeURIComponent(title)}`,
        type: ['Achievement'],
        name: title,
        description: 'Builds batch and streaming pipelines.',
        criteria: { narrative: 'Shipped a pipeline reviewed by two engineers.' },
      },
    },
  };
}

function loader(documents: Record<string, Doc>) {
  const built = securityLoader();
  for (const [url, document] of BUNDLED_CONTEXTS) built.addStatic(url, document);
  for (const [url, document] of Object.entries(documents)) built.addStatic(url, document);
  return built.build();
}

async function ecdsaDidKey(curve: 'P-256' | 'P-384') {
  const pair = await EcdsaMultikey.generate({ curve });
  const multikey = pair.publicKeyMultibase as string;
  const controller = `did:key:${multikey}`;
  const methodId = `${controller}#${multikey}`;
  pair.id = methodId;
  pair.controller = controller;
  const method = {
    '@context': 'https://w3id.org/security/multikey/v1',
    id: methodId,
    type: 'Multikey',
    controller,
    publicKeyMultibase: multikey,
  };
  const controllerDocument = {
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
    id: controller,
    verificationMethod: [method],
    assertionMethod: [methodId],
  };
  return {
    controller,
    signer: pair.signer(),
    documentLoader: loader({ [methodId]: method, [controller]: controllerDocument }),
  };
}

const CREATED = '2026-11-23T11:00:00Z';

/** An Ed25519VerificationKey2018 method and the controller document that lists it to assert. */
export function ed25519Key2018Documents(
  controller: string,
  methodId: string,
  publicKeyBase58: string,
): { method: Doc; controllerDocument: Doc } {
  const method = {
    '@context': 'https://w3id.org/security/suites/ed25519-2018/v1',
    id: methodId,
    type: 'Ed25519VerificationKey2018',
    controller,
    publicKeyBase58,
  };
  return {
    method,
    controllerDocument: {
      '@context': [
        'https://www.w3.org/ns/did/v1',
        'https://w3id.org/security/suites/ed25519-2018/v1',
      ],
      id: controller,
      verificationMethod: [method],
      assertionMethod: [methodId],
    },
  };
}

async function ed25519Signature2018(title: string): Promise<SuiteCredential> {
  const pair = await Ed25519VerificationKey2018.generate();
  const fingerprint = pair.fingerprint() as string;
  const controller = `did:key:${fingerprint}`;
  const methodId = `${controller}#${fingerprint}`;
  pair.id = methodId;
  pair.controller = controller;
  const { method, controllerDocument } = ed25519Key2018Documents(
    controller,
    methodId,
    pair.publicKeyBase58 as string,
  );
  const signed = await vc.issue({
    credential: suiteBadge(controller, title, 1),
    suite: new Ed25519Signature2018({ key: pair, date: CREATED }),
    documentLoader: loader({ [methodId]: method, [controller]: controllerDocument }),
  });
  return json('Ed25519Signature2018', title, controller, signed);
}

async function ecdsaDataIntegrity(
  suite: 'ecdsa-rdfc-2019' | 'ecdsa-jcs-2019',
  curve: 'P-256' | 'P-384',
  title: string,
): Promise<SuiteCredential> {
  const key = await ecdsaDidKey(curve);
  const cryptosuite = suite === 'ecdsa-rdfc-2019' ? ecdsaRdfc2019 : ecdsaJcsSign();
  const signed = await vc.issue({
    credential: suiteBadge(key.controller, title),
    suite: new DataIntegrityProof({ signer: key.signer, date: CREATED, cryptosuite }),
    documentLoader: key.documentLoader,
  });
  return json(suite, title, key.controller, signed);
}

/** A base ecdsa-sd-2023 proof, then the holder's derived copy disclosing the achievement's name. */
async function ecdsaSd2023(title: string): Promise<SuiteCredential> {
  const key = await ecdsaDidKey('P-256');
  const base = await vc.issue({
    credential: suiteBadge(key.controller, title),
    suite: new DataIntegrityProof({
      signer: key.signer,
      date: CREATED,
      cryptosuite: sdSign({ mandatoryPointers: ['/issuer', '/validFrom'] }),
    }),
    documentLoader: key.documentLoader,
  });
  const derived = await vc.derive({
    verifiableCredential: base,
    suite: new DataIntegrityProof({
      cryptosuite: createDiscloseCryptosuite({
        selectivePointers: ['/credentialSubject/achievement/name', '/name'],
      }),
    }),
    documentLoader: key.documentLoader,
  });
  return json('ecdsa-sd-2023', title, key.controller, derived);
}

/** A vc+jwt (VC 2.0 payload) signed ES256K by a did:key zQ3s… issuer (no kid). */
function es256kJwt(title: string): SuiteCredential {
  const secret = secp256k1.utils.randomSecretKey();
  const multikey = encodeSecp256k1Multikey({
    algorithm: 'secp256k1',
    bytes: secp256k1.getPublicKey(secret, false),
  });
  const issuer = `did:key:${multikey}`;
  const input = `${encodeSegment({ alg: 'ES256K', typ: 'vc+jwt', cty: 'vc' })}.${encodeSegment(
    suiteBadge(issuer, title),
  )}`;
  const signature = secp256k1.sign(new TextEncoder().encode(input), secret, {
    prehash: true,
    lowS: true,
  });
  return { suite: 'ES256K', title, format: 'jwt', body: `${input}.${b64url(signature)}`, issuer };
}

function json(suite: SuiteName, title: string, issuer: string, signed: Doc): SuiteCredential {
  return { suite, title, format: 'json', body: JSON.stringify(signed, null, 2), issuer };
}

/** One credential of each suite, each with its own fresh did:key issuer. */
export async function signSuiteCredentials(): Promise<SuiteCredential[]> {
  return Promise.all([
    ed25519Signature2018('Ed25519 Signature 2018 Badge'),
    ecdsaDataIntegrity('ecdsa-rdfc-2019', 'P-256', 'ECDSA RDFC P-256 Badge'),
    ecdsaDataIntegrity('ecdsa-jcs-2019', 'P-384', 'ECDSA JCS P-384 Badge'),
    ecdsaSd2023('ECDSA SD Derived Badge'),
    Promise.resolve(es256kJwt('ES256K JWT Badge')),
  ]);
}

/** The same signed JSON credential with its name changed (the proof no longer covers it). */
export function tamperedCopy(credential: SuiteCredential, title: string): SuiteCredential {
  if (credential.format !== 'json') throw new Error('tamperedCopy takes a JSON credential');
  const document = JSON.parse(credential.body) as Doc;
  document.name = title;
  return { ...credential, title, body: JSON.stringify(document, null, 2) };
}
