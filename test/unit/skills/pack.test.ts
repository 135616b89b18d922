// The committed skills pack is exactly what the builder produces from the bundled sources.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSkillsPack } from '../../../lib/skills';
import { readSkillsSources } from '../../../lib/skills/build/build-pack';
import {
  buildSkillsPack,
  SKILLS_ATTRIBUTION,
  serialisePack,
  slugify,
} from '../../../lib/skills/build/pack-builder';

const dataDir = new URL('../../../lib/skills/data/', import.meta.url);

describe('skills pack', () => {
  it('equals a fresh build of the bundled sources', () => {
    // Compared as data: a formatter may re-indent the committed file.
    const fresh = JSON.parse(serialisePack(buildSkillsPack(readSkillsSources())));
    const committed = JSON.parse(readFileSync(new URL('skills-pack.json', dataDir), 'utf8'));
    expect(committed).toEqual(fresh);
  });

  it('carries the ESCO and O*NET attribution lines, also in the source README', () => {
    const pack = loadSkillsPack();
    expect(pack.version).toBe(1);
    expect(pack.attribution).toEqual(SKILLS_ATTRIBUTION);
    const readme = readFileSync(new URL('source/README.md', dataDir), 'utf8');
    for (const line of SKILLS_ATTRIBUTION) expect(readme.replace(/\s+/g, ' ')).toContain(line);
  });

  it('has unique ids in the documented formats and normalised, non-empty terms', () => {
    const pack = loadSkillsPack();
    const ids = new Set<string>();
    for (const s of pack.skills) {
      expect(s.id).toMatch(
        /^(http:\/\/data\.europa\.eu\/esco\/skill\/[0-9a-f-]+|onet:\d{8}:[a-z0-9-]+)$/,
      );
      expect(ids.has(s.id)).toBe(false);
      ids.add(s.id);
      expect(s.terms.length).toBeGreaterThan(0);
      for (const t of s.terms) expect(t).toBe(t.trim().toLowerCase());
    }
    expect(pack.skills.filter((s) => s.kind === 'soft').length).toBeGreaterThan(50);
  });

  it('prefers ESCO when an O*NET example duplicates an ESCO label', () => {
    const pack = loadSkillsPack();
    const withPython = pack.skills.filter((s) => s.terms.includes('python'));
    expect(withPython.map((s) => s.id)).toEqual([
      'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d',
    ]);
  });

  it('builds from tiny in-memory sources (CSV quoting, alt labels, O*NET dedupe)', () => {
    const header =
      'conceptType,conceptUri,preferredLabel,status,skillType,reuseLevel,altLabels,description\r\n';
    const pack = buildSkillsPack({
      digitalCsv: `${header}KSC,http://data.europa.eu/esco/skill/1,Python,released,knowledge,x,"Python 3K | Python",desc\r\n`,
      transversalCsv: `${header}KSC,http://data.europa.eu/esco/skill/2,work in teams,released,skill,t,"teamwork\nwork in groups","multi\r\nline"\r\n`,
      languageCsv: header,
      onetTechnologyTsv:
        'O*NET-SOC Code\tExample\tCommodity Code\tCommodity Title\tHot Technology\tIn Demand\n' +
        'a\tPython\t43232402\tDev\tY\tY\n' +
        'a\tDocker\t43232701\tOps\tY\tN\n' +
        'b\tdocker\t43232701\tOps\tN\tN\n' +
        'c\tObscure Tool\t43232701\tOps\tN\tN\n',
    });
    expect(pack.skills).toEqual([
      {
        id: 'http://data.europa.eu/esco/skill/1',
        label: 'Python',
        kind: 'hard',
        terms: ['python', 'python 3k'],
      },
      {
        id: 'http://data.europa.eu/esco/skill/2',
        label: 'work in teams',
        kind: 'soft',
        terms: ['work in team', 'work in group'], // one-word soft alt labels are dropped
      },
      { id: 'onet:43232701:docker', label: 'Docker', kind: 'hard', terms: ['docker'] },
    ]);
  });

  it('slugifies O*NET examples', () => {
    expect(slugify('Amazon Web Services AWS software')).toBe('amazon-web-services-aws-software');
    expect(slugify('C++')).toBe('cplusplus');
    expect(slugify('Microsoft .NET Framework')).toBe('microsoft-net-framework');
  });
});
