// Skills of a badge view's evidence: exact alignment ids first (with the pack's label), then
// what the words mention, each skill once; unknown ids and missing evidence add nothing.

import { describe, expect, it } from 'vitest';
import { type Evidence, skillsOfEvidence } from '../../../lib/matching/evidence-skills';
import { createDefaultSkillMatcher } from '../../../lib/skills';

const matcher = createDefaultSkillMatcher();
const PYTHON = 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d';
const POSTGRES = 'http://data.europa.eu/esco/skill/a8d07b5a-c1a1-42c6-9d53-db9c7a2ca996';

const evidence = (overrides: Partial<Evidence>): Evidence => ({
  alignments: [],
  text: '',
  ...overrides,
});

describe('skillsOfEvidence', () => {
  it('counts an aligned ESCO id exactly, with the pack label, whatever the badge calls it', () => {
    const skills = skillsOfEvidence(
      evidence({ alignments: [{ targetName: 'Scripting', targetUrl: PYTHON }], text: 'Snakes' }),
      matcher,
    );
    expect(skills[0]).toEqual({ id: PYTHON, label: matcher.labelOf(PYTHON) });
  });

  it('accepts a known id given as targetCode', () => {
    const skills = skillsOfEvidence(
      evidence({ alignments: [{ targetName: 'Databases', targetCode: POSTGRES }] }),
      matcher,
    );
    expect(skills.map((s) => s.id)).toEqual([POSTGRES]);
  });

  it('ignores an unknown alignment id and reads the words instead', () => {
    const skills = skillsOfEvidence(
      evidence({
        alignments: [{ targetName: 'Databases', targetUrl: 'https://example.org/skills/db' }],
        text: 'Database Administration with PostgreSQL',
      }),
      matcher,
    );
    expect(skills.map((s) => s.id)).toContain(POSTGRES);
    expect(skills.map((s) => s.id)).not.toContain('https://example.org/skills/db');
  });

  it('lists a skill once when both the alignment and the words name it, alignment first', () => {
    const skills = skillsOfEvidence(
      evidence({
        alignments: [{ targetName: 'Python', targetUrl: PYTHON }],
        text: 'PostgreSQL and Python programming',
      }),
      matcher,
    );
    const ids = skills.map((s) => s.id);
    expect(ids[0]).toBe(PYTHON);
    expect(ids.filter((id) => id === PYTHON)).toHaveLength(1);
    expect(ids).toContain(POSTGRES);
  });

  it('returns nothing without evidence', () => {
    expect(skillsOfEvidence(undefined, matcher)).toEqual([]);
    expect(skillsOfEvidence(evidence({}), matcher)).toEqual([]);
  });
});
