// Loads detection fixture HTML (test/fixtures/detect/) into a linkedom document.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';

export const FIXTURES_DIR = join(import.meta.dirname, '../../fixtures/detect');

/** A parsed fixture page; `path` is relative to test/fixtures/detect/. */
export function loadFixture(path: string): Document {
  return parseHTML(readFileSync(join(FIXTURES_DIR, path), 'utf8')).document;
}

/** The HTML files in one fixture folder, relative to test/fixtures/detect/. */
export function fixtureFiles(folder: string): string[] {
  return readdirSync(join(FIXTURES_DIR, folder))
    .filter((name) => name.endsWith('.html'))
    .map((name) => `${folder}/${name}`);
}

/** Builds a document from an HTML string. */
export function htmlDocument(html: string): Document {
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
}
