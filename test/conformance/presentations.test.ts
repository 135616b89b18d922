// Conformance for Verifiable Presentations (VC Data Model 1.1 §4.10 / 2.0 §4.13, vc-data-integrity
// §4.3 with proofPurpose authentication, VC 1.1 §6.3.1 `vp` JWTs, VC-JOSE-COSE §3.2 `vp+jwt`).
//
// The Data Integrity presentations are signed here, in the test setup, by an INDEPENDENT
// implementation: digitalbazaar's `vc.signPresentation` with `@digitalbazaar/data-integrity` and
// its eddsa-rdfc-2022 / eddsa-jcs-2022 cryptosuites, with Ed25519 signatures from node:crypto
// (not Credlens' hashing, canonicalisation or Ed25519). The credentials they carry are issued
// with test/helpers/issue.ts. JWT presentations are signed with WebCrypto (test/helpers/jwt.ts).
// The one Ed25519Signature2020 row is signed by the test helper (digitalbazaar's 2020 suite is
// not installed) and says so. Two public vector sets are also run: the cert-verifier-js
// presentation (test/vectors/blockcerts-cert-verifier-js, see its README entry) and the W3C
// VC-JOSE-COSE presentations already in test/vectors/w3c-jose-cose-test-suite.
//
// Same table conventions as vectors.test.ts: one row per case with Credlens' verdict and the
// check codes that explain it. Offline: every request goes to fakeFetch.

import { createPrivateKey, sign } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { createSignCryptosuite } from '@digitalbazaar/eddsa-jcs-2022-cryptosuite';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { securityLoader } from '@digitalbazaar/security-document-loader';
import * as vc from '@digitalbazaar/vc';
import { describe, expect, it } from 'vitest';
import { previewCredential } from '../../lib/background/preview';
import { BadgeViewSchema, MESSAGES } from '../../lib/messaging';
import {
  BUNDLED_CONTEXTS,
  type CredentialInput,
  EXAMPLE_CONTEXTS,
  type VerificationResult,
  verifyCredential,
} from '../../lib/verify';
import { fakeFetch, fixedClock, type Route } from '../helpers/fake-fetch';
import { issue, openBadge, type TestKey, testKey } from '../helpers/issue';
import { didKeyOf, type JwtKey, jwtKey, numericDate, signJws } from '../helpers/jwt';
import { describeVerdicts, type RunResult, type Verdict, type VerdictRow } from './verdicts';

const NOW = '2026-11-23T12:00:00Z';
const CREATED = '2026-11-23T11:59:00Z';
const CHALLENGE = 'c0ffee-4a1b-9d3e';
const DOMAIN = 'recruiting.example';
const V2 = 'https://www.w3.org/ns/credentials/v2';
const V1 = 'https://www.w3.org/2018/credentials/v1';
const VECTORS = new URL('../vectors/', import.meta.url);

// ─── Independent signing (digitalbazaar + node:crypto) ──────────────────────────────────────

function documentLoader() {
  const loader = securityLoader();
  for (const [url, document] of BUNDLED_CONTEXTS) loader.addStatic(url, document);
  return loader.build();
}

/** A digitalbazaar signer whose Ed25519 is node:crypto's. */
function nodeSigner(key: TestKey) {
  const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
  const privateKey = createPrivateKey({
    key: { kty: 'OKP', crv: 'Ed25519', d: b64(key.seed), x: b64(key.publicKey) },
    format: 'jwk',
  });
  return {
    id: key.methodId,
    algorithm: 'Ed25519',
    sign: async ({ data }: { data: Uint8Array }) => new Uint8Array(sign(null, data, privateKey)),
  };
}

type SignOptions = {
  key: TestKey;
  suite?: 'rdfc' | 'jcs';
  challenge?: string;
  domain?: string;
  /** Another proofPurpose than authentication (digitalbazaar's default needs a challenge). */
  purpose?: string;
};

