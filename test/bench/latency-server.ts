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
import {
  type AddressInfo,
  createServer as createNetServer,
  type Server,
  type Socket,
} from 'node:net';
import type { WorldDocument } from '../helpers/issuer-world';
import { selfSigned } from '../helpers/tls';

export type LatencyServer = {
  /** One listening port per issuer, chosen by the system (never raced for). */
  ports: number[];
  /** The documents to answer with, keyed by https URL (set once the world is built). */
  serve(documents: ReadonlyMap<string, WorldDocument>): void;
  /** Requests answered since the last reset. */
  requests(): number;
  reset(delayMs: number): void;
  close(): Promise<void>;
};

/**
 * Listens on `count` ports, answering with the documents given to `serve` (keyed by https URL).
 * Plain http requests are answered with the document of the same URL under https.
 */
export async function startLatencyServer(count: number): Promise<LatencyServer> {
  let documents: ReadonlyMap<string, WorldDocument> = new Map();
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
  const ports: number[] = [];
  for (let i = 0; i < count; i++) {
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
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
    listeners.push(listener);
    ports.push((listener.address() as AddressInfo).port);
  }
  return {
    ports,
    serve(served) {
      documents = served;
    },
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
