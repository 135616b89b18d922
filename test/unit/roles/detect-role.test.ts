// detectJobPosting: JSON-LD first on any page, then the URL's adapter; not-a-job pages give
// undefined; hidden elements are skipped and text is capped.

import { describe, expect, it } from 'vitest';
import { detectJobPosting, MAX_POSTING_TEXT } from '../../../lib/roles';
import { FIXTURE_URLS, htmlRoot, loadRoleFixture, roleFixtureFiles } from './fixture-dom';

const INDEED = new URL('https://www.indeed.com/viewjob?jk=0a1b2c3d4e5f6789');

describe('detectJobPosting', () => {
  it.each(roleFixtureFiles('not-job'))('returns undefined for the non-job page %s', (path) => {
    expect(
      detectJobPosting(loadRoleFixture(path), new URL(FIXTURE_URLS[path] ?? '')),
    ).toBeUndefined();
  });

  it('returns undefined for a job URL whose page has no description', () => {
    const root = htmlRoot('<h1>This job is no longer available</h1>');
    for (const adapter of [INDEED, new URL('https://boards.greenhouse.io/initech/jobs/1')]) {
      expect(detectJobPosting(root, adapter)).toBeUndefined();
    }
  });

  it('reads JSON-LD on a page no adapter knows (company career site)', () => {
    const root = htmlRoot(
      '',
      `<script type="application/ld+json">${JSON.stringify({
        '@type': 'JobPosting',
        title: 'Nurse',
        description: 'Care for patients.',
      })}</script>`,
    );
    const info = detectJobPosting(root, new URL('https://careers.example.org/jobs/42'));
    expect(info).toEqual({ title: 'Nurse', text: 'Care for patients.', source: 'json-ld' });
  });

  it('does not run a site adapter on another site', () => {
    const root = loadRoleFixture('indeed/viewjob-dom.html');
    expect(
      detectJobPosting(root, new URL('https://example.com/viewjob?jk=0a1b2c3d4e5f6789')),
    ).toBeUndefined();
  });

  it('fills a missing JSON-LD company from the site adapter', () => {
    const root = htmlRoot(
      '<h1><span>Analyst</span></h1><div data-company-name="true">Vandelay</div><div id="jobDescriptionText">DOM text</div>',
      `<script type="application/ld+json">{"@type":"JobPosting","title":"Analyst","description":"JSON text"}</script>`,
    );
    expect(detectJobPosting(root, INDEED)).toEqual({
      title: 'Analyst',
      company: 'Vandelay',
      text: 'JSON text',
      source: 'json-ld',
    });
  });

  it('falls back to the DOM when JSON-LD has no description', () => {
    const root = htmlRoot(
      '<h1>Analyst</h1><div id="jobDescriptionText"><p>DOM text</p></div>',
      `<script type="application/ld+json">{"@type":"JobPosting","title":"Analyst"}</script>`,
    );
    expect(detectJobPosting(root, INDEED)?.source).toBe('indeed');
  });

  it('skips hidden elements and interactive controls', () => {
    const root = htmlRoot(`<h1>Analyst</h1><div id="jobDescriptionText">
      <p>Visible</p><p hidden>hidden-attr</p><p aria-hidden="true">aria</p>
      <p style="color:red; display: none">styled</p><span class="sr-only">sr</span>
      <button>Apply</button><script>var leak = 1;</script><style>.x{}</style>
      <template><p>tpl</p></template></div>`);
    expect(detectJobPosting(root, INDEED)?.text).toBe('Visible');
  });

  it('caps the DOM text length and never returns more than MAX_POSTING_TEXT', () => {
    const big = '<p>word word word word word word word word word</p>'.repeat(10_000);
    const info = detectJobPosting(htmlRoot(`<div id="jobDescriptionText">${big}</div>`), INDEED);
    expect(info?.text.length).toBeGreaterThan(1000);
    expect(info?.text.length).toBeLessThanOrEqual(MAX_POSTING_TEXT);
  });

  it('caps title length', () => {
    const root = htmlRoot(`<h1>${'T'.repeat(5000)}</h1><div id="jobDescriptionText">x</div>`);
    expect(detectJobPosting(root, INDEED)?.title?.length).toBeLessThanOrEqual(300);
  });

  it('treats an adapter that throws as "no posting"', () => {
    const root = {
      querySelectorAll(selectors: string) {
        if (selectors === 'script[type]') return [];
        throw new Error('detached node');
      },
    };
    expect(detectJobPosting(root, INDEED)).toBeUndefined();
  });
});