/** `vc.signPresentation` over `presentation`; a custom purpose when there is no challenge. */
async function signPresentation(
  presentation: Record<string, unknown>,
  options: SignOptions,
): Promise<Record<string, unknown>> {
  const cryptosuite = options.suite === 'jcs' ? createSignCryptosuite() : eddsaRdfc2022;
  const suite = new DataIntegrityProof({
    signer: nodeSigner(options.key),
    date: CREATED,
    cryptosuite,
  });
  const { challenge, domain } = options;
  const term = options.purpose ?? 'authentication';
  // jsonld-signatures' ProofPurpose.update: what goes into the proof before signing.
  const purpose =
    challenge !== undefined && term === 'authentication'
      ? undefined
      : {
          update: async (proof: Record<string, unknown>) => ({
            ...proof,
            proofPurpose: term,
            ...(challenge === undefined ? {} : { challenge }),
            ...(domain === undefined ? {} : { domain }),
          }),
        };
  return vc.signPresentation({
    presentation: structuredClone(presentation),
    suite,
    documentLoader: documentLoader(),
    ...(challenge === undefined ? {} : { challenge }),
    ...(domain === undefined ? {} : { domain }),
    ...(purpose === undefined ? {} : { purpose }),
  });
}

// ─── Fixtures ────────────────────────────────────────────────────────────────────────────────

type Fixtures = {
  holder: TestKey;
  other: TestKey;
  /** Issued to the holder. */
  badge: Record<string, unknown>;
  /** Issued to someone else. */
  othersBadge: Record<string, unknown>;
  expiredBadge: Record<string, unknown>;
  presentation: (credentials: unknown[], holder?: string) => Record<string, unknown>;
  jwt: { holder: JwtKey; issuer: JwtKey; holderDid: string; holderKid: string };
};

let built: Promise<Fixtures> | undefined;

function fixtures(): Promise<Fixtures> {
  built ??= buildFixtures();
  return built;
}

async function buildFixtures(): Promise<Fixtures> {
  const [holder, issuer, other] = await Promise.all([testKey(41), testKey(42), testKey(43)]);
  const subject = (id: string) => ({
    ...(openBadge(issuer.did).credentialSubject as Record<string, unknown>),
    id,
  });
  const [badge, othersBadge, expiredBadge] = await Promise.all([
    issue(openBadge(issuer.did, { credentialSubject: subject(holder.did) }), { key: issuer }),
    issue(
      openBadge(issuer.did, {
        id: 'urn:uuid:5b7e6d0c-56cb-11ec-bf63-0242ac130003',
        credentialSubject: subject('did:example:someone-else'),
      }),
      { key: issuer },
    ),
    issue(
      openBadge(issuer.did, {
        id: 'urn:uuid:6c8f7e1d-56cb-11ec-bf63-0242ac130004',
        validUntil: '2026-06-01T00:00:00Z',
        credentialSubject: subject(holder.did),
      }),
      { key: issuer },
    ),
  ]);
  const [jwtHolder, jwtIssuer] = await Promise.all([jwtKey('EdDSA'), jwtKey('EdDSA')]);
  const holderDid = didKeyOf(jwtHolder.publicJwk);
  return {
    holder,
    other,
    badge,
    othersBadge,
    expiredBadge,
    presentation: (credentials, holderId = holder.did) => ({
      '@context': [V2],
      type: ['VerifiablePresentation'],
      holder: holderId,
      verifiableCredential: credentials,
    }),
    jwt: {
      holder: jwtHolder,
      issuer: jwtIssuer,
      holderDid: holderDid.did,
      holderKid: holderDid.methodId,
    },
  };
}

/** A VC 1.1 JWT VP (`vp` claim, iss = holder) carrying one VC 1.1 JWT issued to the holder. */
async function jwtVp11(fx: Fixtures, claims: Record<string, unknown>): Promise<string> {
  const issuer = didKeyOf(fx.jwt.issuer.publicJwk);
  const credential = await signJws(
    { alg: 'EdDSA', typ: 'JWT', kid: issuer.methodId },
    {
      iss: issuer.did,
      sub: fx.jwt.holderDid,
      nbf: numericDate('2026-01-01T00:00:00Z'),
      jti: 'urn:uuid:7d9a8f2e-56cb-11ec-bf63-0242ac130005',
      vc: {
        '@context': [V1],
        type: ['VerifiableCredential'],
        credentialSubject: { name: 'Kubernetes Administrator' },
      },
    },
    fx.jwt.issuer,
  );
  return signJws(
    { alg: 'EdDSA', typ: 'JWT', kid: fx.jwt.holderKid },
    {
      iss: fx.jwt.holderDid,
      iat: numericDate(CREATED),
      exp: numericDate('2026-11-23T13:00:00Z'),
      ...claims,
      vp: {
        '@context': [V1],
        type: ['VerifiablePresentation'],
        verifiableCredential: [credential],
      },
    },
    fx.jwt.holder,
  );
}

