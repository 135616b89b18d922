// Accredible credentials (PROVIDERS §1.2): the public credential page is fed by proprietary,
// unsigned JSON. At best the provider's own server confirms the credential — `confirmed`,
// never `verified` — and revoked or expired flags are honoured.

import { holderEvidence } from '../../holder/evidence';
import { compact } from '../../shared/compact';
import { summarizeIssuer } from '../formats/summary';
import type { FetchJson } from '../keys';
import type { VerificationResult } from '../result';
import { type Check, check, deriveStatus } from '../result';

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
  const body = fetched.value as Record<string, unknown> | null;
  const data = (body?.credential ?? body?.data) as Record<string, unknown> | undefined;
  if (typeof data !== 'object' || data === null) {
    const checks = [
      check('format', 'fail', 'not_a_credential', 'Accredible returned no credential'),
    ];
    return { status: deriveStatus(checks), checks, format: { securing: 'hosted' }, issuer: {} };
  }
  const checks: Check[] = [
    check('format', 'pass', 'format_ok', 'Accredible credential (provider data, not signed)'),
    check('hosted', 'pass', 'hosted_confirmed', `served by ${new URL(url).host}`),
  ];
  const expiresOn = typeof data.expired_on === 'string' ? data.expired_on : undefined;
  if (data.expired === true || (expiresOn !== undefined && Date.parse(expiresOn) < now.getTime())) {
    checks.push(
      check(
        'validity',
        'fail',
        'expired',
        expiresOn === undefined ? 'marked expired' : `expired on ${expiresOn}`,
      ),
    );
  } else
    checks.push(
      check(
        'validity',
        'pass',
        'validity_ok',
        expiresOn === undefined ? 'no expiry date' : `valid until ${expiresOn}`,
      ),
    );
  checks.push(
    data.revoked === true || typeof data.revoked_at === 'string'
      ? check('status', 'fail', 'status_revoked', 'marked revoked by Accredible')
      : check('status', 'pass', 'status_valid', 'not marked revoked'),
  );
  const name = typeof data.name === 'string' ? data.name.slice(0, 300) : undefined;
  const recipient = (data.recipient as { name?: unknown } | undefined)?.name;
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
      subject: compact({
        name: typeof recipient === 'string' ? recipient.slice(0, 300) : undefined,
      }),
      name,
    }),
    holder: holderEvidence({ provider: { id: 'accredible', data } }),
    ...compact({
      issuedOn: typeof data.issued_on === 'string' ? data.issued_on.slice(0, 64) : undefined,
      validUntil: expiresOn?.slice(0, 64),
    }),
  };
}
