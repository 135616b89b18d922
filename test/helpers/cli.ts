// An in-process host for the command line: files from a table, a fake fetch, a fixed clock,
// and standard output and error collected for the test to read.
import type { CliIo } from '../../lib/cli/run-cli';
import { fakeFetch, fixedClock, type Route } from './fake-fetch';

export function cliIo(
  files: Record<string, string>,
  routes: Record<string, Route> = {},
): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    fetch: fakeFetch(routes),
    now: fixedClock(),
    readFile: async (path) => {
      const text = files[path];
      if (text === undefined) throw new Error(`no file ${path}`);
      return new TextEncoder().encode(text);
    },
    readStdin: async () => new Uint8Array(),
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
  };
}