/** A VC 2.0 `vp+jwt` whose credential is an EnvelopedVerifiableCredential (a `vc+jwt` data: URL). */
async function jwtVp20(fx: Fixtures, claims: Record<string, unknown>): Promise<string> {
  const issuer = didKeyOf(fx.jwt.issuer.publicJwk);
  const credential = await signJws(
    { alg: 'EdDSA', typ: 'vc+jwt', cty: 'vc', kid: issuer.methodId },
    openBadge(issuer.did, {
      credentialSubject: {
        ...(openBadge(issuer.did).credentialSubject as Record<string, unknown>),
        id: fx.jwt.holderDid,
      },
    }),
    fx.jwt.issuer,
  );
  return signJws(
    { alg: 'EdDSA', typ: 'vp+jwt', cty: 'vp', kid: fx.jwt.holderKid },
    {
      '@context': [V2],
      type: ['VerifiablePresentation'],
      holder: fx.jwt.holderDid,
      verifiableCredential: [
        {
          '@context': V2,
          id: `data:application/vc+jwt,${credential}`,
          type: 'EnvelopedVerifiableCredential',
        },
      ],
      ...claims,
    },
    fx.jwt.holder,
  );
}

// ─── The table ───────────────────────────────────────────────────────────────────────────────

type Case = {
  input: CredentialInput;
  routes?: Record<string, Route>;
  now?: string;
  contexts?: 'examples';
};

type Row = VerdictRow & {
  /** What the verifier asked for. */
  expected?: { challenge?: string; domain?: string };
  make: (fx: Fixtures) => Promise<Case>;
  /** Extra assertions on the presentation summary. */
  presented?: { holder?: string; counts: Partial<Record<VerificationResult['status'], number>> };
};

const ASKED = { challenge: CHALLENGE, domain: DOMAIN };

const VERIFIED: Verdict = {
  status: 'verified',
  codes: {
    format: 'format_ok',
    key: 'key_resolved',
    proof: 'signature_valid',
    holder: ['presentation_proof_valid', 'challenge_match', 'domain_match'],
    credential: 'credential_verified',
  },
  absent: ['issuer'],
  requests: [],
};

const json = (value: unknown): Case => ({ input: { kind: 'json', value } });
const text = (value: string): Case => ({ input: { kind: 'text', text: value } });

