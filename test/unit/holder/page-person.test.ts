// The person a page is about (lib/holder/page-person.ts): one fixture per source, in the order
// they are tried, and the traps (job pages, section headings, company pages).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { MAX_PAGE_NAME, readPagePerson } from '../../../lib/holder/page-person';
import type { RoleRoot } from '../../../lib/roles';
import { demoContent } from '../../demo-world/links';
import { ADA_PATH, linkedinProfilePage } from '../../demo-world/pages/linkedin-profile';

const PAGES = join(import.meta.dirname, '../../fixtures/holder/pages');
const page = (name: string): RoleRoot =>
  parseHTML(readFileSync(join(PAGES, name), 'utf8')).document as unknown as RoleRoot;
const html = (body: string): RoleRoot =>
  parseHTML(`<!doctype html><html><head></head><body>${body}</body></html>`)
    .document as unknown as RoleRoot;
const read = (name: string, url: string) => readPagePerson(page(name), new URL(url));

const PROFILE = 'https://www.linkedin.com/in/marguerite-okonkwo-lind/';
const SITE = 'https://people.example.org/';

describe('readPagePerson: site adapters', () => {
  it("reads a LinkedIn profile's top-card name, without its screen-reader text", () => {
    expect(read('linkedin-profile.html', PROFILE)).toEqual({
      name: 'Marguerite Okonkwo-Lind',
      source: 'linkedin',
    });
  });

  it("reads the demo world's LinkedIn-like profile", () => {
    const document = parseHTML(linkedinProfilePage(demoContent('http://127.0.0.1:8080'), ADA_PATH))
      .document as unknown as RoleRoot;
    expect(readPagePerson(document, new URL(`https://www.linkedin.com${ADA_PATH}`))).toEqual({
      name: 'Ada Lovelace',
      source: 'linkedin',
    });
  });

  it("reads LinkedIn's logged-out profile, by its heading or else its og:title without the headline", () => {
    expect(read('linkedin-public-profile.html', PROFILE)).toEqual({
      name: 'Marguerite Okonkwo-Lind',
      source: 'linkedin',
    });
    expect(read('linkedin-public-og-only.html', PROFILE)).toEqual({
      name: 'Marguerite Okonkwo-Lind',
      source: 'og:title',
    });
  });

  it("reads a GitHub user's display name with the login", () => {
    expect(read('github-profile.html', 'https://github.com/tkarvonen')).toEqual({
      name: 'Tuuli Karvonen',
      source: 'github-name',
      login: 'tkarvonen',
    });
  });

  it('falls back to the GitHub login when the user has no display name', () => {
    expect(read('github-profile-no-name.html', 'https://github.com/TKarvonen/')).toEqual({
      name: 'tkarvonen',
      source: 'github-login',
      login: 'tkarvonen',
    });
  });

  it('names no one on GitHub organisation, repository or mismatched pages', () => {
    expect(read('github-organization.html', 'https://github.com/northwind')).toBeUndefined();
    expect(read('github-profile.html', 'https://github.com/tkarvonen/dotfiles')).toBeUndefined();
    expect(read('github-profile.html', 'https://github.com/someone-else')).toBeUndefined();
  });
});

