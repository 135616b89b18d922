// The registry meta-test (STYLE.md §4, after refined-github's features test): every file in
// lib/detect/providers/ is registered, every adapter has examples (test/fixtures/detect/
// examples.ts, never bundled) that match it and no other
// adapter, every adapter has fixtures, ids are unique kebab-case, host patterns are well formed.

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  matchCredentialUrl,
  PROVIDER_ADAPTERS,
  type ProviderAdapter,
  providerHostPermissions,
} from '../../../lib/detect';
import { ADAPTER_EXAMPLES } from '../../fixtures/detect/examples';
import { FIXTURES_DIR, fixtureFiles } from './fixture-dom';

const PROVIDERS_DIR = join(import.meta.dirname, '../../../lib/detect/providers');
const PAGE = new URL('https://www.linkedin.com/in/jane-doe/');
const providerFiles = readdirSync(PROVIDERS_DIR).filter((name) => name.endsWith('.ts'));

function isAdapter(value: unknown): value is ProviderAdapter {
  return typeof value === 'object' && value !== null && 'id' in value && 'match' in value;
}

describe('provider registry', () => {
  it.each(providerFiles)('registers the adapter exported by providers/%s', async (file) => {
    const module: Record<string, unknown> = await import(join(PROVIDERS_DIR, file));
    const adapters = Object.values(module).filter(isAdapter);
    expect(adapters).toHaveLength(1);
    expect(PROVIDER_ADAPTERS).toContain(adapters[0]);
    // One adapter per file, named after it.
    expect(`${adapters[0]?.id}.ts`).toBe(file);
  });

  it('holds exactly one adapter per provider file', () => {
    expect(PROVIDER_ADAPTERS).toHaveLength(providerFiles.length);
  });

  it('has unique kebab-case ids', () => {
    const ids = PROVIDER_ADAPTERS.map((adapter) => adapter.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('keeps the generic direct adapter last', () => {
    expect(PROVIDER_ADAPTERS.at(-1)?.id).toBe('direct');
  });

  describe.each(PROVIDER_ADAPTERS.map((adapter) => [adapter.id, adapter] as const))(
    '%s',
    (id, adapter) => {
      const examplesOf = (name: string) => ADAPTER_EXAMPLES[name] ?? [];
      it('has a label and at least one example', () => {
        expect(adapter.label.trim()).not.toBe('');
        expect(examplesOf(id).length).toBeGreaterThan(0);
      });

      it('matches every example itself and through matchCredentialUrl', () => {
        for (const example of examplesOf(id)) {
          expect(adapter.match(new URL(example))?.providerId, example).toBe(id);
          expect(matchCredentialUrl(example, PAGE)?.providerId, example).toBe(id);
        }
      });

      it('has examples no other adapter matches', () => {
        for (const example of examplesOf(id)) {
          const others = PROVIDER_ADAPTERS.filter(
            (other) => other !== adapter && other.match(new URL(example)) !== undefined,
          ).map((other) => other.id);
          expect(others, example).toEqual([]);
        }
      });

      it('has at least one fixture under test/fixtures/detect/<id>/', () => {
        expect(existsSync(join(FIXTURES_DIR, id))).toBe(true);
        expect(fixtureFiles(id).length).toBeGreaterThan(0);
      });

      it('declares https host patterns only', () => {
        for (const host of adapter.hosts) {
          expect(host).toMatch(/^https:\/\/(?:\*\.)?[a-z0-9.-]+\/\*$/);
        }
      });

      it('gives link-only matches no fetch URL and others an https one', () => {
        for (const example of examplesOf(id)) {
          const match = adapter.match(new URL(example));
          if (match?.kind === 'link-only') expect(match.fetchUrl).toBeUndefined();
          else expect(match?.fetchUrl).toMatch(/^https:\/\//);
        }
      });
    },
  );
});

describe('providerHostPermissions', () => {
  it('is the sorted, deduplicated union of every adapter host', () => {
    const permissions = providerHostPermissions();
    expect(permissions).toEqual([...new Set(permissions)].sort());
    for (const adapter of PROVIDER_ADAPTERS) {
      for (const host of adapter.hosts) expect(permissions).toContain(host);
    }
    expect(permissions).toContain('https://api.credly.com/*');
    expect(permissions).toContain('https://api.accredible.com/*');
    expect(permissions).toContain('https://api.eu.badgr.io/*');
  });
});