const SIGNED_ROWS: Row[] = [
  {
    file: 'eddsa-rdfc-2022 presentation',
    why: 'holder proof for authentication over the asked challenge and domain; the credential is verified and issued to the holder',
    ...VERIFIED,
    codes: {
      ...VERIFIED.codes,
      context: 'context_ok',
      holder: [...(VERIFIED.codes.holder as string[]), 'credential_bound_to_holder'],
    } as Verdict['codes'],
    expected: ASKED,
    presented: { counts: { verified: 1 } },
    make: async (fx) =>
      json(await signPresentation(fx.presentation([fx.badge]), { key: fx.holder, ...ASKED })),
  },
  {
    file: 'eddsa-jcs-2022 presentation',
    why: 'the same with JCS instead of RDFC',
    ...VERIFIED,
    codes: {
      ...VERIFIED.codes,
      holder: [...(VERIFIED.codes.holder as string[]), 'credential_bound_to_holder'],
    } as Verdict['codes'],
    expected: ASKED,
    make: async (fx) =>
      json(
        await signPresentation(fx.presentation([fx.badge]), {
          key: fx.holder,
          suite: 'jcs',
          ...ASKED,
        }),
      ),
  },
  {
    file: 'Ed25519Signature2020 presentation (signed by test/helpers/issue.ts, not independent)',
    why: 'legacy suite, proofPurpose authentication; no challenge was asked for or given',
    ...VERIFIED,
    codes: {
      ...VERIFIED.codes,
      holder: ['presentation_proof_valid', 'credential_bound_to_holder'],
    },
    make: async (fx) =>
      json(
        await issue(
          {
            ...fx.presentation([fx.badge]),
            '@context': [V2, 'https://w3id.org/security/suites/ed25519-2020/v1'],
          },
          {
            key: fx.holder,
            suite: 'Ed25519Signature2020',
            proofPurpose: 'authentication',
          },
        ),
      ),
  },
  {
    file: 'presentation with a challenge no one asked for',
    why: 'a challenge the verifier did not give is reported (skipped), not judged',
    ...VERIFIED,
    codes: {
      ...VERIFIED.codes,
      holder: ['presentation_proof_valid', 'challenge_unchecked', 'domain_unchecked'],
    },
    make: async (fx) =>
      json(await signPresentation(fx.presentation([fx.badge]), { key: fx.holder, ...ASKED })),
  },
  {
    file: 'tampered presentation',
    why: 'holder changed after signing: the holder proof fails; the credential itself still verifies',
    status: 'invalid',
    codes: { proof: 'signature_invalid', credential: 'credential_verified' },
    absent: ['issuer'],
    expected: ASKED,
    make: async (fx) => {
      const signed = await signPresentation(fx.presentation([fx.badge]), {
        key: fx.holder,
        ...ASKED,
      });
      return json({ ...signed, id: 'urn:uuid:added-after-signing' });
    },
  },
  {
    file: 'tampered credential inside a signed presentation',
    why: 'the credential name changed after the holder signed: both signatures fail',
    status: 'invalid',
    codes: { proof: 'signature_invalid', credential: 'credential_invalid' },
    expected: ASKED,
    presented: { counts: { invalid: 1 } },
    make: async (fx) => {
      const signed = await signPresentation(fx.presentation([fx.badge]), {
        key: fx.holder,
        ...ASKED,
      });
      const [credential] = signed.verifiableCredential as Record<string, unknown>[];
      return json({ ...signed, verifiableCredential: [{ ...credential, name: 'Forged Name' }] });
    },
  },
  {
    file: 'tampered credential presented by its holder',
    why: 'the holder signs over an altered credential: the holder proof is valid, the credential is not',
    status: 'invalid',
    codes: {
      proof: 'signature_valid',
      holder: 'presentation_proof_valid',
      credential: 'credential_invalid',
    },
    expected: ASKED,
    make: async (fx) =>
      json(
        await signPresentation(fx.presentation([{ ...fx.badge, name: 'Forged Name' }]), {
          key: fx.holder,
          ...ASKED,
        }),
      ),
  },
  {
    file: 'wrong challenge',
    why: 'signed over another challenge than the verifier asked for',
    status: 'invalid',
    codes: { proof: 'signature_valid', holder: ['presentation_proof_valid', 'challenge_mismatch'] },
    expected: ASKED,
    make: async (fx) =>
      json(
        await signPresentation(fx.presentation([fx.badge]), {
          key: fx.holder,
          challenge: 'another-request',
          domain: DOMAIN,
        }),
      ),
  },
  {
    file: 'wrong domain',
    why: 'signed for another verifier',
    status: 'invalid',
    codes: { proof: 'signature_valid', holder: ['challenge_match', 'domain_mismatch'] },
    expected: ASKED,
    make: async (fx) =>
      json(
        await signPresentation(fx.presentation([fx.badge]), {
          key: fx.holder,
          challenge: CHALLENGE,
          domain: 'elsewhere.example',
        }),
      ),
  },
  {
    file: 'no challenge where one was asked for',
    why: 'the verifier gave a challenge; the proof carries none, so it could be a replay',
    status: 'invalid',
    codes: { proof: 'signature_valid', holder: ['challenge_missing', 'domain_missing'] },
    expected: ASKED,
    make: async (fx) =>
      json(await signPresentation(fx.presentation([fx.badge]), { key: fx.holder })),
  },
  {
    file: 'proofPurpose assertionMethod',
    why: 'a presentation proof must be for authentication',
    status: 'invalid',
    codes: { proof: 'presentation_purpose_invalid' },
    absent: ['key'],
    expected: ASKED,
    make: async (fx) =>
      json(
        await signPresentation(fx.presentation([fx.badge]), {
          key: fx.holder,
          purpose: 'assertionMethod',
          ...ASKED,
        }),
      ),
  },
  {
    file: 'signed by a key that is not the holder’s',
    why: 'a valid signature by another DID than the named holder',
    status: 'invalid',
    codes: { proof: 'signature_valid', holder: 'holder_key_mismatch' },
    expected: ASKED,
    make: async (fx) =>
      json(await signPresentation(fx.presentation([fx.badge]), { key: fx.other, ...ASKED })),
  },
  {
    file: 'credential issued to someone else',
    why: 'the credential verifies, but its subject is not the holder',
    status: 'invalid',
    codes: {
      proof: 'signature_valid',
      holder: ['presentation_proof_valid', 'credential_not_bound_to_holder'],
      credential: 'credential_verified',
    },
    expected: ASKED,
    make: async (fx) =>
      json(
        await signPresentation(fx.presentation([fx.badge, fx.othersBadge]), {
          key: fx.holder,
          ...ASKED,
        }),
      ),
  },
  {
    file: 'expired credential',
    why: 'the presentation follows its worst credential: expired',
    status: 'expired',
    codes: { proof: 'signature_valid', credential: ['credential_verified', 'credential_expired'] },
    expected: ASKED,
    presented: { counts: { verified: 1, expired: 1 } },
    make: async (fx) =>
      json(
        await signPresentation(fx.presentation([fx.badge, fx.expiredBadge]), {
          key: fx.holder,
          ...ASKED,
        }),
      ),
  },
  {
    file: 'presentation without a proof',
    why: 'not signed by its holder: the credentials inside are verified, the presentation is not',
    status: 'unverifiable',
    codes: {
      format: 'format_ok',
      holder: ['presentation_unsigned', 'credential_bound_to_holder'],
      credential: 'credential_verified',
    },
    absent: ['proof', 'key'],
    expected: ASKED,
    make: async (fx) => json(fx.presentation([fx.badge])),
  },
  {
    file: 'VC 1.1 JWT presentation (vp claim)',
    why: 'EdDSA JWS by the holder (iss), nonce = challenge, aud = domain; a VC-JWT issued to the holder (sub)',
    ...VERIFIED,
    codes: {
      ...VERIFIED.codes,
      holder: [...(VERIFIED.codes.holder as string[]), 'credential_bound_to_holder'],
    } as Verdict['codes'],
    expected: ASKED,
    make: async (fx) => text(await jwtVp11(fx, { nonce: CHALLENGE, aud: DOMAIN })),
  },
  {
    file: 'VC 1.1 JWT presentation, wrong nonce',
    why: 'nonce is not the challenge asked for',
    status: 'invalid',
    codes: { proof: 'signature_valid', holder: ['challenge_mismatch', 'domain_match'] },
    expected: ASKED,
    make: async (fx) => text(await jwtVp11(fx, { nonce: 'replayed', aud: DOMAIN })),
  },
  {
    file: 'VC 1.1 JWT presentation, wrong aud',
    why: 'aud is another verifier',
    status: 'invalid',
    codes: { proof: 'signature_valid', holder: ['challenge_match', 'domain_mismatch'] },
    expected: ASKED,
    make: async (fx) =>
      text(await jwtVp11(fx, { nonce: CHALLENGE, aud: ['https://elsewhere.example'] })),
  },
  {
    file: 'VC 2.0 vp+jwt with an enveloped vc+jwt',
    why: 'VC-JOSE-COSE presentation; the credential comes out of its data: URL and is verified',
    ...VERIFIED,
    codes: {
      ...VERIFIED.codes,
      holder: [...(VERIFIED.codes.holder as string[]), 'credential_bound_to_holder'],
    } as Verdict['codes'],
    expected: ASKED,
    make: async (fx) => text(await jwtVp20(fx, { nonce: CHALLENGE, aud: DOMAIN })),
  },
];

