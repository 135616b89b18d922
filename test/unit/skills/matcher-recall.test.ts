// Recall on three realistic job posts (LinkedIn-, Greenhouse- and Lever-style text), aliases,
// ESCO ids and hard vs soft.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createDefaultSkillMatcher,
  loadSkillsPack,
  SKILL_ALIASES,
  type SkillMatcher,
} from '../../../lib/skills';

const ESCO = 'http://data.europa.eu/esco/skill/';
const ID = {
  python: `${ESCO}ccd0a1d9-afda-43d9-b901-96344886e14d`,
  postgresql: `${ESCO}a8d07b5a-c1a1-42c6-9d53-db9c7a2ca996`,
  javascript: `${ESCO}3cd569a2-4f88-4c1e-9995-8dce8c5e51a7`,
  typescript: `${ESCO}867137fb-ff1b-4ca3-99f3-cb6969aa2c68`,
  java: `${ESCO}19a8293b-8e95-4de3-983f-77484079c389`,
  csharp: `${ESCO}4c016b68-4116-468c-9dc6-42710c239e4a`,
  sql: `${ESCO}598de5b0-5b58-4ea7-8058-a4bc4d18c742`,
  r: `${ESCO}51586df8-1c46-4b47-8583-773cb63bf00b`,
  machineLearning: `${ESCO}3a2d5b45-56e4-4f5a-a55a-4a4a65afdc43`,
  nlp: `${ESCO}fff0e2cd-d0bd-4b02-9daf-158b79d9688a`,
  workInTeams: `${ESCO}60c78287-22eb-4103-9c8c-28deaa460da0`,
  solveProblems: `${ESCO}adc6dc11-3376-467b-96c5-9b0a21edc869`,
  attendToDetail: `${ESCO}83e6510b-ffeb-4aec-959c-4265fd0ff7b7`,
  manageTime: `${ESCO}d9013e0e-e937-43d5-ab71-0e917ee882b8`,
  adaptToChange: `${ESCO}49de9958-2aa4-4eef-a89d-fe5d5bcd28c4`,
  kubernetes: 'onet:43232701:kubernetes',
  docker: 'onet:43232701:docker',
  linux: 'onet:43233004:linux',
  redis: 'onet:43232304:redis',
  aws: 'onet:43232306:amazon-web-services-aws-software',
  gcp: 'onet:43232806:google-cloud-software',
  azure: 'onet:43232402:microsoft-azure-software',
  go: 'onet:43232402:go',
  github: 'onet:43232701:github',
  kafka: 'onet:43232402:apache-kafka',
  spark: 'onet:43232314:apache-spark',
  tableau: 'onet:43232314:tableau',
  excel: 'onet:43232110:microsoft-excel',
  react: 'onet:43232408:react',
  node: 'onet:43232408:node-js',
  graphql: 'onet:43232306:graphql',
  html: 'onet:43232408:hypertext-markup-language-html',
  terraform: 'alias:terraform',
  cicd: 'alias:ci-cd',
  iac: 'alias:infrastructure-as-code',
  communication: 'alias:communication',
  git: 'alias:git',
} as const;

let matcher: SkillMatcher;
const fixture = (name: string): string =>
  readFileSync(new URL(`./fixtures/${name}.txt`, import.meta.url), 'utf8');
const ids = (text: string): string[] => matcher.find(text).map((h) => h.id);

beforeAll(() => {
  matcher = createDefaultSkillMatcher();
});

describe('recall on realistic job posts', () => {
  it('LinkedIn-style platform engineer post', () => {
    const found = ids(fixture('linkedin-platform-engineer'));
    expect(found).toEqual(
      expect.arrayContaining([
        ID.kubernetes,
        ID.terraform,
        ID.cicd,
        ID.github,
        ID.go,
        ID.python,
        ID.postgresql,
        ID.redis,
        ID.aws,
        ID.linux,
        ID.docker,
        ID.iac,
        ID.communication,
        ID.workInTeams,
        ID.solveProblems,
        ID.gcp,
        ID.azure,
        ID.kafka,
      ]),
    );
    // "go-getter", "go deep", "go to market", "R&D", "excel at", "on the go" add nothing.
    expect(found).not.toContain(ID.r);
    expect(found).not.toContain(ID.excel);
    const go = matcher.find(fixture('linkedin-platform-engineer')).find((h) => h.id === ID.go);
    expect(go?.evidence).toBe('Go');
  });

  it('Greenhouse-style data scientist post', () => {
    const found = ids(fixture('greenhouse-data-scientist'));
    expect(found).toEqual(
      expect.arrayContaining([
        ID.machineLearning,
        ID.python,
        ID.sql,
        ID.r,
        ID.tableau,
        ID.communication,
        ID.attendToDetail,
        ID.spark,
        ID.nlp,
        ID.excel,
      ]),
    );
  });

  it('Lever-style frontend engineer post', () => {
    const found = ids(fixture('lever-frontend-engineer'));
    expect(found).toEqual(
      expect.arrayContaining([
        ID.javascript,
        ID.typescript,
        ID.react,
        ID.html,
        ID.git,
        ID.cicd,
        ID.workInTeams,
        ID.manageTime,
        ID.adaptToChange,
        ID.node,
        ID.graphql,
        ID.csharp,
        ID.java,
      ]),
    );
    // "Go ahead and apply!" is not the language.
    expect(found).not.toContain(ID.go);
  });

  it('returns evidence that is the exact original substring', () => {
    const text = fixture('lever-frontend-engineer');
    for (const h of matcher.find(text)) expect(text.slice(h.start, h.end)).toBe(h.evidence);
  });
});

