// Plain-language wording for check codes: one catalogue message per code (`check_<code>` in
// public/_locales, complete at compile time: the key is typed from the English catalogue), plus
// variants for the typed facts a check carries (`about`: a URL, a host, a date, a signer, a
// status message). `detail` is for logs and the CLI and is never read here: wording that parsed
// it would break whenever its text changed.

import { isMessageKey, type MessageKey, type Say, sayEnglish, sentence } from '../shared/words';
import type { Check, CheckCode } from '../verify';

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

function wording(code: CheckCode, { id, about = {} }: Check, say: Say): string {
  const document = () => say(`fetched_${id}`);
  switch (code) {
    case 'fetch_blocked_private_host': {
      const host = hostOf(about.url);
      return host === undefined
        ? say('check_fetch_blocked_private_host', document())
        : say('check_fetch_blocked_private_host_at', document(), fact(host));
    }
    case 'fetch_blocked_url':
    case 'fetch_timeout':
    case 'fetch_failed':
    case 'response_too_large':
    case 'http_error':
    case 'content_type_invalid':
    case 'too_many_redirects':
    case 'response_not_json':
      return say(codeKey(code), document());
    case 'hosted_confirmed':
      return about.host === undefined
        ? say('check_hosted_confirmed')
        : say('check_hosted_confirmed_at', fact(about.host));
    case 'validity_ok':
      return about.date === undefined
        ? say('check_validity_ok')
        : say('check_validity_ok_until', day(about.date));
    case 'expired':
      return about.date === undefined
        ? say('check_expired')
        : say('check_expired_on', day(about.date));
    case 'not_yet_valid':
      return about.date === undefined
        ? say('check_not_yet_valid')
        : say('check_not_yet_valid_until', day(about.date));
    case 'status_message':
      return about.message === undefined
        ? say('check_status_message')
        : say('check_status_message_says', fact(about.message));
    case 'status_unreachable':
      return about.url === undefined
        ? say('check_status_unreachable')
        : say('check_status_unreachable_at', fact(about.url));
    case 'status_list_invalid':
      return about.url === undefined
        ? say('check_status_list_invalid')
        : say('check_status_list_invalid_at', fact(about.url));
    case 'status_signed_by_other':
      return about.signer === undefined
        ? say('check_status_signed_by_other')
        : say('check_status_signed_by_other_named', fact(about.signer));
    default:
      return say(codeKey(code));
  }
}

/** The host of a URL fact, if it is one. */
function hostOf(url: string | undefined): string | undefined {
  if (url === undefined || !URL.canParse(url)) return undefined;
  return new URL(url).host;
}

/** The calendar day of an ISO 8601 date-time (UTC), as the credential's own dates are. */
function day(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : fact(iso);
}

function fact(text: string): string {
  return text.length > MAX_FACT ? `${text.slice(0, MAX_FACT - 1)}…` : text;
}