// ─── Public vectors ──────────────────────────────────────────────────────────────────────────

const BLOCKCERTS_VP = 'blockcerts-cert-verifier-js/vp-eddsa-rdfc-2022.json';
const JOSE = 'w3c-jose-cose-test-suite/input';
const JWKS_URL = 'https://example.issuer/.well-known/jwks.json';

function vector(path: string): string {
  return readFileSync(new URL(path, VECTORS), 'utf8');
}

/** The W3C suite issuer's JWKS: the public halves of its vm-*.json keys (never secretKeyJwk). */
function joseJwks(): Record<string, Route> {
  const keys = ['vm-p256.json', 'vm-p384.json', 'vm-p521.json', 'vm-ed25519.json'].map(
    (name) => (JSON.parse(vector(`${JOSE}/${name}`)) as { publicKeyJwk: unknown }).publicKeyJwk,
  );
  return { [JWKS_URL]: { json: { keys } } };
}

const VECTOR_ROWS: Row[] = [
  {
    file: BLOCKCERTS_VP,
    why: 'cert-verifier-js fixture: no holder named (its signer is the holder), no credentials, the challenge and domain its own test expects',
    status: 'verified',
    codes: {
      format: 'format_ok',
      context: 'context_ok',
      key: 'key_resolved',
      proof: 'signature_valid',
      holder: ['presentation_proof_valid', 'challenge_match', 'domain_match'],
    },
    absent: ['credential'],
    requests: [],
    expected: {
      challenge: 'uFLOeUzjbCkc0K-21LUKrig',
      domain: 'github.com/w3c/vc-data-model-2.0-test-suite',
    },
    presented: {
      holder: 'did:key:z6MkpJySvETLnxhQG9DzEdmKJtysBDjuuTeDfUj1uNNCUqcj',
      counts: {},
    },
    make: async () => json(JSON.parse(vector(BLOCKCERTS_VP))),
  },
  {
    file: BLOCKCERTS_VP,
    scenario: 'another challenge asked for',
    why: 'the same fixture against a verifier that asked for another challenge',
    status: 'invalid',
    codes: { proof: 'signature_valid', holder: ['challenge_mismatch', 'domain_match'] },
    expected: { challenge: 'fresh', domain: 'github.com/w3c/vc-data-model-2.0-test-suite' },
    make: async () => json(JSON.parse(vector(BLOCKCERTS_VP))),
  },
  {
    file: `${JOSE}/presentation-jose-multiple.txt`,
    why: 'ES384 vp+jwt, holder = iss = the suite issuer, key from its JWKS: the holder proof verifies. Its three enveloped credentials: an ES256 vc+jwt that verifies but is about did:example:123 (not the holder), an SD-JWT (not supported) and a COSE credential (not JSON or a JWS)',
    status: 'invalid',
    codes: {
      key: 'key_resolved',
      proof: 'signature_valid',
      holder: ['presentation_proof_valid', 'credential_not_bound_to_holder'],
      credential: ['credential_verified', 'credential_unverifiable', 'credential_invalid'],
    },
    presented: {
      holder: 'https://example.issuer/vc-jose-cose',
      counts: { verified: 1, unverifiable: 1, malformed: 1 },
    },
    make: async () => ({
      ...text(vector(`${JOSE}/presentation-jose-multiple.txt`)),
      routes: joseJwks(),
      contexts: 'examples',
      // Between its iat (2024-12-16T01:04:10Z) and exp.
      now: '2024-12-16T12:00:00Z',
    }),
  },
  {
    file: `${JOSE}/presentation-jose-bad-credential.txt`,
    why: 'EdDSA vp+jwt that verifies, but its enveloped credential is "not-a-credential"',
    status: 'invalid',
    codes: {
      proof: 'signature_valid',
      holder: 'presentation_proof_valid',
      credential: 'credential_invalid',
    },
    presented: { counts: { malformed: 1 } },
    make: async () => ({
      ...text(vector(`${JOSE}/presentation-jose-bad-credential.txt`)),
      routes: joseJwks(),
      contexts: 'examples',
      now: '2024-12-15T12:00:00Z',
    }),
  },
  {
    file: `${JOSE}/presentation-jose-bad-media-type.txt`,
    why: 'typ "bad+typ" and cty "bad+cty": refused before any key lookup',
    status: 'invalid',
    codes: { proof: 'jwt_header_invalid' },
    absent: ['key'],
    make: async () => ({
      ...text(vector(`${JOSE}/presentation-jose-bad-media-type.txt`)),
      routes: joseJwks(),
      contexts: 'examples',
      now: '2024-12-15T12:00:00Z',
    }),
  },
];

