// Every document the demo world serves, built at server start for its origin (the port is
// part of the did:web and of every id): the demo issuer's Open Badges 3.0 credentials (did:key
// and did:web, a signed Bitstring status list, a VC-JWT, a baked PNG), its DID document, and
// the provider API answers from providers.ts. Deterministic: fixed test keys, Ed25519.

import { gzipSync } from 'node:zlib';
import { base64urlnopad } from '@scure/base';
import { CompactSign, importJWK } from 'jose';
import { issue, type TestKey, testKey } from '../helpers/issue';
import { HOLDERS } from './catalogue';
import { credentialPath, OB3, type Ob3Spec } from './ob3-catalogue';
import { bakedBadgePng } from './png';
import { providerResources } from './providers';
import type { Resource, Resources } from './types';

export const STATUS_LIST_PATH = '/issuer/status/1';
export const DID_DOCUMENT_PATH = '/issuer/did.json';
const STATUS_LIST_BITS = 131_072;
const VC_V2 = 'https://www.w3.org/ns/credentials/v2';
const OB_V3 = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

/** The demo issuer's identities for a server at `origin` (http://127.0.0.1:<port>). */
export async function demoIssuers(origin: string) {
  const university = await testKey(21);
  const instituteKey = await testKey(22);
  const did = `did:web:${new URL(origin).host.replace(':', '%3A')}:issuer`;
  return {
    university: { key: university, did: university.did, methodId: university.methodId },
    institute: { key: instituteKey, did, methodId: `${did}#key-1` },
  };
}

/** Builds every resource (path → response) for a demo world at `origin`. */
export async function buildCredentials(origin: string): Promise<Resources> {
  const issuers = await demoIssuers(origin);
  const resources: Resources = new Map(providerResources());
  const { institute, university } = issuers;
  resources.set(DID_DOCUMENT_PATH, {
    contentType: 'application/did+json',
    api: true,
    body: JSON.stringify(
      {
        '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
        id: institute.did,
        verificationMethod: [
          {
            id: institute.methodId,
            type: 'Multikey',
            controller: institute.did,
            publicKeyMultibase: institute.key.multikey,
          },
        ],
        assertionMethod: [institute.methodId],
      },
      null,
      2,
    ),
  });
  resources.set(STATUS_LIST_PATH, ldJson(await statusList(origin, university.key)));
  for (const spec of Object.values(OB3) as Ob3Spec[]) {
    const signer = spec.issuer === 'institute' ? institute : university;
    const unsigned = credential(origin, spec, signer.did);
    const path = credentialPath(spec);
    const signed = await issue(unsigned, { key: signer.key, verificationMethod: signer.methodId });
    if (spec.file.endsWith('.jwt')) {
      resources.set(path, {
        contentType: 'application/vc+jwt',
        api: true,
        body: await jwt(unsigned, signer),
      });
    } else if (spec.file.endsWith('.png')) {
      resources.set(path, {
        contentType: 'image/png',
        body: bakedBadgePng(JSON.stringify(signed), '#0a66c2'),
      });
    } else {
      resources.set(
        path,
        ldJson(spec.tamperedName === undefined ? signed : tamper(signed, spec.tamperedName)),
      );
    }
  }
  return resources;
}

function credential(origin: string, spec: Ob3Spec, issuer: string): Record<string, unknown> {
  const stem = spec.file.replace(/\.\w+$/, '');
  const listUrl = spec.statusListUrl ?? `${origin}${STATUS_LIST_PATH}`;
  return {
    '@context': [VC_V2, OB_V3],
    id: `${origin}${credentialPath(spec)}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: {
      id: issuer,
      type: ['Profile'],
      name:
        spec.issuer === 'institute' ? 'Analytical Engine Institute' : 'Credlens Demo University',
      url: `${origin}/issuer/`,
    },
    validFrom: spec.validFrom,
    ...(spec.validUntil === undefined ? {} : { validUntil: spec.validUntil }),
    name: spec.name,
    credentialSubject: {
      id: `mailto:${spec.email ?? HOLDERS[spec.holder].email}`,
      type: ['AchievementSubject'],
      name: spec.subjectName ?? HOLDERS[spec.holder].name,
      achievement: {
        id: `${origin}/issuer/achievements/${stem}`,
        type: ['Achievement'],
        name: spec.name,
        description: spec.description,
        criteria: { narrative: `Passed the ${spec.name} assessment.` },
        alignment: spec.skills.map((skill) => ({
          type: ['Alignment'],
          targetName: skill,
          targetUrl: `https://credlens.example/skills/${skill.toLowerCase().replace(/\W+/g, '-')}`,
          targetType: 'ext:Skill',
        })),
      },
    },
    ...(spec.statusIndex === undefined
      ? {}
      : {
          credentialStatus: {
            id: `${listUrl}#${spec.statusIndex}`,
            type: 'BitstringStatusListEntry',
            statusPurpose: 'revocation',
            statusListIndex: String(spec.statusIndex),
            statusListCredential: listUrl,
          },
        }),
  };
}

/** The university's revocation list: every catalogue entry marked `revoked` has its bit set. */
async function statusList(origin: string, key: TestKey) {
  const bits = new Uint8Array(STATUS_LIST_BITS / 8);
  for (const spec of Object.values(OB3) as Ob3Spec[]) {
    if (
      spec.revoked === true &&
      spec.statusIndex !== undefined &&
      spec.statusListUrl === undefined
    ) {
      const index = spec.statusIndex;
      bits[index >> 3] = (bits[index >> 3] ?? 0) | (0x80 >> (index & 7)); // most significant bit first
    }
  }
  const id = `${origin}${STATUS_LIST_PATH}`;
  return issue(
    {
      '@context': [VC_V2],
      id,
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      issuer: key.did,
      validFrom: '2026-01-01T00:00:00Z',
      credentialSubject: {
        id: `${id}#list`,
        type: 'BitstringStatusList',
        statusPurpose: 'revocation',
        encodedList: `u${base64urlnopad.encode(gzipSync(bits))}`,
      },
    },
    { key },
  );
}

/** Edited after signing: a grander name, in both places a viewer shows it. */
function tamper(signed: Record<string, unknown>, name: string): Record<string, unknown> {
  const subject = signed.credentialSubject as Record<string, unknown>;
  const achievement = subject.achievement as Record<string, unknown>;
  return {
    ...signed,
    name,
    credentialSubject: { ...subject, achievement: { ...achievement, name } },
  };
}

/** VC 2.0 secured with JOSE: the unsigned credential as the payload, EdDSA, typ vc+jwt. */
async function jwt(
  unsigned: Record<string, unknown>,
  signer: { key: TestKey; methodId: string },
): Promise<string> {
  const privateKey = await importJWK(
    {
      kty: 'OKP',
      crv: 'Ed25519',
      x: base64urlnopad.encode(signer.key.publicKey),
      d: base64urlnopad.encode(signer.key.seed),
    },
    'EdDSA',
  );
  return new CompactSign(new TextEncoder().encode(JSON.stringify(unsigned)))
    .setProtectedHeader({ alg: 'EdDSA', typ: 'vc+jwt', kid: signer.methodId })
    .sign(privateKey);
}

function ldJson(value: unknown): Resource {
  return { contentType: 'application/ld+json', api: true, body: JSON.stringify(value, null, 2) };
}
