// Status documents that are not what they claim: every credentialStatus entry and every fetched
// list goes through its zod schema (lib/verify/status/schemas.ts), so a bad one gives a specific
// code naming the list — never a throw, never "not revoked" — and the dispatcher hands each
// kind to its own module.

import { describe, expect, it } from 'vitest';
import { err, ok } from '../../../../lib/shared/result';
import { deepFreeze } from '../../../../lib/shared/text';
import type { Check } from '../../../../lib/verify';
import {
  checkCredentialStatus,
  createStatusListCache,
  type StatusContext,
} from '../../../../lib/verify/status';
import { encodeList } from './lists';

const LIST = 'https://status.example/lists/1';
const CREDENTIAL = 'urn:uuid:0b7c1f5e-1d2a-4c7e-9a51-0b9c9c9c9c9c';

/** A context whose one list URL serves `body`; lists are never trusted unless a test says so. */
function serving(body: unknown, verified = false): StatusContext & { verifications: number } {
  const context = {
    verifications: 0,
    credentialId: CREDENTIAL,
    issuerId: 'did:example:issuer',
    now: Date.UTC(2026, 0, 1),
    fetchJson: async (url: string) =>
      url === LIST
        ? ok(body)
        : err({ code: 'http_error' as const, detail: 'HTTP 404', status: 404 }),
    verifyList: async () => {
      context.verifications++;
      return verified
        ? { trusted: true as const }
        : { trusted: false as const, detail: 'unsigned' };
    },
  };
  return context;
}

const bitstring = (extra: Record<string, unknown> = {}) => ({
  type: 'BitstringStatusListEntry',
  statusPurpose: 'revocation',
  statusListIndex: '7',
  statusListCredential: LIST,
  ...extra,
});
const edtech = { type: '1EdTechRevocationList', id: LIST };

const only = (checks: Check[]) => {
  expect(checks).toHaveLength(1);
  return checks[0] as Check;
};

describe('status list documents through their schemas', () => {
  it.each([
    ['null', null],
    ['an array', [1, 2, 3]],
    ['a string', 'revoked'],
    ['a number', 42],
  ])('a list that is %s is status_list_invalid naming the list, unknown', async (_, body) => {
    const context = serving(body);
    const status = only(await checkCredentialStatus(bitstring(), context));
    expect(status).toMatchObject({
      id: 'status',
      outcome: 'unknown',
      code: 'status_list_invalid',
      about: { url: LIST },
    });
    expect(status.detail).toContain('it is not a credential');
    expect(context.verifications).toBe(0);
  });

  it.each([
    ['no credentialSubject', { type: 'BitstringStatusListCredential' }],
    ['an array subject', { type: 'BitstringStatusListCredential', credentialSubject: [{}] }],
    ['a string subject', { type: 'BitstringStatusListCredential', credentialSubject: 'bits' }],
  ])('a list credential with %s is not a status list credential', async (_, body) => {
    const context = serving(body);
    const status = only(await checkCredentialStatus(bitstring(), context));
    expect(status).toMatchObject({ outcome: 'unknown', code: 'status_list_invalid' });
    expect(status.detail).toContain('not a status list credential');
    expect(context.verifications).toBe(0);
  });

  it('reads a member of the wrong kind as absent and says which: a numeric encodedList', async () => {
    const body = {
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      credentialSubject: { statusPurpose: 'revocation', encodedList: 12345, ttl: 'soon' },
    };
    const status = only(await checkCredentialStatus(bitstring(), serving(body, true)));
    expect(status).toMatchObject({ outcome: 'unknown', code: 'status_list_invalid' });
    expect(status.detail).toContain('it has no encodedList');
  });

  it.each([
    ['no purpose', { statusPurpose: undefined }],
    ['a negative index', { statusListIndex: -1 }],
    ['a fractional index', { statusListIndex: 1.5 }],
    ['an index in words', { statusListIndex: 'seven' }],
    ['a 17-bit status size', { statusSize: 17 }],
    ['no list URL', { statusListCredential: { id: LIST } }],
  ])('an entry with %s is status_entry_invalid, and nothing is fetched', async (_, extra) => {
    let fetched = 0;
    const fetchJson = async () => {
      fetched++;
      return ok(null);
    };
    const context = { ...serving(null), fetchJson };
    const status = only(await checkCredentialStatus(bitstring(extra), context));
    expect(status).toMatchObject({ outcome: 'fail', code: 'status_entry_invalid' });
    expect(fetched).toBe(0);
  });

  it.each([
    ['not a list', 'oops', 'message status 0x2'],
    [
      'items of the wrong kind',
      [null, { status: '0x2' }, { status: '0x2', message: 7 }],
      'message status 0x2',
    ],
    [
      'a matching item',
      [
        { status: '0x1', message: 'pending' },
        { status: '0x2', message: 'on hold' },
      ],
      'message status on hold',
    ],
  ])(
    'reads a statusMessage that is %s leniently: a bad one only loses its words',
    async (_, statusMessage, said) => {
      const entry = bitstring({ statusPurpose: 'message', statusSize: 2, statusMessage });
      const body = {
        type: 'BitstringStatusListCredential',
        credentialSubject: {
          statusPurpose: 'message',
          encodedList: encodeList({ 7: 2 }, { size: 2 }),
        },
      };
      const status = only(await checkCredentialStatus(entry, serving(body, true)));
      expect(status).toMatchObject({ outcome: 'pass', code: 'status_message' });
      expect(status.detail).toContain(said);
    },
  );

  it.each([
    ['null', null],
    ['an array', []],
    ['revokedCredential not an array', { revokedCredential: 'all of them' }],
    ['neither member', { revoked: [CREDENTIAL] }],
  ])('a 1EdTech revocation list that is %s is status_list_invalid, unknown', async (_, body) => {
    const status = only(await checkCredentialStatus(edtech, serving(body)));
    expect(status).toMatchObject({
      outcome: 'unknown',
      code: 'status_list_invalid',
      about: { url: LIST },
    });
  });

  it('skips 1EdTech list items that are not revoked-credential records, and finds the one that is', async () => {
    const body = { revokedCredentials: [null, 7, 'x', { id: 12 }, { id: CREDENTIAL }] };
    const status = only(await checkCredentialStatus(edtech, serving(body)));
    expect(status).toMatchObject({ outcome: 'fail', code: 'status_revoked' });
  });

  it('honours an explicit revoked: false in a 1EdTech list', async () => {
    const body = { revokedCredential: [{ id: CREDENTIAL, revoked: false }] };
    const status = only(await checkCredentialStatus(edtech, serving(body)));
    expect(status).toMatchObject({ outcome: 'pass', code: 'status_valid' });
  });

  it('names the unreachable list in typed facts, for the card', async () => {
    const entry = bitstring({ statusListCredential: 'https://status.example/gone' });
    const status = only(await checkCredentialStatus(entry, serving(null)));
    expect(status).toMatchObject({
      outcome: 'unknown',
      code: 'status_unreachable',
      about: { url: 'https://status.example/gone' },
    });
  });

  it('prefers the Bitstring kind when an entry claims two types, and refuses unknown kinds', async () => {
    const both = bitstring({ type: ['StatusList2021Entry', 'BitstringStatusListEntry'] });
    const body = { type: 'StatusList2021Credential', credentialSubject: { encodedList: 'u' } };
    const status = only(await checkCredentialStatus(both, serving(body, true)));
    expect(status.detail).toContain('its type is not BitstringStatusListCredential');
    const unknown = only(
      await checkCredentialStatus({ type: 'RevocationList2020Status' }, serving(null)),
    );
    expect(unknown).toMatchObject({ outcome: 'unknown', code: 'status_unsupported' });
  });
});

