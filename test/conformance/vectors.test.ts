// Conformance suite over the public vectors in test/vectors (see its README): the W3C
// vc-di-eddsa test vectors, the 1EdTech OB 3.0 / CLR 2.0 implementation-guide vectors and
// validator fixtures, and the DCC vc-test-fixtures and verifier-core fixtures.
//
// Driven by the ROWS table: one row per vector (and scenario) with Credlens' verdict, the check
// codes that explain it and a one-line reason. Credlens binds keys to issuers, so the table
// differs from the sources' own verdicts where a source trusts a key it cannot tie to the issuer
// (see test/vectors/README.md). Offline throughout: every request goes to fakeFetch, and keys
// that the sources only publish in a URL fragment are served as controller documents, as the
// issuer would publish them; separate tests show the fragment alone is never trusted.
//
// Rows carrying `gap` are KNOWN GAPs of lib/: the row states the correct verdict, the test
// asserts what lib/ does today and fails (with a message saying so) once lib/ is fixed.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  BUNDLED_CONTEXTS,
  CLOCK_SKEW_MS,
  type CredentialInput,
  createDocumentLoader,
  EXAMPLE_CONTEXTS,
  verifyCredential,
} from '../../lib/verify';
import { decodeBase58, decodeEd25519Multikey, encodeEd25519Multikey } from '../../lib/verify/keys';
import { canonizeJcs, canonizeRdfc } from '../../lib/verify/proofs/canonize';
import { verifyEd25519 } from '../../lib/verify/proofs/ed25519';
import { hashDataJcs, hashDataRdfc } from '../../lib/verify/proofs/hash-data';
import { controllerDocument, fakeFetch, fixedClock, type Route } from '../helpers/fake-fetch';
import {
  but,
  describeVerdicts,
  expectVerdict,
  type RunResult,
  summary,
  type Verdict,
  type VerdictRow,
} from './verdicts';

// ─── Vector files ────────────────────────────────────────────────────────────────────────────

const VECTORS = fileURLToPath(new URL('../vectors/', import.meta.url));
/** Every vector file some test reads; a test below checks nothing else was copied. */
const USED = new Set<string>();

function use(path: string): string {
  USED.add(path);
  return path;
}

function readText(path: string): string {
  return readFileSync(join(VECTORS, use(path)), 'utf8');
}

function readJson<T = Record<string, unknown>>(path: string): T {
  return JSON.parse(readText(path)) as T;
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('hex');
}

/** The 64 signature bytes of a `z…` proofValue. */
function signatureOf(proofValue: string): Uint8Array {
  expect(proofValue.startsWith('z')).toBe(true);
  const bytes = decodeBase58(proofValue.slice(1));
  expect(bytes?.length).toBe(64);
  return bytes ?? new Uint8Array(0);
}

/** Raw Ed25519 public key bytes of a Multikey value. */
function publicKeyOf(multikey: string): Uint8Array {
  const key = decodeEd25519Multikey(multikey);
  if (!key.ok) throw new Error(`not an Ed25519 Multikey: ${multikey}`);
  return key.value.bytes;
}

function withoutProof(document: Record<string, unknown>): Record<string, unknown> {
  const { proof: _proof, ...unsecured } = document;
  return unsecured;
}

function withoutProofValue(proof: Record<string, unknown>): Record<string, unknown> {
  const { proofValue: _value, ...options } = proof;
  return options;
}

function proofsOf(document: Record<string, unknown>): Record<string, unknown>[] {
  const proof = document.proof;
  return (Array.isArray(proof) ? proof : [proof]) as Record<string, unknown>[];
}

// ─── Keys, issuers and the documents served for them ─────────────────────────────────────────

/** The 1EdTech implementation-guide key (linked-data-proof-ob/key.json); signs most fixtures. */
const GUIDE_KEY = 'z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi';
/** The key of the credential baked into simple-json.png / .svg (also signs some err fixtures). */
const BAKED_KEY = 'z6MkrvfzkMnvCroEUP2DVc9SHPE48CRsvHiVSusHioxTYu1x';
const EXAMPLE_EDU = 'https://example.edu/issuers/565049';
const EXAMPLE_COM = 'https://example.com/issuers/876543';
const EDTECH_EDU = 'https://1edtech.edu/issuers/565049';
const STATE_GOV = 'https://state.gov/issuers/565049';
const WELLSPRING =
  'did:web:dc.1edtech.org:wellspring2022:wellspring-portal:org:da1e96e9-afcc-4eed-b9a2-2ddf7353214c';
const DCC_LEGACY = 'did:web:digitalcredentials.github.io:vc-test-fixtures:dids:legacy';
const DCC_OIDF = 'did:web:digitalcredentials.github.io:vc-test-fixtures:dids:oidf';

/** did-method-web §3.2, written out independently of lib/: `:` → `/`, then `/did.json`. */
function didWebUrl(did: string): string {
  const [host, ...path] = did.slice('did:web:'.length).split(':').map(decodeURIComponent);
  return path.length === 0
    ? `https://${host}/.well-known/did.json`
    : `https://${host}/${path.join('/')}/did.json`;
}

function locationOf(controller: string): string {
  return controller.startsWith('did:web:') ? didWebUrl(controller) : controller;
}

/** The DCC test DIDs whose documents the source ships (dcc-vc-test-fixtures/dids/). */
const DCC_DID_ROUTES: Record<string, Route> = {
  [didWebUrl(DCC_LEGACY)]: { json: readJson('dcc-vc-test-fixtures/dids/legacy/did.json') },
  [didWebUrl(DCC_OIDF)]: { json: readJson('dcc-vc-test-fixtures/dids/oidf/did.json') },
};

const DCC_LISTS =
  'https://digitalcredentials.github.io/vc-test-fixtures/statusLists/didkey-ed25519Signature2020';
const CORE_LIST =
  'https://raw.githubusercontent.com/digitalcredentials/verifier-core/refs/heads/main/src/test-fixtures/status/e5WK8CbZ1GjycuPombrj';
const EDTECH_TESTLIST =
  'https://raw.githubusercontent.com/1EdTech/digital-credentials-public-validator/refs/heads/main/inspector-vc/src/test/resources/ob30/bit-string-list/testlist';

/** The status lists the sources ship, at the URLs the credentials name (bytes unchanged). */
const STATUS_ROUTES: Record<string, Route> = {
  ...Object.fromEntries(
    ['e5WK8CbZ1GjycuPombrj', 'expired', 'missingBitStringType', 'notYetValid', 'tampered'].map(
      (name) => [
        `${DCC_LISTS}/${name}`,
        { body: readText(`dcc-vc-test-fixtures/statusLists/didkey-ed25519Signature2020/${name}`) },
      ],
    ),
  ),
  [CORE_LIST]: { body: readText('dcc-verifier-core/status/e5WK8CbZ1GjycuPombrj') },
  [EDTECH_TESTLIST]: { body: readText('1edtech-validator/ob30/bit-string-list/testlist') },
};

/** Routes for a row: DCC DID documents, status lists, and a controller document per entry. */
function routesFor(
  controllers: Readonly<Record<string, string>> = {},
  options: { statusLists?: boolean } = {},
): Record<string, Route> {
  const routes: Record<string, Route> = {
    ...DCC_DID_ROUTES,
    ...(options.statusLists === false ? {} : STATUS_ROUTES),
  };
  for (const [controller, multikey] of Object.entries(controllers)) {
    routes[locationOf(controller)] = { json: controllerDocument(controller, multikey) };
  }
  return routes;
}

// ─── The table ───────────────────────────────────────────────────────────────────────────────

type Row = VerdictRow & {
  /** Also serve the W3C examples contexts (the W3C vectors' vocabulary). */
  contexts?: 'examples';
  /** Controller documents to serve: controller id → Multikey listed under assertionMethod. */
  controllers?: Readonly<Record<string, string>>;
  /** Clock (ISO 8601) when the default does not suit the vector. */
  clock?: string;
};

const CLOCK = '2026-11-23T12:00:00Z';

/** Every check passes: signature, key, issuer binding, dates; no status list. */
const VERIFIED: Verdict = {
  status: 'verified',
  codes: {
    proof: 'signature_valid',
    key: 'key_resolved',
    issuer: 'issuer_bound',
    validity: 'validity_ok',
    status: 'status_absent',
  },
};
/** Good signature and key, but validUntil / expirationDate has passed. */
const EXPIRED: Verdict = {
  status: 'expired',
  codes: {
    proof: 'signature_valid',
    issuer: 'issuer_bound',
    validity: 'expired',
    status: 'status_absent',
  },
};
/** Verified, and the status list (served from the vectors) says not revoked. */
const VERIFIED_STATUS: Verdict = but(VERIFIED, { codes: { status: 'status_valid' } });
/** Expired; the status list says not revoked. */
const EXPIRED_STATUS: Verdict = but(EXPIRED, { codes: { status: 'status_valid' } });
/** Good signature and key; the status list marks the credential revoked. */
const REVOKED: Verdict = {
  status: 'revoked',
  codes: {
    proof: 'signature_valid',
    issuer: 'issuer_bound',
    validity: 'validity_ok',
    status: 'status_revoked',
  },
};
/** Revoked and expired: revocation outranks expiry. */
const REVOKED_EXPIRED: Verdict = but(REVOKED, { codes: { validity: 'expired' } });
/** The status list itself cannot be trusted (expired, wrong type, bad signature…): unknown. */
const LIST_UNTRUSTED: Verdict = {
  status: 'unverifiable',
  codes: {
    proof: 'signature_valid',
    issuer: 'issuer_bound',
    validity: 'validity_ok',
    status: 'status_list_invalid',
  },
};
/** The status list cannot be fetched: status unknown, never "not revoked". */
const STATUS_UNREACHABLE: Verdict = but(LIST_UNTRUSTED, {
  codes: { status: 'status_unreachable' },
});
/** The signature verifies, but the key's controller is not the issuer. */
const CRYPTO_ONLY: Verdict = {
  status: 'invalid',
  codes: { key: 'key_resolved', proof: 'signature_valid', issuer: 'key_issuer_mismatch' },
};
/** JSON-LD safe mode found an undefined term or a relative IRI: the signed graph is unsound. */
const SAFE_MODE: Verdict = {
  status: 'invalid',
  codes: { context: 'context_undefined_term', proof: 'proof_skipped_not_canonical' },
  absent: ['issuer', 'status'],
};
const BAD_SIGNATURE: Verdict = {
  status: 'invalid',
  codes: { proof: 'signature_invalid' },
  absent: ['issuer', 'status'],
};
const NOT_A_CREDENTIAL: Verdict = { status: 'malformed', codes: { format: 'not_a_credential' } };
const UNSIGNED: Verdict = {
  status: 'unverifiable',
  codes: { proof: 'proof_missing' },
  absent: ['key', 'issuer'],
};
/** The verification method's controller document cannot be fetched (404 here). */
const NO_KEY: Verdict = {
  status: 'unverifiable',
  codes: { key: 'http_error', proof: 'proof_skipped_no_key' },
  absent: ['issuer'],
};
/** A JWS that verifies with the key in its own header: nothing binds that key to the issuer. */
const JWT_HEADER_KEY: Verdict = {
  status: 'invalid',
  codes: { key: 'key_resolved', proof: 'signature_valid', issuer: 'jwt_key_not_bound' },
};

