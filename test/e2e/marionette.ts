// A minimal client for Firefox's built-in Marionette protocol, enough to drive Debian's
// firefox-esr with the Firefox build of Credlens: install it as a temporary add-on, open pages
// (including the extension's own moz-extension:// pages, which WebDriver BiDi may not navigate
// to), run scripts, take screenshots. Playwright cannot drive a stock Firefox, and Marionette
// needs no driver binary. Protocol: messages are `<length>:<json>`; commands are
// `[0, id, name, params]`, answers `[1, id, error, result]`.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';

export const FIREFOX = '/usr/bin/firefox-esr';
/** The Firefox test build of Credlens (global-setup.ts builds it) and its add-on id. */
export const FIREFOX_EXTENSION_DIR = resolve('.output-test/firefox-mv3');
export const ADDON_ID = 'credlens@credlens.dev';
/** Fixed moz-extension:// host, so the test can open the extension's own pages. */
export const UUID = '5d0c1b8e-2f6a-4f4e-9a51-7c3e8d2b6a10';

export type Marionette = {
  send<T = unknown>(name: string, params?: Record<string, unknown>): Promise<T>;
  /** What Firefox printed so far (its console, with the stdout prefs below), last 2 MB. */
  output(): string;
  close(): Promise<void>;
};

/**
 * Uncaught errors of the extension's own code in what Firefox printed: its pages and background
 * print as "JavaScript error: moz-extension://…". Firefox prints console.error calls without
 * their source, and CSP refusals not at all, so those cannot be told apart here.
 */
export function extensionErrorsIn(output: string): string[] {
  return output.split('\n').filter((line) => line.startsWith('JavaScript error: moz-extension://'));
}

/** How long Firefox may take to start, and any one command to answer. */
const START_TIMEOUT_MS = 30_000;
const COMMAND_TIMEOUT_MS = 30_000;

