// Mutation sweep: for a valid credential of each suite, change every leaf, remove every member
// and array element (inside `proof` too), and add an undefined property to every object. No
// mutation may leave the credential `verified`; one that does is a verifier bug, listed by path.

import { beforeAll, describe, expect, it } from 'vitest';
import { verifyCredential } from '../../../lib/verify';
import { fakeFetch, fixedClock } from '../../helpers/fake-fetch';
import { issue, openBadge, type Suite, type TestKey, testKey } from '../../helpers/issue';

type Path = Array<string | number>;
type Mutation = { label: string; document: unknown };

const UNDEFINED_TERM = 'credlensMutationTerm';

/** A richer badge than openBadge(): numbers, a boolean and non-ASCII text to mutate too. */
function richBadge(issuerId: string, suite: Suite): Record<string, unknown> {
  const badge = openBadge(issuerId, { description: 'Délivré à Zoë — 合格' });
  const subject = badge.credentialSubject as Record<string, unknown>;
  subject.creditsEarned = 2.5;
  subject.identifier = [
    {
      type: 'IdentityObject',
      hashed: false,
      identityHash: 'learner@example.org',
      identityType: 'emailAddress',
    },
  ];
  (subject.achievement as Record<string, unknown>).creditsAvailable = 3;
  if (suite === 'Ed25519Signature2020') {
    badge['@context'] = [
      ...(badge['@context'] as string[]),
      'https://w3id.org/security/suites/ed25519-2020/v1',
    ];
  }
  return badge;
}

function setAt(
  root: unknown,
  path: Path,
  update: (parent: Record<string | number, unknown>, key: string | number) => void,
): unknown {
  const copy = structuredClone(root);
  let parent = copy as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  update(parent, path[path.length - 1] as string | number);
  return copy;
}

function changedLeaf(value: unknown): unknown {
  if (typeof value === 'string') return `${value}x`;
  if (typeof value === 'number') return value + 1;
  if (typeof value === 'boolean') return !value;
  return 'x';
}

/** Every mutation of `root`, each on its own deep copy. */
function mutationsOf(root: unknown): Mutation[] {
  const mutations: Mutation[] = [];
  const label = (path: Path) => path.map(String).join('.') || '(root)';
  const walk = (value: unknown, path: Path) => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        mutations.push({
          label: `remove ${label([...path, index])}`,
          document: setAt(root, [...path, index], (parent) =>
            (parent as unknown as unknown[]).splice(index, 1),
          ),
        });
        walk(item, [...path, index]);
      });
    } else if (value !== null && typeof value === 'object') {
      mutations.push({
        label: `add ${UNDEFINED_TERM} to ${label(path)}`,
        document:
          path.length === 0
            ? { ...(root as object), [UNDEFINED_TERM]: 'x' }
            : setAt(root, path, (parent, key) => {
                parent[key] = { ...(parent[key] as object), [UNDEFINED_TERM]: 'x' };
              }),
      });
      for (const [key, child] of Object.entries(value)) {
        mutations.push({
          label: `remove ${label([...path, key])}`,
          document: setAt(root, [...path, key], (parent, k) => delete parent[k]),
        });
        walk(child, [...path, key]);
      }
    } else {
      mutations.push({
        label: `change ${label(path)} to ${JSON.stringify(changedLeaf(value))}`,
        document: setAt(root, path, (parent, key) => {
          parent[key] = changedLeaf(value);
        }),
      });
    }
  };
  walk(root, []);
  return mutations;
}

let key: TestKey;
beforeAll(async () => {
  key = await testKey(9);
});

describe('mutation sweep', () => {
  it.each(['eddsa-rdfc-2022', 'eddsa-jcs-2022', 'Ed25519Signature2020'] as const)(
    'no mutation of a %s credential stays verified',
    async (suite) => {
      const signed = await issue(richBadge(key.did, suite), { key, suite });
      const options = { fetch: fakeFetch(), now: fixedClock() };
      expect((await verifyCredential({ kind: 'json', value: signed }, options)).status).toBe(
        'verified',
      );

      const mutations = mutationsOf(signed);
      const survivors: string[] = [];
      const statuses = new Map<string, number>();
      for (const mutation of mutations) {
        const result = await verifyCredential({ kind: 'json', value: mutation.document }, options);
        statuses.set(result.status, (statuses.get(result.status) ?? 0) + 1);
        if (result.status === 'verified') survivors.push(mutation.label);
      }
      expect(mutations.length).toBeGreaterThan(30);
      expect(
        mutations.some((m) => m.label === 'change proof.created to "2026-01-01T00:00:00Zx"'),
      ).toBe(true);
      expect(
        survivors,
        `${survivors.length} of ${mutations.length} mutations stayed verified`,
      ).toEqual([]);
      expect([...statuses.keys()]).not.toContain('verified');
    },
  );

  it('covers changes, removals and additions, including inside proof', async () => {
    const signed = await issue(richBadge(key.did, 'eddsa-rdfc-2022'), { key });
    const labels = mutationsOf(signed).map((m) => m.label);
    for (const expected of [
      'remove proof.created',
      'remove proof.cryptosuite',
      'change proof.proofValue',
      'remove @context.1',
      'change credentialSubject.identifier.0.hashed to true',
      'change credentialSubject.creditsEarned to 3.5',
      `add ${UNDEFINED_TERM} to proof`,
      `add ${UNDEFINED_TERM} to (root)`,
    ]) {
      expect(labels.some((label) => label.startsWith(expected))).toBe(true);
    }
  });
});
