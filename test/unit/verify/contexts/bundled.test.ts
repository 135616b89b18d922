// The bundled JSON-LD contexts are pinned: every URL the loader serves is listed in
// lib/verify/contexts/README.md with its file, every file's bytes match the SHA-256 recorded
// there, and an unknown context is never fetched.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUNDLED_CONTEXTS, createDocumentLoader, verifyCredential } from '../../../../lib/verify';
import { ContextUnknownError } from '../../../../lib/verify/contexts';
import { fakeFetch, fixedClock } from '../../../helpers/fake-fetch';
import { issue, openBadge, testKey } from '../../../helpers/issue';

const DIR = fileURLToPath(new URL('../../../../lib/verify/contexts/', import.meta.url));
const README = readFileSync(join(DIR, 'README.md'), 'utf8');

/** Table rows of the README section headed `heading`, as arrays of trimmed cells. */
function tableRows(heading: string): string[][] {
  const section = README.split(/^## /m).find((s) => s.startsWith(heading)) ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*-/.test(line))
    .slice(1)
    .map((line) =>
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim().replace(/`/g, '')),
    );
}

const URL_ROWS = new Map(tableRows('URL → file').map(([url, file]) => [url ?? '', file ?? '']));
const HASHES = new Map(tableRows('SHA-256').map(([file, , sha]) => [file ?? '', sha ?? '']));
const FILES = readdirSync(DIR).filter((name) => name.endsWith('.json'));

describe('bundled contexts are pinned and documented', () => {
  it('lists every URL the loader serves, with the file that holds its document', () => {
    expect(BUNDLED_CONTEXTS.size).toBeGreaterThanOrEqual(36);
    for (const [url, document] of BUNDLED_CONTEXTS) {
      const file = URL_ROWS.get(url);
      expect(file, `README.md has no row for ${url}`).toBeDefined();
      const onDisk = JSON.parse(readFileSync(join(DIR, file as string), 'utf8'));
      expect(document, `${url} is not served from ${file}`).toEqual(onDisk);
    }
  });

  it('has no README row for a URL the loader does not serve', () => {
    for (const url of URL_ROWS.keys()) expect(BUNDLED_CONTEXTS.has(url), url).toBe(true);
  });

  it('pins every file to the SHA-256 recorded in the README', () => {
    expect(FILES.length).toBeGreaterThan(0);
    for (const file of FILES) {
      const recorded = HASHES.get(file);
      expect(recorded, `README.md records no SHA-256 for ${file}`).toMatch(/^[0-9a-f]{64}$/);
      const actual = createHash('sha256')
        .update(readFileSync(join(DIR, file)))
        .digest('hex');
      expect(actual, `${file} changed: its bytes no longer match the README`).toBe(recorded);
    }
    expect([...HASHES.keys()].sort()).toEqual([...FILES].sort());
  });

  it.each([
    ['https://www.w3.org/2018/credentials/examples/v1', 'credentials-examples-v1.json'],
    ['https://www.w3.org/ns/credentials/examples/v2', 'credentials-examples-v2.json'],
    ['https://www.w3.org/ns/odrl.jsonld', 'odrl.json'],
    ['https://w3id.org/citizenship/v1', 'citizenship-v1.json'],
    ['https://w3id.org/security/v1', 'security-v1.json'],
    ['https://w3id.org/security/v2', 'security-v2.json'],
    [
      'https://w3c-ccg.github.io/vc-ed/plugfest-1-2022/jff-vc-edu-plugfest-1-context.json',
      'jff-vc-edu-plugfest-1-context.json',
    ],
    ['https://purl.imsglobal.org/spec/ob/v3p0/context.json', 'ob-v3p0-context.json'],
    ['https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json', 'ob-v3p0-context-3.0.1.json'],
    ['https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json', 'ob-v3p0-context-3.0.2.json'],
    ['https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json', 'ob-v3p0-context-3.0.3.json'],
    ['https://w3id.org/blockcerts/v3', 'blockcerts-v3.json'],
    ['https://w3id.org/blockcerts/v3.1', 'blockcerts-v3.1.json'],
  ])('serves %s from %s', async (url, file) => {
    expect(URL_ROWS.get(url)).toBe(file);
    const loaded = await createDocumentLoader()(url);
    expect(loaded.document).toEqual(JSON.parse(readFileSync(join(DIR, file), 'utf8')));
  });
});

describe('unknown contexts', () => {
  it('are refused by the loader', async () => {
    await expect(createDocumentLoader()('https://example.org/unknown/v1')).rejects.toBeInstanceOf(
      ContextUnknownError,
    );
  });

  it('leave a signed credential unverifiable and are never fetched', async () => {
    const key = await testKey(41);
    const unknown = 'https://contexts.example/unknown/v1';
    const unsigned = openBadge(key.did, {
      '@context': [...(openBadge(key.did)['@context'] as string[]), unknown],
    });
    // Sign over the product contexts plus a stand-in, as an issuer with that context would.
    const contexts = new Map([...BUNDLED_CONTEXTS, [unknown, { '@context': { x: 'urn:x' } }]]);
    const signed = await issue(unsigned, { key, contexts });
    const fetch = fakeFetch();
    const result = await verifyCredential(
      { kind: 'json', value: signed },
      { fetch, now: fixedClock() },
    );
    expect(result.status).toBe('unverifiable');
    expect(result.checks.map((c) => c.code)).toContain('context_unknown');
    expect(fetch.requests).not.toContain(unknown);
  });
});
