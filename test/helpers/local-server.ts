// A real HTTP server on 127.0.0.1 (port 0) with a route table, for tests that exercise the
// real global fetch: status, headers, body, delays, chunked or close-delimited bodies and
// redirects. Every request is recorded (path and headers) and counted per path.

import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type ServerRoute = {
  status?: number;
  headers?: Record<string, string>;
  /** A whole body, sent with Content-Length. */
  body?: string | Uint8Array;
  /** Sent one by one with chunked transfer encoding (no Content-Length). */
  chunks?: Array<string | Uint8Array>;
  /** Pause between chunks. */
  chunkDelayMs?: number;
  /** Sent with neither Content-Length nor chunking: the body ends when the connection closes. */
  closeDelimited?: string | Uint8Array;
  /** Wait this long before sending the status line. */
  delayMs?: number;
  /** Answer with a redirect to this (absolute or relative) location; status defaults to 302. */
  redirect?: string;
};

export type RouteTable = Record<string, ServerRoute | ((request: RecordedRequest) => ServerRoute)>;

export type RecordedRequest = { method: string; path: string; headers: IncomingHttpHeaders };

export type LocalServer = {
  /** `http://127.0.0.1:<port>` (no trailing slash). */
  url: string;
  requests: RecordedRequest[];
  /** Requests per path. */
  hits(path: string): number;
  close(): Promise<void>;
};

/** Starts a server for `routes` (keyed by path, query included); unrouted paths answer 404. */
export async function startLocalServer(routes: RouteTable): Promise<LocalServer> {
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });

  const server = createServer((req, res) => {
    const recorded = { method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers };
    requests.push(recorded);
    const entry = routes[recorded.path];
    const route = typeof entry === 'function' ? entry(recorded) : entry;
    void (async () => {
      if (route === undefined) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      if (route.delayMs !== undefined) await wait(route.delayMs);
      if (res.destroyed) return;
      const headers: Record<string, string> = { ...route.headers };
      if (route.redirect !== undefined) {
        res.writeHead(route.status ?? 302, { ...headers, location: route.redirect }).end();
        return;
      }
      headers['content-type'] ??= 'application/json';
      if (route.closeDelimited !== undefined) {
        const head = [`HTTP/1.1 ${route.status ?? 200} OK`, 'connection: close'];
        for (const [name, value] of Object.entries(headers)) head.push(`${name}: ${value}`);
        req.socket.end(
          Buffer.concat([
            Buffer.from(`${head.join('\r\n')}\r\n\r\n`),
            Buffer.from(route.closeDelimited),
          ]),
        );
        return;
      }
      if (route.chunks !== undefined) {
        res.writeHead(route.status ?? 200, headers);
        for (const chunk of route.chunks) {
          if (res.destroyed) return;
          res.write(chunk);
          if (route.chunkDelayMs !== undefined) await wait(route.chunkDelayMs);
        }
        res.end();
        return;
      }
      res.writeHead(route.status ?? 200, headers).end(route.body ?? '');
    })();
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    hits: (path) => requests.filter((request) => request.path === path).length,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
