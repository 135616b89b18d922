// The parts of presentation verification that are pure rules: binding the holder's proof to
// the holder, the verifier's challenge and domain, each credential's subject against the
// holder, the presentation verdict (worst of its own and its credentials'), the JWT mapping,
// and enveloped credentials. End-to-end cases signed by another implementation live in
// test/conformance/presentations.test.ts.

import { describe, expect, it } from 'vitest';
import { type Check, deriveStatus, verifyCredential } from '../../../lib/verify';
import { bindHolder, challengeChecks, subjectBinding } from '../../../lib/verify/holder';
import {
  isJwtPresentation,
  presentationFromJwtPayload,
} from '../../../lib/verify/jwt/jwt-presentation';
import {
  presentedInput,
  subjectIdsOf,
  verdictCheck,
} from '../../../lib/verify/presented-credentials';
import type { ProofReport } from '../../../lib/verify/proofs/verify-proofs';
import { fakeFetch, fixedClock } from '../../helpers/fake-fetch';
import { issue, openBadge, testKey } from '../../helpers/issue';

const HOLDER = 'did:example:holder';

const report = (patch: Partial<ProofReport>): ProofReport => ({
  index: 0,
  type: 'DataIntegrityProof',
  supported: true,
  signatureValid: true,
  checks: [{ id: 'proof', outcome: 'pass', code: 'signature_valid' }],
  ...patch,
});

const codes = (checks: readonly Check[]) => checks.map((c) => `${c.outcome}:${c.code}`);

describe('bindHolder', () => {
  it('passes when a valid proof is made with a key of the named holder', () => {
    const bound = bindHolder([report({ controller: HOLDER, index: 1 })], HOLDER);
    expect(codes(bound.checks)).toEqual(['pass:presentation_proof_valid']);
    expect(bound).toMatchObject({ holder: HOLDER, proofIndex: 1 });
  });

  it('fails with holder_key_mismatch when the signer is someone else', () => {
    const bound = bindHolder([report({ controller: 'did:example:other' })], HOLDER);
    expect(codes(bound.checks)).toEqual(['fail:holder_key_mismatch']);
    expect(bound.checks[0]?.detail).toContain('did:example:other');
  });

  it('takes the signer as holder when the presentation names none', () => {
    const bound = bindHolder([report({ controller: 'did:example:signer' })], undefined);
    expect(bound.holder).toBe('did:example:signer');
    expect(bound.checks[0]?.detail).toMatch(/names no holder/);
  });

  it('adds nothing when no proof is valid: the proof check already failed', () => {
    expect(
      bindHolder([report({ signatureValid: false, controller: HOLDER })], HOLDER).checks,
    ).toEqual([]);
  });

  it('is unknown when no proof is of a supported type', () => {
    const bound = bindHolder([report({ supported: false, signatureValid: false })], HOLDER);
    expect(codes(bound.checks)).toEqual(['unknown:proof_type_unsupported']);
  });
});

describe('challengeChecks', () => {
  it('passes the challenge and domain the verifier asked for', () => {
    const checks = challengeChecks(
      { challenge: 'abc', domain: 'example.org' },
      { challenge: 'abc', domain: 'example.org' },
    );
    expect(codes(checks)).toEqual(['pass:challenge_match', 'pass:domain_match']);
  });

  it('fails another challenge, and a missing one', () => {
    expect(codes(challengeChecks({ challenge: 'old' }, { challenge: 'new' }))).toEqual([
      'fail:challenge_mismatch',
    ]);
    expect(codes(challengeChecks({}, { challenge: 'new' }))).toEqual(['fail:challenge_missing']);
  });

  it('accepts a domain among several (a JWT aud array, a DI domain set)', () => {
    const signed = { domain: ['a.example', 'b.example'] };
    expect(codes(challengeChecks(signed, { domain: 'b.example' }))).toEqual(['pass:domain_match']);
    expect(codes(challengeChecks(signed, { domain: 'c.example' }))).toEqual([
      'fail:domain_mismatch',
    ]);
    expect(codes(challengeChecks({}, { domain: 'c.example' }))).toEqual(['fail:domain_missing']);
  });

  it('reports, without judging, what the verifier did not ask for', () => {
    const checks = challengeChecks({ challenge: 'abc', domain: 'example.org' }, {});
    expect(codes(checks)).toEqual(['skipped:challenge_unchecked', 'skipped:domain_unchecked']);
    expect(challengeChecks({}, {})).toEqual([]);
  });
});