function row(
  file: string,
  verdict: Verdict,
  why: string,
  options: Omit<Partial<Row>, keyof Verdict | 'file' | 'why'> = {},
): Row {
  return { file, why, ...verdict, ...options };
}

// W3C vc-di-eddsa: did:key signatures over a credential whose issuer is https://vc.example/…
const W3C = 'w3c-vc-di-eddsa';
const W3C_EX = { contexts: 'examples' } as const;
const W3C_ROWS: Row[] = [
  row(
    `${W3C}/eddsa-rdfc-2022/signedDataInt.json`,
    CRYPTO_ONLY,
    'eddsa-rdfc-2022 valid; did:key ≠ issuer https://vc.example/issuers/5678',
    W3C_EX,
  ),
  row(
    `${W3C}/eddsa-jcs-2022/signedJCS.json`,
    but(CRYPTO_ONLY, { codes: { context: 'context_ok' } }),
    'eddsa-jcs-2022 valid (JCS: no JSON-LD processing, contexts known); did:key ≠ issuer',
    W3C_EX,
  ),
  row(
    `${W3C}/Ed25519Signature2020/signedEdSig.json`,
    CRYPTO_ONLY,
    'Ed25519Signature2020 valid; did:key ≠ issuer',
    W3C_EX,
  ),
  row(
    `${W3C}/proof-set-chain/signedProofSet1.json`,
    CRYPTO_ONLY,
    'one proof (keyPair1); did:key ≠ issuer',
    W3C_EX,
  ),
  row(
    `${W3C}/proof-set-chain/signedProofSet2.json`,
    but(CRYPTO_ONLY, { signatures: 2 }),
    'proof set: two independent valid proofs',
    W3C_EX,
  ),
  row(
    `${W3C}/proof-set-chain/signedProofChain1.json`,
    but(CRYPTO_ONLY, { signatures: 3 }),
    'proof chain: third proof signs the document with proofs 1 and 2',
    W3C_EX,
  ),
  row(
    `${W3C}/proof-set-chain/signedProofChain2.json`,
    but(CRYPTO_ONLY, { signatures: 4 }),
    'proof chain: fourth proof chains to the third',
    W3C_EX,
  ),
  row(
    `${W3C}/proof-set-chain/proofChainTempDoc1.json`,
    but(CRYPTO_ONLY, { signatures: 2 }),
    'chain intermediate = signedProofSet2.json',
    W3C_EX,
  ),
  row(
    `${W3C}/proof-set-chain/proofChainTempDoc2.json`,
    { status: 'invalid', codes: { proof: 'previous_proof_missing' }, absent: ['issuer', 'status'] },
    'chain intermediate: its only proof names previous proofs that are not in the document',
    W3C_EX,
  ),
  row(
    `${W3C}/eddsa-rdfc-2022/employ/signedDataInt.json`,
    {
      status: 'unverifiable',
      codes: { context: 'context_unknown', key: 'key_resolved' },
      absent: ['issuer'],
    },
    'needs https://w3id.org/citizenship/v4rc1, which is not bundled',
    W3C_EX,
  ),
  row(`${W3C}/unsigned.json`, UNSIGNED, 'the unsigned input document', W3C_EX),
  row(`${W3C}/proof-set-chain/unsigned.json`, UNSIGNED, 'the unsigned input document', W3C_EX),
  row(`${W3C}/employmentAuth.json`, UNSIGNED, 'unsigned input of the employ vector', W3C_EX),
  row(`${W3C}/keyPair.json`, NOT_A_CREDENTIAL, 'key material'),
  row(`${W3C}/proof-set-chain/multiKeyPairs.json`, NOT_A_CREDENTIAL, 'key material'),
  row(`${W3C}/eddsa-rdfc-2022/proofConfigDataInt.json`, NOT_A_CREDENTIAL, 'proof options'),
  row(`${W3C}/eddsa-rdfc-2022/employ/proofConfigDataInt.json`, NOT_A_CREDENTIAL, 'proof options'),
  row(`${W3C}/eddsa-jcs-2022/proofConfigJCS.json`, NOT_A_CREDENTIAL, 'proof options'),
  row(`${W3C}/Ed25519Signature2020/proofConfigEdSig.json`, NOT_A_CREDENTIAL, 'proof options'),
  ...[
    'proofSetConfig1',
    'proofSetConfig2',
    'proofSetConfigSigned1',
    'proofSetConfigSigned2',
    'proofChainConfig1',
    'proofChainConfig2',
    'proofChainConfigSigned1',
    'proofChainConfigSigned2',
  ].map((name) =>
    row(
      `${W3C}/proof-set-chain/${name}.json`,
      NOT_A_CREDENTIAL,
      'a proof object, not a credential',
    ),
  ),
];

// 1EdTech implementation guide (OB 3.0 and CLR 2.0 "Linked Data Proof Test Vector" chapters).
const SPEC = '1edtech-ob-spec';
const GUIDE_AT_EXAMPLE_EDU = { controllers: { [EXAMPLE_EDU]: GUIDE_KEY } };
const SPEC_ROWS: Row[] = [
  row(
    `${SPEC}/linked-data-proof-ob/signed-credential.json`,
    VERIFIED,
    'guide vector; example.edu publishes the guide key',
    GUIDE_AT_EXAMPLE_EDU,
  ),
  row(
    `${SPEC}/linked-data-proof-clr/signed-credential.json`,
    VERIFIED,
    'guide vector (outer ClrCredential proof; nested credentials are a later issue)',
    GUIDE_AT_EXAMPLE_EDU,
  ),
  row(`${SPEC}/linked-data-proof-ob/credential.json`, UNSIGNED, 'the credential before signing'),
  row(`${SPEC}/linked-data-proof-clr/credential.json`, UNSIGNED, 'the credential before signing'),
  ...['linked-data-proof-ob', 'linked-data-proof-clr'].flatMap((dir) =>
    ['hashes', 'key', 'proof-before-signing', 'proof'].map((name) =>
      row(`${SPEC}/${dir}/${name}.json`, NOT_A_CREDENTIAL, 'intermediate values / key material'),
    ),
  ),
];

