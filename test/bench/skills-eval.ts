// The skills evaluation: 47 labelled real postings (test/fixtures/postings/eval, provenance in its
// README) read the way the CLI reads them, each skill found judged against the labels: expected
// (a recruiter would list it), acceptable (true but not asked for) or wrong; traps are skills the
// text tempts a matcher into (a company's name, a degree line, a verb). `npm run eval` prints it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { roleFromText } from '../../lib/matching';
import { postingOfString } from '../../lib/roles';
import { createDefaultSkillMatcher, type SkillMatcher } from '../../lib/skills';

export const EVAL_DIR = join(import.meta.dirname, '../fixtures/postings/eval');

/** One posting's labels; a label may list alternatives separated by " | ". */
export type PostingLabels = { expected: string[]; acceptable: string[]; traps: string[] };

export type PostingScore = {
  file: string;
  found: string[];
  missed: string[];
  wrong: string[];
  trapsHit: string[];
};

export type EvalReport = {
  postings: number;
  expected: number;
  recalled: number;
  found: number;
  correct: number;
  recall: number;
  precision: number;
  trapsHit: number;
  scores: PostingScore[];
};

/** The posting's text, title and company as the CLI would read the file. */
export function readEvalPosting(file: string): { text: string; title?: string; company?: string } {
  const raw = readFileSync(join(EVAL_DIR, file), 'utf8');
  if (file.endsWith('.json')) return postingOfString(raw);
  // The Google extracts: a provenance line, then labelled fields.
  const field = (name: string) => new RegExp(`^${name}: (.*)$`, 'm').exec(raw)?.[1]?.trim();
  const body = raw.slice(raw.indexOf('\n\n') + 2);
  const title = field('Title');
  const company = field('Company');
  return {
    text: body,
    ...(title === undefined ? {} : { title }),
    ...(company === undefined ? {} : { company }),
  };
}

/** Runs the evaluation with `matcher` (built here when not given). */
export function evaluateSkills(matcher: SkillMatcher = createDefaultSkillMatcher()): EvalReport {
  const labels = JSON.parse(readFileSync(join(EVAL_DIR, 'labels.json'), 'utf8')) as Record<
    string,
    PostingLabels
  >;
  const files = readdirSync(EVAL_DIR).filter(
    (f) => /\.(?:txt|json)$/.test(f) && f !== 'labels.json',
  );
  const scores: PostingScore[] = [];
  let expected = 0;
  let recalled = 0;
  let found = 0;
  let correct = 0;
  let trapsHit = 0;
  for (const file of files.sort()) {
    const label = labels[file];
    if (!label) throw new Error(`${file} has no labels in labels.json`);
    const posting = readEvalPosting(file);
    const role = roleFromText(posting.text, matcher, posting);
    const got = role.skills.map((s) => s.label);
    const is = (alternatives: string, skill: string) =>
      alternatives.split(' | ').some((a) => a.toLowerCase() === skill.toLowerCase());
    const missed = label.expected.filter((e) => !got.some((g) => is(e, g)));
    const wrong = got.filter(
      (g) => ![...label.expected, ...label.acceptable].some((e) => is(e, g)),
    );
    const traps = got.filter((g) => label.traps.some((t) => is(t, g)));
    expected += label.expected.length;
    recalled += label.expected.length - missed.length;
    found += got.length;
    correct += got.length - wrong.length;
    trapsHit += traps.length;
    scores.push({ file, found: got, missed, wrong, trapsHit: traps });
  }
  return {
    postings: files.length,
    expected,
    recalled,
    found,
    correct,
    recall: expected === 0 ? 1 : recalled / expected,
    precision: found === 0 ? 1 : correct / found,
    trapsHit,
    scores,
  };
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const report = evaluateSkills();
  if (process.argv.includes('--details')) {
    for (const s of report.scores) {
      console.log(`${s.file}\n  found: ${s.found.join('; ')}`);
      if (s.missed.length) console.log(`  MISSED: ${s.missed.join('; ')}`);
      if (s.wrong.length) console.log(`  WRONG: ${s.wrong.join('; ')}`);
      if (s.trapsHit.length) console.log(`  TRAPS: ${s.trapsHit.join('; ')}`);
    }
  }
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  console.log(
    `Skills eval: ${report.postings} postings, recall ${pct(report.recall)} (${report.recalled}/${report.expected}), ` +
      `precision ${pct(report.precision)} (${report.correct}/${report.found}), traps hit ${report.trapsHit}`,
  );
}
