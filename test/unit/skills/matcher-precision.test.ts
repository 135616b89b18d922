// Precision traps for short/ambiguous skill names ("Go", "R", "C", "Java", "Excel") and
// common words that are also product names.
import { beforeAll, describe, expect, it } from 'vitest';
import { createDefaultSkillMatcher, type SkillMatcher } from '../../../lib/skills';

const GO = 'onet:43232402:go';
const R = 'http://data.europa.eu/esco/skill/51586df8-1c46-4b47-8583-773cb63bf00b';
const C = 'onet:43232402:c';
const CPP = 'http://data.europa.eu/esco/skill/b633eb55-8f1f-4ae6-ab4c-2022ffe2cb7f';
const CSHARP = 'http://data.europa.eu/esco/skill/4c016b68-4116-468c-9dc6-42710c239e4a';
const JAVA = 'http://data.europa.eu/esco/skill/19a8293b-8e95-4de3-983f-77484079c389';
const JAVASCRIPT = 'http://data.europa.eu/esco/skill/3cd569a2-4f88-4c1e-9995-8dce8c5e51a7';
const EXCEL = 'onet:43232110:microsoft-excel';

let matcher: SkillMatcher;
const ids = (text: string): string[] => matcher.find(text).map((h) => h.id);

beforeAll(() => {
  matcher = createDefaultSkillMatcher();
});

describe('Go', () => {
  it('matches capitalised Go in a tech list', () => {
    expect(ids('Backend services in Go, Python and PostgreSQL.')).toContain(GO);
  });

  it('matches Golang and "Go developer" without other skills nearby', () => {
    expect(ids('We write everything in Golang.')).toContain(GO);
    expect(ids('Hiring a senior Go developer.')).toContain(GO);
  });

  it('does not match "go to market", even capitalised or next to skills', () => {
    expect(ids('Go to market with Python and AWS.')).not.toContain(GO);
    expect(ids('Own the go to market plan.')).not.toContain(GO);
  });

  it('does not match "go-getter"', () => {
    expect(ids('You are a Go-getter who loves Python and Kubernetes.')).not.toContain(GO);
  });

  it('does not match "on the go"', () => {
    expect(ids('Python scripts you can run on the go.')).not.toContain(GO);
  });

  it('does not match a lone "Go" with no tech context', () => {
    expect(ids('Go! We are growing fast.')).not.toContain(GO);
  });
});

describe('R', () => {
  it('matches standalone capital R in a list of skills', () => {
    expect(ids('Statistics with R, Python and SQL.')).toContain(R);
  });

  it('matches "R programming" and "R language"', () => {
    expect(ids('Experience in R programming.')).toContain(R);
    expect(ids('The R language for statistics.')).toContain(R);
  });

  it('never matches R&D', () => {
    expect(ids('Work with our R&D team on Python and SQL tooling.')).not.toContain(R);
  });

  it('does not match lower-case r or R in "R and D"', () => {
    expect(ids('the r value with Python')).not.toContain(R);
    expect(ids('R and D budget for Python tooling')).not.toContain(R);
  });
});

describe('C, C# and C++', () => {
  it('matches standalone C in a tech list', () => {
    expect(ids('Languages: C, Rust, Python.')).toContain(C);
  });

  it('keeps C# and C++ distinct from C and from each other', () => {
    const found = ids('We use C# and C++ daily.');
    expect(found).toContain(CSHARP);
    expect(found).toContain(CPP);
    expect(found).not.toContain(C);
  });

  it('does not match C-level, C-suite or a grade "C"', () => {
    expect(ids('Present to C-level and C-suite leaders about AWS.')).not.toContain(C);
    expect(ids('She got a C in maths.')).not.toContain(C);
  });
});

describe('Java vs JavaScript', () => {
  it('never matches Java inside JavaScript', () => {
    const found = ids('Strong JavaScript and TypeScript skills.');
    expect(found).toContain(JAVASCRIPT);
    expect(found).not.toContain(JAVA);
  });

  it('matches Java on its own', () => {
    expect(ids('Java and Spring Boot.')).toContain(JAVA);
  });
});

