// Holder evidence from every format (lib/holder/evidence.ts), and the evidence travelling with
// the verification result of the VC pipeline, OB 2.0 hosted assertions and Accredible.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { holderEvidence, MAX_HOLDER_ITEMS, MAX_HOLDER_NAME } from '../../../lib/holder/evidence';
import { verifyCredential } from '../../../lib/verify';
import { verifyAccredible } from '../../../lib/verify/providers/accredible';
import { fakeFetch, fixedClock } from '../../helpers/fake-fetch';
import { issue, openBadge, type TestKey, testKey } from '../../helpers/issue';
import { assertion, hostedRoutes, verifyOb2 } from '../verify/ob2/fixtures';

const FIXTURES = join(import.meta.dirname, '../../fixtures/holder/credentials');
const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as unknown;

const VC2 = 'https://www.w3.org/ns/credentials/v2';
const OB3 = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

/** An OB 3.0 credential with `subject` as its credentialSubject. */
const ob3 = (subject: unknown, type = ['VerifiableCredential', 'OpenBadgeCredential']) => ({
  '@context': [VC2, OB3],
  type,
  issuer: 'did:example:issuer',
  credentialSubject: subject,
});

describe('holderEvidence: OB 3.0 and VC credentialSubject', () => {
  it('reads the name, id and hashed IdentityObjects of an OB 3.0 subject (OBF shape)', () => {
    // Open Badge Factory's OB 3.0 credentials: salted sha256 emailAddress identifiers (PROVIDERS §1.4).
    const evidence = holderEvidence({
      document: ob3({
        id: 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK',
        type: ['AchievementSubject'],
        name: 'Ada Lovelace',
        identifier: [
          {
            type: 'IdentityObject',
            identityType: 'emailAddress',
            hashed: true,
            identityHash: 'sha256$2d8f1c0a9b7e6d5c4b3a29180f7e6d5c4b3a29180f7e6d5c4b3a29180f7e6d5c',
            salt: 'x7Fq2',
          },
          {
            type: 'IdentityObject',
            identityType: 'url',
            hashed: false,
            identityHash: 'https://ada.example',
          },
        ],
      }),
    });
    expect(evidence).toEqual({
      names: [{ name: 'Ada Lovelace', source: 'credentialSubject.name' }],
      ids: ['did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK'],
      identities: [
        {
          type: 'emailAddress',
          identity: 'sha256$2d8f1c0a9b7e6d5c4b3a29180f7e6d5c4b3a29180f7e6d5c4b3a29180f7e6d5c',
          hashed: true,
          salt: 'x7Fq2',
        },
        { type: 'url', identity: 'https://ada.example', hashed: false },
      ],
    });
  });

  it('takes every language of a language map, value objects and arrays of names', () => {
    const map = holderEvidence({
      document: ob3({ name: { en: 'Ada Lovelace', fr: 'Ada Lovelace', ja: 'エイダ・ラブレス' } }),
    });
    expect(map.names.map((n) => n.name)).toEqual(['Ada Lovelace', 'エイダ・ラブレス']);
    const values = holderEvidence({
      document: ob3({ name: [{ '@value': 'Grace Hopper', '@language': 'en' }, 'G. Hopper'] }),
    });
    expect(values.names.map((n) => n.name)).toEqual(['Grace Hopper', 'G. Hopper']);
  });

  it('reads every subject of a VC 1.1 credential with several subjects', () => {
    const evidence = holderEvidence({
      document: {
        '@context': ['https://www.w3.org/2018/credentials/v1'],
        type: ['VerifiableCredential'],
        credentialSubject: [
          { id: 'did:example:a', name: 'Ada Lovelace' },
          { id: 'did:example:b', name: 'Charles Babbage' },
        ],
      },
    });
    expect(evidence.ids).toEqual(['did:example:a', 'did:example:b']);
    expect(evidence.names.map((n) => n.name)).toEqual(['Ada Lovelace', 'Charles Babbage']);
  });

  it('joins schema.org givenName and familyName when a subject has no name (PRC sample)', () => {
    const evidence = holderEvidence({ document: fixture('vc11-prc-given-family-name.json') });
    expect(evidence.names).toEqual([{ name: 'JOHN SMITH', source: 'credentialSubject.name' }]);
    expect(evidence.ids).toEqual(['did:example:b34ca6cd37bbf23']);
  });

  it("keeps a Blockcerts v3 subject's plain email as an identity", () => {
    const evidence = holderEvidence({
      document: ob3({ id: 'did:example:x', name: 'Ada Lovelace', email: 'ada@example.org' }),
    });
    expect(evidence.identities).toEqual([
      { type: 'email', identity: 'ada@example.org', hashed: false },
    ]);
  });

  it('cleans names like every shown name and caps them at 300 characters', () => {
    const evidence = holderEvidence({
      document: ob3({ name: ['Ada\u200B Love\u202Elace', '  ', 'x'.repeat(1000), '\u2066\u2069'] }),
    });
    expect(evidence.names.map((n) => n.name)).toEqual([
      'Ada Lovelace',
      'x'.repeat(MAX_HOLDER_NAME),
    ]);
  });

  it('keeps at most 8 names, ids and identities, and drops over-long ids rather than cutting them', () => {
    const subjects = Array.from({ length: 20 }, (_, i) => ({
      id: `did:example:${i}`,
      name: `Person ${i}`,
      identifier: {
        identityType: 'emailAddress',
        hashed: false,
        identityHash: `p${i}@example.org`,
      },
    }));
    const evidence = holderEvidence({ document: ob3(subjects) });
    expect(evidence.names).toHaveLength(MAX_HOLDER_ITEMS);
    expect(evidence.ids).toHaveLength(MAX_HOLDER_ITEMS);
    expect(evidence.identities).toHaveLength(MAX_HOLDER_ITEMS);
    const long = holderEvidence({ document: ob3({ id: `did:example:${'a'.repeat(5000)}` }) });
    expect(long.ids).toEqual([]);
  });

  it('reads a CLR 2.0 ClrSubject as the CLR subject, not its nested credentials', () => {
    const evidence = holderEvidence({
      document: ob3(
        {
          type: ['ClrSubject'],
          id: 'did:example:learner',
          name: 'Katherine Johnson',
          identifier: [{ identityType: 'sourcedId', hashed: false, identityHash: 'S-1918-0826' }],
          verifiableCredential: [ob3({ name: 'Somebody Else', id: 'did:example:other' })],
        },
        ['VerifiableCredential', 'ClrCredential'],
      ),
    });
    expect(evidence).toEqual({
      names: [{ name: 'Katherine Johnson', source: 'clr.subject' }],
      ids: ['did:example:learner'],
      identities: [{ type: 'sourcedId', identity: 'S-1918-0826', hashed: false }],
    });
  });

  it("reads a presentation's holder, as an id or an object", () => {
    const vp = (holder: unknown) => ({
      '@context': [VC2],
      type: ['VerifiablePresentation'],
      holder,
    });
    expect(holderEvidence({ document: vp('did:example:holder') })).toEqual({
      names: [],
      ids: ['did:example:holder'],
      identities: [],
    });
    expect(
      holderEvidence({ document: vp({ id: 'did:example:holder', name: 'Ada Lovelace' }) }),
    ).toEqual({
      names: [{ name: 'Ada Lovelace', source: 'presentation.holder' }],
      ids: ['did:example:holder'],
      identities: [],
    });
  });
});

