// `npm run demo` with its port taken: 8787 busy and no port asked for means a free port; a busy
// port the user named, or a word that is not a port, is an answer, never a stack trace.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_PORT, type DemoWorld } from '../demo-world';
import { choosePort, startDemoWorldOn } from '../demo-world/listen';

describe('the demo port', () => {
  const open: Array<{ close: () => unknown }> = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((thing) => thing.close()));
  });
  const occupy = async (): Promise<number> => {
    const server: Server = createServer();
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    open.push(server);
    return (server.address() as AddressInfo).port;
  };
  const started = (world: DemoWorld) => {
    open.push(world);
    return world;
  };

  it('is 8787 unless --port or DEMO_PORT names one', () => {
    expect(choosePort([], {})).toEqual({ ok: true, value: { port: DEFAULT_PORT, strict: false } });
    expect(choosePort(['--port', '9001'], {})).toEqual({
      ok: true,
      value: { port: 9001, strict: true },
    });
    expect(choosePort([], { DEMO_PORT: '0' })).toEqual({
      ok: true,
      value: { port: 0, strict: true },
    });
    expect(choosePort(['--port', 'http'], {})).toEqual({
      ok: false,
      error: { code: 'port_invalid', port: 'http' },
    });
    expect(choosePort([], { DEMO_PORT: '70000' })).toMatchObject({ ok: false });
  });

  it('moves to a free port when the default one is taken, and serves there', async () => {
    const busy = await occupy();
    const result = await startDemoWorldOn({ port: busy, strict: false });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const world = started(result.value);
    expect(world.port).not.toBe(busy);
    expect(world.origin).toBe(`http://127.0.0.1:${world.port}`);
    // Its pages name the port it really has, so the demo build that follows it finds them.
    const page = await (await fetch(world.pages.profile)).text();
    expect(page).toContain(world.origin);
  });

  it('says which port is busy when the user named it', async () => {
    const busy = await occupy();
    const result = await startDemoWorldOn({ port: busy, strict: true });
    expect(result).toEqual({ ok: false, error: { code: 'port_busy', port: String(busy) } });
  });
});
