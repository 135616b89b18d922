// Where `npm run demo` puts the demo world: the port asked for (--port N or DEMO_PORT=N), else
// 8787, else — when 8787 is taken and no port was asked for — any free port. A busy port the
// user named is an answer for them, not a stack trace.
import type { Result } from '../../lib/shared/result';
import { DEFAULT_PORT, type DemoWorld, startDemoWorld } from './server';

export type PortChoice = { port: number; strict: boolean };
export type PortBusy = { code: 'port_busy' | 'port_invalid'; port: string };

/** The port from `--port N` or DEMO_PORT; `strict` when the user named it. */
export function choosePort(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
): Result<PortChoice, PortBusy> {
  const flag = argv.indexOf('--port');
  const requested = flag >= 0 ? argv[flag + 1] : env.DEMO_PORT;
  if (requested === undefined || requested === '')
    return { ok: true, value: { port: DEFAULT_PORT, strict: false } };
  const port = Number(requested);
  if (!/^\d+$/.test(requested) || port > 65_535) {
    return { ok: false, error: { code: 'port_invalid', port: requested } };
  }
  return { ok: true, value: { port, strict: true } };
}

/** Starts the demo world on the chosen port, or on a free one if 8787 was only the default. */
export async function startDemoWorldOn(choice: PortChoice): Promise<Result<DemoWorld, PortBusy>> {
  try {
    return { ok: true, value: await startDemoWorld({ port: choice.port }) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    if (choice.strict)
      return { ok: false, error: { code: 'port_busy', port: String(choice.port) } };
    return { ok: true, value: await startDemoWorld({ port: 0 }) };
  }
}