describe('subjectBinding', () => {
  it('binds when any subject is the holder', () => {
    expect(subjectBinding('credential 1', ['did:example:a', HOLDER], HOLDER).code).toBe(
      'credential_bound_to_holder',
    );
  });

  it('fails when every subject is someone else, and is unknown without a subject id', () => {
    expect(subjectBinding('credential 1', ['did:example:a'], HOLDER)).toMatchObject({
      outcome: 'fail',
      code: 'credential_not_bound_to_holder',
    });
    expect(subjectBinding('credential 1', [], HOLDER)).toMatchObject({
      outcome: 'unknown',
      code: 'credential_subject_unidentified',
    });
  });
});

describe('the presentation verdict (deriveStatus)', () => {
  const own: Check[] = [
    { id: 'proof', outcome: 'pass', code: 'signature_valid' },
    { id: 'holder', outcome: 'pass', code: 'presentation_proof_valid' },
  ];
  const withCredentials = (...statuses: Parameters<typeof verdictCheck>[1]['status'][]) =>
    deriveStatus([
      ...own,
      ...statuses.map((status) => verdictCheck('credential', { status, checks: [] })),
    ]);

  it('is verified with the holder bound and every credential verified or confirmed', () => {
    expect(withCredentials('verified', 'confirmed')).toBe('verified');
    expect(withCredentials()).toBe('verified');
  });

  it('follows the worst credential: invalid, revoked, suspended, unverifiable, expired', () => {
    expect(withCredentials('expired', 'unverifiable', 'revoked', 'invalid')).toBe('invalid');
    expect(withCredentials('malformed')).toBe('invalid');
    expect(withCredentials('expired', 'unverifiable', 'suspended', 'revoked')).toBe('revoked');
    expect(withCredentials('expired', 'unverifiable', 'suspended')).toBe('suspended');
    expect(withCredentials('expired', 'unverifiable')).toBe('unverifiable');
    expect(withCredentials('verified', 'expired')).toBe('expired');
  });

  it('is unverifiable without a holder proof, and invalid with a failed one', () => {
    const unsigned: Check = { id: 'holder', outcome: 'unknown', code: 'presentation_unsigned' };
    expect(deriveStatus([unsigned, verdictCheck('c', { status: 'verified', checks: [] })])).toBe(
      'unverifiable',
    );
    expect(
      deriveStatus([
        { id: 'proof', outcome: 'fail', code: 'signature_invalid' },
        verdictCheck('c', { status: 'verified', checks: [] }),
      ]),
    ).toBe('invalid');
  });

  it('names the credential and the reason it is not verified', () => {
    const check = verdictCheck('credential 2 “Robotics”', {
      status: 'revoked',
      checks: [{ id: 'status', outcome: 'fail', code: 'status_revoked' }],
    });
    expect(check).toEqual({
      id: 'credential',
      outcome: 'fail',
      code: 'credential_revoked',
      detail: 'credential 2 “Robotics”: revoked (status revoked)',
    });
  });
});