async function runRow(row: Row): Promise<RunResult & { presentation?: unknown }> {
  const made = await row.make(await fixtures());
  const fetch = fakeFetch(made.routes ?? {});
  const result = await verifyCredential(made.input, {
    fetch,
    now: fixedClock(made.now ?? NOW),
    ...(made.contexts === 'examples'
      ? { contexts: new Map([...BUNDLED_CONTEXTS, ...EXAMPLE_CONTEXTS]) }
      : {}),
    ...row.expected,
  });
  if (row.presented !== undefined) {
    expect(result.presentation?.counts).toEqual(row.presented.counts);
    if (row.presented.holder !== undefined)
      expect(result.presentation?.holder).toBe(row.presented.holder);
  }
  return { ...result, requests: fetch.requests };
}

describeVerdicts('presentations signed by digitalbazaar and WebCrypto', SIGNED_ROWS, runRow);
describeVerdicts('public presentation vectors', VECTOR_ROWS, runRow);

describe('test/vectors/blockcerts-cert-verifier-js', () => {
  it('holds only what this suite reads', () => {
    const folder = BLOCKCERTS_VP.split('/')[0] ?? '';
    const files = readdirSync(new URL(`${folder}/`, VECTORS)).map((name) => `${folder}/${name}`);
    expect(files).toEqual([BLOCKCERTS_VP]);
  });
});

