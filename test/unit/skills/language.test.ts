// Per-posting language: French and Spanish postings are read with ESCO's French and Spanish
// labels; German and Dutch ones only for their English terms, and the role says so.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { roleFromText } from '../../../lib/matching';
import { detectJobPosting, type RoleRoot } from '../../../lib/roles';
import { createDefaultSkillMatcher, detectLanguage, type SkillMatcher } from '../../../lib/skills';

let matcher: SkillMatcher;
beforeAll(() => {
  matcher = createDefaultSkillMatcher();
});

const FRENCH =
  'Nous recherchons un infirmier pour notre service. Vous serez chargé de la gestion de projets ' +
  'et de la comptabilité, avec une bonne maîtrise de Python et des compétences en gestion du stress.';
const SPANISH =
  'Buscamos un contable para nuestro equipo. Se requiere experiencia en la gestión de proyectos y ' +
  'en contabilidad, con dominio de Python y capacidad para trabajar en equipo.';

describe('posting language', () => {
  it('detects English, French, Spanish and others from function words', () => {
    expect(
      detectLanguage('We are looking for an engineer with experience in Go and the cloud.'),
    ).toBe('en');
    expect(detectLanguage(FRENCH)).toBe('fr');
    expect(detectLanguage(SPANISH)).toBe('es');
    expect(
      detectLanguage('Wir suchen eine Entwicklerin mit Erfahrung in der Cloud und mit Python.'),
    ).toBe('other');
    expect(detectLanguage('Python, SQL')).toBe('en');
  });

  it('reads a French posting with French labels, and English tool names too', () => {
    const role = roleFromText(FRENCH, matcher);
    expect(role.language).toBe('fr');
    const evidence = role.skills.map((s) => s.evidence.toLowerCase());
    expect(evidence).toContain('python');
    expect(evidence.some((e) => e.includes('comptabilité'))).toBe(true);
    expect(evidence.some((e) => e.includes('gestion de projet'))).toBe(true);
  });

  it('reads a Spanish posting with Spanish labels', () => {
    const role = roleFromText(SPANISH, matcher);
    expect(role.language).toBe('es');
    const evidence = role.skills.map((s) => s.evidence.toLowerCase());
    expect(evidence.some((e) => e.includes('contabilidad'))).toBe(true);
    expect(evidence.some((e) => e.includes('gestión de proyectos'))).toBe(true);
  });

  it('does not read French labels in an English posting', () => {
    const role = roleFromText(
      'Experience with gestion de projets is not needed; Python is.',
      matcher,
    );
    expect(role.language).toBeUndefined();
    expect(role.skills.map((s) => s.evidence)).not.toContain('gestion de projets');
  });

  it('says that only English terms were read in the Dutch LinkedIn posting', () => {
    const path = 'test/fixtures/roles-dom/linkedin-jobs/real-world-atos-dutch-guest.html';
    const root = parseHTML(readFileSync(path, 'utf8')).document as unknown as RoleRoot;
    const posting = detectJobPosting(
      root,
      new URL('https://www.linkedin.com/jobs/view/4392276998'),
    );
    const role = roleFromText(posting?.text ?? '', matcher, posting ?? {});
    expect(role.language).toBe('other');
  });
});