describe('JWT presentations', () => {
  it('recognises a vp claim (VC 1.1) and a VC 2.0 presentation payload', () => {
    expect(isJwtPresentation({ iss: HOLDER, vp: {} })).toBe(true);
    expect(isJwtPresentation({ '@context': [], type: 'VerifiablePresentation' })).toBe(true);
    // A VC 2.0 credential with a stray vp claim stays a credential (and fails as one).
    expect(isJwtPresentation({ '@context': [], type: 'VerifiableCredential', vp: {} })).toBe(false);
  });

  it('maps iss to holder and jti to id, and reads nonce and aud', () => {
    const mapped = presentationFromJwtPayload({
      iss: HOLDER,
      jti: 'urn:uuid:1',
      nonce: 'abc',
      aud: 'example.org',
      vp: { type: ['VerifiablePresentation'] },
    });
    expect(mapped).toEqual({
      document: { type: ['VerifiablePresentation'], holder: HOLDER, id: 'urn:uuid:1' },
      signed: { challenge: 'abc', domain: 'example.org' },
      checks: [],
    });
  });

  it('fails iss that contradicts the holder, and vc/vp claims in a VC 2.0 payload', () => {
    const conflict = presentationFromJwtPayload({
      iss: 'did:example:other',
      vp: { holder: { id: HOLDER } },
    });
    expect('checks' in conflict && codes(conflict.checks)).toEqual(['fail:jwt_claim_mismatch']);
    expect(
      presentationFromJwtPayload({
        '@context': ['https://www.w3.org/ns/credentials/v2'],
        type: 'VerifiablePresentation',
        vc: {},
      }),
    ).toMatchObject({ code: 'jwt_claims_invalid' });
  });
});

describe('presented credentials', () => {
  it('opens an EnvelopedVerifiableCredential data: URL, plain or base64', () => {
    const jws = 'eyJhbGciOiJFZERTQSJ9.eyJzdWIiOiJkaWQ6ZXhhbXBsZTpob2xkZXIifQ.c2ln';
    expect(
      presentedInput({
        type: 'EnvelopedVerifiableCredential',
        id: `data:application/vc+jwt,${jws}`,
      }),
    ).toEqual({ kind: 'text', text: jws });
    const base64 = presentedInput({
      type: ['EnvelopedVerifiableCredential'],
      id: `data:application/vc+ld+json;base64,${btoa('{"a":1}')}`,
    });
    expect(base64).toMatchObject({ kind: 'bytes' });
    expect(presentedInput({ type: 'EnvelopedVerifiableCredential', id: 'urn:x' })).toMatchObject({
      code: 'not_a_credential',
    });
  });

  it('reads every subject id, from JSON and from a VC 1.1 JWT sub claim', () => {
    expect(
      subjectIdsOf({
        kind: 'json',
        value: { credentialSubject: [{ id: 'did:example:a' }, { name: 'x' }, { id: HOLDER }] },
      }),
    ).toEqual(['did:example:a', HOLDER]);
    const payload = btoa(JSON.stringify({ sub: HOLDER, vc: { credentialSubject: {} } }))
      .replace(/=+$/, '')
      .replace(/\+/g, '-')
      .replace(/\//g, '_');
    expect(subjectIdsOf({ kind: 'text', text: `eyJhbGciOiJFZERTQSJ9.${payload}.c2ln` })).toEqual([
      HOLDER,
    ]);
  });
});

describe('verifyCredential on presentations', () => {
  it('returns malformed for a presentation without the credentials context', async () => {
    const result = await verifyCredential(
      { kind: 'json', value: { type: 'VerifiablePresentation', holder: HOLDER } },
      { fetch: fakeFetch(), now: fixedClock() },
    );
    expect(result.status).toBe('malformed');
    expect(result.presentation).toBeUndefined();
  });

  it('counts more than 64 credentials as not checked, so the presentation is unverifiable', async () => {
    const key = await testKey(71);
    const credential = await issue(
      openBadge(key.did, {
        credentialSubject: {
          ...(openBadge(key.did).credentialSubject as Record<string, unknown>),
          id: key.did,
        },
      }),
      { key },
    );
    const presentation = await issue(
      {
        '@context': ['https://www.w3.org/ns/credentials/v2'],
        type: ['VerifiablePresentation'],
        holder: key.did,
        verifiableCredential: Array.from({ length: 65 }, () => credential),
      },
      { key, proofPurpose: 'authentication', suite: 'eddsa-jcs-2022' },
    );
    const result = await verifyCredential(
      { kind: 'json', value: presentation },
      { fetch: fakeFetch(), now: fixedClock() },
    );
    expect(result.presentation).toMatchObject({ counts: { verified: 64 }, skipped: 1 });
    expect(result.status).toBe('unverifiable');
    expect(result.checks).toContainEqual(
      expect.objectContaining({ id: 'credential', code: 'credential_unverifiable' }),
    );
  });
});