// 1EdTech validator fixtures (inspector-vc ob30, inspector-clr clr20).
const OB30 = '1edtech-validator/ob30';
const CLR20 = '1edtech-validator/clr20';
const GUIDE_AT_EXAMPLE_COM = { controllers: { [EXAMPLE_COM]: GUIDE_KEY } };
const GUIDE_AT_1EDTECH = { controllers: { [EDTECH_EDU]: GUIDE_KEY } };
const VALIDATOR_ROWS: Row[] = [
  row(`${OB30}/simple.json`, VERIFIED, 'eddsa-rdfc-2022 with the guide key', GUIDE_AT_EXAMPLE_COM),
  row(
    `${OB30}/simple.1ob`,
    VERIFIED,
    'same bytes as simple.json, read as bytes',
    GUIDE_AT_EXAMPLE_COM,
  ),
  row(`${OB30}/simple_v1.json`, VERIFIED, 'VC 1.1 + Ed25519Signature2020', {
    controllers: { [EXAMPLE_COM]: 'z6MknNHHrBzPytzu6CUBP9Lg7fg4KSBjzimc2Frh693YbMiv' },
  }),
  row(
    `${OB30}/simple-eddsa-2022.json`,
    VERIFIED,
    'pre-REC cryptosuite name eddsa-2022',
    GUIDE_AT_EXAMPLE_COM,
  ),
  row(
    `${OB30}/simple-context-alias.json`,
    VERIFIED,
    'variant of simple.json',
    GUIDE_AT_EXAMPLE_COM,
  ),
  row(
    `${OB30}/simple-context-version.json`,
    VERIFIED,
    'OB context 3.0.2 (bundled)',
    GUIDE_AT_EXAMPLE_COM,
  ),
  row(
    `${OB30}/simple-did-web-method.json`,
    VERIFIED,
    'despite the name: https VM on 1edtech.edu',
    GUIDE_AT_1EDTECH,
  ),
  row(
    `${OB30}/simple-multiple-proofs.json`,
    but(VERIFIED, { codes: { proof: ['proof_type_ignored', 'signature_valid'] } }),
    'unknown SomeProofType is reported and ignored; the other proof verifies',
    GUIDE_AT_EXAMPLE_COM,
  ),
  row(
    `${OB30}/simple-did-key-method.json`,
    CRYPTO_ONLY,
    'VM is a bare did:key (its only key, resolved); but the issuer is a urn:uuid, not that DID',
  ),
  row(`${OB30}/simple-noproof.json`, UNSIGNED, 'no proof'),
  row(
    `${OB30}/simple-err-type.json`,
    but(SAFE_MODE, { codes: { key: 'key_resolved' } }),
    'type OtherCredential is undefined: relative @type in safe mode',
    GUIDE_AT_EXAMPLE_EDU,
  ),
  row(
    `${OB30}/simple-err-context.json`,
    NOT_A_CREDENTIAL,
    'the VC context is missing, so it is not a credential',
  ),
  row(`${OB30}/simple-err-issuer.json`, NOT_A_CREDENTIAL, 'issuer removed'),
  ...[
    'simple-err-credential-subject-type',
    'simple-err-credential-subject-identifier-type',
    'simple-err-credential-subject-result-type',
    'simple-err-credential-subject-achievement-result-description-type',
    'simple-err-credential-subject-profile-type',
    'simple-err-evidence-type',
    'simple-err-issuer-type',
    'simple-err-issuer-parentorg-type',
    'simple-err-issuer-otheridentifier-type',
  ].map((name) =>
    row(
      `${OB30}/${name}.json`,
      but(SAFE_MODE, { codes: { key: 'key_resolved' } }),
      'an undefined type: relative @type in safe mode',
      GUIDE_AT_EXAMPLE_COM,
    ),
  ),
  row(
    `${OB30}/simple-err-proof-method.json`,
    { status: 'invalid', codes: { key: 'key_unresolved' }, absent: ['issuer'], signatures: 0 },
    'garbage in the VM fragment: the issuer publishes no such method',
    { scenario: 'issuer publishes the guide key', ...GUIDE_AT_EXAMPLE_EDU },
  ),
  row(
    `${OB30}/simple-err-proof-method.json`,
    NO_KEY,
    'garbage in the VM fragment; nothing published at example.edu',
    { scenario: 'nothing published' },
  ),
  row(
    `${OB30}/simple-err-proof-method-no-scheme.json`,
    but(SAFE_MODE, { codes: { key: 'key_unresolved' } }),
    'VM is a bare z6Mk… string: relative IRI in safe mode, and not dereferenceable',
  ),
  row(
    `${OB30}/simple-err-proof-method-unknown-scheme.json`,
    {
      status: 'unverifiable',
      codes: { key: 'key_unresolved', proof: 'proof_skipped_no_key' },
      absent: ['issuer'],
    },
    'VM xxx:z6Mk… cannot be dereferenced',
  ),
  row(
    `${OB30}/simple-err-proof-method-unknown-did-method.json`,
    {
      status: 'unverifiable',
      codes: { key: 'did_method_unsupported', proof: 'proof_skipped_no_key' },
      absent: ['issuer'],
    },
    'did:example is not a supported DID method',
  ),
  row(
    `${OB30}/simple-err-proof-value.json`,
    but(BAD_SIGNATURE, { codes: { key: 'key_resolved' } }),
    'proofValue altered',
    { controllers: { [EXAMPLE_COM]: BAKED_KEY } },
  ),
  row(`${OB30}/simple-err-expired.json`, EXPIRED, 'validUntil 2010-01-01', GUIDE_AT_EXAMPLE_COM),
  row(
    `${OB30}/simple-err-issued.json`,
    {
      status: 'invalid',
      codes: { proof: 'signature_valid', issuer: 'issuer_bound', validity: 'not_yet_valid' },
    },
    'validFrom 2040-01-01 (the signature does verify)',
    GUIDE_AT_EXAMPLE_EDU,
  ),
  row(
    `${OB30}/complete.json`,
    STATUS_UNREACHABLE,
    'full OB 3.0 example, signature valid; its 1EdTechRevocationList (1edtech.edu) is not published',
    {
      controllers: { [EDTECH_EDU]: 'z6Mknyb2Gb4NxzW3xSr9ChTtdQZ1zs77piQ3r9SaJ9vMzmrs' },
    },
  ),
  row(
    `${OB30}/complete_v1.json`,
    but(SAFE_MODE, { codes: { key: 'http_error' } }),
    '1EdTech* types without extensions.json: safe-mode failure (and #key-1 is not published)',
  ),
  row(
    `${OB30}/credential-status-revoked.json`,
    STATUS_UNREACHABLE,
    'VC 1.1 + Ed25519Signature2020 by a did:web; its 1EdTechRevocationList (network only) is unreachable',
    { controllers: { [WELLSPRING]: GUIDE_KEY } },
  ),
  row(`${OB30}/endorsement-valid.json`, VERIFIED, 'EndorsementCredential, valid until 2030', {
    controllers: { [STATE_GOV]: 'z6MkoMGF38Ck9xkdqrbZt4h9eHb1qc3GhAAkoSWa4Vy3SHRN' },
  }),
  row(
    `${OB30}/endorsement-err-schema-status-refresh.json`,
    but(BAD_SIGNATURE, { codes: { key: 'key_resolved' } }),
    'the Ed25519Signature2020 signature does not verify',
    { controllers: { [STATE_GOV]: 'z6MkmQ49FhpMN7V11B7Qzc6WC6Q3ymVW4xmHUsHBR2MWMMo1' } },
  ),
  row(
    `${OB30}/bit-string-list/testlist`,
    VERIFIED,
    'a signed BitstringStatusListCredential is itself a credential',
    GUIDE_AT_1EDTECH,
  ),
  row(
    `${OB30}/bit-string-list/credential-status-revoked.json`,
    REVOKED,
    'index 23 is set in testlist (served at its raw.githubusercontent URL)',
    GUIDE_AT_1EDTECH,
  ),
  row(
    `${OB30}/bit-string-list/credential-status-revoked-blank-nodes.json`,
    REVOKED,
    'as above, with blank nodes',
    GUIDE_AT_1EDTECH,
  ),
  row(
    `${OB30}/sd/derivedcredential.json`,
    but(VERIFIED, { codes: { proof: 'signature_valid' } }),
    'ecdsa-sd-2023 derived proof: 15 disclosed statements, P-256 key served by its controller',
    { controllers: { [EDTECH_EDU]: 'zDnaekGZTbQBerwcehBSXLqAg6s55hVEBms1zFy89VHXtJSa9' } },
  ),
  // Baked badges: the credential inside the image is verified like any other.
  row(
    `${OB30}/simple-json.png`,
    VERIFIED,
    'baked PNG (iTXt openbadgecredential) holding a JSON credential signed by another example.com key',
    { controllers: { [EXAMPLE_COM]: BAKED_KEY } },
  ),
  ...['simple-jwt.png', 'simple-jwt_v1.png'].map((name) =>
    row(`${OB30}/${name}`, JWT_HEADER_KEY, 'baked JWT (RS256) whose only key is in its own header'),
  ),
  row(
    `${OB30}/simple-json.svg`,
    VERIFIED,
    'baked SVG (openbadges:credential) holding the same JSON credential as simple-json.png',
    { controllers: { [EXAMPLE_COM]: BAKED_KEY } },
  ),
  ...['simple-jwt.svg', 'simple-jwt_v1.svg'].map((name) =>
    row(
      `${OB30}/${name}`,
      JWT_HEADER_KEY,
      'baked SVG whose JWT (RS256) has its only key in its own header',
    ),
  ),
  row(
    `${OB30}/simple.jwt`,
    {
      status: 'unverifiable',
      codes: { key: 'key_unresolved', proof: 'proof_skipped_no_key' },
      absent: ['issuer'],
    },
    'VC 1.1 JWT (RS256) with neither kid nor jwk: no key to check it with',
  ),
  row(
    `${OB30}/velocity.jwt`,
    {
      status: 'unverifiable',
      codes: {
        key: 'did_method_unsupported',
        proof: 'proof_skipped_no_key',
        status: 'status_unsupported',
      },
      absent: ['issuer'],
    },
    'Velocity Network JWT: did:velocity key, VelocityRevocationListJan2021 status',
  ),
  row(
    `${CLR20}/simple.json`,
    VERIFIED,
    'ClrCredential, outer proof (nested credentials are a later issue)',
    GUIDE_AT_EXAMPLE_EDU,
  ),
  row(
    `${CLR20}/simple_v1.json`,
    {
      status: 'unverifiable',
      codes: { context: 'context_ok', key: 'key_unresolved' },
      absent: ['issuer'],
    },
    'VM urn:uuid:…#z6Mk… cannot be dereferenced (a key in a fragment is not trusted)',
  ),
  row(
    `${CLR20}/complex.json`,
    but(CRYPTO_ONLY, { codes: { context: 'context_ok' } }),
    'outer proof by a bare did:key (its only key); the issuer is a urn:uuid, not that DID',
  ),
  row(
    `${CLR20}/simple.jwt`,
    JWT_HEADER_KEY,
    'RS256 valid, but the key is in the JWT header (its draft CLR context is never processed)',
  ),
  row(
    `${CLR20}/simple-noproof.json`,
    UNSIGNED,
    'no proof (its draft CLR context is never processed without one)',
  ),
  row(
    `${CLR20}/simple_old_safesigned.json`,
    {
      status: 'unverifiable',
      codes: { context: 'context_unknown', proof: 'proof_skipped_not_canonical' },
      absent: ['issuer'],
    },
    'draft CLR context https://dc.imsglobal.org/draft/clr/v2p0/context is not bundled',
  ),
];

