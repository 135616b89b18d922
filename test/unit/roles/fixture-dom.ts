// Loads job-page fixture HTML (test/fixtures/roles-dom/) into linkedom documents, with the URL
// each fixture page was "served" from.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { RoleRoot } from '../../../lib/roles';

export const ROLE_FIXTURES_DIR = join(import.meta.dirname, '../../fixtures/roles-dom');

/** A parsed fixture page; `path` is relative to test/fixtures/roles-dom/. */
export function loadRoleFixture(path: string): RoleRoot {
  return parseHTML(readFileSync(join(ROLE_FIXTURES_DIR, path), 'utf8')).document;
}

/** The fixture folders (one per adapter, and not-job); REAL-WORLD.md sits beside them. */
export function roleFixtureFolders(): string[] {
  return readdirSync(ROLE_FIXTURES_DIR).filter((name) =>
    statSync(join(ROLE_FIXTURES_DIR, name)).isDirectory(),
  );
}

/** The HTML files in one fixture folder, relative to test/fixtures/roles-dom/. */
export function roleFixtureFiles(folder: string): string[] {
  return readdirSync(join(ROLE_FIXTURES_DIR, folder))
    .filter((name) => name.endsWith('.html'))
    .map((name) => `${folder}/${name}`);
}

/** Builds a document from an HTML fragment (placed in `<head>` when `head` is true). */
export function htmlRoot(body: string, head = ''): RoleRoot {
  return parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document;
}

/**
 * The nine real job pages, cut down (provenance in test/fixtures/roles-dom/REAL-WORLD.md), with
 * the address each was saved from (its og:url or canonical link).
 */
export const REAL_WORLD_URLS: Readonly<Record<string, string>> = {
  'ashby/real-world-ramp-application-tab.html':
    'https://jobs.ashbyhq.com/ramp/cc0af88a-2a19-493d-93cf-c5090f986f1f',
  'greenhouse/real-world-gitlab-new-board.html':
    'https://job-boards.greenhouse.io/gitlab/jobs/8620720002',
  'indeed/real-world-papercut-json-ld.html':
    'https://au.indeed.com/viewjob?from=social_other&jk=54f1f8af68d722d2',
  'lever/real-world-highspot-apply-page.html':
    'https://jobs.lever.co/highspot/f222ad5c-b7dd-43c4-9008-ee1a53174afa/apply',
  'linkedin-jobs/real-world-atos-dutch-guest.html': 'https://www.linkedin.com/jobs/view/4392276998',
  'linkedin-jobs/real-world-heidi-guest.html':
    'https://au.linkedin.com/jobs/view/senior-software-engineer-developer-experience-at-heidi-4411867124',
  'seek/real-world-iterate.html': 'https://au.seek.com/job/93856863',
  'workable/real-world-huble-application-tab.html': 'https://apply.workable.com/huble/j/927FD30DD5',
  'workday/real-world-nvidia.html':
    'https://nvidia.wd5.myworkdayjobs.com/en-US/NVIDIAExternalCareerSite/job/Germany-Munich/Senior-Test-Engineer---Autonomous-Driving_JR2019510-1',
};

/** The page URL of every job fixture. */
export const FIXTURE_URLS: Readonly<Record<string, string>> = {
  'linkedin-jobs/view-logged-in.html': 'https://www.linkedin.com/jobs/view/3912345678/',
  'linkedin-jobs/search-pane.html':
    'https://www.linkedin.com/jobs/search/?currentJobId=3900000001&keywords=platform',
  'linkedin-jobs/guest-json-ld.html':
    'https://www.linkedin.com/jobs/view/data-engineer-at-acme-robotics-3912340000',
  'greenhouse/classic-dom.html': 'https://boards.greenhouse.io/initech/jobs/4567890',
  'greenhouse/new-board-json-ld.html': 'https://job-boards.greenhouse.io/initech/jobs/4567891',
  'lever/posting-dom.html': 'https://jobs.lever.co/hooli/2f1c5b7e-93a4-4d0b-9f3e-6a2b8c1d4e5f',
  'lever/posting-json-ld.html': 'https://jobs.lever.co/hooli/5a6b7c8d-1e2f-4a3b-8c4d-5e6f7a8b9c0d',
  'indeed/viewjob-dom.html': 'https://www.indeed.com/viewjob?jk=0a1b2c3d4e5f6789',
  'indeed/viewjob-json-ld.html': 'https://www.indeed.com/viewjob?jk=1111222233334444',
  'workday/job-dom.html':
    'https://umbrella.wd5.myworkdayjobs.com/en-US/Careers/job/Remote-USA/Senior-Data-Engineer_R-12345',
  'workday/job-json-ld.html':
    'https://umbrella.wd1.myworkdayjobs.com/External/job/London/Platform-Engineer_JR0042',
  'ashby/posting-dom.html':
    'https://jobs.ashbyhq.com/wayne-labs/8d2f4a6b-1c3e-4f5a-9b7c-0d1e2f3a4b5c',
  'ashby/posting-json-ld.html':
    'https://jobs.ashbyhq.com/wayne-labs/1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e',
  'seek/job-json-ld.html': 'https://www.seek.com.au/job/81234567',
  'workable/job-json-ld.html': 'https://apply.workable.com/umbrella-health/j/A1B2C3D4E5',
  ...REAL_WORLD_URLS,
  'not-job/linkedin-feed.html': 'https://www.linkedin.com/feed/',
  'not-job/greenhouse-board-index.html': 'https://boards.greenhouse.io/initech',
  'not-job/blog-post.html': 'https://initech.example/blog/how-we-hire',
};