describe('presentation results', () => {
  it('carries each credential’s own full result, like a CLR’s nested ones', async () => {
    const fx = await fixtures();
    const vp = await signPresentation(fx.presentation([fx.badge, fx.othersBadge]), {
      key: fx.holder,
      ...ASKED,
    });
    const result = await verifyCredential(
      { kind: 'json', value: vp },
      { fetch: fakeFetch(), now: fixedClock(NOW), ...ASKED },
    );
    expect(result.presentation).toMatchObject({
      holder: fx.holder.did,
      counts: { verified: 2 },
      skipped: 0,
    });
    expect(result.presentation?.results.map((r) => r.credential?.subject.id)).toEqual([
      fx.holder.did,
      'did:example:someone-else',
    ]);
    expect(result.presentation?.results[0]?.checks.map((c) => c.code)).toContain('issuer_bound');
  });

  it('does not open a presentation inside a presentation', async () => {
    const fx = await fixtures();
    const inner = await signPresentation(fx.presentation([fx.badge]), { key: fx.holder, ...ASKED });
    const outer = await signPresentation(fx.presentation([inner]), { key: fx.holder, ...ASKED });
    const result = await verifyCredential(
      { kind: 'json', value: outer },
      { fetch: fakeFetch(), now: fixedClock(NOW), ...ASKED },
    );
    expect(result.status).toBe('invalid');
    expect(result.presentation?.results[0]?.status).toBe('malformed');
  });

  it('agrees with digitalbazaar’s own vc.verify on a valid presentation', async () => {
    const fx = await fixtures();
    const vp = await signPresentation(fx.presentation([]), { key: fx.holder, ...ASKED });
    const verified = await vc.verify({
      presentation: vp,
      suite: new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 }),
      challenge: CHALLENGE,
      domain: DOMAIN,
      documentLoader: documentLoader(),
    });
    expect(verified.verified).toBe(true);
    const ours = await verifyCredential(
      { kind: 'json', value: vp },
      { fetch: fakeFetch(), now: fixedClock(NOW), ...ASKED },
    );
    expect(ours.status).toBe('verified');
  });
});

describe('the learner preview of a presentation', () => {
  it('shows the presentation’s verdict and each credential with its own', async () => {
    const fx = await fixtures();
    const vp = await signPresentation(fx.presentation([fx.badge, fx.expiredBadge]), {
      key: fx.holder,
      ...ASKED,
    });
    const outcome = await previewCredential(
      { kind: 'text', text: JSON.stringify(vp) },
      { fetch: fakeFetch(), now: fixedClock(NOW) },
    );
    expect(outcome.view).toMatchObject({
      verdict: 'expired',
      headline: 'Presentation: Expired',
      name: 'Presentation of 2 credentials',
      skills: ['Kubernetes'],
      credentials: [
        { name: 'Kubernetes Administrator', verdict: 'verified', headline: 'Verified' },
        { name: 'Kubernetes Administrator', verdict: 'expired', headline: 'Expired' },
      ],
    });
    expect(outcome.diagnostics.map((d) => d.code)).toContain('credential_expired');
    expect(BadgeViewSchema.safeParse(outcome.view).success).toBe(true);
    expect(MESSAGES.previewCredential.response.safeParse(outcome).success).toBe(true);
  });

  it('headlines a verified presentation as such', async () => {
    const fx = await fixtures();
    const vp = await signPresentation(fx.presentation([fx.badge]), { key: fx.holder, ...ASKED });
    const { view } = await previewCredential(
      { kind: 'text', text: JSON.stringify(vp) },
      { fetch: fakeFetch(), now: fixedClock(NOW) },
    );
    expect(view).toMatchObject({ verdict: 'verified', headline: 'Verified presentation' });
    expect(view.checks.map((c) => c.text)).toContain(
      'Signed by its holder: the person presenting it controls the key',
    );
  });
});
