// scanForCredentials mechanics: idempotency (the caller's predicate; DOM marks mean nothing),
// the root element itself, images inside
// links, per-element dedupe, the element limit, labels' cap, custom roots, and a page of more
// than 10,000 nodes (correctness only: timing lives in the benchmark). STYLE.md §8.

import { describe, expect, it } from 'vitest';
import { type Detection, type ScanElement, scanForCredentials } from '../../../lib/detect';
import { buildSyntheticPage, scanSyntheticPage } from '../../fixtures/detect/synthetic-page';
import { htmlDocument, loadFixture } from './fixture-dom';

const LINKEDIN = new URL('https://www.linkedin.com/in/jane-doe-0a1b2c3d/');

function summary(detections: Detection[]) {
  return detections.map(({ element, match, label }) => ({
    id: element.getAttribute('id'),
    providerId: match.providerId,
    label,
  }));
}

describe('scan mechanics', () => {
  const page = new URL('https://portfolio.example.dev/');
  const credly = 'https://www.credly.com/badges/1d0e6c2a-7b8f-4a3e-9c5d-2b1a0f9e8d7c';

  it('ignores attributes a page sets: a link pre-marked with data-credlens is still found', () => {
    const document = loadFixture('pages/linkedin-classic.html');
    const first = scanForCredentials(document, LINKEDIN);
    expect(first).toHaveLength(3);
    for (const { element } of first) (element as Element).setAttribute('data-credlens', '');
    expect(scanForCredentials(document, LINKEDIN)).toHaveLength(3);
  });

  it('examines the root element itself with includeRoot (a bare <a> the page appends)', () => {
    const document = htmlDocument(`<body><a id="bare" href="${credly}">Badge</a></body>`);
    const anchor = document.querySelector('#bare') as unknown as ScanElement;
    expect(scanForCredentials(anchor, page)).toEqual([]);
    expect(summary(scanForCredentials(anchor, page, { includeRoot: true }))).toEqual([
      { id: 'bare', providerId: 'credly', label: 'Badge' },
    ]);
  });

  it('takes a custom alreadyProcessed predicate instead of the attribute', () => {
    const document = loadFixture('pages/github-readme.html');
    const seen = new Set<ScanElement>();
    const first = scanForCredentials(document, page, { alreadyProcessed: (el) => seen.has(el) });
    for (const { element } of first) seen.add(element);
    expect(scanForCredentials(document, page, { alreadyProcessed: (el) => seen.has(el) })).toEqual(
      [],
    );
  });

  it('does not report a badge image whose link was already processed', () => {
    const document = htmlDocument(
      '<a id="link" href="https://example.org/profile"><img src="https://example.org/b/open-badge.png" alt="badge"></a>',
    );
    const link = document.querySelector('#link') as unknown as ScanElement;
    expect(
      scanForCredentials(document, page, { alreadyProcessed: (element) => element === link }),
    ).toEqual([]);
  });

  it('reports a baked badge image on itself when its link is not a credential', () => {
    const document = htmlDocument(
      '<a href="https://example.org/profile"><img id="img" src="https://example.org/b/x.png" alt="Data literacy badge"></a>',
    );
    expect(summary(scanForCredentials(document, page))).toEqual([
      { id: 'img', providerId: 'direct', label: 'Data literacy badge' },
    ]);
  });

  it("judges a link to an image by its image's alt", () => {
    const document = htmlDocument(
      '<a id="a" href="https://example.org/files/x.png"><img src="https://example.org/files/x.png" alt="Scrum certification"></a>',
    );
    expect(summary(scanForCredentials(document, page))).toEqual([
      { id: 'a', providerId: 'direct', label: 'Scrum certification' },
    ]);
  });

  it('reports each element once even when several link to the same credential', () => {
    const document = htmlDocument(
      `<a id="one" href="${credly}">A</a><a id="two" href="${credly}">B</a>`,
    );
    expect(summary(scanForCredentials(document, page)).map((item) => item.id)).toEqual([
      'one',
      'two',
    ]);
  });

  it('examines at most maxElements candidates that pass the prefilter', () => {
    const document = htmlDocument(
      `<a href="${credly}">1</a><a href="/x">2</a><a href="${credly}/">3</a><a href="https://www.credly.com/badges/2e1f7d3b-8c9a-4b4f-8d6e-3c2b1a0f9e8d">4</a>`,
    );
    // The plain "/x" link does not use up the budget.
    expect(scanForCredentials(document, page, { maxElements: 2 })).toHaveLength(2);
    expect(scanForCredentials(document, page, { maxElements: 0 })).toEqual([]);
    expect(scanForCredentials(document, page)).toHaveLength(3);
  });

  it('finds credentials behind 10,000 decoy links', () => {
    const decoys = '<a href="/x">decoy</a>'.repeat(12_000);
    const document = htmlDocument(`${decoys}<a id="real" href="${credly}">Real badge</a>`);
    expect(summary(scanForCredentials(document, page)).map((entry) => entry.id)).toEqual(['real']);
  });

  it('ignores links without href and javascript: links', () => {
    const document = htmlDocument(
      `<a>no href</a><a href="javascript:void('${credly}')">js</a><img alt="badge">`,
    );
    expect(scanForCredentials(document, page)).toEqual([]);
  });

  it('caps labels at 200 characters', () => {
    const long = 'Certified '.repeat(40);
    const document = htmlDocument(
      `<ul><li><h3>${long}</h3><a href="${credly}">Show credential</a></li></ul>`,
    );
    const [detection] = scanForCredentials(document, page);
    expect(detection?.label?.length).toBeLessThanOrEqual(200);
    expect(detection?.label?.startsWith('Certified Certified')).toBe(true);
  });

  it('leaves the label out when nothing nearby names the credential', () => {
    const document = htmlDocument(`<main><a href="${credly}">${credly}</a></main>`);
    const [detection] = scanForCredentials(document, page);
    expect(detection).toBeDefined();
    expect(detection && 'label' in detection).toBe(false);
  });

  it('scans a shadow-root-like subtree given as the root', () => {
    const document = htmlDocument(
      `<div id="root"><a href="${credly}">AWS</a></div><a href="${credly}">x</a>`,
    );
    const root = document.querySelector('#root') as Element;
    expect(scanForCredentials(root, page)).toHaveLength(1);
  });
});

describe('large pages', () => {
  it('returns exactly the expected detections on a page of more than 10,000 nodes', () => {
    const synthetic = buildSyntheticPage();
    const document = htmlDocument(synthetic.html);
    expect(document.querySelectorAll('*').length).toBeGreaterThan(10_000);
    const detections = scanForCredentials(document, synthetic.pageUrl);
    expect(summary(detections)).toEqual(
      synthetic.expected.map(({ id, providerId, label }) => ({ id, providerId, label })),
    );
  });

  it('exposes the benchmark entry point, returning the detection count', () => {
    const synthetic = buildSyntheticPage({ entries: 20, filler: 10 });
    expect(scanSyntheticPage(synthetic)).toBe(synthetic.expected.length);
  });
});
