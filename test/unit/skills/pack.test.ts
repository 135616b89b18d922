// The committed skills pack (compact English index + French and Spanish term files) is exactly
// what the builder produces from the bundled sources, and the builder's rules hold on small input.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSkillsPack, writePack } from '../../../lib/skills';
import { readSkillsSources } from '../../../lib/skills/build/build-pack';
import {
  buildSkillsPack,
  isNamedTool,
  SKILLS_ATTRIBUTION,
  slugify,
} from '../../../lib/skills/build/pack-builder';

const dataDir = new URL('../../../lib/skills/data/', import.meta.url);
const ESCO = 'http://data.europa.eu/esco/skill/';

describe('skills pack', () => {
  it('equals a fresh build of the bundled sources', () => {
    // Compared as data: a formatter may re-indent the committed files.
    const fresh = writePack(buildSkillsPack(readSkillsSources()));
    const committed = (name: string) =>
      JSON.parse(readFileSync(new URL(`skills-pack${name}.json`, dataDir), 'utf8'));
    expect(committed('')).toEqual(JSON.parse(fresh.en));
    expect(committed('-fr')).toEqual(JSON.parse(fresh.fr));
    expect(committed('-es')).toEqual(JSON.parse(fresh.es));
  }, 60_000);

  it('carries the ESCO and O*NET attribution lines, also in the source README', () => {
    const pack = loadSkillsPack();
    expect(pack.version).toBe(3);
    expect(pack.attribution).toEqual(SKILLS_ATTRIBUTION);
    const readme = readFileSync(new URL('source/README.md', dataDir), 'utf8');
    for (const line of SKILLS_ATTRIBUTION) expect(readme.replace(/\s+/g, ' ')).toContain(line);
  });

  it('holds every sector of ESCO, with French and Spanish terms, O*NET software and tools', () => {
    const pack = loadSkillsPack();
    const esco = pack.skills.filter((s) => s.id.startsWith(ESCO));
    expect(esco.length).toBeGreaterThan(13_800);
    expect(pack.skills.filter((s) => s.fr !== undefined).length).toBeGreaterThan(13_000);
    expect(pack.skills.filter((s) => s.es !== undefined).length).toBeGreaterThan(13_000);
    expect(pack.skills.some((s) => s.id.startsWith('onet-tool:'))).toBe(true);
    const labels = new Set(pack.skills.map((s) => s.label));
    for (const label of [
      'administer prescribed medication',
      'manage supplies',
      'Telescopic forklifts',
      'Keras',
    ])
      expect(labels).toContain(label);
  });

  it('has unique ids in the documented formats and normalised, non-empty terms', () => {
    const pack = loadSkillsPack();
    const ids = new Set<string>();
    for (const s of pack.skills) {
      expect(s.id).toMatch(
        /^(http:\/\/data\.europa\.eu\/esco\/skill\/[0-9a-f-]+|onet(?:-tool)?:\d{8}:[a-z0-9-]+|tool:[a-z0-9-]+)$/,
      );
      expect(ids.has(s.id)).toBe(false);
      ids.add(s.id);
      for (const t of s.terms) expect(t).toBe(t.trim().toLowerCase());
    }
    // A term belongs to the first skill that lists it: one ESCO concept ("use e-services") has
    // only a label another concept already owns.
    expect(pack.skills.filter((s) => s.terms.length === 0).map((s) => s.label)).toEqual([
      'use e-services',
    ]);
    for (const s of pack.skills.filter((s) => s.broader)) {
      for (const b of s.broader ?? []) expect(ids.has(b)).toBe(true);
    }
    expect(pack.skills.filter((s) => s.kind === 'soft').length).toBeGreaterThan(50);
  });

  it('prefers ESCO when an O*NET example duplicates an ESCO label', () => {
    const pack = loadSkillsPack();
    const withPython = pack.skills.filter((s) => s.terms.includes('python'));
    expect(withPython.map((s) => s.id)).toEqual([`${ESCO}ccd0a1d9-afda-43d9-b901-96344886e14d`]);
  });

  it('makes a tool named under a broad concept a skill of its own, the concept its broader', () => {
    const keras = loadSkillsPack().skills.find((s) => s.label === 'Keras');
    expect(keras).toMatchObject({ id: 'tool:keras', terms: ['kera'] });
    expect(keras?.broader).toContain(`${ESCO}7b0d5000-00da-4864-b776-6de49a87a669`);
    expect(isNamedTool('Confluence', 'use online tools to collaborate')).toBe(true);
    expect(isNamedTool('ML', 'machine learning')).toBe(false);
    expect(isNamedTool('EEG techniques', 'electroencephalography')).toBe(false);
    expect(isNamedTool('Python 3', 'Python (computer programming)')).toBe(false);
    expect(isNamedTool('tensorflow', 'computer vision', true)).toBe(true);
    expect(isNamedTool('tensorflow', 'computer vision', false)).toBe(false);
  });

  it('builds from tiny in-memory sources (CSV quoting, alt labels, O*NET dedupe, languages)', () => {
    const header =
      'conceptType,conceptUri,preferredLabel,status,skillType,reuseLevel,altLabels,description\r\n';
    const full =
      'conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels\r\n' +
      `KSC,${ESCO}3,skill/competence,sector-specific,operate forklift,"forklift driving\nforklift\nKeras"\r\n`;
    const onetHead =
      'O*NET-SOC Code\tExample\tCommodity Code\tCommodity Title\tHot Technology\tIn Demand\n';
    const pack = buildSkillsPack({
      fullCsv: full,
      digitalCsv: `${header}KSC,${ESCO}1,Python,released,knowledge,x,"Python 3K | Python",desc\r\n`,
      transversalCsv: `${header}KSC,${ESCO}2,work in teams,released,skill,t,"teamwork\nwork in groups","multi\r\nline"\r\n`,
      languageCsv: header,
      frCsv: `conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,description\r\nKSC,${ESCO}3,skill/competence,x,conduire un chariot élévateur,,\r\n`,
      esCsv: 'conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,description\r\n',
      onetTechnologyTsv: `${onetHead}a\tPython\t43232402\tDev\tY\tY\na\tDocker\t43232701\tOps\tY\tN\nb\tdocker\t43232701\tOps\tN\tN\nc\tObscure Tool\t43232701\tOps\tN\tN\n`,
      onetToolsTsv:
        'O*NET-SOC Code\tExample\tCommodity Code\tCommodity Title\n' +
        'a\tDigital oscilloscopes\t41113004\tOscilloscopes\nb\tDigital oscilloscopes\t41113004\tOscilloscopes\n' +
        'a\tScales\t41111501\tScales\nb\tScales\t41111501\tScales\n', // one plain word: left out
    });
    expect(pack.skills).toEqual([
      { id: `${ESCO}1`, label: 'Python', kind: 'hard', terms: ['python', 'python 3k'] },
      // one-word soft alt labels are dropped
      {
        id: `${ESCO}2`,
        label: 'work in teams',
        kind: 'soft',
        terms: ['work in team', 'work in group'],
      },
      {
        id: `${ESCO}3`,
        label: 'operate forklift',
        kind: 'hard',
        terms: ['operate forklift', 'forklift driving'], // "forklift": a lone word of a sector skill
        fr: ['conduire un chariot élévateur'],
      },
      { id: 'tool:keras', label: 'Keras', kind: 'hard', terms: ['kera'], broader: [`${ESCO}3`] },
      { id: 'onet:43232701:docker', label: 'Docker', kind: 'hard', terms: ['docker'] },
      {
        id: 'onet-tool:41113004:digital-oscilloscopes',
        label: 'Digital oscilloscopes',
        kind: 'hard',
        terms: ['digital oscilloscope'],
      },
    ]);
  });

  it('slugifies O*NET examples', () => {
    expect(slugify('Amazon Web Services AWS software')).toBe('amazon-web-services-aws-software');
    expect(slugify('C++')).toBe('cplusplus');
    expect(slugify('Microsoft .NET Framework')).toBe('microsoft-net-framework');
  });
});
