// Open Badges dates go through lib/verify/validity.ts like VC dates: a date-time without a zone
// is UTC (never the device's local time), OB 1.x also allows Unix seconds (number or numeric
// string) and plain dates, and anything else is date_invalid.

import { describe, expect, it } from 'vitest';
import { checkBadgeValidity, parseBadgeDate } from '../../../../lib/verify/validity';

const NOW = new Date('2026-11-23T12:00:00Z');

describe('parseBadgeDate', () => {
  it('reads a zone-less date-time as UTC', () => {
    expect(parseBadgeDate('2016-12-31T23:59:59', 'ob-2')).toBe(Date.parse('2016-12-31T23:59:59Z'));
  });

  it('reads OB 1.x Unix seconds as a number or a numeric string, and plain dates as midnight UTC', () => {
    expect(parseBadgeDate(1458277200, 'ob-1')).toBe(Date.parse('2016-03-18T05:00:00Z'));
    expect(parseBadgeDate('1458277200', 'ob-1')).toBe(Date.parse('2016-03-18T05:00:00Z'));
    expect(parseBadgeDate('2016-03-18', 'ob-1')).toBe(Date.parse('2016-03-18T00:00:00Z'));
  });

  it.each([
    ['last Tuesday', 'ob-1'],
    ['2016-02-30T00:00:00Z', 'ob-2'],
    [1458277200, 'ob-2'],
    ['1458277200', 'ob-2'],
    [-5, 'ob-1'],
    [1.5, 'ob-1'],
    ['Mon, 18 Mar 2016 05:00:00 GMT', 'ob-2'],
  ] as const)('rejects %s for %s', (value, dates) => {
    expect(parseBadgeDate(value, dates)).toBeUndefined();
  });
});

describe('checkBadgeValidity', () => {
  it('judges a zone-less expires as UTC: expired five minutes past the skew, not by local time', () => {
    const expires = '2026-11-23T11:50:00';
    expect(checkBadgeValidity({ issuedOn: '2026-01-01T00:00:00', expires }, 'ob-2', NOW).code).toBe(
      'expired',
    );
  });

  it('returns date_invalid for garbage, a missing issuedOn, or expires before issuedOn', () => {
    expect(checkBadgeValidity({ issuedOn: 'soon' }, 'ob-1', NOW).code).toBe('date_invalid');
    expect(checkBadgeValidity({}, 'ob-2', NOW).code).toBe('date_invalid');
    const reversed = { issuedOn: '2020-01-01T00:00:00Z', expires: '2019-01-01T00:00:00Z' };
    expect(checkBadgeValidity(reversed, 'ob-2', NOW).code).toBe('date_invalid');
  });

  it('returns not_yet_valid and validity_ok through the same window rule as VC dates', () => {
    expect(checkBadgeValidity({ issuedOn: '2027-01-01T00:00:00Z' }, 'ob-2', NOW).code).toBe(
      'not_yet_valid',
    );
    expect(checkBadgeValidity({ issuedOn: 1458277200 }, 'ob-1', NOW).code).toBe('validity_ok');
  });
});
