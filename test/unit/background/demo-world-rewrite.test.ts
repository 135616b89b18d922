// The test and demo builds' fetch rewrite: provider https URLs go to the local demo world's
// /providers/<host>/<path> stand-ins; loopback URLs (the demo world itself) pass through.

import { describe, expect, it } from 'vitest';
import { rewriteToDemoWorld } from '../../../lib/background';

describe('rewriteToDemoWorld', () => {
  function recording() {
    const seen: string[] = [];
    const fetch = async (input: string) => {
      seen.push(input);
      return new Response('{}');
    };
    return { seen, fetch };
  }

  it('sends https provider URLs to the demo world, keeping path and query', async () => {
    const { seen, fetch } = recording();
    await rewriteToDemoWorld(fetch, 'http://127.0.0.1:4173')('https://api.credly.com/x?y=1');
    expect(seen).toEqual(['http://127.0.0.1:4173/providers/api.credly.com/x?y=1']);
  });

  it('leaves loopback http URLs alone', async () => {
    const { seen, fetch } = recording();
    const url = 'http://127.0.0.1:4173/credentials/a.json';
    await rewriteToDemoWorld(fetch, 'http://127.0.0.1:4173')(url);
    expect(seen).toEqual([url]);
  });

  it('passes the request init through unchanged', async () => {
    const inits: (RequestInit | undefined)[] = [];
    const fetch = async (_input: string, init?: RequestInit) => {
      inits.push(init);
      return new Response('{}');
    };
    const init: RequestInit = { method: 'GET', credentials: 'omit' };
    await rewriteToDemoWorld(fetch, 'http://127.0.0.1:4173')('https://api.badgr.io/public/a', init);
    expect(inits).toEqual([init]);
  });
});
