// The latency bench's network: one listening port per issuer on 127.0.0.1, each answering every
// request after a fixed delay (as a distant issuer would), over plain http or TLS on the same
// port (the first byte tells them apart). Credlens' test switch maps loopback did:web to http;
// DCC's verifier only speaks https, to a self-signed certificate its process is told to accept.
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createNetServer, type Server, type Socket } from 'node:net';
import type { WorldDocument } from '../helpers/issuer-world';
import { selfSigned } from '../helpers/tls';

export type LatencyServer = {
  ports: number[];
  /** Requests answered since the last reset. */
  requests(): number;
  reset(delayMs: number): void;
  close(): Promise<void>;
};

/**
 * Serves `documents` (keyed by https URL) on `count` ports. Plain http requests are answered
 * with the document of the same URL under https.
 */
export async function startLatencyServer(
  documents: ReadonlyMap<string, WorldDocument>,
  ports: number[],
): Promise<LatencyServer> {
  let delayMs = 100;
  let requests = 0;
  const handle = (request: IncomingMessage, response: ServerResponse) => {
    requests++;
    const port = request.socket.localPort;
    const doc = documents.get(`https://127.0.0.1:${port}${request.url ?? '/'}`);
    setTimeout(() => {
      if (doc === undefined) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      response.writeHead(200, { 'content-type': doc.contentType }).end(doc.body);
    }, delayMs);
  };
  const http = createHttpServer({ keepAlive: true }, handle);
  const https = createHttpsServer({ ...selfSigned(), keepAlive: true }, handle);
  const sockets = new Set<Socket>();
  const listeners: Server[] = [];
  for (const port of ports) {
    const listener = createNetServer((socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.once('data', (first: Buffer) => {
        socket.pause();
        socket.unshift(first);
        // 0x16: a TLS handshake record.
        (first[0] === 0x16 ? https : http).emit('connection', socket);
        process.nextTick(() => socket.resume());
      });
    });
    await new Promise<void>((resolve) => listener.listen(port, '127.0.0.1', resolve));
    listeners.push(listener);
  }
  return {
    ports,
    requests: () => requests,
    reset(delay) {
      delayMs = delay;
      requests = 0;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await Promise.all(listeners.map((l) => new Promise((resolve) => l.close(resolve))));
    },
  };
}
