// Turns an Open Badges 2.0 verification into the pipeline's result shape, so OB 2.0 badges
// show the same card, verdict vocabulary and checks as OB 3.0 credentials.

import { holderEvidence } from '../../holder/evidence';
import { compact } from '../../shared/compact';
import { summarizeIssuer, summarizeOpenBadge2 } from '../formats';
import type { Container } from '../input';
import type { ParsedJws } from '../jwt';
import type { VerificationResult } from '../result';
import { type Check, check, deriveStatus } from '../result';
import { parseBadgeDate } from '../validity';
import { isOpenBadge1 } from './assertion';
import type { Ob2Context } from './context';
import { checkRecipient, identityClaims } from './recipient';
import { verifyOpenBadge2 } from './verify-ob2';

export const OPEN_BADGES_V2_CONTEXT = 'https://w3id.org/openbadges/v2';

/** An OB 2.0 Assertion (the OB v2 context, not a W3C credentials one) or an OB 1.x one. */
export function isOpenBadge2(document: Record<string, unknown>): boolean {
  const context = Array.isArray(document['@context'])
    ? document['@context']
    : [document['@context']];
  return context.includes(OPEN_BADGES_V2_CONTEXT) || isOpenBadge1(document);
}

export type Ob2Options = Ob2Context & { recipient?: string; container?: Container; url?: string };

/** Verifies an OB 2.0 assertion (hosted JSON or signed JWS) into a full result. */
export async function openBadge2Result(
  input: { assertion: Record<string, unknown> } | { jws: ParsedJws },
  options: Ob2Options,
): Promise<VerificationResult> {
  const verification = await verifyOpenBadge2(input, options);
  const { assertion, badge, issuer } = verification;
  const recipient = checkRecipient(identityClaims(assertion.recipient), options.recipient);
  const baked =
    options.container === undefined ? '' : `, baked in a ${options.container.toUpperCase()} image`;
  const version = isOpenBadge1(assertion) ? '1.x' : '2.0';
  const kind =
    verification.securing === 'hosted'
      ? 'hosted assertion'
      : verification.securing === 'jose'
        ? 'signed assertion'
        : 'assertion anchored on a blockchain (Blockcerts)';
  const checks: Check[] = [
    check('format', 'pass', 'format_ok', `Open Badges ${version} ${kind}${baked}`),
    ...verification.checks,
    ...(recipient === undefined ? [] : [recipient]),
  ];
  return {
    status: deriveStatus(checks),
    checks,
    format: {
      dataModel: 'ob-2.0',
      securing: verification.securing,
      ...compact({ container: options.container }),
    },
    issuer: summarizeIssuer(issuer ?? badge?.issuer),
    credential: summarizeOpenBadge2(assertion, badge),
    holder: holderEvidence({ document: assertion }),
    ...compact({
      url: options.url,
      issuedOn: displayDate(assertion.issuedOn),
      validUntil: displayDate(assertion.expires),
    }),
  };
}

/** A date for the card: as given, or an ISO date-time for OB 1.x Unix seconds. */
function displayDate(value: unknown): string | undefined {
  if (typeof value === 'string' && !/^\d+$/.test(value)) return value.slice(0, 64);
  const time = parseBadgeDate(value, 'ob-1');
  return time === undefined ? undefined : new Date(time).toISOString();
}
