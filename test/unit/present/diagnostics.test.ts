// Learner diagnostics: every code a check can fail or stay unknown with has its own problem and
// fix (a meta-test reads the code unions from the source), severities follow the outcome,
// skipped checks and duplicates add nothing, and a clean result gets one info note.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticSchema } from '../../../lib/messaging';
import {
  diagnose,
  diagnoseCheck,
  linkOnlyDiagnostic,
  PASS_ONLY_CODES,
  SKIPPED_ONLY_CODES,
} from '../../../lib/present';
import type { Check, CheckCode, VerificationResult } from '../../../lib/verify';

const checkOf = (code: string, outcome: Check['outcome'] = 'fail', id = 'format'): Check =>
  ({ id, outcome, code }) as Check;

function result(checks: Check[], status: VerificationResult['status']): VerificationResult {
  return { status, checks, format: { securing: 'data-integrity' }, issuer: {} };
}

/** The string literals of `type <name> = | 'a' | 'b' …` in a source file. */
function unionMembers(file: string, name: string): string[] {
  const source = readFileSync(file, 'utf8');
  const start = source.indexOf(`export type ${name} =`);
  const body = source.slice(start, source.indexOf(';', start));
  return [...body.matchAll(/'([a-z_]+)'/g)].map((m) => m[1] as string);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

const CHECK_CODES = [
  ...unionMembers('lib/verify/result.ts', 'CheckCode'),
  ...unionMembers('lib/fetch/safe-fetch.ts', 'FetchErrorCode'),
];
const PASS_ONLY: readonly string[] = PASS_ONLY_CODES;
const SKIPPED_ONLY: readonly string[] = SKIPPED_ONLY_CODES;
/** Every check built from literals in lib/: `check('<id>', '<outcome>', '<code>'`. */
const LITERAL_CHECK = /check\(\s*'[a-z]+',\s*'(pass|fail|unknown|skipped)',\s*'([a-z_]+)'/g;
const FALLBACK_PROBLEM = diagnoseCheck(checkOf('a_code_from_the_future')).problem;

describe('diagnostic coverage (meta)', () => {
  it('reads the whole CheckCode union, fetch codes included', () => {
    expect(CHECK_CODES.length).toBeGreaterThan(60);
    expect(CHECK_CODES).toContain('key_not_assertion_method');
    expect(CHECK_CODES).toContain('fetch_timeout');
  });

  it('has its own problem and fix for every code that can fail or be unknown', () => {
    const diagnosed = CHECK_CODES.filter(
      (code) => !PASS_ONLY.includes(code) && !SKIPPED_ONLY.includes(code),
    );
    for (const code of diagnosed) {
      for (const outcome of ['fail', 'unknown'] as const) {
        const diagnostic = diagnoseCheck(checkOf(code, outcome));
        expect(diagnostic.problem, code).not.toBe(FALLBACK_PROBLEM);
        expect(diagnostic.fix.length, code).toBeGreaterThan(20);
        expect(DiagnosticSchema.safeParse(diagnostic).success, code).toBe(true);
      }
    }
  });

  it('never emits a pass-only code as a failure or unknown anywhere in lib/verify', () => {
    const literal = /check\(\s*'[a-z]+',\s*'(fail|unknown)',\s*'([a-z_]+)'/g;
    for (const file of sourceFiles('lib/verify')) {
      for (const match of readFileSync(file, 'utf8').matchAll(literal))
        expect(PASS_ONLY, `${file}: ${match[2]}`).not.toContain(match[2]);
    }
  });

  it('lists only real codes as pass-only or skipped-only', () => {
    for (const code of [...PASS_ONLY, ...SKIPPED_ONLY]) expect(CHECK_CODES).toContain(code);
  });

  it('gives every skipped check in lib/ a code of its own, never one a check passes or fails with', () => {
    const byOutcome = new Map<string, Set<string>>();
    for (const file of [...sourceFiles('lib/verify'), ...sourceFiles('lib/holder')]) {
      for (const [, outcome, code] of readFileSync(file, 'utf8').matchAll(LITERAL_CHECK)) {
        const outcomes = byOutcome.get(code as string) ?? new Set<string>();
        outcomes.add(outcome as string);
        byOutcome.set(code as string, outcomes);
      }
    }
    const skippedCodes = [...byOutcome].filter(([, outcomes]) => outcomes.has('skipped'));
    expect(skippedCodes.length).toBeGreaterThanOrEqual(SKIPPED_ONLY.length);
    for (const [code, outcomes] of skippedCodes) expect([...outcomes], code).toEqual(['skipped']);
    for (const code of SKIPPED_ONLY)
      expect(byOutcome.get(code), code).toEqual(new Set(['skipped']));
  });
});

describe('diagnose', () => {
  it('explains an unlisted key with who must fix it', () => {
    const [diagnostic] = diagnose(
      result(
        [
          checkOf('format_ok', 'pass'),
          {
            id: 'key',
            outcome: 'fail',
            code: 'key_not_assertion_method',
            detail: 'the key is not listed under assertionMethod by its controller',
          },
        ],
        'invalid',
      ),
    );
    expect(diagnostic).toMatchObject({ code: 'key_not_assertion_method', severity: 'error' });
    expect(diagnostic?.problem).toMatch(/does not list this key under assertionMethod/);
    expect(diagnostic?.problem).toMatch(/Credlens saw: the key is not listed/);
    expect(diagnostic?.fix).toMatch(/^Ask your issuer/);
  });

  it('makes failures errors and unknowns warnings, errors first', () => {
    const diagnostics = diagnose(
      result(
        [
          checkOf('status_unreachable', 'unknown', 'status'),
          checkOf('expired', 'fail', 'validity'),
        ],
        'unverifiable',
      ),
    );
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['expired', 'error'],
      ['status_unreachable', 'warning'],
    ]);
  });

  it('treats an unsigned credential as an error for the learner', () => {
    expect(diagnoseCheck(checkOf('proof_missing', 'unknown', 'proof')).severity).toBe('error');
  });

  it('adds nothing for skipped checks, and one diagnostic per repeated code', () => {
    const diagnostics = diagnose(
      result(
        [
          checkOf('signature_invalid', 'fail', 'proof'),
          checkOf('signature_invalid', 'fail', 'proof'),
          checkOf('validity_skipped_proof_failed', 'skipped', 'validity'),
        ],
        'invalid',
      ),
    );
    expect(diagnostics.map((d) => d.code)).toEqual(['signature_invalid']);
  });

  it('names the document a fetch problem was about and who fixes it', () => {
    const own = diagnoseCheck(checkOf('content_type_invalid', 'unknown', 'format'));
    const issuers = diagnoseCheck(checkOf('fetch_timeout', 'unknown', 'key'));
    expect(own.problem).toMatch(/^The credential link/);
    expect(own.fix).toMatch(/drop the file here/);
    expect(issuers.problem).toMatch(/^Your issuer's key document/);
    expect(issuers.fix).toMatch(/tell your issuer/);
  });

  it('gives one info note when everything passes', () => {
    const diagnostics = diagnose(
      result(
        [
          checkOf('format_ok', 'pass'),
          checkOf('signature_valid', 'pass', 'proof'),
          checkOf('issuer_bound', 'pass', 'issuer'),
        ],
        'verified',
      ),
    );
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'all_checks_passed', severity: 'info' }),
    ]);
  });

  it('notes a hosted badge is confirmed, not verified, and a missing revocation list', () => {
    const codes = diagnose(
      result(
        [checkOf('hosted_confirmed', 'pass', 'hosted'), checkOf('status_absent', 'pass', 'status')],
        'confirmed',
      ),
    ).map((d) => d.code);
    expect(codes).toEqual(['hosted_not_signed', 'status_absent']);
  });

  it('caps count and length at the protocol limits', () => {
    const many = Array.from(
      { length: 80 },
      (_, i) =>
        ({
          id: 'proof',
          outcome: 'fail',
          code: `code_${i}`,
          detail: 'x'.repeat(2000),
        }) as unknown as Check,
    );
    const diagnostics = diagnose(result(many, 'invalid'));
    expect(diagnostics).toHaveLength(60);
    for (const diagnostic of diagnostics)
      expect(DiagnosticSchema.safeParse(diagnostic).success).toBe(true);
  });

  it('words a link-only provider as a warning with a way out', () => {
    expect(linkOnlyDiagnostic('Coursera')).toMatchObject({
      code: 'link_only',
      severity: 'warning',
      problem: expect.stringMatching(/^Coursera publishes no verifiable data/),
    });
  });

  it('keeps every code it is given, even one it cannot explain', () => {
    const code: CheckCode = 'internal_error';
    expect(diagnoseCheck(checkOf(code, 'unknown')).code).toBe(code);
    expect(diagnoseCheck(checkOf('a_code_from_the_future')).code).toBe('a_code_from_the_future');
  });
});