// DCC vc-test-fixtures: did:key issuers, and two did:web issuers whose DID documents are served.
const DCC = 'dcc-vc-test-fixtures/verifiableCredentials';
const V2 = { signatures: 2 } as const;
const DCC_ROWS: Row[] = [
  row(
    `${DCC}/v1/bothSignatureTypes/didKey/fourRegistry-noStatus-noExpiry.json`,
    but(VERIFIED, V2),
    'eddsa-rdfc-2022 + Ed25519Signature2020',
  ),
  row(
    `${DCC}/v1/bothSignatureTypes/didKey/legacy-noStatus-noExpiry-basicOBv3.json`,
    but(VERIFIED, V2),
    'both proofs valid',
  ),
  row(
    `${DCC}/v1/bothSignatureTypes/didKey/legacy-noStatus-noExpiry.json`,
    but(VERIFIED, V2),
    'both proofs valid',
  ),
  row(
    `${DCC}/v1/bothSignatureTypes/didKey/mixedRegistry-validStatus-noExpiry.json`,
    but(VERIFIED_STATUS, V2),
    'index 7 not set in the vc-test-fixtures list',
  ),
  row(
    `${DCC}/v1/bothSignatureTypes/didKey/noRegistry-noStatus-noExpiry.json`,
    but(VERIFIED, V2),
    'both proofs valid',
  ),
  row(
    `${DCC}/v1/bothSignatureTypes/didKey/oidf-noStatus-expired.json`,
    but(EXPIRED, V2),
    'expirationDate 2025-01-09',
  ),
  row(
    `${DCC}/v1/bothSignatureTypes/didKey/oidf-noStatus-noExpiry.json`,
    but(VERIFIED, V2),
    'both proofs valid',
  ),
  row(
    `${DCC}/v1/bothSignatureTypes/didKey/oidf-revokedStatus-expired.json`,
    but(REVOKED_EXPIRED, V2),
    'index 6 set; expirationDate 2025-01-09',
  ),
  row(
    `${DCC}/v1/bothSignatureTypes/didWeb/legacy-noStatus-noExpiry.json`,
    but(VERIFIED, V2),
    'did:web legacy (served)',
  ),
  row(
    `${DCC}/v1/bothSignatureTypes/didWeb/legacy-revokedStaus-noExpiry.json`,
    but(REVOKED, V2),
    'did:web legacy; index 6 set',
  ),
  row(
    `${DCC}/v1/bothSignatureTypes/didWeb/legacy-validStatus-noExpiry.json`,
    but(VERIFIED_STATUS, V2),
    'did:web legacy; index 7 not set',
  ),
  row(
    `${DCC}/v1/bothSignatureTypes/didWeb/oidf-noStatus-noExpiry.json`,
    but(VERIFIED, V2),
    'did:web oidf (served)',
  ),
  row(
    `${DCC}/v1/bothSignatureTypes/didWeb/oidf-revokedStatus-noExpiry.json`,
    but(REVOKED, V2),
    'did:web oidf; index 6 set',
  ),
  row(
    `${DCC}/v1/bothSignatureTypes/didWeb/oidf-validStatus-noExpiry.json`,
    but(VERIFIED_STATUS, V2),
    'did:web oidf; index 7 not set',
  ),
  row(
    `${DCC}/v1/dataIntegrityProof/didKey/fourRegistry-noStatus-noExpiry.json`,
    VERIFIED,
    'eddsa-rdfc-2022, VC 1.1',
  ),
  row(
    `${DCC}/v1/dataIntegrityProof/didKey/legacy-noStatus-noExpiry.json`,
    VERIFIED,
    'eddsa-rdfc-2022, VC 1.1',
  ),
  row(
    `${DCC}/v1/dataIntegrityProof/didKey/legacyRegistry-noStatus-noExpiry-OBSpecExample.json`,
    VERIFIED,
    'the OB spec example',
  ),
  row(
    `${DCC}/v1/dataIntegrityProof/didKey/legacyRegistry-noStatus-noExpiry-oldDCCExample.json`,
    VERIFIED,
    'needs https://w3id.org/dcc/v1 (bundled)',
  ),
  row(
    `${DCC}/v1/dataIntegrityProof/didKey/mixedRegistry-validStatus-noExpiry.json`,
    VERIFIED_STATUS,
    'index 7 not set',
  ),
  row(
    `${DCC}/v1/dataIntegrityProof/didKey/noRegistry-noStatus-noExpiry.json`,
    VERIFIED,
    'eddsa-rdfc-2022, VC 1.1',
  ),
  row(
    `${DCC}/v1/dataIntegrityProof/didKey/oidf-noStatus-expired.json`,
    EXPIRED,
    'expirationDate 2025-01-09',
  ),
  row(
    `${DCC}/v1/dataIntegrityProof/didKey/oidf-noStatus-noExpiry.json`,
    VERIFIED,
    'eddsa-rdfc-2022, VC 1.1',
  ),
  row(
    `${DCC}/v1/dataIntegrityProof/didKey/oidf-revokedStatus-expired.json`,
    REVOKED_EXPIRED,
    'index 6 set; expirationDate 2025-01-09',
  ),
  row(
    `${DCC}/v1/dataIntegrityProof/didWeb/legacy-noStatus-noExpiry.json`,
    VERIFIED,
    'did:web legacy (served)',
  ),
  row(
    `${DCC}/v1/dataIntegrityProof/didWeb/legacy-revokedStatus-noExpiry.json`,
    REVOKED,
    'did:web legacy; index 6 set',
  ),
  row(
    `${DCC}/v1/dataIntegrityProof/didWeb/legacy-validStatus-noExpiry.json`,
    VERIFIED_STATUS,
    'did:web legacy; index 7 not set',
  ),
  row(
    `${DCC}/v1/dataIntegrityProof/didWeb/oidf-noStatus-noExpiry.json`,
    VERIFIED,
    'did:web oidf (served)',
  ),
  row(
    `${DCC}/v1/dataIntegrityProof/didWeb/oidf-revokedStatus-noExpiry.json`,
    REVOKED,
    'did:web oidf; index 6 set',
  ),
  row(
    `${DCC}/v1/dataIntegrityProof/didWeb/oidf-validStatus-noExpiry.json`,
    VERIFIED_STATUS,
    'did:web oidf; index 7 not set',
  ),
  row(
    `${DCC}/v1/ed25519/didKey/fourRegistry-noStatus-noExpiry.json`,
    VERIFIED,
    'Ed25519Signature2020, VC 1.1',
  ),
  row(
    `${DCC}/v1/ed25519/didKey/legacy-noStatus-expired.json`,
    EXPIRED,
    'expirationDate 2025-01-09',
  ),
  row(
    `${DCC}/v1/ed25519/didKey/legacy-noStatus-noExpiry-stringIssuerId.json`,
    VERIFIED,
    'issuer given as a string',
  ),
  row(
    `${DCC}/v1/ed25519/didKey/legacy-noStatus-noExpiry.json`,
    { status: 'malformed', codes: { format: 'input_empty' } },
    'a 0-byte file in the source',
  ),
  row(
    `${DCC}/v1/ed25519/didKey/legacyRegistry-noStatus-noExpiry-issuerImageId.json`,
    VERIFIED,
    'issuer image with an id',
  ),
  row(
    `${DCC}/v1/ed25519/didKey/mixedRegistry-validStatus-noExpiry.json`,
    VERIFIED_STATUS,
    'index 7 not set',
  ),
  row(
    `${DCC}/v1/ed25519/didKey/noRegistry-noStatus-noExpiry.json`,
    VERIFIED,
    'Ed25519Signature2020, VC 1.1',
  ),
  row(`${DCC}/v1/ed25519/didKey/oidf-noStatus-expired.json`, EXPIRED, 'expirationDate 2025-01-09'),
  row(
    `${DCC}/v1/ed25519/didKey/oidf-noStatus-noExpiry.json`,
    VERIFIED,
    'Ed25519Signature2020, VC 1.1',
  ),
  row(
    `${DCC}/v1/ed25519/didKey/oidf-revokedStatus-expired.json`,
    REVOKED_EXPIRED,
    'index 6 set; expirationDate 2025-01-09',
  ),
  row(
    `${DCC}/v1/ed25519/didWeb/legacy-noStatus-noExpiry.json`,
    VERIFIED,
    'did:web legacy (served)',
  ),
  row(
    `${DCC}/v1/ed25519/didWeb/legacy-revokedStatus-noExpiry.json`,
    REVOKED,
    'did:web legacy; index 6 set',
  ),
  row(
    `${DCC}/v1/ed25519/didWeb/legacy-validStatus-noExpiry.json`,
    VERIFIED_STATUS,
    'did:web legacy; index 7 not set',
  ),
  row(`${DCC}/v1/ed25519/didWeb/oidf-noStatus-noExpiry.json`, VERIFIED, 'did:web oidf (served)'),
  row(
    `${DCC}/v1/ed25519/didWeb/oidf-revokedStatus-noExpiry.json`,
    REVOKED,
    'did:web oidf; index 6 set',
  ),
  row(
    `${DCC}/v1/ed25519/didWeb/oidf-validStatus-noExpiry.json`,
    VERIFIED_STATUS,
    'did:web oidf; index 7 not set',
  ),
  row(
    `${DCC}/v2/bothSignatureTypes/didkey/legacy-noStatus-noExpiry-nonOBWithOBContext.json`,
    but(VERIFIED, V2),
    'plain VC with the OB context; valid until 2030',
  ),
  row(
    `${DCC}/v2/bothSignatureTypes/didkey/legacy-noStatus-noExpiry.json`,
    but(VERIFIED, V2),
    'both proofs valid, VC 2.0',
  ),
  row(
    `${DCC}/v2/bothSignatureTypes/didkey/legacy-noStatus-notExpired-endorsement-withSchema.json`,
    but(VERIFIED, V2),
    'endorsement with credentialSchema; valid until 2030',
  ),
  row(
    `${DCC}/v2/bothSignatureTypes/didkey/legacy-noStatus-notExpired-endorsement.json`,
    but(VERIFIED, V2),
    'endorsement; valid until 2030',
  ),
  row(
    `${DCC}/v2/bothSignatureTypes/didkey/noRegistry-revokedStatus-expired.json`,
    but(REVOKED_EXPIRED, V2),
    'index 8 set (verifier-core list); validUntil 2010',
  ),
  row(
    `${DCC}/v2/bothSignatureTypes/didkey/noRegistry-revokedStatus-notExpired.json`,
    but(REVOKED, V2),
    'index 8 set (verifier-core list)',
  ),
  row(
    `${DCC}/v2/bothSignatureTypes/didkey/oidf-revokedStatus-noExpiry.json`,
    but(REVOKED, V2),
    'index 8 set',
  ),
  row(
    `${DCC}/v2/bothSignatureTypes/didweb/legacy-revokedStatus-expired.json`,
    but(REVOKED_EXPIRED, V2),
    'did:web legacy; index 8 set; validUntil 2010',
  ),
  row(
    `${DCC}/v2/bothSignatureTypes/didweb/legacy-revokedStatus-noExpiry.json`,
    but(REVOKED, V2),
    'did:web legacy; index 8 set',
  ),
  row(
    `${DCC}/v2/bothSignatureTypes/didweb/oidf-noStatus-notExpired.json`,
    but(VERIFIED, V2),
    'did:web oidf (served); valid until 2056',
  ),
  row(
    `${DCC}/v2/dataIntegrityProof/didKey/legacyRegistry-noStatus- noExpiry-credSubjName.json`,
    VERIFIED,
    'file name with a space (duplicate of credSubjName)',
  ),
  row(
    `${DCC}/v2/dataIntegrityProof/didKey/legacyRegistry-noStatus-noExpiry-OBSpecExample.json`,
    VERIFIED,
    'the OB spec example',
  ),
  row(
    `${DCC}/v2/dataIntegrityProof/didKey/legacyRegistry-noStatus-noExpiry-achievementTypeExample.json`,
    VERIFIED,
    'achievementType',
  ),
  row(
    `${DCC}/v2/dataIntegrityProof/didKey/legacyRegistry-noStatus-noExpiry-alignments.json`,
    VERIFIED,
    'alignments',
  ),
  row(
    `${DCC}/v2/dataIntegrityProof/didKey/legacyRegistry-noStatus-noExpiry-basicOBv3.json`,
    VERIFIED,
    'basic OB 3.0',
  ),
  row(
    `${DCC}/v2/dataIntegrityProof/didKey/legacyRegistry-noStatus-noExpiry-credName.json`,
    VERIFIED,
    'credential name',
  ),
  row(
    `${DCC}/v2/dataIntegrityProof/didKey/legacyRegistry-noStatus-noExpiry-credSubjName.json`,
    VERIFIED,
    'credential subject name',
  ),
  row(
    `${DCC}/v2/dataIntegrityProof/didKey/legacyRegistry-noStatus-noExpiry-identityHash.json`,
    VERIFIED,
    'hashed identifier',
  ),
  row(
    `${DCC}/v2/dataIntegrityProof/didKey/legacyRegistry-noStatus-noExpiry-minimal.json`,
    VERIFIED,
    'plain VC 2.0, no dates',
  ),
  row(
    `${DCC}/v2/dataIntegrityProof/didKey/legacyRegistry-noStatus-notExpired-withSchema.json`,
    VERIFIED,
    'credentialSchema; valid until 2056',
  ),
  row(
    `${DCC}/v2/dataIntegrityProof/didKey/noRegistry-revokedStatus-noExpiry.json`,
    REVOKED_EXPIRED,
    'index 8 set; the name says noExpiry but validUntil is 2010',
  ),
  row(
    `${DCC}/v2/dataIntegrityProof/didKey/noRegsitry-revokedStatus-notExpired.json`,
    REVOKED,
    'index 8 set',
  ),
  row(
    `${DCC}/v2/dataIntegrityProof/didKey/oidf-noStatus-notExpired-complexIssuer.json`,
    VERIFIED,
    'issuer profile with many fields',
  ),
  row(
    `${DCC}/v2/dataIntegrityProof/didKey/oidf-noStatus-notExpired-notYetValid.json`,
    {
      status: 'invalid',
      codes: { proof: 'signature_valid', issuer: 'issuer_bound', validity: 'not_yet_valid' },
    },
    'validFrom 2099-01-01',
  ),
  row(
    `${DCC}/v2/dataIntegrityProof/didKey/oidf-revokedStatus-noExpiry.json`,
    REVOKED,
    'index 8 set',
  ),
  row(
    `${DCC}/v2/dataIntegrityProof/didKey/twoOIDF-revoked-notExpired-badSchema.json`,
    REVOKED,
    'index 8 set in the vc-test-fixtures list (schema checks are out of scope)',
  ),
  row(
    `${DCC}/v2/dataIntegrityProof/didKey/twoOIDF-validStatus-expired.json`,
    EXPIRED_STATUS,
    'index 7 not set; validUntil 2010',
  ),
  row(
    `${DCC}/v2/dataIntegrityProof/didweb/legacy-revokedStatus-expired.json`,
    REVOKED_EXPIRED,
    'did:web legacy; index 8 set; validUntil 2010',
  ),
  row(
    `${DCC}/v2/dataIntegrityProof/didweb/legacy-revokedStatus-noExpiry.json`,
    REVOKED,
    'did:web legacy; index 8 set',
  ),
  row(
    `${DCC}/v2/dataIntegrityProof/didweb/oidf-noStatus-notExpired.json`,
    VERIFIED,
    'did:web oidf (served); valid until 2056',
  ),
  row(
    `${DCC}/v2/ed25519/didKey/legacy-expiredStatus-noExpiry.json`,
    LIST_UNTRUSTED,
    'its status list expired in 2021: status unknown',
  ),
  row(
    `${DCC}/v2/ed25519/didKey/legacy-missingTypeStatus-noExpiry.json`,
    LIST_UNTRUSTED,
    'its status list lacks the BitstringStatusListCredential type',
  ),
  row(`${DCC}/v2/ed25519/didKey/legacy-noStatus-expired.json`, EXPIRED, 'validUntil 2011-01-01'),
  row(
    `${DCC}/v2/ed25519/didKey/legacy-noStatus-noExpiry-lcwExperience.json`,
    VERIFIED,
    'LCW experience credential',
  ),
  row(
    `${DCC}/v2/ed25519/didKey/legacy-noStatus-noExpiry-stringIssuerId.json`,
    VERIFIED,
    'issuer given as a string',
  ),
  row(
    `${DCC}/v2/ed25519/didKey/legacy-noStatus-noExpiry-tampered.json`,
    but(BAD_SIGNATURE, { codes: { key: 'key_resolved' } }),
    'achievement name changed after signing',
  ),
  row(
    `${DCC}/v2/ed25519/didKey/legacy-noStatus-noExpiry.json`,
    VERIFIED,
    'Ed25519Signature2020, VC 2.0',
  ),
  row(
    `${DCC}/v2/ed25519/didKey/legacy-notYetValidStatus-noExpiry.json`,
    LIST_UNTRUSTED,
    'its status list is valid only from 3000-01-09',
  ),
  row(
    `${DCC}/v2/ed25519/didKey/legacy-tamperedStatus-noExpiry.json`,
    LIST_UNTRUSTED,
    'its status list fails its signature check',
  ),
  row(
    `${DCC}/v2/ed25519/didKey/noRegistry-revokedStatus-expired.json`,
    REVOKED_EXPIRED,
    'index 8 set; validUntil 2010',
  ),
  row(`${DCC}/v2/ed25519/didKey/noRegistry-revokedStatus-notExpired.json`, REVOKED, 'index 8 set'),
  row(`${DCC}/v2/ed25519/didKey/oidf-revokedStatus-noExpiry.json`, REVOKED, 'index 8 set'),
  row(
    `${DCC}/v2/ed25519/didWeb/badDidWeb.json`,
    NO_KEY,
    'did:web:…:dcc-did-web-bad has no DID document',
  ),
  row(
    `${DCC}/v2/ed25519/didWeb/legacy-revokedStatus-expired.json`,
    REVOKED_EXPIRED,
    'did:web legacy; index 8 set; validUntil 2010',
  ),
  row(
    `${DCC}/v2/ed25519/didWeb/legacy-revokedStatus-noExpiry.json`,
    REVOKED,
    'did:web legacy; index 8 set',
  ),
  row(
    `${DCC}/v2/ed25519/didWeb/oidf-noStatus-notExpired.json`,
    VERIFIED,
    'did:web oidf (served); valid until 2056',
  ),
];