describe('holderEvidence: OB 2.0 / 1.x recipients and providers', () => {
  it('exposes no name for a Credly (Acclaim) assertion: only its unsalted hashed email', () => {
    const evidence = holderEvidence({ document: fixture('credly-acclaim-ob11-assertion.json') });
    expect(evidence).toEqual({
      names: [],
      ids: [],
      identities: [
        {
          type: 'email',
          identity: 'sha256$d18d51b709240621614828da67ac19f649e8a7c0a3dff6c94bd4854e75facf59',
          hashed: true,
        },
      ],
    });
  });

  it("reads Badgr's recipientProfile extension and the salted recipient", () => {
    const evidence = holderEvidence({ document: fixture('badgr-recipient-profile.json') });
    expect(evidence.names).toEqual([{ name: 'Tomasz Wiśniewski-Ade', source: 'recipient.name' }]);
    expect(evidence.identities).toEqual([
      {
        type: 'email',
        identity: 'sha256$1c8a1ef4d5a9e0b6f0d6c71aa4a5b0f3c2f81b8f5f4f6e0b7f7e3b4a9c2d1e0f',
        hashed: true,
        salt: '6d5f2a1c',
      },
    ]);
  });

  it("reads a Blockcerts v2 assertion's recipientProfile and plain email", () => {
    const evidence = holderEvidence({ document: fixture('blockcerts-v2-recipient-profile.json') });
    expect(evidence).toEqual({
      names: [{ name: 'Inès Okafor', source: 'recipient.name' }],
      ids: [],
      identities: [{ type: 'email', identity: 'ines.okafor@example.org', hashed: false }],
    });
  });

  it('reads OB 1.0 and 0.5 string recipients, with the salt beside a hashed one', () => {
    expect(
      holderEvidence({ document: { recipient: 'sha256$abc', salt: 'pepper' } }).identities,
    ).toEqual([{ type: 'email', identity: 'sha256$abc', hashed: true, salt: 'pepper' }]);
    expect(holderEvidence({ document: { recipient: 'bimmy@example.com' } }).identities).toEqual([
      { type: 'email', identity: 'bimmy@example.com', hashed: false },
    ]);
  });

  it("reads Accredible's recipient.name and Credly's issued_to as the provider's name", () => {
    const accredible = holderEvidence({
      provider: {
        id: 'accredible',
        data: { name: 'Cloud Architect', recipient: { name: 'Ada Lovelace' } },
      },
    });
    expect(accredible.names).toEqual([{ name: 'Ada Lovelace', source: 'provider' }]);
    const credly = holderEvidence({
      provider: { id: 'credly', data: { issued_to: 'Grace Hopper' } },
    });
    expect(credly.names).toEqual([{ name: 'Grace Hopper', source: 'provider' }]);
    const split = holderEvidence({
      provider: {
        id: 'credly',
        data: { issued_to_first_name: 'Grace', issued_to_last_name: 'Hopper' },
      },
    });
    expect(split.names).toEqual([{ name: 'Grace Hopper', source: 'provider' }]);
  });

  it('returns empty evidence for anything that is not a credential, never throwing', () => {
    const empty = { names: [], ids: [], identities: [] };
    for (const document of [
      undefined,
      null,
      42,
      'text',
      [],
      { credentialSubject: null },
      { recipient: 7 },
    ])
      expect(holderEvidence({ document })).toEqual(empty);
    expect(holderEvidence({ provider: { id: 'accredible', data: null } })).toEqual(empty);
  });
});

