// The validity window: VC 2.0 validFrom/validUntil and VC 1.1 issuanceDate/expirationDate,
// judged against an injected clock with a named tolerance for skewed device clocks.

import type { DataModel } from './formats/credential-schema';
import { type Check, check } from './result';

/** Tolerance for a device clock that is slightly off, either way. */
export const CLOCK_SKEW_MS = 5 * 60 * 1000;

const DATE_TIME =
  /^-?\d{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?(Z|[+-](0\d|1[0-4]):[0-5]\d)?$/;

/** True for an XML Schema dateTime that JavaScript can place on the time line. */
export function isDateTime(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DATE_TIME.exec(value);
  if (match === null || Number.isNaN(parseDateTime(value))) return false;
  // Date.parse rolls 2026-02-30 over to 2 March; a calendar check refuses it.
  const year = Number(value.slice(0, value.indexOf('-', 1)));
  return Number(match[2]) <= daysInMonth(year, Number(match[1]));
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Milliseconds since the epoch; a dateTime without a zone is read as UTC, not local time. */
export function parseDateTime(value: string): number {
  const zoned = /(Z|[+-]\d{2}:\d{2})$/.test(value) ? value : `${value}Z`;
  return Date.parse(zoned);
}

export type ValidityWindow = { validFrom?: string; validUntil?: string };

/** The window a credential declares, under either data model's member names. */
export function validityWindowOf(
  credential: Record<string, unknown>,
  model: DataModel,
): ValidityWindow {
  const from = model === 'vc-1.1' ? credential.issuanceDate : credential.validFrom;
  const until = model === 'vc-1.1' ? credential.expirationDate : credential.validUntil;
  return {
    ...(typeof from === 'string' ? { validFrom: from } : {}),
    ...(typeof until === 'string' ? { validUntil: until } : {}),
  };
}

/** One `validity` check: in its window, expired, not yet valid, or an unreadable date. */
export function checkValidity(
  credential: Record<string, unknown>,
  model: DataModel,
  now: Date,
): Check {
  const fromName = model === 'vc-1.1' ? 'issuanceDate' : 'validFrom';
  const untilName = model === 'vc-1.1' ? 'expirationDate' : 'validUntil';
  const from = credential[fromName];
  const until = credential[untilName];
  if (from === undefined && model === 'vc-1.1') {
    return check(
      'validity',
      'fail',
      'date_invalid',
      'a VC 1.1 credential must state its issuanceDate',
    );
  }
  for (const [name, value] of [
    [fromName, from],
    [untilName, until],
  ] as const) {
    if (value !== undefined && !isDateTime(value)) {
      return check('validity', 'fail', 'date_invalid', `${name} is not a valid date-time`);
    }
  }
  const time = now.getTime();
  if (typeof from === 'string' && parseDateTime(from) - CLOCK_SKEW_MS > time) {
    return check('validity', 'fail', 'not_yet_valid', `not valid until ${from}`);
  }
  if (typeof until === 'string' && parseDateTime(until) + CLOCK_SKEW_MS < time) {
    return check('validity', 'fail', 'expired', `expired on ${until}`);
  }
  const window = typeof until === 'string' ? `valid until ${until}` : 'no expiry date';
  return check('validity', 'pass', 'validity_ok', window);
}