describe('readPagePerson: generic sources', () => {
  it('reads a ProfilePage mainEntity Person from JSON-LD before any heading', () => {
    expect(read('json-ld-profile-page.html', SITE)).toEqual({
      name: 'Rafaela Duarte Nunes',
      source: 'json-ld',
    });
  });

  it('reads a Person inside @graph, joining givenName and familyName', () => {
    expect(read('json-ld-graph.html', SITE)).toEqual({
      name: 'Rafaela Duarte Nunes',
      source: 'json-ld',
    });
  });

  it("does not take a blog post's author as the page's person, nor its title", () => {
    expect(read('json-ld-blog-post.html', SITE)).toBeUndefined();
  });

  it('names no one on a page listing several people in JSON-LD', () => {
    const team = html(
      `<script type="application/ld+json">[{"@type":"Person","name":"Ada Lovelace"},{"@type":"Person","name":"Grace Hopper"}]</script><main><h1>Our team</h1></main>`,
    );
    expect(readPagePerson(team, new URL(SITE))).toBeUndefined();
  });

  it('reads a profile-typed og:title without its site suffix', () => {
    expect(read('og-profile.html', SITE)).toEqual({
      name: 'Jonas Ekström-Vale',
      source: 'og:title',
    });
  });

  it('reads the visible main heading last', () => {
    expect(read('heading-only.html', SITE)).toEqual({ name: 'Priya Ramaswamy', source: 'heading' });
  });

  it('cleans the name and caps it at 300 characters', () => {
    const long = html(`<main><h1>Ada\u200B Love\u202Elace ${'x'.repeat(400)}</h1></main>`);
    const person = readPagePerson(long, new URL(SITE));
    expect(person?.name.startsWith('Ada Lovelace x')).toBe(true);
    expect(person?.name).toHaveLength(MAX_PAGE_NAME);
    expect(readPagePerson(html('<main><h1> \u200B </h1></main>'), new URL(SITE))).toBeUndefined();
  });

  it('ignores broken JSON-LD', () => {
    const broken = html(
      '<script type="application/ld+json">{"@type":"Person","name":</script><main><h1>Priya Ramaswamy</h1></main>',
    );
    expect(readPagePerson(broken, new URL(SITE))).toEqual({
      name: 'Priya Ramaswamy',
      source: 'heading',
    });
  });
});

describe('readPagePerson: traps', () => {
  it("never takes a job page's title as a person", () => {
    expect(
      read('job-posting.html', 'https://boards.greenhouse.io/northwind/jobs/4012345'),
    ).toBeUndefined();
    expect(read('job-posting.html', SITE)).toBeUndefined();
  });

  // Measured on the real job pages in shared/real-world/pages: Ashby, SEEK, Workable and Workday
  // pages that no posting reader recognised gave their job title (or "CAREERS AT NVIDIA").
  it.each([
    ['https://jobs.ashbyhq.com/ramp/0c1d2e3f', 'AI Partnerships Manager'],
    ['https://www.seek.com.au/job/81234567', 'Senior Platform Engineer | Remote | Australia'],
    ['https://apply.workable.com/acme/j/ABC123/', 'CRM Solutions Architect (United Kingdom)'],
    ['https://nvidia.wd5.myworkdayjobs.com/en-US/External/job/x', 'CAREERS AT NVIDIA'],
    ['https://jobs.lever.co/highspot/abc/apply', 'Principal Software Engineer'],
  ])('names no one on a job board page without a recognised posting (%s)', (url, heading) => {
    const page = html(`<main><h1>${heading}</h1><p>About the role.</p></main>`);
    expect(readPagePerson(page, new URL(url))).toBeUndefined();
    // The same heading on a personal site is read, so the board is what decides.
    expect(readPagePerson(page, new URL(SITE))).toEqual({ name: heading, source: 'heading' });
  });

  it('never takes a JobPosting page as a person even without a description', () => {
    const bare = html(
      '<script type="application/ld+json">{"@type":"JobPosting"}</script><main><h1>Platform Engineer</h1></main>',
    );
    expect(readPagePerson(bare, new URL(SITE))).toBeUndefined();
  });

  it('never takes "Licenses & certifications" as a name, on LinkedIn or elsewhere', () => {
    expect(
      read('linkedin-certifications-details.html', `${PROFILE}details/certifications/`),
    ).toBeUndefined();
    expect(read('certifications-heading.html', SITE)).toBeUndefined();
  });

  it("never takes a company page's og:title or heading as a person", () => {
    expect(
      read('linkedin-company.html', 'https://www.linkedin.com/company/northwind-robotics/'),
    ).toBeUndefined();
    expect(read('company-og.html', SITE)).toBeUndefined();
  });

  it('ignores hidden headings and returns undefined for an empty page', () => {
    expect(readPagePerson(html('<h1 hidden>Ada Lovelace</h1>'), new URL(SITE))).toBeUndefined();
    expect(readPagePerson(html(''), new URL(SITE))).toBeUndefined();
  });
});
