// The real-world regression suite in one paragraph: how many of the 34 credentials in
// test/conformance/real-world.test.ts get a definite verdict, and why the others do not. Pure:
// it reads only the rows it is given (the test pins its output, so the README can quote it).

import type { VerificationStatus } from '../../lib/verify';

/** Verdicts that say something definite about a credential (all but unverifiable/malformed). */
export const DEFINITE_VERDICTS: readonly VerificationStatus[] = [
  'verified',
  'confirmed',
  'expired',
  'revoked',
  'suspended',
  'invalid',
  'misattributed',
];

export type SummaryRow = {
  file: string;
  status: VerificationStatus;
  /** Why the verdict is not definite (rows with unverifiable/malformed), shared by similar rows. */
  because?: string;
};

/** "N of 34 real-world credentials get a definite verdict (…); the other M … grouped by reason". */
export function realWorldSummary(rows: readonly SummaryRow[]): string {
  const definite = rows.filter((r) => DEFINITE_VERDICTS.includes(r.status));
  const others = rows.filter((r) => !DEFINITE_VERDICTS.includes(r.status));
  const byVerdict = DEFINITE_VERDICTS.map(
    (v) => [v, definite.filter((r) => r.status === v).length] as const,
  )
    .filter(([, n]) => n > 0)
    .map(([v, n]) => `${n} ${v}`)
    .join(', ');
  const groups = new Map<string, SummaryRow[]>();
  for (const r of others) {
    const key = r.because ?? 'no reason given';
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const reasons = [...groups.entries()]
    .sort((a, b) => b[1].length - a[1].length)
    .map(([because, group]) => {
      const malformed = group.filter((r) => r.status === 'malformed').length;
      const label =
        malformed === 0
          ? ''
          : malformed === group.length
            ? ' (malformed)'
            : ` (${malformed} malformed)`;
      return `${group.length} ${because}${label}`;
    })
    .join('; ');
  return (
    `${definite.length} of ${rows.length} real-world credentials get a definite verdict ` +
    `(${byVerdict}); the other ${others.length} are unverifiable or malformed: ${reasons}.`
  );
}
