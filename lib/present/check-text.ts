// Plain-language wording for check codes: one catalogue message per code (`check_<code>` in
// public/_locales, complete at compile time: the key is typed from the English catalogue), plus
// variants for the typed facts a check carries (`about`: a URL, a host, a date, a signer, a
// status message). `detail` is for logs and the CLI and is never read here: wording that parsed
// it would break whenever its text changed.

import { isMessageKey, type MessageKey, type Say, sayEnglish, sentence } from '../shared/words';
import type { Check, CheckAbout, CheckCode } from '../verify';

export type CheckText = { outcome: Check['outcome']; text: string };

/** Longest fact quoted in a sentence: they are server and credential text. */
const MAX_FACT = 200;

/** A sentence for one check, from its code and typed facts alone, in `say`'s language. */
export function describeCheck(check: Check, say: Say = sayEnglish): CheckText {
  // A result from another version (a cached one, say) may carry a code this one lacks.
  const text = isMessageKey(`check_${check.code}`)
    ? wording(check.code, check, say)
    : say('check_unknown_code', fact(String(check.code).replace(/_/g, ' ')));
  return { outcome: check.outcome, text: sentence(text) };
}

/** Every code's message: `check_<code>` must exist in the catalogue, or this does not compile. */
function codeKey(code: CheckCode): MessageKey {
  return `check_${code}`;
}

/** Codes worded with one of the check's facts when it has it: which fact, and the message then. */
const WITH_FACT = {
  hosted_confirmed: ['host', 'check_hosted_confirmed_at', fact],
  validity_ok: ['date', 'check_validity_ok_until', day],
  expired: ['date', 'check_expired_on', day],
  not_yet_valid: ['date', 'check_not_yet_valid_until', day],
  status_message: ['message', 'check_status_message_says', fact],
  status_unreachable: ['url', 'check_status_unreachable_at', fact],
  status_list_invalid: ['url', 'check_status_list_invalid_at', fact],
  status_signed_by_other: ['signer', 'check_status_signed_by_other_named', fact],
} as const satisfies Partial<
  Record<CheckCode, readonly [keyof CheckAbout, MessageKey, (value: string, say: Say) => string]>
>;

/** Codes about fetching a document: the same words for every document, named by the check. */
export const FETCH_CODES = [
  'fetch_blocked_url',
  'fetch_blocked_private_host',
  'fetch_timeout',
  'fetch_failed',
  'response_too_large',
  'http_error',
  'content_type_invalid',
  'too_many_redirects',
  'response_not_json',
] as const satisfies readonly CheckCode[];
const fetchCodes: ReadonlySet<CheckCode> = new Set(FETCH_CODES);

function wording(code: CheckCode, { id, about = {} }: Check, say: Say): string {
  if (code === 'fetch_blocked_private_host') {
    const host = hostOf(about.url);
    return host === undefined
      ? say('check_fetch_blocked_private_host', say(`fetched_${id}`))
      : say('check_fetch_blocked_private_host_at', say(`fetched_${id}`), fact(host));
  }
  if (fetchCodes.has(code)) return say(codeKey(code), say(`fetched_${id}`));
  if (Object.hasOwn(WITH_FACT, code)) {
    const [name, key, show] = WITH_FACT[code as keyof typeof WITH_FACT];
    const value = about[name];
    return value === undefined ? say(codeKey(code)) : say(key, show(value, say));
  }
  return say(codeKey(code));
}

/** The host of a URL fact, if it is one. */
function hostOf(url: string | undefined): string | undefined {
  if (url === undefined || !URL.canParse(url)) return undefined;
  return new URL(url).host;
}

/**
 * The calendar day of an ISO 8601 date-time in UTC, as the credential's own dates are, written
 * the language's way ("Jan 31, 2025", "31. Jan. 2025").
 */
function day(iso: string, say: Say): string {
  const time = /^\d{4}-\d{2}-\d{2}/.test(iso) ? Date.parse(iso) : Number.NaN;
  if (Number.isNaN(time)) return fact(iso);
  return new Intl.DateTimeFormat(say.language, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(time);
}

function fact(text: string): string {
  return text.length > MAX_FACT ? `${text.slice(0, MAX_FACT - 1)}…` : text;
}
