// The generic reader: microdata anywhere; og: tags, main heading and main content only on a page
// whose address says it is a job, never on a profile site.

import { describe, expect, it } from 'vitest';
import { detectJobPosting } from '../../../lib/roles';
import { htmlRoot } from './fixture-dom';

const LONG = 'You will plan weekly production schedules and lead the line team. '.repeat(5);

describe('generic job-posting reader', () => {
  it('reads schema.org microdata on any page', () => {
    const root = htmlRoot(`<div itemscope itemtype="https://schema.org/JobPosting">
      <h1 itemprop="title">Production Planner</h1>
      <div itemprop="hiringOrganization" itemscope><span itemprop="name">Umbrella Foods</span></div>
      <div itemprop="jobLocation">Leeds</div>
      <div itemprop="description"><p>${LONG}</p><h3>Requirements</h3><ul><li>SAP</li></ul></div>
    </div>`);
    const info = detectJobPosting(root, new URL('https://umbrella.example/about'));
    expect(info).toMatchObject({
      title: 'Production Planner',
      company: 'Umbrella Foods',
      location: 'Leeds',
      source: 'generic',
    });
    expect(info?.text).toContain('Requirements\n• SAP');
  });

  it('reads the main heading and main content of a careers page', () => {
    const root = htmlRoot(
      `<nav>Home · Careers</nav><main><h1>Production Planner</h1><p>${LONG}</p></main><footer>© Umbrella</footer>`,
      '<meta property="og:site_name" content="Umbrella Foods">',
    );
    const info = detectJobPosting(
      root,
      new URL('https://umbrella.example/careers/production-planner'),
    );
    expect(info).toMatchObject({
      title: 'Production Planner',
      company: 'Umbrella Foods',
      source: 'generic',
    });
    expect(info?.text).not.toContain('Home');
    expect(info?.text).not.toContain('©');
  });

  it('falls back to og:description when the main content is short', () => {
    const root = htmlRoot(
      '<main><h1>Production Planner</h1><form>Apply</form></main>',
      `<meta property="og:description" content="&lt;p&gt;${LONG}&lt;/p&gt;">`,
    );
    const info = detectJobPosting(root, new URL('https://umbrella.example/jobs/42'));
    expect(info?.text).toBe(LONG.trim());
  });

  it('reads nothing on a page whose address is not a job, or on a profile site', () => {
    const body = `<main><h1>Ada Lovelace</h1><p>${LONG}</p></main>`;
    expect(
      detectJobPosting(htmlRoot(body), new URL('https://umbrella.example/about')),
    ).toBeUndefined();
    expect(
      detectJobPosting(htmlRoot(body), new URL('https://github.com/ada/jobs')),
    ).toBeUndefined();
    expect(
      detectJobPosting(
        htmlRoot('<main><h1>Planner</h1><p>Short.</p></main>'),
        new URL('https://umbrella.example/jobs/1'),
      ),
    ).toBeUndefined();
  });
});
