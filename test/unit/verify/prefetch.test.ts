// Speculative fetching (lib/verify/prefetch.ts): which documents a credential's verification
// is known to need before any answer, and that a document fetched ahead is fetched once — even
// when its answer carries no caching headers and is back before the step that needs it asks.
import { describe, expect, it } from 'vitest';
import type { FetchLike } from '../../../lib/deps';
import { createInflight } from '../../../lib/fetch';
import { verifyCredential } from '../../../lib/verify';
import { createAhead, documentsAhead, MAX_PREFETCH } from '../../../lib/verify/prefetch';
import { fixedClock } from '../../helpers/fake-fetch';
import { buildIssuerWorld } from '../../helpers/issuer-world';

describe('documentsAhead', () => {
  const local = { insecureLocalhost: false };

  it('names the proof’s controller document (did:web or https) and every status list', () => {
    const urls = documentsAhead(
      {
        proof: [
          { verificationMethod: 'did:web:issuer.example#key-1' },
          { verificationMethod: 'https://keys.example/issuer#k' },
          { verificationMethod: 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK' },
        ],
        credentialStatus: [
          { statusListCredential: 'https://status.example/lists/1' },
          { statusListCredential: 'ftp://status.example/lists/2' },
          { statusListCredential: 42 },
        ],
      },
      local,
    );
    expect(urls).toEqual([
      'https://issuer.example/.well-known/did.json',
      'https://keys.example/issuer',
      'https://status.example/lists/1',
    ]);
  });

  it('takes the key from a JWS header’s kid, and starts at most MAX_PREFETCH documents', () => {
    expect(
      documentsAhead({}, { ...local, header: { kid: 'did:web:jwt.example:issuers:a#key' } }),
    ).toEqual(['https://jwt.example/issuers/a/did.json']);
    const many = Array.from({ length: 20 }, (_, i) => ({
      statusListCredential: `https://status.example/lists/${i}`,
    }));
    expect(documentsAhead({ credentialStatus: many }, local)).toHaveLength(MAX_PREFETCH);
  });

  it('reads nothing from a document that is not what it claims', () => {
    expect(documentsAhead({ proof: 'x', credentialStatus: [null, [], 'y'] }, local)).toEqual([]);
  });
});

describe('createAhead', () => {
  it('starts each URL once and hands its answer to the first step that asks, once', async () => {
    const asked: string[] = [];
    const ahead = createAhead(async (url: string) => {
      asked.push(url);
      return `answer of ${url}`;
    });
    ahead.start(['https://a.example/', 'https://b.example/', 'https://a.example/']);
    expect(asked).toEqual(['https://a.example/', 'https://b.example/']);
    expect(await ahead.take('https://a.example/')).toBe('answer of https://a.example/');
    expect(ahead.take('https://a.example/')).toBeUndefined();
    expect(ahead.take('https://c.example/')).toBeUndefined();
  });

  it('keeps a failed speculative fetch quiet until its step asks, then reports it there', async () => {
    const ahead = createAhead(async (url: string) => {
      throw new Error(`no answer from ${url}`);
    });
    ahead.start(['https://down.example/']);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await expect(ahead.take('https://down.example/')).rejects.toThrow(/down\.example/);
  });
});

describe('a verification with shared requests', () => {
  it('asks for nothing more than a verification without it, when answers are uncacheable and early', async () => {
    const world = await buildIssuerWorld({
      issuers: 2,
      credentialsPerIssuer: 3,
      hostedPerIssuer: 0,
      origin: (i) => `https://issuer-${i}.example`,
      revokedEvery: 2,
    });
    const asked: string[] = [];
    // Answered at once and with no caching headers: only the ahead answers can spare a second
    // request for a document fetched ahead.
    const fetch: FetchLike = async (url) => {
      asked.push(url);
      const doc = world.documents.get(url);
      return doc === undefined
        ? new Response('not found', { status: 404 })
        : new Response(doc.body, {
            headers: { 'content-type': doc.contentType, 'cache-control': 'no-store' },
          });
    };
    const requestsOf = async (text: string, shared: boolean) => {
      asked.length = 0;
      const result = await verifyCredential(
        { kind: 'text', text },
        { fetch, now: fixedClock(), ...(shared ? { inflight: createInflight() } : {}) },
      );
      return { status: result.status, asked: [...asked].sort() };
    };
    for (const [i, input] of world.inputs.entries()) {
      if (input.kind !== 'file') continue;
      const ahead = await requestsOf(input.text, true);
      expect(ahead.status).toBe(world.expected[i]);
      expect(ahead.asked.length).toBeGreaterThan(0);
      expect(ahead).toEqual(await requestsOf(input.text, false));
    }
  });
});
