// BitstringStatusListEntry end to end through verifyCredential: test-issuer credentials whose
// status lists are signed by the same issuer and served by a fake fetch. A bit that is set means
// revoked or suspended; a list that cannot be fetched or trusted means unverifiable — never
// "verified" and never "revoked".

import { beforeAll, describe, expect, it } from 'vitest';
import { issue, openBadge, type TestKey, testKey } from '../../../helpers/issue';
import {
  bitstringEntry,
  bitstringList,
  encodeList,
  LIST_URL,
  MESSAGE_URL,
  SUSPENSION_URL,
  verifyWith,
} from './lists';

let issuer: TestKey;
let other: TestKey;
beforeAll(async () => {
  [issuer, other] = await Promise.all([testKey(11), testKey(12)]);
});

const badge = (credentialStatus: unknown) =>
  issue(openBadge(issuer.did, { credentialStatus }), { key: issuer });
const signedList = (
  url: string,
  purpose: string | string[],
  encoded: string,
  overrides: Record<string, unknown> = {},
) => issue(bitstringList(issuer.did, url, purpose, encoded, overrides), { key: issuer });

describe('BitstringStatusListEntry verdicts', () => {
  it.each([
    ['a string', '42'],
    ['a JSON number', 42],
  ])('returns revoked with status_revoked when the bit is set (index as %s)', async (_, index) => {
    const list = await signedList(LIST_URL, 'revocation', encodeList({ 42: 1 }));
    const { result, status, fetch } = await verifyWith(
      await badge(bitstringEntry(LIST_URL, 'revocation', index)),
      { [LIST_URL]: { json: list } },
    );
    expect(result.status).toBe('revoked');
    expect(status).toEqual([expect.objectContaining({ outcome: 'fail', code: 'status_revoked' })]);
    expect(status[0]?.detail).toContain('index 42');
    expect(fetch.requests).toEqual([LIST_URL]);
  });

  it('returns verified with status_valid when the bit is clear', async () => {
    const list = await signedList(LIST_URL, 'revocation', encodeList({ 41: 1, 43: 1 }));
    const { result, status } = await verifyWith(
      await badge(bitstringEntry(LIST_URL, 'revocation', '42')),
      { [LIST_URL]: { json: list } },
    );
    expect(result.status).toBe('verified');
    expect(status).toEqual([expect.objectContaining({ outcome: 'pass', code: 'status_valid' })]);
    expect(status[0]?.detail).not.toMatch(/minimum/);
  });

  it('returns suspended with status_suspended when the suspension bit is set', async () => {
    const list = await signedList(SUSPENSION_URL, 'suspension', encodeList({ 7: 1 }));
    const { result, status } = await verifyWith(
      await badge(bitstringEntry(SUSPENSION_URL, 'suspension', '7')),
      { [SUSPENSION_URL]: { json: list } },
    );
    expect(result.status).toBe('suspended');
    expect(status.map((c) => c.code)).toEqual(['status_suspended']);
  });

  it('returns verified with status_message naming the message for a 2-bit message entry', async () => {
    const statusMessage = [
      { status: '0x0', message: 'pending review' },
      { status: '0x1', message: 'accepted' },
      { status: '0x2', message: 'rejected' },
      { status: '0x3', message: 'undefined' },
    ];
    const list = await signedList(
      MESSAGE_URL,
      'message',
      encodeList({ 3: 2, 4: 1 }, { size: 2, entries: 131_072 }),
    );
    const { result, status } = await verifyWith(
      await badge(bitstringEntry(MESSAGE_URL, 'message', '3', { statusSize: 2, statusMessage })),
      { [MESSAGE_URL]: { json: list } },
    );
    expect(result.status).toBe('verified');
    expect(status).toEqual([expect.objectContaining({ outcome: 'pass', code: 'status_message' })]);
    expect(status[0]?.detail).toContain('rejected');
  });

  it('returns suspended when a clear revocation entry comes with a set suspension entry', async () => {
    const revocation = await signedList(LIST_URL, 'revocation', encodeList({}));
    const suspension = await signedList(SUSPENSION_URL, 'suspension', encodeList({ 9: 1 }));
    const { result, status } = await verifyWith(
      await badge([
        bitstringEntry(LIST_URL, 'revocation', '9'),
        bitstringEntry(SUSPENSION_URL, 'suspension', '9'),
      ]),
      { [LIST_URL]: { json: revocation }, [SUSPENSION_URL]: { json: suspension } },
    );
    expect(result.status).toBe('suspended');
    expect(status.map((c) => c.code)).toEqual(['status_valid', 'status_suspended']);
  });

  it('reads a list with several purposes when the entry purpose is one of them', async () => {
    const list = await signedList(LIST_URL, ['revocation', 'suspension'], encodeList({ 5: 1 }));
    const { result } = await verifyWith(await badge(bitstringEntry(LIST_URL, 'suspension', '5')), {
      [LIST_URL]: { json: list },
    });
    expect(result.status).toBe('suspended');
  });

  it('still reads a list shorter than 131,072 entries but says so in the detail', async () => {
    const list = await signedList(
      LIST_URL,
      'revocation',
      encodeList({ 8: 1 }, { entries: 100_000 }),
    );
    const { result, status } = await verifyWith(
      await badge(bitstringEntry(LIST_URL, 'revocation', '8')),
      { [LIST_URL]: { json: list } },
    );
    expect(result.status).toBe('revoked');
    expect(status[0]?.detail).toMatch(/100000 entries, below the 131072 minimum/);
  });
});

