// The jsonld.js speed-ups (lib/verify/proofs/jsonld-context-clone.ts) change time, never bytes:
// every JSON-LD document among the vectors and fixtures, and hand-made documents exercising
// scoped contexts, @propagate, @vocab, nullification and protected terms, canonicalises to the
// same N-Quads (or fails with the same code) with jsonld's own context handling and with the
// structure-sharing copies and content-keyed cache — the latter twice over, in another order,
// so that the second pass runs on contexts cached from other documents.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLED_CONTEXTS, createDocumentLoader, EXAMPLE_CONTEXTS } from '../../../lib/verify';
import { canonizeRdfc } from '../../../lib/verify/proofs/canonize';
import { useStructureSharingContextClone } from '../../../lib/verify/proofs/jsonld-context-clone';
import { useDirectCanonize } from '../../../lib/verify/proofs/jsonld-direct';

const ROOTS = ['../../vectors', '../../fixtures'].map((dir) => join(import.meta.dirname, dir));
const loader = createDocumentLoader(new Map([...BUNDLED_CONTEXTS, ...EXAMPLE_CONTEXTS]));

function* jsonFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* jsonFiles(path);
    else if (name.endsWith('.json')) yield path;
  }
}

/** Every JSON-LD document (an object with an @context) in the vectors and fixtures. */
function documents(): { name: string; document: object }[] {
  const out: { name: string; document: object }[] = [];
  for (const root of ROOTS) {
    for (const path of jsonFiles(root)) {
      let value: unknown;
      try {
        value = JSON.parse(readFileSync(path, 'utf8'));
      } catch {
        continue;
      }
      if (typeof value === 'object' && value !== null && '@context' in value)
        out.push({ name: path.slice(path.indexOf('/test/') + 6), document: value });
    }
  }
  return out;
}

const V2 = 'https://www.w3.org/ns/credentials/v2';
const HAND_MADE: { name: string; document: object }[] = [
  {
    name: 'type-scoped context that propagates, and one that does not',
    document: {
      '@context': [
        V2,
        {
          Wide: {
            '@id': 'https://example.org/Wide',
            '@context': { '@propagate': true, w: 'https://example.org/w' },
          },
          Narrow: {
            '@id': 'https://example.org/Narrow',
            '@context': { n: 'https://example.org/n' },
          },
          child: { '@id': 'https://example.org/child', '@type': '@id' },
          inner: 'https://example.org/inner',
        },
      ],
      type: ['VerifiableCredential', 'Wide'],
      issuer: 'did:example:issuer',
      credentialSubject: {
        id: 'did:example:subject',
        type: 'Narrow',
        n: 'narrow value',
        inner: { child: 'https://example.org/c' },
      },
      w: 'wide value',
    },
  },
  {
    name: '@vocab, a property-scoped context and a null context inside',
    document: {
      '@context': [
        { '@vocab': 'https://vocab.example/', name: 'https://schema.org/name' },
        {
          scoped: {
            '@id': 'https://example.org/scoped',
            '@context': { '@vocab': 'https://other.example/', x: 'https://example.org/x' },
          },
        },
      ],
      name: 'top',
      anything: 'vocab term',
      scoped: {
        x: 1,
        y: 2,
        deeper: { '@context': null, '@id': 'https://example.org/d', 'https://example.org/p': 3 },
      },
    },
  },
  // Two documents whose inner nodes bring two local contexts at once, the first differing: the
  // second context is processed on a context still being built from the first, which must
  // never be taken for the one it was copied from.
  ...['https://a.example/x', 'https://b.example/x'].map((x) => ({
    name: `two local contexts on an inner node, x = ${x}`,
    document: {
      '@context': { '@vocab': 'https://vocab.example/', node: 'https://example.org/node' },
      node: {
        '@context': [{ x }, { y: 'https://example.org/y' }],
        x: 'first',
        y: 'second',
      },
    },
  })),
  {
    name: 'a protected term redefined',
    document: {
      '@context': [V2, { VerifiableCredential: 'https://example.org/not-the-vc-type' }],
      type: ['VerifiableCredential'],
      issuer: 'did:example:issuer',
      credentialSubject: { id: 'did:example:subject' },
    },
  },
  // Two documents importing the same context (@import), each with a term of its own: jsonld
  // caches an import merged with the importing context's terms under the imported context's
  // key, so its answer would depend on what came before. Refused, the same way every time.
  ...(['one', 'two'] as const).map((term) => ({
    name: `@import of the credentials context with a term "${term}"`,
    document: {
      '@context': { '@import': V2, [term]: `https://example.org/${term}` },
      '@id': 'https://example.org/subject',
      [term]: 'own term',
    },
  })),
  // Nullifying is allowed only while no term is protected: after documents with protected terms
  // were processed, a document starting from nothing must still be allowed to (copies share
  // their protected terms until written, and must never write them into a shared source).
  {
    name: 'a null context first, then a local one',
    document: {
      '@context': [null, { name: 'https://schema.org/name' }],
      '@id': 'https://example.org/thing',
      name: 'plain',
    },
  },
  {
    name: 'a protected context nullified',
    document: {
      '@context': [V2, null],
      type: ['VerifiableCredential'],
      issuer: 'did:example:issuer',
    },
  },
  // An own "__proto__" member (JSON.parse makes one; an object literal would set the prototype):
  // jsonld's copy of its input drops it from the graph, context and all. Refused on both paths.
  {
    name: 'a member named __proto__',
    document: JSON.parse(
      `{"@context": {"@vocab": "https://vocab.example/"}, "@id": "https://example.org/s",
        "__proto__": {"@context": {"claim": "https://example.org/claim"}, "claim": "unsigned"}}`,
    ) as object,
  },
];

