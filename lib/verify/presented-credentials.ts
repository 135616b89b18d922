// The credentials inside a Verifiable Presentation (VC Data Model 2.0 §4.13; enveloped
// credentials, VC-JOSE-COSE §3.2 and VC Data Model 2.0 §4.13.1): each becomes an input for the
// pipeline, its subject ids are read for the holder binding, and its verdict becomes one
// `credential` check of the presentation.

import { asRecord, clip } from '../shared/text';
import { typesOf } from './formats';
import type { CredentialInput } from './input';
import { credentialFromJwtPayload, isCompactJws, parseCompactJws } from './jwt';
import {
  type Check,
  type CheckCode,
  type CheckOutcome,
  check,
  type VerificationStatus,
} from './result';

/** A presented credential as pipeline input, or the check saying why it is none. */
export function presentedInput(entry: unknown): CredentialInput | Check {
  if (typeof entry === 'string') return { kind: 'text', text: entry };
  const record = asRecord(entry);
  if (record !== undefined && typesOf(record.type).includes('EnvelopedVerifiableCredential')) {
    const id = record.id;
    const decoded = typeof id === 'string' ? decodeDataUrl(id) : undefined;
    return (
      decoded ??
      check(
        'format',
        'fail',
        'not_a_credential',
        'an enveloped credential must carry the credential in a data: URL id',
      )
    );
  }
  return { kind: 'json', value: entry };
}

/** Every `credentialSubject.id` of a presented credential (JSON, or a JWT's vc claim / payload). */
export function subjectIdsOf(input: CredentialInput): string[] {
  let credential: unknown;
  if (input.kind === 'bytes') {
    try {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(input.bytes);
      return subjectIdsOf({ kind: 'text', text });
    } catch {
      return [];
    }
  }
  if (input.kind === 'json') credential = input.value;
  else if (input.kind === 'text' && isCompactJws(input.text.trim())) {
    const jws = parseCompactJws(input.text);
    if (!jws.ok) return [];
    const mapped = credentialFromJwtPayload(jws.value.payload);
    credential = 'credential' in mapped ? mapped.credential : undefined;
  } else if (input.kind === 'text') {
    try {
      credential = JSON.parse(input.text);
    } catch {
      return [];
    }
  }
  const subject = asRecord(credential)?.credentialSubject;
  const subjects = Array.isArray(subject) ? subject : [subject];
  return subjects
    .map((s) => asRecord(s)?.id)
    .filter((id): id is string => typeof id === 'string' && id !== '');
}

const VERDICT_CHECK: Record<VerificationStatus, [CheckOutcome, CheckCode]> = {
  verified: ['pass', 'credential_verified'],
  confirmed: ['pass', 'credential_verified'],
  expired: ['fail', 'credential_expired'],
  revoked: ['fail', 'credential_revoked'],
  suspended: ['fail', 'credential_suspended'],
  invalid: ['fail', 'credential_invalid'],
  // Checked for a holder it was not issued to: not the presentation's credential to present.
  misattributed: ['fail', 'credential_invalid'],
  malformed: ['fail', 'credential_invalid'],
  unverifiable: ['unknown', 'credential_unverifiable'],
};

/** One presented credential's verdict as a check of the presentation (result.ts ranks them). */
export function verdictCheck(
  label: string,
  result: { status: VerificationStatus; checks: readonly Check[] },
): Check {
  const [outcome, code] = VERDICT_CHECK[result.status];
  const problem = result.checks.find((c) => c.outcome === 'fail' || c.outcome === 'unknown');
  const reason =
    outcome === 'pass' || problem === undefined ? '' : ` (${problem.code.replace(/_/g, ' ')})`;
  return check('credential', outcome, code, `${label}: ${result.status}${reason}`);
}

/** How a presented credential is named in checks: its position and, when known, its name. */
export function credentialLabel(index: number, name: string | undefined): string {
  return `credential ${index + 1}${name === undefined ? '' : ` “${clip(name, 80)}”`}`;
}

/** RFC 2397 data: URL → the credential text (a JWS, SD-JWT or JSON) or bytes it carries. */
function decodeDataUrl(url: string): CredentialInput | undefined {
  const match = /^data:([^,]*),(.*)$/s.exec(url);
  if (match === null) return undefined;
  const [, meta = '', data = ''] = match;
  if (meta.split(';').includes('base64')) {
    try {
      return { kind: 'bytes', bytes: Uint8Array.from(atob(data), (c) => c.charCodeAt(0)) };
    } catch {
      return undefined;
    }
  }
  try {
    return { kind: 'text', text: decodeURIComponent(data) };
  } catch {
    return undefined;
  }
}
