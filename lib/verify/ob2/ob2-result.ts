// Turns an Open Badges 2.0 verification into the pipeline's result shape, so OB 2.0 badges
// show the same card, verdict vocabulary and checks as OB 3.0 credentials.

import { holderEvidence } from '../../holder/evidence';
import { compact } from '../../shared/compact';
import { summarizeIssuer, summarizeOpenBadge2 } from '../formats/summary';
import type { Container } from '../input';
import type { ParsedJws } from '../jwt/parse-jws';
import { type Check, check, deriveStatus } from '../result';
import type { VerificationResult } from '../verify-credential';
import { checkRecipient, identityClaims } from './recipient';
import { type Ob2Context, verifyOpenBadge2 } from './verify-ob2';

export const OPEN_BADGES_V2_CONTEXT = 'https://w3id.org/openbadges/v2';

/** An OB 2.0 Assertion: its context is the OB v2 one, not a W3C credentials context. */
export function isOpenBadge2(document: Record<string, unknown>): boolean {
  const context = Array.isArray(document['@context'])
    ? document['@context']
    : [document['@context']];
  return context.includes(OPEN_BADGES_V2_CONTEXT);
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
  const kind = verification.securing === 'hosted' ? 'hosted' : 'signed';
  const checks: Check[] = [
    check('format', 'pass', 'format_ok', `Open Badges 2.0 ${kind} assertion${baked}`),
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
      issuedOn:
        typeof assertion.issuedOn === 'string' ? assertion.issuedOn.slice(0, 64) : undefined,
      validUntil:
        typeof assertion.expires === 'string' ? assertion.expires.slice(0, 64) : undefined,
    }),
  };
}