describe('aliases', () => {
  it('maps k8s to the pack Kubernetes concept (ESCO has none, so O*NET)', () => {
    const pack = loadSkillsPack();
    const escoK8s = pack.skills.find((s) => s.id.startsWith(ESCO) && s.terms.includes('kubernete'));
    const [hit] = matcher.find('Operating k8s clusters');
    expect(hit).toMatchObject({ id: escoK8s?.id ?? ID.kubernetes, evidence: 'k8s' });
  });

  it.each([
    ['JS', ID.javascript],
    ['TS', ID.typescript],
    ['GCP', ID.gcp],
    ['AWS', ID.aws],
    ['CI/CD', ID.cicd],
    ['Golang', ID.go],
    ['Postgres', ID.postgresql],
    ['IaC', ID.iac],
    ['ML', ID.machineLearning],
  ])('%s → %s', (term, id) => {
    expect(ids(`Skills: ${term}.`)).toContain(id);
  });

  it('does not match short aliases written in lower case ("ml" of milk, "ts")', () => {
    expect(ids('add 200 ml of milk; ts and js files')).toEqual([]);
  });

  it('has curated entries, all with terms, ids either in the pack or alias:<slug>', () => {
    const packIds = new Set(loadSkillsPack().skills.map((s) => s.id));
    expect(SKILL_ALIASES.length).toBeGreaterThanOrEqual(100);
    expect(SKILL_ALIASES.length).toBeLessThanOrEqual(300);
    for (const a of SKILL_ALIASES) {
      expect(a.terms.length).toBeGreaterThan(0);
      expect(packIds.has(a.id) || /^alias:[a-z0-9-]+$/.test(a.id)).toBe(true);
    }
  });
});

describe('ids and kinds', () => {
  it('uses ESCO concept URIs where ESCO has the skill', () => {
    for (const text of ['Python', 'PostgreSQL', 'TypeScript', 'JavaScript', 'machine learning']) {
      const [hit] = matcher.find(text);
      expect(hit?.id.startsWith(ESCO)).toBe(true);
    }
  });

  it('uses onet:<commodity code>:<slug> ids for O*NET-only tools', () => {
    expect(ids('Docker')).toEqual([ID.docker]);
    expect(ID.docker).toMatch(/^onet:\d{8}:[a-z0-9-]+$/);
  });

  it('marks ESCO transversal skills soft and technical skills hard', () => {
    const hits = matcher.find('Teamwork, time management and Kubernetes, Python.');
    const kinds = Object.fromEntries(hits.map((h) => [h.id, h.kind]));
    expect(kinds[ID.workInTeams]).toBe('soft');
    expect(kinds[ID.manageTime]).toBe('soft');
    expect(kinds[ID.kubernetes]).toBe('hard');
    expect(kinds[ID.python]).toBe('hard');
  });

  it('marks language skills hard', () => {
    const [hit] = matcher.find('Fluent Spanish');
    expect(hit).toMatchObject({ kind: 'hard', evidence: 'Spanish' });
    expect(hit?.id.startsWith(ESCO)).toBe(true);
  });

  it('matches plural, UK/US and punctuation variants of a label', () => {
    expect(ids('relational databases')).toEqual(ids('Relational Database'));
    expect(ids('relational databases')).toHaveLength(1);
    const uk = ids('using personal organisation software');
    expect(uk).toHaveLength(1);
    expect(ids('Using Personal Organizations Software')).toEqual(uk);
    expect(ids('Ｐｙｔｈｏｎ')).toEqual(ids('Python'));
  });
});