describe('holder evidence on verification results', () => {
  let key: TestKey;
  beforeAll(async () => {
    key = await testKey(7);
  });

  it('travels with a verified OB 3.0 credential', async () => {
    const credential = openBadge(key.did, {
      credentialSubject: {
        ...(openBadge(key.did).credentialSubject as Record<string, unknown>),
        name: 'Ada Lovelace',
      },
    });
    const result = await verifyCredential(
      { kind: 'json', value: await issue(credential, { key }) },
      { fetch: fakeFetch(), now: fixedClock() },
    );
    expect(result.status).toBe('verified');
    expect(result.holder).toEqual({
      names: [{ name: 'Ada Lovelace', source: 'credentialSubject.name' }],
      ids: ['did:example:learner'],
      identities: [],
    });
  });

  it('is absent when the input is not a credential at all', async () => {
    const result = await verifyCredential(
      { kind: 'json', value: { hello: 'world' } },
      { fetch: fakeFetch(), now: fixedClock() },
    );
    expect(result.holder).toBeUndefined();
  });

  it("travels with an OB 2.0 hosted assertion, read from the issuer's served copy", async () => {
    const served = assertion({
      'extensions:recipientProfile': { type: ['Extension'], name: 'Grace Hopper' },
    });
    const result = await verifyOb2(assertion(), hostedRoutes(served));
    expect(result.status).toBe('confirmed');
    expect(result.holder?.names).toEqual([{ name: 'Grace Hopper', source: 'recipient.name' }]);
    expect(result.holder?.identities).toHaveLength(1);
  });

  it("travels with Accredible's provider data", async () => {
    const url = 'https://api.accredible.com/v1/credential-net/credentials/10000005';
    const fetchJson = async () => ({
      ok: true as const,
      value: { data: { name: 'Cloud Architect', recipient: { name: 'Ada Lovelace' } } },
    });
    const result = await verifyAccredible(url, fetchJson, new Date('2026-11-23T12:00:00Z'));
    expect(result.holder).toEqual({
      names: [{ name: 'Ada Lovelace', source: 'provider' }],
      ids: [],
      identities: [],
    });
  });
});
