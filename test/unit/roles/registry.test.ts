// The role-adapter meta-test (STYLE.md §4): every file in lib/roles/adapters/ is registered, ids
// are unique kebab-case and named after their file, examples match their own adapter and no other,
// and every adapter has DOM fixtures (one with JSON-LD, one DOM-only).

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROLE_ADAPTERS, type RoleAdapter, roleAdapterFor } from '../../../lib/roles';
import {
  FIXTURE_URLS,
  ROLE_FIXTURES_DIR,
  roleFixtureFiles,
  roleFixtureFolders,
} from './fixture-dom';

const ADAPTERS_DIR = join(import.meta.dirname, '../../../lib/roles/adapters');
const adapterFiles = readdirSync(ADAPTERS_DIR).filter((name) => name.endsWith('.ts'));

function isAdapter(value: unknown): value is RoleAdapter {
  return typeof value === 'object' && value !== null && 'id' in value && 'extract' in value;
}

describe('role adapter registry', () => {
  it.each(adapterFiles)('registers the adapter exported by adapters/%s', async (file) => {
    const module: Record<string, unknown> = await import(join(ADAPTERS_DIR, file));
    const adapters = Object.values(module).filter(isAdapter);
    expect(adapters).toHaveLength(1);
    expect(ROLE_ADAPTERS).toContain(adapters[0]);
    expect(`${adapters[0]?.id}.ts`).toBe(file);
  });

  it('holds exactly one adapter per adapter file', () => {
    expect(ROLE_ADAPTERS).toHaveLength(adapterFiles.length);
  });

  it('has unique kebab-case ids', () => {
    const ids = ROLE_ADAPTERS.map((adapter) => adapter.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('gives every fixture page a URL', () => {
    const folders = roleFixtureFolders();
    const files = folders.flatMap((folder) => roleFixtureFiles(folder));
    expect(files.sort()).toEqual(Object.keys(FIXTURE_URLS).sort());
  });

  describe.each(ROLE_ADAPTERS.map((adapter) => [adapter.id, adapter] as const))(
    '%s',
    (id, adapter) => {
      it('has a label and at least one example', () => {
        expect(adapter.label.trim()).not.toBe('');
        expect(adapter.examples.length).toBeGreaterThan(0);
      });

      it('matches every example itself and no other adapter does', () => {
        for (const example of adapter.examples) {
          const url = new URL(example);
          expect(adapter.matches(url), example).toBe(true);
          const others = ROLE_ADAPTERS.filter((a) => a !== adapter && a.matches(url));
          expect(
            others.map((a) => a.id),
            example,
          ).toEqual([]);
          expect(roleAdapterFor(url)?.id).toBe(id);
        }
      });

      it('has fixtures, including a DOM-only page and a JSON-LD page', () => {
        expect(existsSync(join(ROLE_FIXTURES_DIR, id))).toBe(true);
        const files = roleFixtureFiles(id);
        expect(files.some((f) => f.includes('json-ld'))).toBe(true);
        expect(files.some((f) => !f.includes('json-ld'))).toBe(true);
        for (const file of files) {
          expect(adapter.matches(new URL(FIXTURE_URLS[file] ?? 'about:blank')), file).toBe(true);
        }
      });
    },
  );
});

describe('role URL matching', () => {
  it.each([
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/in/jane-doe/',
    'https://www.linkedin.com/jobs/',
    'https://www.linkedin.com/jobs/search/?keywords=go',
    'https://linkedin.com.evil.example/jobs/view/3912345678/',
    'https://boards.greenhouse.io/initech',
    'https://boards.greenhouse.io.evil.example/initech/jobs/1',
    'https://jobs.lever.co/hooli',
    'https://jobs.lever.co/hooli/2f1c5b7e-93a4-4d0b-9f3e-6a2b8c1d4e5f/apply/extra',
    'https://www.seek.com.au/jobs/in-Melbourne',
    'https://apply.workable.com/huble/',
    'https://www.indeed.com/viewjob',
    'https://www.indeed.com/viewjob?jk=not-a-key',
    'https://www.indeed.com/cmp/Vandelay-Industries',
    'https://acme.wd5.myworkdayjobs.com/en-US/Careers',
    'https://acme.workday.com/en-US/Careers/job/Remote/Engineer_R-1',
    'https://jobs.ashbyhq.com/wayne-labs',
    'https://jobs.ashbyhq.com/wayne-labs/8d2f4a6b-1c3e-4f5a-9b7c-0d1e2f3a4b5c/application',
    'ftp://jobs.lever.co/hooli/2f1c5b7e-93a4-4d0b-9f3e-6a2b8c1d4e5f',
  ])('no adapter claims %s', (url) => {
    expect(roleAdapterFor(new URL(url))).toBeUndefined();
  });
});
