// A page that floods Credlens, served on 127.0.0.1: 5,000 credential-looking links, the first
// 120 to a server that never answers (within a test), the rest answering 404.
import { type LocalServer, type RouteTable, startLocalServer } from '../helpers/local-server';

export const HANGING = 120;
export const LINKS = 5_000;

export type FloodServer = {
  server: LocalServer;
  page: string;
  /** Requests for the page's credential links so far. */
  credentialRequests(): number;
};

export async function startFloodServer(): Promise<FloodServer> {
  const routes: RouteTable = {
    '/flood': { headers: { 'content-type': 'text/html; charset=utf-8' }, body: floodPage() },
  };
  // Accepted, then silent: a server that never answers.
  for (let index = 0; index < HANGING; index++)
    routes[`/hang/${index}.json`] = { delayMs: 120_000, body: '{}' };
  const server = await startLocalServer(routes);
  return {
    server,
    page: `${server.url}/flood`,
    credentialRequests: () =>
      server.requests.filter((request) => /^\/(hang|c)\//.test(request.path)).length,
  };
}

function floodPage(): string {
  const hanging = Array.from(
    { length: HANGING },
    (_, index) => `<a href="/hang/${index}.json">Credential ${index}</a>`,
  );
  const plain = Array.from(
    { length: LINKS - HANGING },
    (_, index) => `<a href="/c/${index}.json">Certificate ${index}</a>`,
  );
  return `<!doctype html><html><head><title>Flood</title></head><body><main><h1>Flood</h1>${[
    ...hanging,
    ...plain,
  ].join(' ')}</main></body></html>`;
}