describe('BitstringStatusListEntry with a list that cannot be used', () => {
  const entry = bitstringEntry(LIST_URL, 'revocation', '42');
  const revokedBits = () => encodeList({ 42: 1 });

  /** Expects unverifiable with one status check of `code`, whatever the list's bits say. */
  async function expectUnknown(routes: Parameters<typeof verifyWith>[1], code: string) {
    const { result, status } = await verifyWith(await badge(entry), routes);
    expect(result.status).toBe('unverifiable');
    expect(status).toEqual([expect.objectContaining({ outcome: 'unknown', code })]);
    return status[0]?.detail ?? '';
  }

  it('returns unverifiable with status_unreachable when the list answers 404', async () => {
    expect(await expectUnknown({}, 'status_unreachable')).toContain(LIST_URL);
  });

  it('returns unverifiable with status_list_invalid for an unsigned list', async () => {
    const list = bitstringList(issuer.did, LIST_URL, 'revocation', revokedBits());
    await expectUnknown({ [LIST_URL]: { json: list } }, 'status_list_invalid');
  });

  it('returns unverifiable, not revoked, for a list whose bits were changed after signing', async () => {
    const list = await signedList(LIST_URL, 'revocation', encodeList({}));
    const tampered = {
      ...list,
      credentialSubject: { ...(list.credentialSubject as object), encodedList: revokedBits() },
    };
    const detail = await expectUnknown({ [LIST_URL]: { json: tampered } }, 'status_list_invalid');
    expect(detail).toContain('invalid');
  });

  it('returns unverifiable with status_list_invalid for a list signed by a key that is not its issuer', async () => {
    const list = await issue(bitstringList(issuer.did, LIST_URL, 'revocation', revokedBits()), {
      key: other,
    });
    await expectUnknown({ [LIST_URL]: { json: list } }, 'status_list_invalid');
  });

  it('returns unverifiable with status_list_invalid for an expired list (validUntil past)', async () => {
    const list = await signedList(LIST_URL, 'revocation', revokedBits(), {
      validUntil: '2026-06-01T00:00:00Z',
    });
    const detail = await expectUnknown({ [LIST_URL]: { json: list } }, 'status_list_invalid');
    expect(detail).toContain('expired');
  });

  it('returns unverifiable with status_list_invalid when the list is not a BitstringStatusListCredential', async () => {
    const list = await signedList(LIST_URL, 'revocation', revokedBits(), {
      type: ['VerifiableCredential'],
    });
    const detail = await expectUnknown({ [LIST_URL]: { json: list } }, 'status_list_invalid');
    expect(detail).toContain('BitstringStatusListCredential');
  });

  it('returns unverifiable with status_list_invalid when the list is for another purpose', async () => {
    const list = await signedList(LIST_URL, 'suspension', revokedBits());
    const detail = await expectUnknown({ [LIST_URL]: { json: list } }, 'status_list_invalid');
    expect(detail).toContain('not a revocation list');
  });

  it('returns unverifiable with status_list_invalid when the index is outside the list', async () => {
    const list = await signedList(LIST_URL, 'revocation', encodeList({}, { entries: 40 }));
    const detail = await expectUnknown({ [LIST_URL]: { json: list } }, 'status_list_invalid');
    expect(detail).toContain('index 42 is outside the list');
  });

  it('returns unverifiable with status_list_invalid when the encodedList is not GZIP', async () => {
    const list = await signedList(LIST_URL, 'revocation', 'uAAAAAAAAAAAAAAA');
    await expectUnknown({ [LIST_URL]: { json: list } }, 'status_list_invalid');
  });

  it('returns unverifiable with status_list_invalid when the list is not JSON-LD credential', async () => {
    await expectUnknown(
      { [LIST_URL]: { json: ['not', 'a', 'credential'] } },
      'status_list_invalid',
    );
  });
});