// DCC verifier-core fixtures (issuer did:key:z6MknNQD1WH… unless noted).
const CORE = 'dcc-verifier-core/verifiableCredentials';
const CORE_ROWS: Row[] = [
  row(`${CORE}/v1/v1NoStatus.json`, VERIFIED, 'VC 1.1, OB 3.0.2, Ed25519Signature2020'),
  row(`${CORE}/v1/v1WithValidStatus.json`, VERIFIED_STATUS, 'index 7 not set'),
  row(`${CORE}/v1/v1Expired.json`, EXPIRED, 'expirationDate 2025-01-09'),
  row(`${CORE}/v1/v1Revoked.json`, REVOKED, 'index 6 set'),
  row(
    `${CORE}/v1/v1ExpiredWithValidStatus.json`,
    EXPIRED_STATUS,
    'expirationDate 2025-01-09; index 7 not set',
  ),
  row(`${CORE}/v1/v1RevokedAndExpired.json`, REVOKED_EXPIRED, 'index 6 set; expired'),
  row(`${CORE}/v1/v1SimpleIssuerId.json`, VERIFIED, 'issuer given as a string'),
  row(`${CORE}/v1/v1OBv3SpecExample.json`, VERIFIED, 'eddsa-rdfc-2022, VC 1.1 + data-integrity v2'),
  row(
    `${CORE}/v1/testVC.json`,
    {
      status: 'invalid',
      codes: { proof: 'signature_invalid', key: 'key_resolved' },
      signatures: 0,
      absent: ['issuer'],
    },
    'scratch fixture: neither proof verifies',
  ),
  row(`${CORE}/v2/v2NoStatus.json`, VERIFIED, 'VC 2.0, OB 3.0.3, Ed25519Signature2020'),
  row(`${CORE}/v2/v2WithValidStatus.json`, VERIFIED_STATUS, 'index 9 not set'),
  row(`${CORE}/v2/v2Expired.json`, EXPIRED, 'validUntil 2011-01-01'),
  row(`${CORE}/v2/v2Revoked.json`, REVOKED, 'index 8 set'),
  row(
    `${CORE}/v2/v2ExpiredWithValidStatus.json`,
    EXPIRED_STATUS,
    'validUntil 2012; index 9 not set',
  ),
  row(`${CORE}/v2/v2RevokedAndExpired.json`, REVOKED_EXPIRED, 'index 8 set; expired'),
  row(`${CORE}/v2/v2SimpleIssuerId.json`, VERIFIED, 'issuer given as a string'),
  row(`${CORE}/v2/v2OBv3SpecExample.json`, VERIFIED, 'eddsa-rdfc-2022, VC 2.0'),
  row(
    `${CORE}/v2/didWeb/v2didWebWithValidStatus.json`,
    but(NO_KEY, { codes: { status: 'status_valid' } }),
    'did:web:…:dcc-did-web: DID document not shipped (network only)',
  ),
  row(
    `${CORE}/v2/didWeb/v2didWebMultikeyWithValidStatus.json`,
    but(NO_KEY, { codes: { status: 'status_valid' } }),
    'did:web:…:dcc-did-web:multikey: DID document not shipped',
  ),
  row(
    `${CORE}/v2/didWeb/v2WithBadDidWeb.json`,
    NO_KEY,
    'did:web:…:dcc-did-web-bad has no DID document',
  ),
  row(
    `${CORE}/eddsa/v2/v2EddsaWithValidStatus.json`,
    VERIFIED_STATUS,
    'eddsa-rdfc-2022; index 9 not set',
  ),
  row(
    `${CORE}/eddsa/v2/safeModeBreaker.json`,
    but(SAFE_MODE, { codes: { key: 'key_resolved' } }),
    'StatusList2021Entry without its context: relative @type in safe mode (VM: a bare did:key)',
  ),
  row(
    `${CORE}/eddsaAndEd25519/v2/v2DoubleSigWithValidStatus.json`,
    but(VERIFIED_STATUS, V2),
    'two valid proofs; index 9 not set',
  ),
  row(
    `${CORE}/eddsaAndEd25519/v2/v2DoubleSigWithBadStatusUrl.json`,
    but(STATUS_UNREACHABLE, V2),
    'two valid proofs; the status list URL is a typo (404): status unknown',
  ),
];