describe('one list verified once while credentials wait on it together', () => {
  const list = (encodedList: string) => ({
    type: 'BitstringStatusListCredential',
    credentialSubject: { statusPurpose: 'revocation', encodedList },
  });

  it('verifies a list that many credentials check at once only once, and all read its bits', async () => {
    const context = Object.assign(serving(list(encodeList({ 7: 1 })), true), {
      lists: createStatusListCache(),
    });
    const results = await Promise.all(
      Array.from({ length: 5 }, () => checkCredentialStatus(bitstring(), context)),
    );
    expect(context.verifications).toBe(1);
    for (const checks of results) expect(only(checks).code).toBe('status_revoked');
  });

  it('verifies again when the list served next is different content', async () => {
    let body = list(encodeList({ 7: 1 }));
    const context = Object.assign(serving(undefined, true), {
      lists: createStatusListCache(),
      fetchJson: async () => ok(body),
    });
    const first = checkCredentialStatus(bitstring(), context);
    body = list(encodeList({}));
    const second = checkCredentialStatus(bitstring(), context);
    const [revoked, active] = await Promise.all([first, second]);
    expect(context.verifications).toBe(2);
    expect(only(revoked).code).toBe('status_revoked');
    expect(only(active).code).toBe('status_valid');
  });

  it("works a list out again after another verification's problem with it: that problem may be its own", async () => {
    const lists = createStatusListCache();
    const served = deepFreeze(list(encodeList({ 7: 1 })));
    // A's verification of the list runs out of its time; B, joining while it runs, trusts it.
    const a = Object.assign(serving(served), {
      lists,
      verifyList: async () => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        return { trusted: false as const, detail: 'the verification ran out of time' };
      },
    });
    const b = Object.assign(serving(served, true), { lists });
    const [failed, joined] = await Promise.all([
      checkCredentialStatus(bitstring(), a),
      checkCredentialStatus(bitstring(), b),
    ]);
    expect(only(failed).code).toBe('status_list_invalid');
    expect(only(joined).code).toBe('status_revoked');
    expect(b.verifications).toBe(1);
    // A problem is not remembered either: after A fails alone, C verifies the list itself.
    const fresh = createStatusListCache();
    const alone = Object.assign(a, { lists: fresh });
    expect(only(await checkCredentialStatus(bitstring(), alone)).code).toBe('status_list_invalid');
    const c = Object.assign(serving(served, true), { lists: fresh });
    expect(only(await checkCredentialStatus(bitstring(), c)).code).toBe('status_revoked');
    expect(c.verifications).toBe(1);
  });

  it('does not take a list trusted as one kind for another kind at the same URL', async () => {
    const lists = createStatusListCache();
    const context = Object.assign(serving(list(encodeList({ 7: 1 })), true), { lists });
    expect(only(await checkCredentialStatus(bitstring(), context)).code).toBe('status_revoked');
    const older = bitstring({ type: 'StatusList2021Entry' });
    const status = only(await checkCredentialStatus(older, context));
    expect(status.code).toBe('status_list_invalid');
    expect(status.detail).toContain('StatusList2021Credential');
  });

  it('reads a list again when the object served is not frozen and has changed', async () => {
    const served = list(encodeList({ 7: 1 }));
    const context = Object.assign(serving(served, true), { lists: createStatusListCache() });
    expect(only(await checkCredentialStatus(bitstring(), context)).code).toBe('status_revoked');
    served.credentialSubject.encodedList = encodeList({});
    expect(only(await checkCredentialStatus(bitstring(), context)).code).toBe('status_valid');
    expect(context.verifications).toBe(2);
  });
});
