// Every precision rule (lib/skills/rules.ts, word-rules.ts) carries its examples — most from real
// postings — and each runs here: a rule without examples, or one whose examples no longer hold,
// fails. The examples name the skill by its label, as the recruiter sees it.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createDefaultSkillMatcher,
  PRECISION_RULES,
  type RuleExample,
  type SkillMatcher,
  WORD_RULES,
} from '../../../lib/skills';

let matcher: SkillMatcher;
beforeAll(() => {
  matcher = createDefaultSkillMatcher();
});

const rules: Array<[string, { why: string; examples: readonly RuleExample[] }]> = [
  ...Object.entries(PRECISION_RULES),
  ...Object.entries(WORD_RULES).map(
    ([word, rule]) => [`word "${word}"`, rule] as [string, typeof rule],
  ),
];

describe.each(rules)('precision rule %s', (_name, rule) => {
  it('says why and has examples both ways', () => {
    expect(rule.why.length).toBeGreaterThan(20);
    expect(rule.examples.some((e) => e.found)).toBe(true);
    expect(rule.examples.some((e) => !e.found)).toBe(true);
  });

  it.each(
    rule.examples.map((e) => [e.found ? 'finds' : 'does not find', e.label, e.text, e] as const),
  )('%s %s in "%s"', (_verb, label, text, example) => {
    const labels = matcher
      .find(text, example.ignore ? { ignore: example.ignore } : {})
      .map((h) => h.label);
    if (example.found) expect(labels).toContain(label);
    else expect(labels).not.toContain(label);
  });
});
