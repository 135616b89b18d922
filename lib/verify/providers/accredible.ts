// Accredible credentials (PROVIDERS §1.2): the public credential page is fed by proprietary,
// unsigned JSON. At best the provider's own server confirms the credential — `confirmed`,
// never `verified` — and revoked or expired flags are honoured. The JSON is parsed by a schema
// of the members read; a member of the wrong kind reads as absent.

import { z } from 'zod';
import { holderEvidence } from '../../holder/evidence';
import { compact } from '../../shared/compact';
import { summarizeIssuer } from '../formats';
import type { FetchJson } from '../keys';
import type { VerificationResult } from '../result';
import { type Check, check, deriveStatus } from '../result';

/** The credential object of Accredible's credential-net API, as far as Credlens reads it. */
export const AccredibleCredentialSchema = z.looseObject({
  name: z.string().optional().catch(undefined),
  issuer: z.unknown().optional(),
  recipient: z
    .looseObject({ name: z.string().optional().catch(undefined) })
    .optional()
    .catch(undefined),
  expired: z.boolean().optional().catch(undefined),
  expired_on: z.string().optional().catch(undefined),
  revoked: z.boolean().optional().catch(undefined),
  revoked_at: z.string().optional().catch(undefined),
  issued_on: z.string().optional().catch(undefined),
});

/** The response: the credential under `credential` (v1) or `data` (newer endpoints). */
export const AccredibleResponseSchema = z.looseObject({
  credential: z.unknown().optional(),
  data: z.unknown().optional(),
});

/** Reads Accredible's credential JSON from `url` into a result. */
export async function verifyAccredible(
  url: string,
  fetchJson: FetchJson,
  now: Date,
): Promise<VerificationResult> {
  const fetched = await fetchJson(url);
  if (!fetched.ok) {
    const checks = [
      check('hosted', 'unknown', fetched.error.code, `Accredible: ${fetched.error.detail}`),
    ];
    return { status: deriveStatus(checks), checks, format: { securing: 'hosted' }, issuer: {} };
  }
  const body = AccredibleResponseSchema.safeParse(fetched.value);
  const parsed = AccredibleCredentialSchema.safeParse(
    body.success ? (body.data.credential ?? body.data.data) : undefined,
  );
  if (!parsed.success) {
    const checks = [
      check('format', 'fail', 'not_a_credential', 'Accredible returned no credential'),
    ];
    return { status: deriveStatus(checks), checks, format: { securing: 'hosted' }, issuer: {} };
  }
  const data = parsed.data;
  const host = new URL(url).host;
  const checks: Check[] = [
    check('format', 'pass', 'format_ok', 'Accredible credential (provider data, not signed)'),
    check('hosted', 'pass', 'hosted_confirmed', `served by ${host}`, { host }),
  ];
  const expiresOn = data.expired_on;
  const expiresAt = expiresOn === undefined ? Number.NaN : Date.parse(expiresOn);
  const expiry = Number.isNaN(expiresAt) ? {} : { date: new Date(expiresAt).toISOString() };
  if (data.expired === true || expiresAt < now.getTime()) {
    checks.push(
      check(
        'validity',
        'fail',
        'expired',
        expiresOn === undefined ? 'marked expired' : `expired on ${expiresOn}`,
        expiry,
      ),
    );
  } else
    checks.push(
      check(
        'validity',
        'pass',
        'validity_ok',
        expiresOn === undefined ? 'no expiry date' : `valid until ${expiresOn}`,
        expiry,
      ),
    );
  checks.push(
    data.revoked === true || data.revoked_at !== undefined
      ? check('status', 'fail', 'status_revoked', 'marked revoked by Accredible')
      : check('status', 'pass', 'status_valid', 'not marked revoked'),
  );
  return {
    status: deriveStatus(checks),
    checks,
    format: { securing: 'hosted' },
    issuer: summarizeIssuer(data.issuer),
    credential: compact({
      types: ['AccredibleCredential'],
      kind: 'verifiable-credential' as const,
      alignments: [],
      skills: [],
      subject: compact({ name: data.recipient?.name?.slice(0, 300) }),
      name: data.name?.slice(0, 300),
    }),
    holder: holderEvidence({ provider: { id: 'accredible', data } }),
    ...compact({
      issuedOn: data.issued_on?.slice(0, 64),
      validUntil: expiresOn?.slice(0, 64),
    }),
  };
}
