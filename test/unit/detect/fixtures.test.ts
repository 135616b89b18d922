// Every adapter's fixture folder, scanned as a page: each link marked `data-expect` is
// detected by exactly that adapter (or not at all for `none`), with the exact `data-fetch` URL.

import { describe, expect, it } from 'vitest';
import { PROVIDER_ADAPTERS, scanForCredentials } from '../../../lib/detect';
import { fixtureFiles, loadFixture } from './fixture-dom';

const PAGE = new URL('https://portfolio.example.dev/about/');
const files = PROVIDER_ADAPTERS.flatMap((adapter) => fixtureFiles(adapter.id));

describe.each(files)('fixture %s', (file) => {
  const document = loadFixture(file);
  const detections = scanForCredentials(document, PAGE);
  const marked = [...document.querySelectorAll('[data-expect]')];

  it('marks positive and negative links', () => {
    expect(marked.some((element) => element.getAttribute('data-expect') !== 'none')).toBe(true);
    expect(marked.some((element) => element.getAttribute('data-expect') === 'none')).toBe(true);
  });

  it.each(
    marked.map(
      (element) => [element.getAttribute('href') ?? element.getAttribute('src'), element] as const,
    ),
  )('%s', (_url, element) => {
    const detection = detections.find((candidate) => candidate.element === element);
    const expected = element.getAttribute('data-expect');
    if (expected === 'none') {
      expect(detection).toBeUndefined();
      return;
    }
    expect(detection?.match.providerId).toBe(expected);
    const fetchUrl = element.getAttribute('data-fetch');
    expect(detection?.match.fetchUrl).toBe(fetchUrl ?? undefined);
  });

  it('detects nothing that is not marked', () => {
    for (const detection of detections) {
      expect(detection.element.getAttribute('data-expect')).not.toBeNull();
    }
  });
});