const ROWS: readonly Row[] = [
  ...W3C_ROWS,
  ...SPEC_ROWS,
  ...VALIDATOR_ROWS,
  ...DCC_ROWS,
  ...CORE_ROWS,
];
for (const { file } of ROWS) use(file);

// ─── Running a row ───────────────────────────────────────────────────────────────────────────

const EXAMPLES = new Map([...BUNDLED_CONTEXTS, ...EXAMPLE_CONTEXTS]);

/** JSON as parsed JSON; JWTs and SVGs as text; PNGs, empty and extension-less files as bytes. */
function inputOf(file: string): CredentialInput {
  const bytes = new Uint8Array(readFileSync(join(VECTORS, use(file))));
  if (file.endsWith('.svg') || file.endsWith('.jwt'))
    return { kind: 'text', text: new TextDecoder().decode(bytes) };
  if (file.endsWith('.json') && bytes.length > 0)
    return { kind: 'json', value: JSON.parse(new TextDecoder().decode(bytes)) };
  return { kind: 'bytes', bytes };
}

type Scenario = {
  file: string;
  contexts?: 'examples' | 'product';
  routes?: Record<string, Route>;
  clock?: string;
};

async function verify(scenario: Scenario): Promise<RunResult> {
  const fetch = fakeFetch(scenario.routes ?? routesFor());
  const result = await verifyCredential(inputOf(scenario.file), {
    fetch,
    now: fixedClock(scenario.clock ?? CLOCK),
    ...(scenario.contexts === 'examples' ? { contexts: EXAMPLES } : {}),
  });
  return { ...result, requests: fetch.requests };
}

function runRow(r: Row): Promise<RunResult> {
  return verify({
    file: r.file,
    routes: routesFor(r.controllers),
    ...(r.contexts === undefined ? {} : { contexts: r.contexts }),
    ...(r.clock === undefined ? {} : { clock: r.clock }),
  });
}

/** The DID or URL part of every verification method a vector names. */
function controllersNamed(file: string): string[] {
  let document: Record<string, unknown>;
  try {
    document = JSON.parse(readText(file));
  } catch {
    return []; // images, JWTs, the empty file
  }
  return proofsOf(document)
    .map((p) => p?.verificationMethod)
    .filter((vm): vm is string => typeof vm === 'string')
    .map((vm) => vm.split('#')[0] ?? vm);
}

// ─── Tests ───────────────────────────────────────────────────────────────────────────────────

describeVerdicts('vectors: Credlens verdicts (table-driven)', ROWS, runRow);

describe('vectors: the table against the sources', () => {
  const source = readJson<Record<string, { expected: string[] }>>('expected-outcomes.json');

  it('every row names a file listed in expected-outcomes.json', () => {
    for (const r of ROWS) expect(source[r.file], r.file).toBeDefined();
  });

  it('the table marks verified only vectors the source calls valid', () => {
    for (const r of ROWS.filter((x) => x.status === 'verified')) {
      expect(source[r.file]?.expected, r.file).toContain('valid');
    }
  });

  it('every vector the source calls valid and the table marks verified does verify', async () => {
    const rows = ROWS.filter(
      (r) =>
        r.status === 'verified' &&
        r.gap === undefined &&
        source[r.file]?.expected.includes('valid') === true,
    );
    expect(rows.length).toBeGreaterThanOrEqual(40);
    for (const r of rows) expect((await runRow(r)).status, r.file).toBe('verified');
  });

  it('covers at least 40 DCC vc-test-fixtures and every DCC verifier-core fixture', () => {
    expect(ROWS.filter((r) => r.file.startsWith(`${DCC}/`)).length).toBeGreaterThanOrEqual(40);
    const core = Object.keys(source).filter((f) => f.startsWith(`${CORE}/`));
    for (const file of core) expect(ROWS.map((r) => r.file)).toContain(file);
  });
});

describe('W3C vectors with the product contexts only', () => {
  // The W3C vectors use https://www.w3.org/ns/credentials/examples/v2, which the product bundles
  // (lib/verify/contexts/README.md): they get the same verdict without the test-only map.
  const rdfc = W3C_ROWS.filter(
    (r) =>
      r.status === 'invalid' && r.codes.issuer === 'key_issuer_mismatch' && !r.file.includes('jcs'),
  );
  for (const r of rdfc) {
    it(`${r.file} → ${r.status} with the product contexts too`, async () => {
      const result = await verify({ file: r.file });
      expectVerdict(result, r, 'the examples context is bundled');
    });
  }

  it(`${W3C}/eddsa-jcs-2022/signedJCS.json with the product contexts → context_ok`, async () => {
    const result = await verify({ file: `${W3C}/eddsa-jcs-2022/signedJCS.json` });
    expectVerdict(
      result,
      { ...CRYPTO_ONLY, codes: { ...CRYPTO_ONLY.codes, context: 'context_ok' } },
      'a JCS credential whose contexts are all bundled',
    );
  });
});

describe('keys are bound to issuers, never read from a URL fragment', () => {
  // Every verified row whose key the test serves as a controller document.
  const served = ROWS.filter(
    (r) => r.status === 'verified' && r.controllers !== undefined && r.gap === undefined,
  );

  it('has served-key rows to check', () => {
    expect(served.length).toBeGreaterThanOrEqual(10);
  });

  for (const r of served) {
    it(`${r.file}: nothing published → unverifiable (http_error); the fragment alone is not trusted`, async () => {
      const result = await verify({ file: r.file, routes: {} });
      expectVerdict(result, NO_KEY, 'no controller document');
    });

    it(`${r.file}: key listed only under authentication → invalid (key_not_assertion_method)`, async () => {
      const routes: Record<string, Route> = {};
      for (const [controller, multikey] of Object.entries(r.controllers ?? {})) {
        const { assertionMethod, ...document } = controllerDocument(controller, multikey);
        routes[locationOf(controller)] = { json: { ...document, authentication: assertionMethod } };
      }
      const result = await verify({ file: r.file, routes });
      expectVerdict(
        result,
        {
          status: 'invalid',
          codes: { key: 'key_not_assertion_method' },
          signatures: 0,
          absent: ['issuer'],
        },
        'authentication only',
      );
    });
  }

  it('the key comes from the controller document: another key under the same method id fails', async () => {
    const other = readJson<{ publicKeyMultibase: string }>(
      `${W3C}/keyPair.json`,
    ).publicKeyMultibase;
    const routes = { [EXAMPLE_COM]: { json: controllerDocument(EXAMPLE_COM, other, GUIDE_KEY) } };
    const result = await verify({ file: `${OB30}/simple.json`, routes });
    expectVerdict(
      result,
      BAD_SIGNATURE,
      'the method id names the guide key, the document publishes another',
    );
  });

  it('a controller document whose id is not the fetched URL is refused', async () => {
    const document = controllerDocument('https://attacker.example/issuer', GUIDE_KEY);
    const result = await verify({
      file: `${OB30}/simple.json`,
      routes: { [EXAMPLE_COM]: { json: document } },
    });
    expectVerdict(
      result,
      {
        status: 'invalid',
        codes: { key: 'controller_document_invalid' },
        signatures: 0,
        absent: ['issuer'],
      },
      'controller document id mismatch',
    );
  });

  it('the DCC did:web documents are served where the vectors README maps them', () => {
    expect(Object.keys(DCC_DID_ROUTES).sort()).toEqual([
      'https://digitalcredentials.github.io/vc-test-fixtures/dids/legacy/did.json',
      'https://digitalcredentials.github.io/vc-test-fixtures/dids/oidf/did.json',
    ]);
  });

  // Every table row signed by a DCC test did:web, without its DID document.
  const didWebRows = ROWS.filter((r) =>
    controllersNamed(r.file).some((c) => c === DCC_LEGACY || c === DCC_OIDF),
  );

  it('has DCC did:web rows to check', () => {
    expect(didWebRows.length).toBeGreaterThanOrEqual(20);
  });

  for (const r of didWebRows) {
    it(`${r.file}: DID document not reachable → unverifiable (http_error)`, async () => {
      const result = await verify({ file: r.file, routes: {} });
      expectVerdict(result, NO_KEY, 'no DID document');
      expect(result.requests).toContain(didWebUrl(controllersNamed(r.file)[0] ?? ''));
    });
  }

  // An unauthenticated document's credentialStatus is itself unauthenticated: anyone could point
  // an unsigned copy at a set bit of an issuer's list. With the key unresolvable the verdict is
  // unverifiable, whatever the list says.
  it('a revoked status does not outrank an unresolvable key', async () => {
    const file = `${DCC}/v1/ed25519/didWeb/legacy-revokedStatus-noExpiry.json`;
    const result = await verify({ file, routes: STATUS_ROUTES });
    expectVerdict(
      result,
      {
        status: 'unverifiable',
        codes: { key: 'http_error', status: 'status_revoked' },
        absent: ['issuer'],
      },
      'revoked list bit, unresolvable key',
    );
  });

  it('did:key vectors are checked without any request', async () => {
    const rows = ROWS.filter(
      (r) =>
        r.status === 'verified' &&
        r.codes.status === 'status_absent' &&
        controllersNamed(r.file).length > 0 &&
        controllersNamed(r.file).every((c) => c.startsWith('did:key:')),
    );
    expect(rows.length).toBeGreaterThanOrEqual(30);
    for (const r of rows) expect((await runRow(r)).requests, r.file).toEqual([]);
  });
});

