// The validity window: VC 2.0 validFrom/validUntil, VC 1.1 issuanceDate/expirationDate and
// Open Badges 1.x/2.0 issuedOn/expires, judged by one rule against an injected clock with a named
// tolerance for skewed device clocks. A date-time without a zone is UTC, never local time.

import type { DataModel } from './formats';
import { type Check, type CheckAbout, check } from './result';

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
  return judgeWindow(
    typeof from === 'string' ? { text: from, time: parseDateTime(from) } : undefined,
    typeof until === 'string' ? { text: until, time: parseDateTime(until) } : undefined,
    now,
  );
}

/** Which Open Badges generation wrote the dates: 1.x also allows Unix seconds and plain dates. */
export type BadgeDates = 'ob-1' | 'ob-2';

/**
 * An Open Badges DateTime in milliseconds, or undefined when it is not one. OB 2.0: an ISO 8601
 * date-time (one without a zone is UTC, as the specification says). OB 1.x also: Unix seconds as
 * a number or a numeric string, and a plain date (midnight UTC).
 */
export function parseBadgeDate(value: unknown, dates: BadgeDates): number | undefined {
  if (dates === 'ob-1') {
    const seconds = typeof value === 'string' && /^\d{1,11}$/.test(value) ? Number(value) : value;
    if (typeof seconds === 'number')
      return Number.isInteger(seconds) && seconds >= 0 && seconds < 1e11
        ? seconds * 1000
        : undefined;
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value))
      return isDateTime(`${value}T00:00:00Z`) ? parseDateTime(`${value}T00:00:00Z`) : undefined;
  }
  return isDateTime(value) ? parseDateTime(value) : undefined;
}

/** The `validity` check of an Open Badges 1.x/2.0 assertion: issuedOn and expires. */
export function checkBadgeValidity(
  assertion: Record<string, unknown>,
  dates: BadgeDates,
  now: Date,
): Check {
  const issued = parseBadgeDate(assertion.issuedOn, dates);
  const expires =
    assertion.expires === undefined ? undefined : parseBadgeDate(assertion.expires, dates);
  if (issued === undefined)
    return check('validity', 'fail', 'date_invalid', 'issuedOn is missing or not a date');
  if (assertion.expires !== undefined && expires === undefined)
    return check('validity', 'fail', 'date_invalid', 'expires is not a date');
  if (expires !== undefined && expires < issued)
    return check('validity', 'fail', 'date_invalid', 'expires is before issuedOn');
  return judgeWindow(
    { text: badgeDateText(assertion.issuedOn, issued), time: issued },
    expires === undefined
      ? undefined
      : { text: badgeDateText(assertion.expires, expires), time: expires },
    now,
  );
}

/**
 * The validity of a credential whose proof could not be checked: its dates are only claims, so
 * they decide nothing (never expired, not yet valid or invalid); the detail says what they claim.
 */
export function claimedValidity(judged: Check): Check {
  const claim = judged.detail === undefined ? '' : `as claimed: ${judged.detail}`;
  return check('validity', 'skipped', 'validity_unverified', claim);
}

type Bound = { text: string; time: number };

function judgeWindow(from: Bound | undefined, until: Bound | undefined, now: Date): Check {
  const time = now.getTime();
  if (from !== undefined && from.time - CLOCK_SKEW_MS > time) {
    return check(
      'validity',
      'fail',
      'not_yet_valid',
      `not valid until ${from.text}`,
      isoDate(from.time),
    );
  }
  if (until !== undefined && until.time + CLOCK_SKEW_MS < time) {
    return check('validity', 'fail', 'expired', `expired on ${until.text}`, isoDate(until.time));
  }
  if (until === undefined) return check('validity', 'pass', 'validity_ok', 'no expiry date');
  return check('validity', 'pass', 'validity_ok', `valid until ${until.text}`, isoDate(until.time));
}

/** An instant as ISO 8601, for a check's `about.date` (none outside the Date range). */
function isoDate(time: number): CheckAbout {
  const date = new Date(time);
  return Number.isNaN(date.getTime()) ? {} : { date: date.toISOString() };
}

/** A date as given, or as an ISO date-time when it was Unix seconds. */
function badgeDateText(value: unknown, time: number): string {
  return typeof value === 'string' && !/^\d+$/.test(value)
    ? value.slice(0, 64)
    : new Date(time).toISOString();
}
