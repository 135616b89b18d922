// scanForCredentials on fixture pages: LinkedIn's three markup generations, a GitHub README,
// Greenhouse and Lever application pages, ordinary links; which links, which providers, which
// labels, and finding the certifications section by its heading. STYLE.md §4; PROVIDERS.md §2.1.

import { describe, expect, it } from 'vitest';
import {
  type Detection,
  findSectionsByHeading,
  type ScanElement,
  scanForCredentials,
} from '../../../lib/detect';
import { loadFixture } from './fixture-dom';

const LINKEDIN = new URL('https://www.linkedin.com/in/jane-doe-0a1b2c3d/');
const CERTIFICATIONS = /licen[cs]es? (&|and) certifications/i;

function summary(detections: Detection[]) {
  return detections.map(({ element, match, label }) => ({
    id: element.getAttribute('id'),
    providerId: match.providerId,
    label,
  }));
}

describe('LinkedIn "Licenses & certifications"', () => {
  it('finds the Show credential links of the classic markup, unwrapped, with item names', () => {
    const detections = scanForCredentials(loadFixture('pages/linkedin-classic.html'), LINKEDIN);
    expect(summary(detections)).toEqual([
      {
        id: 'show-aws',
        providerId: 'credly',
        label: 'AWS Certified Solutions Architect – Associate',
      },
      { id: 'show-gcp', providerId: 'accredible', label: 'Professional Cloud Architect' },
      { id: 'show-baked', providerId: 'direct', label: 'Open Source Contributor Badge' },
    ]);
    expect(detections[0]?.match.sourceUrl).toBe(
      'https://www.credly.com/badges/1d0e6c2a-7b8f-4a3e-9c5d-2b1a0f9e8d7c/linked_in_profile',
    );
    expect(detections[1]?.match.fetchUrl).toBe(
      'https://api.accredible.com/v1/credential-net/credentials/84213377',
    );
  });

  it('marks the baked badge image link as generic, the provider links not', () => {
    const detections = scanForCredentials(loadFixture('pages/linkedin-classic.html'), LINKEDIN);
    expect(detections.map((detection) => detection.match.generic)).toEqual([
      undefined,
      undefined,
      true,
    ]);
  });

  it('reads names by heading text in the redesigned markup', () => {
    const detections = scanForCredentials(loadFixture('pages/linkedin-redesigned.html'), LINKEDIN);
    expect(summary(detections)).toEqual([
      { id: 'sec-plus', providerId: 'credly', label: 'CompTIA Security+ ce Certification' },
      {
        id: 'postman',
        providerId: 'canvas-credentials',
        label: 'Postman API Fundamentals Student Expert',
      },
    ]);
  });

  it('reads names from the entry in the obfuscated markup and skips hidden stale copies', () => {
    const detections = scanForCredentials(loadFixture('pages/linkedin-sdui.html'), LINKEDIN);
    expect(summary(detections)).toEqual([
      { id: 'sdui-gcp', providerId: 'accredible', label: 'Google Cloud Associate Cloud Engineer' },
      {
        id: 'sdui-azure',
        providerId: 'microsoft-learn',
        label: 'Microsoft Certified: Azure Fundamentals',
      },
    ]);
    expect(detections[1]?.match.kind).toBe('link-only');
  });

  it.each(['linkedin-classic', 'linkedin-redesigned', 'linkedin-sdui'])(
    'finds the certifications section of %s by its heading text',
    (page) => {
      const document = loadFixture(`pages/${page}.html`);
      const sections = findSectionsByHeading(document, CERTIFICATIONS);
      expect(sections).toHaveLength(1);
      const inSection = scanForCredentials(sections[0] as ScanElement, LINKEDIN);
      expect(inSection.length).toBe(scanForCredentials(document, LINKEDIN).length);
    },
  );

  it('finds sections with a global pattern as well, every time', () => {
    const document = loadFixture('pages/linkedin-classic.html');
    const global = new RegExp(CERTIFICATIONS.source, 'gi');
    expect(findSectionsByHeading(document, global)).toHaveLength(1);
    expect(findSectionsByHeading(document, global)).toHaveLength(1);
    expect(findSectionsByHeading(document, /^experience$/i)).toHaveLength(1);
    expect(findSectionsByHeading(document, /volunteering/i)).toEqual([]);
  });
});

describe('GitHub README', () => {
  const page = new URL('https://github.com/janedoe/janedoe');

  it('reports Credly badge images on their links, named by the image alt', () => {
    const detections = scanForCredentials(loadFixture('pages/github-readme.html'), page);
    expect(summary(detections)).toEqual([
      {
        id: 'badge-saa',
        providerId: 'credly',
        label: 'AWS Certified Solutions Architect – Associate',
      },
      { id: 'badge-cka', providerId: 'credly', label: 'CKA: Certified Kubernetes Administrator' },
      {
        id: 'badge-camo',
        providerId: 'credly',
        label: 'HashiCorp Certified: Terraform Associate (003)',
      },
    ]);
    expect(detections.every((detection) => detection.element.tagName === 'A')).toBe(true);
  });

  it('does not flag build-status shields or package.json', () => {
    const detections = scanForCredentials(loadFixture('pages/github-readme.html'), page);
    expect(detections.some((detection) => detection.match.providerId === 'direct')).toBe(false);
  });
});

describe('ordinary pages', () => {
  it('flags credential-shaped files only as generic, never as a provider', () => {
    const page = new URL('https://blog.example.dev/notes/');
    const detections = scanForCredentials(loadFixture('pages/ordinary-links.html'), page);
    expect(detections.map((detection) => detection.match.fetchUrl)).toEqual([
      'https://blog.example.dev/feed.json',
      'https://api.example.com/v2/weather/today.json',
      'https://blog.example.dev/notes/data/settings.jsonld',
      'https://blog.example.dev/downloads/certificate-of-attendance.png',
    ]);
    for (const { match } of detections) {
      expect(match).toMatchObject({ providerId: 'direct', generic: true, kind: 'credential' });
    }
  });
});

describe('application pages', () => {
  it('finds links pasted in Greenhouse answers, named by the text before them', () => {
    const page = new URL('https://app.greenhouse.io/people/123/applications/456');
    const detections = scanForCredentials(loadFixture('pages/greenhouse-application.html'), page);
    expect(summary(detections)).toEqual([
      {
        id: 'gh-saa',
        providerId: 'credly',
        label: 'AWS Certified Solutions Architect – Associate',
      },
      { id: 'gh-cka', providerId: 'credly', label: 'Certified Kubernetes Administrator' },
      {
        id: 'gh-coursera',
        providerId: 'coursera',
        label: 'I also completed the Google Data Analytics certificate',
      },
    ]);
  });

  it('finds links in a Lever resume list, named by the item text', () => {
    const page = new URL('https://hire.lever.co/candidates/7f3e2d1c');
    const detections = scanForCredentials(loadFixture('pages/lever-application.html'), page);
    expect(summary(detections)).toEqual([
      {
        id: 'lv-crto',
        providerId: 'canvas-credentials',
        label: 'Certified Red Team Operator (CRTO)',
      },
      { id: 'lv-psm', providerId: 'accredible', label: 'Professional Scrum Master I' },
      { id: 'lv-vp', providerId: 'verifier-plus', label: "Bachelor's degree" },
    ]);
  });
});