describe('validity windows against other clocks', () => {
  const at = (file: string, clock: string, controllers?: Record<string, string>) =>
    verify({ file, clock, routes: routesFor(controllers) });

  it('valid until 2030-01-01: verified before, expired after', async () => {
    const file = `${DCC}/v2/bothSignatureTypes/didkey/legacy-noStatus-notExpired-endorsement.json`;
    expect((await at(file, '2029-12-31T00:00:00Z')).status).toBe('verified');
    expectVerdict(await at(file, '2030-01-02T00:00:00Z'), but(EXPIRED, V2), 'after validUntil');
  });

  it('valid from 2099-01-01: verified once that date has come', async () => {
    const file = `${DCC}/v2/dataIntegrityProof/didKey/oidf-noStatus-notExpired-notYetValid.json`;
    expectVerdict(await at(file, '2099-06-01T00:00:00Z'), VERIFIED, 'inside the window');
  });

  it('1EdTech simple-err-issued: inside its 2040–2050 window it verifies', async () => {
    const file = `${OB30}/simple-err-issued.json`;
    expectVerdict(
      await at(file, '2045-01-01T00:00:00Z', { [EXAMPLE_EDU]: GUIDE_KEY }),
      VERIFIED,
      'inside the window',
    );
    expectVerdict(
      await at(file, '2050-02-01T00:00:00Z', { [EXAMPLE_EDU]: GUIDE_KEY }),
      EXPIRED,
      'after the window',
    );
  });

  it('the clock-skew tolerance applies at the validUntil boundary', async () => {
    // simple-err-expired: validFrom = validUntil = 2010-01-01T00:00:00Z.
    const file = `${OB30}/simple-err-expired.json`;
    const until = Date.parse('2010-01-01T00:00:00Z');
    const inside = new Date(until + CLOCK_SKEW_MS - 60_000).toISOString();
    const outside = new Date(until + CLOCK_SKEW_MS + 60_000).toISOString();
    expectVerdict(
      await at(file, inside, { [EXAMPLE_COM]: GUIDE_KEY }),
      VERIFIED,
      'within the tolerance',
    );
    expectVerdict(
      await at(file, outside, { [EXAMPLE_COM]: GUIDE_KEY }),
      EXPIRED,
      'beyond the tolerance',
    );
  });
});

describe('credential status is never assumed', () => {
  // Every row whose verdict rests on a status list: without the list, status is unknown.
  const listed = ROWS.filter(
    (r) =>
      r.gap === undefined &&
      [r.codes.status]
        .flat()
        .some((code) =>
          ['status_valid', 'status_revoked', 'status_list_invalid'].includes(String(code)),
        ) &&
      [r.codes.proof].flat().includes('signature_valid'),
  );

  it('has status-list rows to check', () => {
    expect(listed.length).toBeGreaterThanOrEqual(40);
  });

  for (const r of listed) {
    it(`${r.file}: status list unreachable → unverifiable (status_unreachable), signature still valid`, async () => {
      const result = await verify({
        file: r.file,
        routes: routesFor(r.controllers, { statusLists: false }),
      });
      expectVerdict(
        result,
        {
          status: 'unverifiable',
          codes: { proof: 'signature_valid', issuer: 'issuer_bound', status: 'status_unreachable' },
          ...(r.signatures === undefined ? {} : { signatures: r.signatures }),
        },
        'no status list served',
      );
    });
  }
});

describe('the input form does not change the verdict', () => {
  const forms = (file: string): Array<[string, CredentialInput]> => {
    const bytes = new Uint8Array(readFileSync(join(VECTORS, use(file))));
    const text = new TextDecoder().decode(bytes);
    const parsed: Array<[string, CredentialInput]> = file.endsWith('.json')
      ? [['json', { kind: 'json', value: JSON.parse(text) }]]
      : [];
    return [['bytes', { kind: 'bytes', bytes }], ['text', { kind: 'text', text }], ...parsed];
  };
  const cases: Array<[string, Readonly<Record<string, string>>]> = [
    [`${OB30}/simple.json`, { [EXAMPLE_COM]: GUIDE_KEY }],
    [`${OB30}/simple-err-proof-value.json`, {}],
    [`${OB30}/simple-json.svg`, {}],
    [`${OB30}/simple-jwt.svg`, {}],
    [`${OB30}/simple.jwt`, {}],
    [`${OB30}/velocity.jwt`, {}],
    [`${CLR20}/simple.jwt`, {}],
  ];
  for (const [file, controllers] of cases) {
    it(`${file}: bytes, text${file.endsWith('.json') ? ' and parsed JSON' : ''} agree`, async () => {
      const results = await Promise.all(
        forms(file).map(async ([form, input]) => {
          const result = await verifyCredential(input, {
            fetch: fakeFetch(routesFor(controllers)),
            now: fixedClock(CLOCK),
          });
          return { form, status: result.status, checks: summary(result) };
        }),
      );
      const [first, ...rest] = results;
      for (const other of rest) {
        expect({ ...other, form: first?.form }).toEqual(first);
      }
    });
  }
});

// ─── Intermediate values ─────────────────────────────────────────────────────────────────────

