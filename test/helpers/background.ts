// Test doubles for the worker's verification service: a Map-backed result store, Accredible's
// public JSON, and a credential whose revocation list lives on a given host.

import type { ResultStore } from '../../lib/background';
import { issue, openBadge, type TestKey } from './issue';

/** A result store over a Map (storage.session in the extension); the badge registry's too. */
export function mapStore(): ResultStore & {
  entries: Map<string, unknown>;
  remove(keys: string[]): Promise<void>;
} {
  const entries = new Map<string, unknown>();
  return {
    entries,
    get: async (key) => entries.get(key),
    set: async (key, value) => {
      entries.set(key, value);
    },
    removePrefix: async (prefix) => {
      const keys = [...entries.keys()].filter((key) => key.startsWith(prefix));
      for (const key of keys) entries.delete(key);
      return keys.length;
    },
    remove: async (keys) => {
      for (const key of keys) entries.delete(key);
    },
  };
}

/** Accredible's credential JSON (PROVIDERS.md §1.2). */
export const accredibleBody = (overrides: Record<string, unknown> = {}) => ({
  data: {
    name: 'Data Analysis Certificate',
    issuer: { name: 'Example Academy' },
    expired: false,
    revoked: false,
    issued_on: '2026-02-01',
    expired_on: '2027-02-01',
    ...overrides,
  },
});

/** A signed credential whose revocation entry points at a status list at `listUrl`. */
export function withStatusList(key: TestKey, listUrl: string): Promise<Record<string, unknown>> {
  return issue(
    openBadge(key.did, {
      credentialStatus: {
        id: `${listUrl}#3`,
        type: 'BitstringStatusListEntry',
        statusPurpose: 'revocation',
        statusListIndex: '3',
        statusListCredential: listUrl,
      },
    }),
    { key },
  );
}
