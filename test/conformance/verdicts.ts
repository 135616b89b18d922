// The verdict table machinery both conformance suites share: what a row expects, how a result
// is held against it, and the table-driven describe block (with its KNOWN GAP rows).

import { describe, expect, it } from 'vitest';
import {
  BUNDLED_CONTEXTS,
  type CheckCode,
  type CheckId,
  EXAMPLE_CONTEXTS,
  type VerificationResult,
  type VerificationStatus,
} from '../../lib/verify';

type Codes = Partial<Record<CheckId, CheckCode | readonly CheckCode[]>>;

export type Verdict = {
  status: VerificationStatus;
  /** Codes that must be present, by check id (every listed code must occur under that id). */
  codes: Codes;
  /** How many `proof` checks must say signature_valid (default: 1 if `codes.proof` has it). */
  signatures?: number;
  /** Check ids that must not occur at all. */
  absent?: readonly CheckId[];
  /** When given: exactly the URLs Credlens requests, in order. */
  requests?: readonly string[];
};

/** What every table row has besides its verdict. */
export type VerdictRow = Verdict & {
  file: string;
  /** Why Credlens reaches this verdict. */
  why: string;
  /** Tells rows of the same file apart. */
  scenario?: string;
  /** KNOWN GAP: what lib/ returns today instead of the verdict above. */
  gap?: Verdict & { note: string };
};

export type RunResult = VerificationResult & { requests: string[] };

/** `base` with some fields replaced and `codes` merged. */
export function but(base: Verdict, patch: Partial<Verdict>): Verdict {
  return { ...base, ...patch, codes: { ...base.codes, ...patch.codes } };
}

/** Every check as `id:code`. */
export function summary(result: VerificationResult): string[] {
  return result.checks.map((c) => `${c.id}:${c.code}`);
}

/** Asserts status, the listed codes, the number of valid signatures, absent checks, requests. */
export function expectVerdict(
  result: VerificationResult & { requests?: string[] },
  verdict: Verdict,
  label: string,
): void {
  const found = summary(result);
  const requests =
    result.requests === undefined ? '' : `\n  requests: ${result.requests.join(' ')}`;
  const explain = `${label}\n  checks: ${result.checks.map((c) => `${c.id}:${c.outcome}:${c.code}`).join(' ')}${requests}`;
  expect(result.status, explain).toBe(verdict.status);
  for (const [id, codes] of Object.entries(verdict.codes)) {
    for (const code of [codes].flat()) expect(found, explain).toContain(`${id}:${code}`);
  }
  const proofCodes = [verdict.codes.proof ?? []].flat();
  const signatures = verdict.signatures ?? (proofCodes.includes('signature_valid') ? 1 : 0);
  expect(found.filter((c) => c === 'proof:signature_valid').length, explain).toBe(signatures);
  for (const id of verdict.absent ?? []) {
    expect(
      result.checks.map((c) => c.id),
      explain,
    ).not.toContain(id);
  }
  if (verdict.requests !== undefined) expect(result.requests, explain).toEqual(verdict.requests);
}

export function titleOf(r: VerdictRow): string {
  const scenario = r.scenario === undefined ? '' : ` [${r.scenario}]`;
  return `${r.file}${scenario} → ${r.status}: ${r.why}`;
}

/**
 * One test per row: the row's verdict, or for a KNOWN GAP row what lib/ returns today (so a fix
 * shows up as a failure asking for the gap to be dropped). Contexts are never fetched and nothing
 * leaves https.
 */
export function describeVerdicts<R extends VerdictRow>(
  name: string,
  rows: readonly R[],
  runRow: (r: R) => Promise<RunResult>,
): void {
  describe(name, () => {
    for (const r of rows) {
      if (r.gap === undefined) {
        it(titleOf(r), async () => {
          const result = await runRow(r);
          expectVerdict(result, r, r.why);
          const contexts = [...BUNDLED_CONTEXTS.keys(), ...EXAMPLE_CONTEXTS.keys()];
          for (const url of result.requests) {
            expect(url.startsWith('https://')).toBe(true);
            expect(contexts).not.toContain(url);
          }
        });
      } else {
        const gap = r.gap;
        it(`KNOWN GAP ${r.file}: ${gap.note} (correct verdict: ${r.status})`, async () => {
          const result = await runRow(r);
          expectVerdict(
            result,
            gap,
            `KNOWN GAP still present? If this fails, lib/ may be fixed: drop \`gap\` from the row for ${r.file} so the correct verdict (${r.status}) is asserted.`,
          );
        });
      }
    }
  });
}
