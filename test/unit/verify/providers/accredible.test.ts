// Accredible's credential JSON through its schema: what is not a credential object is
// not_a_credential (never a throw, never confirmed), members of the wrong kind read as absent,
// and the confirming host and expiry date travel as typed facts for the card.

import { describe, expect, it } from 'vitest';
import { err, ok } from '../../../../lib/shared/result';
import { verifyAccredible } from '../../../../lib/verify';
import { accredibleBody } from '../../../helpers/background';

const URL_ = 'https://api.accredible.com/v1/credential-net/credentials/10001';
const NOW = new Date('2026-06-01T00:00:00Z');
const serving = (body: unknown) => async () => ok(body);
const codes = (result: { checks: { id: string; code: string }[] }) =>
  result.checks.map((c) => `${c.id}:${c.code}`);

describe('verifyAccredible', () => {
  it.each([
    ['null', null],
    ['an array', [accredibleBody().data]],
    ['a string', 'credential'],
    ['a body with neither member', { credentials: [accredibleBody().data] }],
    ['a credential that is a string', { credential: 'yes' }],
    ['a credential that is an array', { credential: [] }],
  ])('returns malformed with not_a_credential for %s', async (_, body) => {
    const result = await verifyAccredible(URL_, serving(body), NOW);
    expect(result.status).toBe('malformed');
    expect(codes(result)).toEqual(['format:not_a_credential']);
  });

  it('reads the credential under `credential` or, when that is null, under `data`', async () => {
    const result = await verifyAccredible(
      URL_,
      serving({ credential: null, data: accredibleBody().data }),
      NOW,
    );
    expect(result.status).toBe('confirmed');
    expect(result.credential?.name).toBe('Data Analysis Certificate');
  });

  it('reads members of the wrong kind as absent: a revoked "yes" or a numeric expiry decide nothing', async () => {
    const body = accredibleBody({ revoked: 'yes', expired: 1, expired_on: 20250101, name: 42 });
    const result = await verifyAccredible(URL_, serving(body), NOW);
    expect(result.status).toBe('confirmed');
    expect(codes(result)).toContain('status:status_valid');
    expect(result.credential?.name).toBeUndefined();
  });

  it('still honours revoked_at and a past expiry date, naming the date as a typed fact', async () => {
    const revoked = await verifyAccredible(
      URL_,
      serving(accredibleBody({ revoked_at: '2026-03-01' })),
      NOW,
    );
    expect(revoked.status).toBe('revoked');
    const expired = await verifyAccredible(
      URL_,
      serving(accredibleBody({ expired_on: '2026-02-01' })),
      NOW,
    );
    expect(expired.status).toBe('expired');
    expect(expired.checks.find((c) => c.code === 'expired')?.about).toEqual({
      date: '2026-02-01T00:00:00.000Z',
    });
  });

  it('names the confirming host as a typed fact', async () => {
    const result = await verifyAccredible(URL_, serving(accredibleBody()), NOW);
    expect(result.checks.find((c) => c.code === 'hosted_confirmed')?.about).toEqual({
      host: 'api.accredible.com',
    });
  });

  it('is unverifiable when the API cannot be reached', async () => {
    const unreachable = async () => err({ code: 'fetch_timeout' as const, detail: 'timed out' });
    const result = await verifyAccredible(URL_, unreachable, NOW);
    expect(result.status).toBe('unverifiable');
    expect(codes(result)).toEqual(['hosted:fetch_timeout']);
  });
});
