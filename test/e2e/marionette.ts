// A minimal client for Firefox's built-in Marionette protocol, enough to drive Debian's
// firefox-esr with the Firefox build of Credlens: install it as a temporary add-on, open pages
// (including the extension's own moz-extension:// pages, which WebDriver BiDi may not navigate
// to), run scripts, take screenshots. Playwright cannot drive a stock Firefox, and Marionette
// needs no driver binary. Protocol: messages are `<length>:<json>`; commands are
// `[0, id, name, params]`, answers `[1, id, error, result]`.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIREFOX = '/usr/bin/firefox-esr';

export type Marionette = {
  send<T = unknown>(name: string, params?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
};

/** Starts headless Firefox with Marionette on a free port and a fresh profile, and connects. */
export async function launchFirefox(
  prefs: Record<string, string | number | boolean>,
): Promise<Marionette> {
  if (!existsSync(FIREFOX))
    throw new Error(`Firefox not found at ${FIREFOX}: apt-get install firefox-esr`);
  const port = await freePort();
  const profile = mkdtempSync(join(tmpdir(), 'credlens-firefox-'));
  const all: Record<string, string | number | boolean> = {
    'marionette.port': port,
    // No first-run pages, updates, telemetry or default-browser prompts on an offline machine.
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.homepage_override.mstone': 'ignore',
    'browser.aboutwelcome.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
    'app.update.disabledForTesting': true,
    'browser.safebrowsing.update.enabled': false,
    'extensions.update.enabled': false,
    ...prefs,
  };
  writeFileSync(
    join(profile, 'user.js'),
    Object.entries(all)
      .map(([key, value]) => `user_pref(${JSON.stringify(key)}, ${JSON.stringify(value)});`)
      .join('\n'),
  );
  const child = spawn(
    FIREFOX,
    [
      '--headless',
      '--marionette',
      '-remote-allow-system-access',
      '--no-remote',
      '--profile',
      profile,
    ],
    {
      stdio: 'ignore',
      env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' },
    },
  );
  const socket = await connectWithRetry(port, 20_000);
  const client = createClient(socket, child, profile);
  await client.ready;
  await client.send('WebDriver:NewSession', {
    capabilities: { alwaysMatch: { acceptInsecureCerts: false } },
  });
  return client;
}

function createClient(socket: Socket, child: ChildProcess, profile: string) {
  let buffer = Buffer.alloc(0);
  let nextId = 1;
  let hello: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    hello = resolve;
  });
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  socket.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const colon = buffer.indexOf(0x3a);
      if (colon < 0) return;
      const length = Number(buffer.subarray(0, colon).toString('latin1'));
      if (buffer.length < colon + 1 + length) return;
      const message = JSON.parse(buffer.subarray(colon + 1, colon + 1 + length).toString('utf8'));
      buffer = buffer.subarray(colon + 1 + length);
      if (!Array.isArray(message)) {
        hello();
        continue;
      }
      const [, id, error, result] = message as [
        number,
        number,
        { message?: string } | null,
        unknown,
      ];
      const waiter = pending.get(id);
      pending.delete(id);
      if (error) waiter?.reject(new Error(`Marionette: ${error.message ?? JSON.stringify(error)}`));
      else waiter?.resolve(result);
    }
  });
  const send = <T>(name: string, params: Record<string, unknown> = {}) =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      const body = Buffer.from(JSON.stringify([0, id, name, params]), 'utf8');
      socket.write(`${body.length}:`);
      socket.write(body);
    });
  const close = async () => {
    await send('Marionette:Quit', { flags: ['eForceQuit'] }).catch(() => undefined);
    socket.destroy();
    await new Promise<void>((resolve) => {
      if (child.exitCode !== null) resolve();
      else {
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
      }
    });
    rmSync(profile, { recursive: true, force: true });
  };
  return { ready, send, close };
}

async function connectWithRetry(port: number, timeoutMs: number): Promise<Socket> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await new Promise<Socket>((resolve, reject) => {
        const socket = connect(port, '127.0.0.1', () => resolve(socket));
        socket.once('error', reject);
      });
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address !== null
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}