describe('W3C vc-di-eddsa intermediate values', () => {
  const loader = createDocumentLoader(EXAMPLES);
  const keyPair = readJson<{ publicKeyMultibase: string }>(`${W3C}/keyPair.json`);
  const unsigned = readJson(`${W3C}/unsigned.json`);

  const rdfcSuites = [
    { dir: 'eddsa-rdfc-2022', tag: 'DataInt', signed: 'signedDataInt.json' },
    { dir: 'Ed25519Signature2020', tag: 'EdSig', signed: 'signedEdSig.json' },
  ];
  for (const { dir, tag, signed: signedName } of rdfcSuites) {
    const path = (name: string) => `${W3C}/${dir}/${name}`;
    const signed = readJson(path(signedName));
    const proof = proofsOf(signed)[0] ?? {};
    const unsecured = withoutProof(signed);
    const canonDoc = readText(path(`canonDoc${tag}.txt`));
    const proofCanon = readText(path(`proofCanon${tag}.txt`));
    const docHash = readText(path(`docHash${tag}.txt`)).trim();
    const proofHash = readText(path(`proofHash${tag}.txt`)).trim();
    const combined = readText(path(`combinedHash${tag}.txt`)).trim();
    const sigHex = readText(path(`sigHex${tag}.txt`)).trim();
    const sigBtc58 = readText(path(`sigBTC58${tag}.txt`)).trim();
    const proofConfig = readJson(path(`proofConfig${tag}.json`));

    it(`${dir}: canonical document (RDFC-1.0) equals canonDoc${tag}.txt, hash docHash${tag}.txt`, async () => {
      const canonical = await canonizeRdfc(unsecured, loader);
      expect(canonical).toEqual({ ok: true, value: canonDoc });
      expect(sha256Hex(canonDoc)).toBe(docHash);
    });

    it(`${dir}: canonical proof options equal proofCanon${tag}.txt, hash proofHash${tag}.txt`, async () => {
      expect(await canonizeRdfc(proofConfig, loader)).toEqual({ ok: true, value: proofCanon });
      expect(sha256Hex(proofCanon)).toBe(proofHash);
      // The published options are the signed proof without proofValue, with the document context.
      expect(proofConfig).toEqual({ ...withoutProofValue(proof), '@context': signed['@context'] });
    });

    it(`${dir}: hashData = proof hash ‖ document hash = combinedHash${tag}.txt`, async () => {
      const hashed = await hashDataRdfc({
        unsecured,
        proofConfig: withoutProofValue(proof),
        loader,
      });
      if (!hashed.ok) throw new Error(hashed.error.detail);
      expect(hex(hashed.value)).toBe(combined);
      expect(combined).toBe(proofHash + docHash);
    });

    it(`${dir}: signature = sigHex${tag}.txt = sigBTC58${tag}.txt = proofValue, valid for keyPair.json`, async () => {
      expect(proof.proofValue).toBe(sigBtc58);
      const signature = signatureOf(sigBtc58);
      expect(hex(signature)).toBe(sigHex);
      expect(proof.verificationMethod).toBe(
        `did:key:${keyPair.publicKeyMultibase}#${keyPair.publicKeyMultibase}`,
      );
      const message = Buffer.from(combined, 'hex');
      const key = publicKeyOf(keyPair.publicKeyMultibase);
      expect(await verifyEd25519(key, message, signature)).toBe('valid');
      message[63] = (message[63] ?? 0) ^ 1;
      expect(await verifyEd25519(key, message, signature)).toBe('invalid');
    });
  }

  it('eddsa-rdfc-2022 signs the unsigned.json document', () => {
    expect(withoutProof(readJson(`${W3C}/eddsa-rdfc-2022/signedDataInt.json`))).toEqual(unsigned);
  });

  describe('eddsa-jcs-2022', () => {
    const path = (name: string) => `${W3C}/eddsa-jcs-2022/${name}`;
    const signed = readJson(path('signedJCS.json'));
    const proof = proofsOf(signed)[0] ?? {};
    const unsecured = withoutProof(signed);
    const proofConfig = readJson(path('proofConfigJCS.json'));
    const canonDoc = readText(path('canonDocJCS.txt'));
    const proofCanon = readText(path('proofCanonJCS.txt'));
    const docHash = readText(path('docHashJCS.txt')).trim();
    const proofHash = readText(path('proofHashJCS.txt')).trim();
    const combined = readText(path('combinedHashJCS.txt')).trim();
    const sigHex = readText(path('sigHexJCS.txt')).trim();
    const sigBtc58 = readText(path('sigBTC58JCS.txt')).trim();

    it('canonical document and proof options (JCS) equal canonDocJCS.txt / proofCanonJCS.txt', () => {
      expect(unsecured).toEqual(unsigned);
      expect(canonizeJcs(unsecured)).toBe(canonDoc);
      expect(proofConfig).toEqual(withoutProofValue(proof));
      expect(canonizeJcs(proofConfig)).toBe(proofCanon);
    });

    it('hashes equal docHashJCS.txt, proofHashJCS.txt and combinedHashJCS.txt', async () => {
      expect(sha256Hex(canonDoc)).toBe(docHash);
      expect(sha256Hex(proofCanon)).toBe(proofHash);
      const hashed = await hashDataJcs({ unsecured, proofConfig });
      if (!hashed.ok) throw new Error(hashed.error.detail);
      expect(hex(hashed.value)).toBe(combined);
      expect(combined).toBe(proofHash + docHash);
    });

    it('signature = sigHexJCS.txt = sigBTC58JCS.txt = proofValue, valid for keyPair.json', async () => {
      expect(proof.proofValue).toBe(sigBtc58);
      const signature = signatureOf(sigBtc58);
      expect(hex(signature)).toBe(sigHex);
      const message = Buffer.from(combined, 'hex');
      const key = publicKeyOf(keyPair.publicKeyMultibase);
      expect(await verifyEd25519(key, message, signature)).toBe('valid');
      message[0] = (message[0] ?? 0) ^ 1;
      expect(await verifyEd25519(key, message, signature)).toBe('invalid');
    });

    it("a proof @context that is not a prefix of the document's is refused", async () => {
      const hashed = await hashDataJcs({
        unsecured,
        proofConfig: {
          ...proofConfig,
          '@context': ['https://www.w3.org/ns/credentials/v2', 'https://example.org/other'],
        },
      });
      expect(hashed.ok ? 'ok' : hashed.error.code).toBe('proof_malformed');
    });
  });

  describe('eddsa-rdfc-2022/employ (needs a context that is not bundled)', () => {
    const path = (name: string) => `${W3C}/eddsa-rdfc-2022/employ/${name}`;
    const signed = readJson(path('signedDataInt.json'));
    const proofConfig = readJson(path('proofConfigDataInt.json'));
    const canonDoc = readText(path('canonDocDataInt.txt'));
    const proofCanon = readText(path('proofCanonDataInt.txt'));
    const docHash = readText(path('docHashDataInt.txt')).trim();
    const proofHash = readText(path('proofHashDataInt.txt')).trim();
    const combined = readText(path('combinedHashDataInt.txt')).trim();
    const sigHex = readText(path('sigHexDataInt.txt')).trim();
    const sigBtc58 = readText(path('sigBTC58DataInt.txt')).trim();
    const alumniProofHash = readText(`${W3C}/eddsa-rdfc-2022/proofHashDataInt.txt`).trim();

    it('canonicalisation reports context_unknown for https://w3id.org/citizenship/v4rc1', async () => {
      const canonical = await canonizeRdfc(withoutProof(signed), loader);
      expect(canonical.ok ? 'ok' : canonical.error.code).toBe('context_unknown');
      const options = await canonizeRdfc(proofConfig, loader);
      expect(options.ok ? 'ok' : options.error.code).toBe('context_unknown');
      expect(proofConfig).toEqual({
        ...withoutProofValue(proofsOf(signed)[0] ?? {}),
        '@context': signed['@context'],
      });
    });

    it('the published intermediates hash and verify: the signature is valid cryptography', async () => {
      expect(sha256Hex(canonDoc)).toBe(docHash);
      expect(sha256Hex(proofCanon)).toBe(proofHash);
      // Same proof options as the AlumniCredential vector.
      expect(proofHash).toBe(alumniProofHash);
      expect(combined).toBe(proofHash + docHash);
      expect(proofsOf(signed)[0]?.proofValue).toBe(sigBtc58);
      const signature = signatureOf(sigBtc58);
      expect(hex(signature)).toBe(sigHex);
      const key = publicKeyOf(keyPair.publicKeyMultibase);
      expect(await verifyEd25519(key, Buffer.from(combined, 'hex'), signature)).toBe('valid');
    });
  });

  describe('proof sets and chains', () => {
    const path = (name: string) => `${W3C}/proof-set-chain/${name}`;
    const keys = readJson<Record<string, { publicKeyMultibase: string }>>(
      path('multiKeyPairs.json'),
    );
    const keyOf = (name: string) => publicKeyOf(keys[name]?.publicKeyMultibase ?? '');
    const base = readJson(path('unsigned.json'));

    /** Verifies `signed` (a proof with proofValue) over `document` with the named key pair. */
    async function verifyOver(
      document: Record<string, unknown>,
      signed: Record<string, unknown>,
      keyName: string,
    ) {
      const hashed = await hashDataRdfc({
        unsecured: document,
        proofConfig: withoutProofValue(signed),
        loader,
      });
      if (!hashed.ok) throw new Error(hashed.error.detail);
      return verifyEd25519(keyOf(keyName), hashed.value, signatureOf(String(signed.proofValue)));
    }

    it('unsigned.json is the same document as ../unsigned.json', () => {
      expect(base).toEqual(unsigned);
    });

    it('proof set: each config signs the unsigned document, and the signed configs are the proofs', async () => {
      const set2 = proofsOf(readJson(path('signedProofSet2.json')));
      for (const [n, keyName] of [
        [1, 'keyPair1'],
        [2, 'keyPair2'],
      ] as const) {
        const config = readJson(path(`proofSetConfig${n}.json`));
        const signed = readJson(path(`proofSetConfigSigned${n}.json`));
        expect(withoutProofValue(signed)).toEqual(config);
        expect(set2[n - 1]).toEqual(signed);
        expect(await verifyOver(base, signed, keyName)).toBe('valid');
        // A proof of the set signs the document without the other proofs.
        expect(await verifyOver({ ...base, proof: set2 }, signed, keyName)).toBe('invalid');
      }
      expect(proofsOf(readJson(path('signedProofSet1.json')))).toEqual([set2[0]]);
    });

    it('proof chain: each chained proof signs the document with the proofs it names', async () => {
      const temp1 = readJson(path('proofChainTempDoc1.json'));
      const temp2 = readJson(path('proofChainTempDoc2.json'));
      expect(temp1).toEqual(readJson(path('signedProofSet2.json')));
      const chain2 = proofsOf(readJson(path('signedProofChain2.json')));
      for (const [n, temp, keyName] of [
        [1, temp1, 'keyPair3'],
        [2, temp2, 'keyPair4'],
      ] as const) {
        const config = readJson(path(`proofChainConfig${n}.json`));
        const signed = readJson(path(`proofChainConfigSigned${n}.json`));
        expect(withoutProofValue(signed)).toEqual(config);
        expect(chain2[n + 1]).toEqual(signed);
        expect(await verifyOver(temp, signed, keyName)).toBe('valid');
        // Naive verification over the bare document fails: the chain includes earlier proofs.
        expect(await verifyOver(base, signed, keyName)).toBe('invalid');
      }
      expect(proofsOf(temp2)).toEqual([chain2[2]]);
      expect(proofsOf(readJson(path('signedProofChain1.json')))).toEqual(chain2.slice(0, 3));
    });
  });
});

describe('1EdTech implementation-guide intermediate values', () => {
  const loader = createDocumentLoader(BUNDLED_CONTEXTS);
  const guides = [
    { dir: 'linked-data-proof-ob', canon: 'obv3p0' },
    { dir: 'linked-data-proof-clr', canon: 'clrv2p0' },
  ];
  for (const { dir, canon } of guides) {
    const path = (name: string) => `${SPEC}/${dir}/${name}`;
    const credential = readJson(path('credential.json'));
    const signed = readJson(path('signed-credential.json'));
    const proof = readJson(path('proof.json'));
    const options = readJson(path('proof-before-signing.json'));
    const hashes = readJson<Record<string, string>>(path('hashes.json'));
    const key = readJson<{
      publicKeyHex: string;
      multikey: { publicKeyMultibase: string; publicKey: number[] };
    }>(path('key.json'));
    const documentCanon = readText(`${SPEC}/test-vectors/${canon}/document-canon.txt`);
    const proofCanon = readText(`${SPEC}/test-vectors/${canon}/proof-canon.txt`);

    it(`${dir}: the signed credential is credential.json plus proof.json`, () => {
      expect(withoutProof(signed)).toEqual(credential);
      expect(proofsOf(signed)).toEqual([proof]);
      expect(withoutProofValue(proof)).toEqual(options);
      expect(proof.proofValue).toBe(hashes.proofValue);
    });

    it(`${dir}: canonical document equals test-vectors/${canon}/document-canon.txt, hash documentHashHex`, async () => {
      expect(await canonizeRdfc(credential, loader)).toEqual({ ok: true, value: documentCanon });
      expect(sha256Hex(documentCanon)).toBe(hashes.documentHashHex);
    });

    it(`${dir}: canonical proof options equal test-vectors/${canon}/proof-canon.txt, hash proofHashHex`, async () => {
      const config = { ...options, '@context': credential['@context'] };
      expect(await canonizeRdfc(config, loader)).toEqual({ ok: true, value: proofCanon });
      expect(sha256Hex(proofCanon)).toBe(hashes.proofHashHex);
    });

    it(`${dir}: hashData equals dataToSignHex; signatureHex verifies with the guide key`, async () => {
      const hashed = await hashDataRdfc({ unsecured: credential, proofConfig: options, loader });
      if (!hashed.ok) throw new Error(hashed.error.detail);
      expect(hex(hashed.value)).toBe(hashes.dataToSignHex);
      const signature = signatureOf(String(hashes.proofValue));
      expect(hex(signature)).toBe(hashes.signatureHex);
      const publicKey = Buffer.from(key.publicKeyHex, 'hex');
      expect([...publicKey]).toEqual(key.multikey.publicKey);
      expect(encodeEd25519Multikey(publicKey)).toBe(key.multikey.publicKeyMultibase);
      expect(key.multikey.publicKeyMultibase).toBe(GUIDE_KEY);
      expect(await verifyEd25519(publicKey, hashed.value, signature)).toBe('valid');
    });
  }

  it('OB and CLR share the proof options, so their proof hashes are equal', () => {
    expect(readText(`${SPEC}/test-vectors/obv3p0/proof-canon.txt`)).toBe(
      readText(`${SPEC}/test-vectors/clrv2p0/proof-canon.txt`),
    );
  });

  it('an undefined term added to the guide credential fails in safe mode', async () => {
    const credential = readJson(`${SPEC}/linked-data-proof-ob/credential.json`);
    const canonical = await canonizeRdfc({ ...credential, notDefinedAnywhere: 'x' }, loader);
    expect(canonical.ok ? 'ok' : canonical.error.code).toBe('context_undefined_term');
  });
});

describe('test/vectors holds only what these tests read', () => {
  it('every copied file is used', () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const full = join(dir, name);
        return statSync(full).isDirectory() ? walk(full) : [relative(VECTORS, full)];
      });
    // formats.test.ts, presentations.test.ts and ed25519-backends.test.ts (unit) own these
    // folders and read every file in them.
    const OTHER_SUITES = [
      'ed25519/',
      '1edtech-validator/ob20/',
      'w3c-bsl-test-suite/',
      'w3c-jose-cose-test-suite/',
      'blockcerts-cert-verifier-js/',
    ];
    const unused = walk(VECTORS).filter(
      (file) =>
        file !== 'README.md' &&
        !USED.has(file) &&
        !OTHER_SUITES.some((prefix) => file.startsWith(prefix)),
    );
    expect(unused).toEqual([]);
  });
});
