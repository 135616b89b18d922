// A role's shortlist side by side: each candidate's coverage of the required skills (from the
// credentials saved with them), how many credentials verified, and the skill × candidate
// matrix with its evidence; plus the CSV a recruiter takes to a spreadsheet.

import { type Say, sayEnglish } from '../shared/words';
import type { SavedRole, ShortlistEntry } from '../storage';
import { type Coverage, coverageFromSkills } from './coverage';

export type ComparedCandidate = {
  entry: ShortlistEntry;
  coverage: Coverage;
  verifiedCredentials: number;
  confirmedCredentials: number;
};
export type CompareSort = 'coverage' | 'verified' | 'name' | 'saved';
export type MatrixCell = { tier: 'verified' | 'confirmed'; by: string[] } | undefined;

export function compareCandidates(
  role: SavedRole,
  entries: readonly ShortlistEntry[],
  sort: CompareSort = 'coverage',
): ComparedCandidate[] {
  const rows = entries
    .filter((entry) => entry.roleId === role.id)
    .map((entry) => ({
      entry,
      coverage: coverageFromSkills(
        role,
        entry.credentials.map((credential) => ({
          input: credential.name,
          status: credential.verdict,
          skills: credential.skills,
        })),
      ),
      verifiedCredentials: entry.credentials.filter((c) => c.verdict === 'verified').length,
      confirmedCredentials: entry.credentials.filter((c) => c.verdict === 'confirmed').length,
    }));
  const byName = (a: ComparedCandidate, b: ComparedCandidate) =>
    a.entry.name.localeCompare(b.entry.name);
  const score = (row: ComparedCandidate) =>
    row.coverage.coverage.verified * 2 + row.coverage.coverage.confirmed;
  const order: Record<CompareSort, (a: ComparedCandidate, b: ComparedCandidate) => number> = {
    coverage: (a, b) =>
      score(b) - score(a) || b.verifiedCredentials - a.verifiedCredentials || byName(a, b),
    verified: (a, b) =>
      b.verifiedCredentials - a.verifiedCredentials || score(b) - score(a) || byName(a, b),
    name: byName,
    saved: (a, b) => b.entry.savedAt.localeCompare(a.entry.savedAt),
  };
  return rows.sort(order[sort]);
}

/** The evidence for one role skill in one candidate's row. */
export function cellOf(row: ComparedCandidate, skillId: string): MatrixCell {
  const covered = row.coverage.covered.find((skill) => skill.id === skillId);
  return covered === undefined ? undefined : { tier: covered.tier, by: covered.by };
}

/** CSV (RFC 4180) of the comparison: one row per candidate, one column per role skill. */
export function shortlistCsv(
  role: SavedRole,
  rows: readonly ComparedCandidate[],
  say: Say = sayEnglish,
): string {
  // The column names are in `say`'s language: the file is for people opening it in a spreadsheet.
  const header = [
    say('csv_candidate'),
    say('csv_profile'),
    say('csv_verifiedRequired'),
    say('csv_confirmedRequired'),
    say('csv_required'),
    say('csv_verifiedCredentials'),
    say('csv_saved'),
    ...role.skills.map((skill) =>
      say(skill.required ? 'csv_skillRequired' : 'csv_skillPreferred', skill.label),
    ),
  ];
  const lines = rows.map((row) => [
    row.entry.name,
    row.entry.pageUrl,
    String(row.coverage.coverage.verified),
    String(row.coverage.coverage.confirmed),
    String(row.coverage.coverage.required),
    String(row.verifiedCredentials),
    row.entry.savedAt,
    ...role.skills.map((skill) => {
      const cell = cellOf(row, skill.id);
      return cell === undefined ? '' : `${cell.tier}: ${cell.by.join('; ')}`;
    }),
  ]);
  return `${[header, ...lines].map((line) => line.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/**
 * One CSV cell (RFC 4180 §2): always quoted, quotes doubled, and never read as a formula.
 * Policy: quoting every cell keeps the file one cell per field whatever separator the
 * spreadsheet's locale assumes (";" in most of Europe, where an unquoted comma-free cell would
 * otherwise be split or left raw). A cell whose first visible character starts a formula gets a
 * leading ' (OWASP "CSV injection"); counts Credlens writes are non-negative integers, which
 * never start with one, so they stay numbers (a quoted "2" is still read as 2). A negative
 * number would become text; no column has one.
 */
function csvCell(value: string): string {
  const safe = isFormulaLike(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** = + - @ (and the full-width, small or minus-sign forms spreadsheets also accept). */
const FORMULA_START = /^[=+\-@\u2212]/u;
/** Whitespace, controls and invisible format characters a spreadsheet skips before a formula. */
const SKIPPED = /^[\p{White_Space}\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]+/u;

function isFormulaLike(value: string): boolean {
  // A leading tab or CR is itself a trigger in some spreadsheets, whatever follows it.
  if (/^[\t\r]/.test(value)) return true;
  const first = String.fromCodePoint(value.replace(SKIPPED, '').codePointAt(0) ?? 0x20);
  // NFKC folds full-width ＝＋－＠ and the small forms ﹦﹢﹣﹫ to their ASCII characters.
  return FORMULA_START.test(first.normalize('NFKC'));
}
