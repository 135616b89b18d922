// The skills evaluation (test/bench/skills-eval.ts) as a test: on the 47 labelled real postings,
// recall and precision stay at or above the goals and no trap is hit.
import { describe, expect, it } from 'vitest';
import { evaluateSkills } from '../../bench/skills-eval';

describe('skills evaluation on labelled real postings', () => {
  it('meets recall ≥ 90 %, precision ≥ 85 %, and hits no trap', () => {
    const report = evaluateSkills();
    expect(report.postings).toBeGreaterThanOrEqual(40);
    expect(report.trapsHit, JSON.stringify(report.scores.filter((s) => s.trapsHit.length))).toBe(0);
    expect(report.recall).toBeGreaterThanOrEqual(0.9);
    expect(report.precision).toBeGreaterThanOrEqual(0.85);
  }, 60_000);
});