type Outcome = string;

async function canonizeAll(
  docs: readonly { name: string; document: object }[],
): Promise<Map<string, Outcome>> {
  const out = new Map<string, Outcome>();
  for (const { name, document } of docs) {
    const result = await canonizeRdfc(structuredClone(document), loader);
    out.set(name, result.ok ? result.value : `error ${result.error.code}: ${result.error.detail}`);
  }
  return out;
}

describe('jsonld context speed-ups', () => {
  afterAll(() => {
    useStructureSharingContextClone(true);
    useDirectCanonize(true);
  });

  it('give byte-identical N-Quads (or the same error) on every document, cached or not', async () => {
    const docs = [...documents(), ...HAND_MADE];
    expect(docs.length).toBeGreaterThan(150);
    expect(useStructureSharingContextClone(true)).toBe(true);
    expect(useDirectCanonize(true)).toBe(true);
    const fast = await canonizeAll(docs);
    const fastAgain = await canonizeAll([...docs].reverse());
    expect(useStructureSharingContextClone(false)).toBe(false);
    expect(useDirectCanonize(false)).toBe(false);
    const stock = await canonizeAll(docs);
    let canonicalised = 0;
    for (const { name } of docs) {
      expect(fast.get(name), name).toBe(stock.get(name));
      expect(fastAgain.get(name), name).toBe(stock.get(name));
      if (!stock.get(name)?.startsWith('error ')) canonicalised++;
    }
    // Most documents canonicalise, and the hand-made ones exercise both outcomes.
    expect(canonicalised).toBeGreaterThan(docs.length / 2);
    // Safe mode's errors come out alike too (an undefined term, an invalid value).
    const errors = [...stock.values()].filter((outcome) => outcome.startsWith('error '));
    expect(errors.some((e) => e.startsWith('error context_undefined_term: '))).toBe(true);
    expect(stock.get(HAND_MADE[0]?.name ?? '')).toContain('https://example.org/w');
    expect(stock.get('a protected term redefined')).toMatch(/^error /);
    expect(stock.get('a protected context nullified')).toMatch(/^error /);
    for (const term of ['one', 'two'])
      expect(stock.get(`@import of the credentials context with a term "${term}"`)).toMatch(
        /^error context_unknown: /,
      );
    expect(stock.get('a member named __proto__')).toMatch(/^error jsonld_invalid: .*__proto__/);
    expect(stock.get('a null context first, then a local one')).toContain(
      'https://schema.org/name',
    );
    expect(stock.get('two local contexts on an inner node, x = https://b.example/x')).toContain(
      'https://b.example/x',
    );
  }, 120_000);

  it('looks through a document with a huge array for what it refuses, without overflowing', async () => {
    // A fetched document (a status list, say) is bounded by bytes, not by members: 400,000
    // zeros fit in 800 KB.
    const document = {
      '@context': { '@import': V2 },
      '@id': 'https://example.org/s',
      huge: new Array(400_000).fill(0),
    };
    expect(await canonizeRdfc(document, loader)).toMatchObject({
      ok: false,
      error: { code: 'context_unknown' },
    });
  });

  it('refuses a context that uses @import, with a reason, whatever was processed before', async () => {
    for (const document of HAND_MADE.filter(({ name }) => name.startsWith('@import'))) {
      const result = await canonizeRdfc(structuredClone(document.document), loader);
      expect(result).toEqual({
        ok: false,
        error: {
          code: 'context_unknown',
          detail: 'a context uses @import, which Credlens does not process',
        },
      });
    }
  });

  it('never answers for a context as it was before its owner changed it in place', async () => {
    expect(useStructureSharingContextClone(true) && useDirectCanonize(true)).toBe(true);
    // A type-scoped context and an embedded one, both the caller's own objects.
    const scoped = { name: 'https://good.example/name' };
    const embedded = { name: 'https://good.example/name' };
    const document = {
      '@context': {
        inner: 'https://example.org/inner',
        Thing: { '@id': 'https://example.org/Thing', '@context': scoped },
      },
      '@id': 'https://example.org/s',
      '@type': 'Thing',
      name: 'typed',
      inner: { '@context': embedded, '@id': 'https://example.org/o', name: 'embedded' },
    };
    const text = JSON.stringify(document);
    const nquads = async (value: object) => {
      const result = await canonizeRdfc(value, loader);
      return result.ok ? result.value : `error ${result.error.code}`;
    };
    const before = await nquads(document);
    expect(before.match(/<https:\/\/good\.example\/name>/g)).toHaveLength(2);
    // The owner (an in-process caller) changes both contexts in place, then asks again: the
    // answer is the changed document's, as if it had never been seen.
    scoped.name = 'https://evil.example/name';
    embedded.name = 'https://evil.example/name';
    expect(await nquads(document)).toBe(await nquads(JSON.parse(JSON.stringify(document))));
    expect(await nquads(document)).not.toContain('good.example');
    // And a fresh document reading as the old one did still means what the old one said.
    expect(await nquads(JSON.parse(text) as object)).toBe(before);
  });
});