/** Starts headless Firefox with Marionette on a port of its choosing and a fresh profile. */
export async function launchFirefox(
  prefs: Record<string, string | number | boolean>,
): Promise<Marionette> {
  if (!existsSync(FIREFOX))
    throw new Error(`Firefox not found at ${FIREFOX}: apt-get install firefox-esr`);
  const profile = mkdtempSync(join(tmpdir(), 'credlens-firefox-'));
  const all: Record<string, string | number | boolean> = {
    // Port 0: Firefox picks a free one and writes it to MarionetteActivePort (no port race).
    'marionette.port': 0,
    // No first-run pages, updates, telemetry or default-browser prompts on an offline machine.
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.homepage_override.mstone': 'ignore',
    'browser.aboutwelcome.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
    'app.update.disabledForTesting': true,
    'browser.safebrowsing.update.enabled': false,
    'extensions.update.enabled': false,
    // The browser console (extension pages and background included) on standard output.
    'devtools.console.stdout.chrome': true,
    'devtools.console.stdout.content': true,
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
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' } },
  );
  let printed = '';
  const keep = (chunk: Buffer) => {
    printed = (printed + chunk.toString('utf8')).slice(-2_000_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  try {
    const port = await activePort(profile, child, START_TIMEOUT_MS);
    const socket = await connectWithRetry(port, START_TIMEOUT_MS);
    const client = { ...createClient(socket, child, profile), output: () => printed };
    await withTimeout(client.ready, START_TIMEOUT_MS, 'Marionette did not greet');
    await client.send('WebDriver:NewSession', {
      capabilities: { alwaysMatch: { acceptInsecureCerts: false } },
    });
    return client;
  } catch (error) {
    // Nothing left behind when the start fails: no browser process, no profile folder.
    child.kill('SIGKILL');
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}

/** The port Firefox chose, from the file Marionette writes into the profile. */
async function activePort(
  profile: string,
  child: ChildProcess,
  timeoutMs: number,
): Promise<number> {
  const file = join(profile, 'MarionetteActivePort');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Firefox exited with ${child.exitCode}`);
    if (existsSync(file)) {
      const port = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(port) && port > 0) return port;
    }
    if (Date.now() > deadline) throw new Error('Firefox did not start Marionette in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
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
  // A dropped connection (Firefox crashed or quit) fails every waiting command at once.
  let closed: Error | undefined;
  const failAll = (error: Error) => {
    closed ??= error;
    for (const waiter of pending.values()) waiter.reject(error);
    pending.clear();
  };
  socket.on('close', () => failAll(new Error('Marionette connection closed')));
  socket.on('error', (error) => failAll(error));
  const send = <T>(name: string, params: Record<string, unknown> = {}) => {
    if (closed !== undefined) return Promise.reject(closed);
    const answer = new Promise<T>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      const body = Buffer.from(JSON.stringify([0, id, name, params]), 'utf8');
      socket.write(`${body.length}:`);
      socket.write(body);
    });
    return withTimeout(answer, COMMAND_TIMEOUT_MS, `Marionette ${name} did not answer`);
  };
  const close = async () => {
    await withTimeout(
      send('Marionette:Quit', { flags: ['eForceQuit'] }),
      5_000,
      'Firefox did not quit',
    ).catch(() => undefined);
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

/**
 * `launchFirefox` with the Credlens test build installed as a temporary add-on under the fixed
 * UUID, so its pages can be opened with `openExtensionTab`.
 */
export async function launchFirefoxWithCredlens(
  prefs: Record<string, string | number | boolean> = {},
): Promise<Marionette> {
  const firefox = await launchFirefox({
    'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
    ...prefs,
  });
  try {
    const installed = await firefox.send<{ value: string }>('Addon:Install', {
      path: FIREFOX_EXTENSION_DIR,
      temporary: true,
    });
    if (installed.value !== ADDON_ID)
      throw new Error(`Installed ${installed.value}, expected ${ADDON_ID}`);
    return firefox;
  } catch (error) {
    await firefox.close();
    throw error;
  }
}

/**
 * Opens one of the extension's pages in a new tab and switches to it. Marionette may not
 * navigate to moz-extension:// URLs; a trusted tab opened from the browser chrome may.
 */
export async function openExtensionTab(firefox: Marionette, path: string): Promise<void> {
  const before = await firefox.send<string[]>('WebDriver:GetWindowHandles');
  await firefox.send('Marionette:SetContext', { value: 'chrome' });
  await runScript(
    firefox,
    'const w = Services.wm.getMostRecentWindow("navigator:browser"); w.gBrowser.selectedTab = w.gBrowser.addTrustedTab(arguments[0]);',
    `moz-extension://${UUID}/${path}`,
  );
  await firefox.send('Marionette:SetContext', { value: 'content' });
  const settle = { timeout: COMMAND_TIMEOUT_MS, interval: 250 };
  let opened: string | undefined;
  await expect
    .poll(async () => {
      const after = await firefox.send<string[]>('WebDriver:GetWindowHandles');
      opened = after.find((handle) => !before.includes(handle));
      return opened;
    }, settle)
    .toBeDefined();
  await firefox.send('WebDriver:SwitchToWindow', { handle: opened });
  // Mid-navigation the page may not answer yet: a failed read counts as not there yet.
  await expect
    .poll(() => runScript<string>(firefox, 'return location.href').catch(() => ''), settle)
    .toContain(path);
}

/** Runs `script` in Marionette's current context (content or chrome) and returns its value. */
export async function runScript<T>(
  firefox: Marionette,
  script: string,
  ...args: unknown[]
): Promise<T> {
  return (await firefox.send<{ value: T }>('WebDriver:ExecuteScript', { script, args })).value;
}

/** A screenshot of the whole page in front, written to `path`. */
export async function screenshotTo(firefox: Marionette, path: string): Promise<void> {
  const { value } = await firefox.send<{ value: string }>('WebDriver:TakeScreenshot', {
    full: true,
  });
  writeFileSync(path, Buffer.from(value, 'base64'));
}
