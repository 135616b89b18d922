// The validity window: VC 2.0 validFrom/validUntil, VC 1.1 issuanceDate/expirationDate, the
// clock-skew tolerance on both edges, zone-less dates read as UTC, and unreadable dates.

import { describe, expect, it } from 'vitest';
import {
  CLOCK_SKEW_MS,
  checkValidity,
  isDateTime,
  parseDateTime,
  validityWindowOf,
} from '../../../lib/verify/validity';

const FROM = '2026-01-01T00:00:00Z';
const UNTIL = '2026-06-01T00:00:00Z';
const at = (iso: string, offsetMs = 0) => new Date(Date.parse(iso) + offsetMs);
const v2 = (members: Record<string, unknown>) =>
  checkValidity(members, 'vc-2.0', at('2026-03-01T00:00:00Z'));
const codeAt = (members: Record<string, unknown>, model: 'vc-1.1' | 'vc-2.0', now: Date) =>
  checkValidity(members, model, now).code;

describe('checkValidity (VC 2.0)', () => {
  it('passes inside the window and without any dates', () => {
    expect(v2({ validFrom: FROM, validUntil: UNTIL })).toMatchObject({
      outcome: 'pass',
      code: 'validity_ok',
    });
    expect(v2({})).toMatchObject({ outcome: 'pass', code: 'validity_ok' });
  });

  it('returns expired after validUntil plus the clock skew, and passes exactly at the edge', () => {
    const members = { validFrom: FROM, validUntil: UNTIL };
    expect(codeAt(members, 'vc-2.0', at(UNTIL, CLOCK_SKEW_MS))).toBe('validity_ok');
    expect(codeAt(members, 'vc-2.0', at(UNTIL, CLOCK_SKEW_MS + 1))).toBe('expired');
  });

  it('returns not_yet_valid before validFrom minus the clock skew, and passes exactly at the edge', () => {
    const members = { validFrom: FROM };
    expect(codeAt(members, 'vc-2.0', at(FROM, -CLOCK_SKEW_MS))).toBe('validity_ok');
    expect(codeAt(members, 'vc-2.0', at(FROM, -CLOCK_SKEW_MS - 1))).toBe('not_yet_valid');
  });

  it('ignores the VC 1.1 member names in a VC 2.0 credential', () => {
    expect(
      v2({ issuanceDate: '2099-01-01T00:00:00Z', expirationDate: '2000-01-01T00:00:00Z' }).code,
    ).toBe('validity_ok');
  });

  it('reads a date without a zone as UTC', () => {
    const members = { validUntil: '2026-06-01T00:00:00' };
    expect(codeAt(members, 'vc-2.0', at(UNTIL, CLOCK_SKEW_MS))).toBe('validity_ok');
    expect(codeAt(members, 'vc-2.0', at(UNTIL, CLOCK_SKEW_MS + 1))).toBe('expired');
    expect(parseDateTime('2026-06-01T00:00:00')).toBe(Date.parse(UNTIL));
  });

  it('honours explicit offsets', () => {
    const members = { validUntil: '2026-06-01T02:00:00+02:00' };
    expect(codeAt(members, 'vc-2.0', at(UNTIL, CLOCK_SKEW_MS + 1))).toBe('expired');
  });

  it.each([
    ['validFrom', 'yesterday'],
    ['validFrom', '2026-01-01'],
    ['validFrom', '2026-13-01T00:00:00Z'],
    ['validFrom', '2026-01-01T25:00:00Z'],
    ['validFrom', '2026-01-01 00:00:00Z'],
    ['validUntil', ''],
    ['validUntil', 20260101],
    ['validUntil', null],
    ['validUntil', '2026-01-01T00:00:00+15:00'],
  ])('returns date_invalid for %s %j', (name, value) => {
    expect(v2({ [name]: value })).toMatchObject({ outcome: 'fail', code: 'date_invalid' });
  });

  // Regression: V8's Date.parse rolls "2026-02-30" over to 2 March instead of returning NaN.
  it.each(['2026-02-30T00:00:00Z', '2026-02-29T00:00:00Z', '2026-04-31T00:00:00Z'])(
    'returns date_invalid for the impossible calendar date %s',
    (value) => {
      expect(isDateTime(value)).toBe(false);
      expect(v2({ validFrom: value }).code).toBe('date_invalid');
    },
  );

  it('accepts a real leap day', () => {
    expect(isDateTime('2028-02-29T00:00:00Z')).toBe(true);
  });
});

describe('checkValidity (VC 1.1)', () => {
  const now = at('2026-03-01T00:00:00Z');

  it('uses issuanceDate and expirationDate', () => {
    expect(codeAt({ issuanceDate: FROM, expirationDate: UNTIL }, 'vc-1.1', now)).toBe(
      'validity_ok',
    );
    expect(
      codeAt({ issuanceDate: FROM, expirationDate: '2026-02-01T00:00:00Z' }, 'vc-1.1', now),
    ).toBe('expired');
    expect(codeAt({ issuanceDate: '2026-04-01T00:00:00Z' }, 'vc-1.1', now)).toBe('not_yet_valid');
  });

  it('applies the clock skew at both edges', () => {
    const members = { issuanceDate: FROM, expirationDate: UNTIL };
    expect(codeAt(members, 'vc-1.1', at(FROM, -CLOCK_SKEW_MS))).toBe('validity_ok');
    expect(codeAt(members, 'vc-1.1', at(FROM, -CLOCK_SKEW_MS - 1))).toBe('not_yet_valid');
    expect(codeAt(members, 'vc-1.1', at(UNTIL, CLOCK_SKEW_MS))).toBe('validity_ok');
    expect(codeAt(members, 'vc-1.1', at(UNTIL, CLOCK_SKEW_MS + 1))).toBe('expired');
  });

  it('returns date_invalid when issuanceDate is missing', () => {
    expect(checkValidity({ expirationDate: UNTIL }, 'vc-1.1', now)).toMatchObject({
      outcome: 'fail',
      code: 'date_invalid',
    });
  });

  it('returns date_invalid for an unreadable expirationDate', () => {
    expect(codeAt({ issuanceDate: FROM, expirationDate: 'soon' }, 'vc-1.1', now)).toBe(
      'date_invalid',
    );
  });

  it('ignores the VC 2.0 member names in a VC 1.1 credential', () => {
    expect(codeAt({ issuanceDate: FROM, validUntil: '2000-01-01T00:00:00Z' }, 'vc-1.1', now)).toBe(
      'validity_ok',
    );
  });
});

describe('validityWindowOf', () => {
  it('reports the window under either model', () => {
    expect(validityWindowOf({ validFrom: FROM, validUntil: UNTIL }, 'vc-2.0')).toEqual({
      validFrom: FROM,
      validUntil: UNTIL,
    });
    expect(validityWindowOf({ issuanceDate: FROM }, 'vc-1.1')).toEqual({ validFrom: FROM });
    expect(validityWindowOf({ validFrom: 5 }, 'vc-2.0')).toEqual({});
  });
});
