// Renders a verification result as readable text for the terminal: the verdict first, then
// the credential and issuer, then every check in plain words. Plain text only, no colour.

import type { Check, CheckOutcome, VerificationResult, VerificationStatus } from '../verify';

const STATUS_LABEL: Record<VerificationStatus, string> = {
  verified: 'VERIFIED',
  confirmed: 'CONFIRMED',
  expired: 'EXPIRED',
  revoked: 'REVOKED',
  suspended: 'SUSPENDED',
  invalid: 'INVALID',
  misattributed: 'ISSUED TO SOMEONE ELSE',
  unverifiable: 'COULD NOT CHECK',
  malformed: 'NOT A CREDENTIAL',
};

const OUTCOME_MARK: Record<CheckOutcome, string> = {
  pass: '✔',
  fail: '✘',
  unknown: '?',
  skipped: '–',
};

/** A multi-line, human-readable report for one input. */
export function formatResult(input: string, result: VerificationResult): string {
  const lines = [`${STATUS_LABEL[result.status]}  ${input}`];
  if (result.presentation !== undefined) {
    const holder = result.presentation.holder ?? 'no named holder';
    lines.push(`  Verifiable Presentation by ${holder}`);
  }
  const name = result.credential?.name ?? result.credential?.achievement?.name;
  const issuer = result.issuer.name ?? result.issuer.id;
  if (name !== undefined || issuer !== undefined) {
    lines.push(
      `  ${name ?? 'Unnamed credential'}${issuer === undefined ? '' : ` — issued by ${issuer}`}`,
    );
  }
  if (result.issuer.name !== undefined && result.issuer.id !== undefined)
    lines.push(`  issuer id: ${result.issuer.id}`);
  const dates = [
    result.validFrom === undefined ? undefined : `valid from ${result.validFrom}`,
    result.validUntil === undefined ? undefined : `until ${result.validUntil}`,
  ].filter((part) => part !== undefined);
  if (dates.length > 0) lines.push(`  ${dates.join(' ')}`);
  if (result.credential !== undefined && result.credential.skills.length > 0) {
    lines.push(`  skills: ${result.credential.skills.join(', ')}`);
  }
  for (const item of result.checks) lines.push(`  ${formatCheck(item)}`);
  if (result.nested !== undefined) lines.push(...formatNested('nested credentials', result.nested));
  if (result.presentation !== undefined)
    lines.push(...formatNested('presented credentials', result.presentation));
  return lines.join('\n');
}

/** A CLR's nested or a presentation's credentials: the count of verdicts, then one line each. */
function formatNested(title: string, nested: NonNullable<VerificationResult['nested']>): string[] {
  const counts = Object.entries(nested.counts).map(([status, count]) => `${count} ${status}`);
  const skipped = nested.skipped > 0 ? `, ${nested.skipped} not checked` : '';
  const lines = [`  ${title}: ${counts.join(', ') || 'none'}${skipped}`];
  for (const each of nested.results) {
    const name =
      each.credential?.name ?? each.credential?.achievement?.name ?? 'Unnamed credential';
    lines.push(`    ${STATUS_LABEL[each.status]}  ${name}`);
  }
  return lines;
}

function formatCheck(item: Check): string {
  const detail = item.detail === undefined ? '' : `  ${item.detail}`;
  return `${OUTCOME_MARK[item.outcome]} ${item.id.padEnd(8)} ${item.code}${detail}`;
}
