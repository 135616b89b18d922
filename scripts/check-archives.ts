// Checks the store archives `npm run zip` wrote: exactly the Chrome zip, the Firefox zip and the
// Firefox sources zip AMO asks for; each browser's manifest as that store expects; and the
// sources zip, unpacked on its own (with this checkout's node_modules, i.e. `npm ci` from its
// lock file), building the very Firefox extension in the Firefox zip, file for file.
import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { readZip } from './read-zip';

export type Archive = { name: string; bytes: number; files: number };
export type ArchiveReport = { archives: Archive[]; problems: string[] };

/** Lists and checks the three archives in `outDir` for package version `version`. */
export function checkArchives(outDir: string, version: string): ArchiveReport {
  const expected = ['chrome', 'firefox', 'sources'].map(
    (kind) => `credlens-${version}-${kind}.zip`,
  );
  const names = readdirSync(outDir)
    .filter((name) => name.endsWith('.zip'))
    .sort();
  const problems: string[] = [];
  if (names.join() !== expected.join()) {
    problems.push(`expected exactly ${expected.join(', ')}; found ${names.join(', ') || 'none'}`);
  }
  const contents = new Map(
    names.map((name) => [name, readZip(readFileSync(join(outDir, name)))] as const),
  );
  const archives = names.map((name) => ({
    name,
    bytes: statSync(join(outDir, name)).size,
    files: contents.get(name)?.size ?? 0,
  }));
  const [chrome, firefox, sources] = expected.map((name) => contents.get(name));
  if (chrome !== undefined) problems.push(...manifestProblems('Chrome', chrome, false));
  if (firefox !== undefined) problems.push(...manifestProblems('Firefox', firefox, true));
  if (firefox !== undefined && sources !== undefined) {
    problems.push(...rebuildProblems(sources, firefox));
  }
  return { archives, problems };
}

function manifestProblems(browser: string, files: Map<string, Buffer>, gecko: boolean): string[] {
  const raw = files.get('manifest.json');
  if (raw === undefined) return [`${browser} zip: no manifest.json at its root`];
  const manifest = JSON.parse(raw.toString('utf8')) as {
    icons?: Record<string, string>;
    browser_specific_settings?: { gecko?: { id?: string } };
    host_permissions?: string[];
  };
  const problems: string[] = [];
  for (const path of Object.values(manifest.icons ?? {})) {
    if (!files.has(path)) problems.push(`${browser} zip: icon ${path} missing`);
  }
  if (Object.keys(manifest.icons ?? {}).length === 0) problems.push(`${browser} zip: no icons`);
  if ((manifest.browser_specific_settings?.gecko?.id !== undefined) !== gecko) {
    problems.push(`${browser} zip: gecko id ${gecko ? 'missing' : 'present'}`);
  }
  // Policy: a store archive is never the test/demo build, which may reach loopback over http.
  if ((manifest.host_permissions ?? []).some((host) => host.startsWith('http://'))) {
    problems.push(`${browser} zip: a test build (http host permissions)`);
  }
  return problems;
}

/**
 * The environment of a store build: never the test/demo build's switches, and no NODE_ENV from
 * the caller — under vitest it is `test`, which gives Preact's development build a different
 * output (seen in CI: every UI chunk differed from the sources zip's rebuild).
 */
export function storeBuildEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.CREDLENS_TEST_HOSTS;
  delete env.CREDLENS_DEMO_ORIGIN;
  delete env.NODE_ENV;
  return env;
}

/** Unpacks the sources, builds Firefox from them alone and compares with the Firefox zip. */
function rebuildProblems(sources: Map<string, Buffer>, firefox: Map<string, Buffer>): string[] {
  const root = mkdtempSync(join(tmpdir(), 'credlens-sources-'));
  try {
    for (const [path, bytes] of sources) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), bytes);
    }
    symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
    const env = storeBuildEnv();
    const wxt = resolve('node_modules/.bin/wxt');
    execFileSync(wxt, ['build', '-b', 'firefox', '--mv3'], { cwd: root, env, stdio: 'ignore' });
    const built = join(root, '.output/firefox-mv3');
    const rebuilt = readdirSync(built, { recursive: true, encoding: 'utf8' }).filter((path) =>
      statSync(join(built, path)).isFile(),
    );
    const problems: string[] = [];
    for (const path of rebuilt) {
      const shipped = firefox.get(path);
      if (shipped === undefined)
        problems.push(`sources build ${path}, which the Firefox zip lacks`);
      else if (!shipped.equals(readFileSync(join(built, path)))) {
        problems.push(`sources build a different ${path}`);
      }
    }
    for (const path of firefox.keys()) {
      if (!rebuilt.includes(path)) problems.push(`sources do not build ${path}`);
    }
    return problems;
  } catch (error) {
    return [`the sources zip does not build: ${(error as Error).message.split('\n')[0]}`];
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