describe('Excel', () => {
  it('does not match the verb "excel"', () => {
    expect(ids('You excel at communication and use Python daily.')).not.toContain(EXCEL);
    expect(ids('Candidates who Excel at SQL reporting.')).not.toContain(EXCEL);
  });

  it('matches "Microsoft Excel" and "MS Excel" anywhere', () => {
    expect(ids('Microsoft Excel.')).toContain(EXCEL);
    expect(ids('Advanced MS Excel')).toContain(EXCEL);
  });

  it('matches capitalised Excel only in a software context', () => {
    expect(ids('Tools: Excel, SQL, Tableau.')).toContain(EXCEL);
    expect(ids('Excel pivot tables.')).toContain(EXCEL);
    expect(ids('We Excel.')).not.toContain(EXCEL);
  });
});

describe('common words that are also products', () => {
  it('does not match lower-case product words ("access", "slack", "react")', () => {
    expect(ids('You need access to a car; cut some slack; react fast.')).toEqual([]);
  });

  it('does not match the pronoun "it"', () => {
    expect(ids('it is what it is')).toEqual([]);
  });
});

describe('hits', () => {
  it('are deduplicated by id, keeping the first evidence', () => {
    const hits = matcher.find('Python first. Later python again. PYTHON!');
    const py = hits.filter((h) => h.label.startsWith('Python'));
    expect(py).toHaveLength(1);
    expect(py[0]).toMatchObject({ evidence: 'Python', start: 0, end: 6 });
  });

  it('take the longest match and never overlap', () => {
    const text = 'Amazon Web Services and Google Cloud Platform';
    const hits = matcher.find(text);
    expect(hits.map((h) => h.evidence)).toEqual(['Amazon Web Services', 'Google Cloud Platform']);
    for (const h of hits) expect(text.slice(h.start, h.end)).toBe(h.evidence);
  });

  it('allow one typo only in long tokens', () => {
    expect(ids('Kubernets and Terraform')).toContain('onet:43232701:kubernetes');
    expect(ids('Pyton and Terraform')).not.toContain(
      'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d',
    );
  });
});

describe('lookups by id', () => {
  it('knows pack and alias ids, with labels and kinds', () => {
    expect(matcher.has(R)).toBe(true);
    expect(matcher.labelOf(R)).toBe('R');
    expect(matcher.kindOf(R)).toBe('hard');
    expect(matcher.has('alias:ci-cd')).toBe(true);
    expect(matcher.labelOf('onet:43232306:amazon-web-services-aws-software')).toBe(
      'Amazon Web Services',
    );
    expect(matcher.has('http://data.europa.eu/esco/skill/not-a-skill')).toBe(false);
    expect(matcher.labelOf('nope')).toBeUndefined();
  });
});

describe('job-text words that sit near skill names', () => {
  it('does not read the heading "Required skills" as RequireJS, but still finds RequireJS', () => {
    expect(ids('Required skills\nKubernetes, AWS')).not.toContain('onet:43232408:requirejs');
    expect(ids('Front end: RequireJS and Backbone')).toContain('onet:43232408:requirejs');
  });

  it('does not read "a controller or CLI tool" as robotic components', () => {
    const robotic = 'http://data.europa.eu/esco/skill/7a950986-27fe-4b6c-adf3-88f211e77019';
    expect(ids('you have written a controller or CLI tool')).not.toContain(robotic);
    expect(ids('servomotors, encoders and other robotic components')).toContain(robotic);
  });
});

describe('lookup (a skill the user types)', () => {
  it('takes a whole typed name at its word, even ambiguous ones', () => {
    expect(matcher.lookup('go')?.id).toBe(GO);
    expect(matcher.lookup('Excel')?.id).toBe(EXCEL);
    expect(matcher.lookup('  kubernetes ')?.label).toBe('Kubernetes');
  });

  it('falls back to finding a skill inside a phrase, and knows when there is none', () => {
    expect(matcher.lookup('experience with Terraform')?.label).toBe('Terraform');
    expect(matcher.lookup('zorbly flumph')).toBeUndefined();
    expect(matcher.lookup('')).toBeUndefined();
  });
});
