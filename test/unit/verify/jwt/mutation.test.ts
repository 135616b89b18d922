// Mutation sweep for JWTs: take a valid VC 2.0 EdDSA JWT and a valid VC 1.1 ES256 JWT, change
// every header and payload leaf, remove every member, add unknown members, swap alg, and flip
// every signature byte — all re-encoded WITHOUT re-signing. No mutation may stay `verified`;
// one that does is a verifier bug, listed by its label.

import { base64urlnopad } from '@scure/base';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyCredential } from '../../../../lib/verify';
import { fakeFetch, fixedClock } from '../../../helpers/fake-fetch';
import { openBadge } from '../../../helpers/issue';
import {
  b64url,
  didJwk,
  encodeSegment,
  type JwtKey,
  jwtKey,
  numericDate,
  signJws,
  splitJws,
} from '../../../helpers/jwt';

type Path = Array<string | number>;
type Mutation = { label: string; jws: string };

const ALGS = ['EdDSA', 'Ed25519', 'ES256', 'ES384', 'RS256', 'PS256', 'HS256', 'none'];
const MAX_SIGNATURE_POSITIONS = 96;

let vc20: string;
let vc11: string;
beforeAll(async () => {
  const [ed, es]: JwtKey[] = await Promise.all([jwtKey('EdDSA'), jwtKey('ES256')]);
  if (ed === undefined || es === undefined) throw new Error('no keys');
  const edIssuer = didJwk(ed.publicJwk);
  vc20 = await signJws(
    { alg: 'EdDSA', typ: 'vc+jwt', cty: 'vc', kid: `${edIssuer}#0` },
    openBadge(edIssuer, { description: 'Délivré à Zoë — 合格' }),
    ed,
  );
  const esIssuer = didJwk(es.publicJwk);
  vc11 = await signJws(
    { alg: 'ES256', typ: 'JWT', kid: `${esIssuer}#0` },
    {
      iss: esIssuer,
      nbf: numericDate('2026-01-01T00:00:00Z'),
      exp: numericDate('2027-01-01T00:00:00Z'),
      jti: 'urn:uuid:3b1c1f7e-2f43-4f4e-9c64-5b7c3e8d9a10',
      sub: 'did:example:learner',
      vc: {
        '@context': ['https://www.w3.org/2018/credentials/v1'],
        type: ['VerifiableCredential', 'UniversityDegreeCredential'],
        credentialSubject: { degree: { type: 'BachelorDegree', name: 'Physics', honours: true } },
        credits: 180,
      },
    },
    es,
  );
});

function pathsOf(value: unknown, path: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [path];
  const children = Object.entries(value).flatMap(([k, v]) =>
    pathsOf(v, [...path, Array.isArray(value) ? Number(k) : k]),
  );
  return path.length === 0 ? children : [path, ...children];
}

function edit(
  root: unknown,
  path: Path,
  update: (parent: Record<string | number, unknown>, key: string | number) => void,
) {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let parent = copy;
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

/** Changes every leaf, removes every member, grows every object and array by one member. */
function jsonMutations(root: Record<string, unknown>): Array<{ label: string; value: unknown }> {
  const out: Array<{ label: string; value: unknown }> = [];
  for (const path of pathsOf(root)) {
    const label = path.join('.');
    const target = path.reduce<unknown>(
      (node, step) => (node as Record<string | number, unknown>)[step],
      root,
    );
    if (target === null || typeof target !== 'object') {
      out.push({
        label: `change ${label}`,
        value: edit(root, path, (p, k) => {
          p[k] = changedLeaf(p[k]);
        }),
      });
    } else {
      out.push({
        label: `extend ${label}`,
        // An array gains an element; an object an unknown member (arrays drop named keys in JSON).
        value: edit(root, path, (p, k) => {
          const node = p[k] as Record<string, unknown> | unknown[];
          if (Array.isArray(node)) node.push('credlensUnknown');
          else node.credlensUnknown = 1;
        }),
      });
    }
    out.push({
      label: `remove ${label}`,
      value: edit(root, path, (p, k) => {
        if (Array.isArray(p)) p.splice(Number(k), 1);
        else delete p[k];
      }),
    });
  }
  out.push({ label: 'extend (root)', value: { ...root, credlensUnknown: 'x' } });
  return out;
}

function mutationsOf(jws: string): Mutation[] {
  const { header, payload, segments } = splitJws(jws);
  const [h, p, s] = segments;
  const mutations: Mutation[] = [];
  for (const m of jsonMutations(header))
    mutations.push({ label: `header ${m.label}`, jws: `${encodeSegment(m.value)}.${p}.${s}` });
  for (const alg of ALGS.filter((a) => a !== header.alg))
    mutations.push({
      label: `header alg → ${alg}`,
      jws: `${encodeSegment({ ...header, alg })}.${p}.${s}`,
    });
  for (const m of jsonMutations(payload))
    mutations.push({ label: `payload ${m.label}`, jws: `${h}.${encodeSegment(m.value)}.${s}` });
  const signature = base64urlnopad.decode(s);
  const step = Math.max(1, Math.ceil(signature.length / MAX_SIGNATURE_POSITIONS));
  for (let i = 0; i < signature.length; i += step) {
    for (const bit of [0x01, 0x80]) {
      const flipped = signature.slice();
      flipped[i] = (flipped[i] ?? 0) ^ bit;
      mutations.push({
        label: `signature byte ${i} ^ ${bit}`,
        jws: `${h}.${p}.${b64url(flipped)}`,
      });
    }
  }
  mutations.push({
    label: 'signature truncated',
    jws: `${h}.${p}.${b64url(signature.slice(0, -1))}`,
  });
  mutations.push({ label: 'signature removed', jws: `${h}.${p}.` });
  mutations.push({
    label: 'signature zeroed',
    jws: `${h}.${p}.${b64url(new Uint8Array(signature.length))}`,
  });
  return mutations;
}

async function sweep(jws: string): Promise<{ count: number; verified: string[] }> {
  const original = await verifyCredential(
    { kind: 'text', text: jws },
    { fetch: fakeFetch(), now: fixedClock() },
  );
  expect(original.status, JSON.stringify(original.checks)).toBe('verified');
  const mutations = mutationsOf(jws);
  const verified: string[] = [];
  for (const mutation of mutations) {
    const result = await verifyCredential(
      { kind: 'text', text: mutation.jws },
      { fetch: fakeFetch(), now: fixedClock() },
    );
    if (result.status === 'verified') verified.push(mutation.label);
  }
  return { count: mutations.length, verified };
}

describe('JWT mutation sweep', () => {
  it('never verifies a mutated VC 2.0 EdDSA JWT', async () => {
    const { count, verified } = await sweep(vc20);
    expect(count).toBeGreaterThan(30);
    expect(verified).toEqual([]);
  });

  it('never verifies a mutated VC 1.1 ES256 JWT', async () => {
    const { count, verified } = await sweep(vc11);
    expect(count).toBeGreaterThan(30);
    expect(verified).toEqual([]);
  });
});
