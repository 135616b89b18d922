// Folders are entered through their index.ts (STYLE §2): code outside a folder that has an
// index.ts imports only that index, never a file behind it — at every level, so lib/background
// reaches lib/verify/status only through lib/verify/index.ts. A meta-test rather than a Biome
// rule: Biome's noPrivateImports works from per-export JSDoc visibility tags, not from folders,
// and would need a tag on every export. The deliberate exceptions are listed below, each with
// its reason; an exception that is no longer used fails too, so the list cannot rot.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOTS = ['lib', 'components', 'entrypoints'];

/** lib/ folders that are not libraries with a public surface, and why. */
const NO_INDEX: Record<string, string> = {
  'lib/cli': 'the command-line program: its own composition root (main.ts), imported by no one',
  'lib/shared':
    'leaf utilities (Result, text, compact) with no dependencies: each importer takes only the file it needs, which keeps the content script bundle small',
};

/**
 * Imports allowed past an index.ts: `from` (a file or a folder prefix) may import `to`. Each
 * reason says why the index will not do.
 */
const EXCEPTIONS: { from: string; to: string; why: string }[] = [
  // The content script and its badge frames: every byte counts (30 KB budget, checked by
  // content-bundle.test.ts), and lib/messaging's and lib/holder's indexes pull in zod schemas
  // and the name rules of the worker. These leaves import nothing of that.
  ...['lib/messaging/frame.ts', 'lib/holder/page-person.ts', 'lib/holder/types.ts'].map((to) => ({
    from: 'entrypoints/recruiting.content/',
    to,
    why: 'content script: zod-free leaf modules, to keep its bundle small',
  })),
  {
    from: 'entrypoints/recruiting.content/',
    to: 'lib/storage/page-untouched.ts',
    why: 'content script: the zod-free reader of the page-untouched choice',
  },
  {
    from: 'entrypoints/recruiting.content/',
    to: 'lib/storage/key.ts',
    why: 'content script: the zod-free storage key of the settings it reads',
  },
  {
    from: 'entrypoints/badge/',
    to: 'lib/messaging/frame.ts',
    why: 'badge frame: the zod-free words between the content script and its frames',
  },
  // lib/verify and lib/holder use each other: verification collects holder evidence, and the
  // holder checks work on verification results. Through both indexes that is an import cycle
  // (holder/index → check.ts → verify/index → verify-credential.ts → holder/index), so each
  // side imports the other's leaf modules.
  ...[
    'lib/verify/verify-credential.ts',
    'lib/verify/ob2/ob2-result.ts',
    'lib/verify/providers/accredible.ts',
  ].map((from) => ({
    from,
    to: 'lib/holder/evidence.ts',
    why: 'verify ↔ holder: the index would close an import cycle',
  })),
  {
    from: 'lib/verify/result.ts',
    to: 'lib/holder/types.ts',
    why: 'verify ↔ holder: the index would close an import cycle',
  },
  // result.ts names the types a result carries; formats/index.ts also serves foreign-proofs.ts,
  // which builds checks with result.ts: through the index that is a cycle.
  ...['lib/verify/formats/credential-schema.ts', 'lib/verify/formats/summary.ts'].map((to) => ({
    from: 'lib/verify/result.ts',
    to,
    why: 'result.ts takes types from formats/ leaves: the index would close an import cycle',
  })),
  ...['lib/holder/evidence.ts', 'lib/holder/check.ts'].map((from) => ({
    from,
    to: 'lib/verify/ob2/recipient.ts',
    why: 'verify ↔ holder: recipient identities are a leaf both share; the index would cycle',
  })),
];

type Import = { from: string; to: string };

describe('folders are entered through their index.ts (meta)', () => {
  const files = ROOTS.flatMap(sourceFiles);
  const imports = files.flatMap(importsOf);

  it('finds the source and its relative imports', () => {
    expect(files.length).toBeGreaterThan(200);
    expect(imports.length).toBeGreaterThan(500);
  });

  it('gives every lib/ folder an index.ts, but the listed ones', () => {
    const folders = readdirSync('lib', { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `lib/${entry.name}`);
    for (const folder of folders)
      expect(existsSync(join(folder, 'index.ts')) || folder in NO_INDEX, folder).toBe(true);
    const verify = readdirSync('lib/verify', { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `lib/verify/${entry.name}`);
    expect(verify.length).toBeGreaterThanOrEqual(9);
    for (const folder of verify) expect(existsSync(join(folder, 'index.ts')), folder).toBe(true);
  });

  it('imports nothing behind another folder’s index.ts, but the listed exceptions', () => {
    const violations = imports
      .filter((edge) => pastIndex(edge) !== undefined)
      .filter((edge) => !EXCEPTIONS.some((exception) => allows(exception, edge)))
      .map((edge) => `${edge.from} → ${edge.to} (enter through ${pastIndex(edge)})`);
    expect(violations).toEqual([]);
  });

  it('lists only exceptions still in use, each with its reason', () => {
    for (const exception of EXCEPTIONS) {
      expect(exception.why.length, exception.to).toBeGreaterThan(20);
      const used = imports.some((edge) => allows(exception, edge) && pastIndex(edge) !== undefined);
      expect(used, `${exception.from} → ${exception.to}`).toBe(true);
    }
  });

  it('catches an import past an index (the rule can fail)', () => {
    expect(
      pastIndex({ from: 'lib/background/x.ts', to: 'lib/verify/status/trusted-list.ts' }),
    ).toBe('lib/verify/index.ts');
    expect(
      pastIndex({ from: 'lib/verify/ob2/x.ts', to: 'lib/verify/status/trusted-list.ts' }),
    ).toBe('lib/verify/status/index.ts');
    expect(pastIndex({ from: 'lib/background/x.ts', to: 'lib/verify/index.ts' })).toBeUndefined();
    expect(
      pastIndex({ from: 'lib/verify/status/a.ts', to: 'lib/verify/status/b.ts' }),
    ).toBeUndefined();
  });
});

/**
 * The index.ts an import should have gone through: the outermost folder around `to` that has an
 * index.ts and does not hold `from`. Undefined when the import is fine.
 */
function pastIndex({ from, to }: Import): string | undefined {
  const folders: string[] = [];
  for (let folder = dirname(to); ROOTS.some((root) => folder.startsWith(`${root}/`)); ) {
    folders.unshift(folder);
    folder = dirname(folder);
  }
  for (const folder of folders) {
    if (from.startsWith(`${folder}/`)) continue;
    const index = `${folder}/index.ts`;
    if (!existsSync(index)) continue;
    return to === index ? undefined : index;
  }
  return undefined;
}

function allows(exception: { from: string; to: string }, edge: Import): boolean {
  const fromMatches = exception.from.endsWith('/')
    ? edge.from.startsWith(exception.from)
    : edge.from === exception.from;
  return fromMatches && edge.to === exception.to;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every relative import and re-export of `file`, static or dynamic, resolved to a file. */
function importsOf(file: string): Import[] {
  const source = readFileSync(file, 'utf8');
  const specifiers = [
    ...source.matchAll(/^\s*(?:import|export)\b[^'";]*?\bfrom\s+'(\.[^']+)'/gm),
    ...source.matchAll(/^\s*import\s+'(\.[^']+)'/gm),
    ...source.matchAll(/\bimport\(\s*'(\.[^']+)'\s*\)/g),
  ].map((match) => match[1] as string);
  return specifiers.flatMap((specifier) => {
    const to = resolve(normalize(join(dirname(file), specifier)));
    return to === undefined ? [] : [{ from: file, to }];
  });
}

function resolve(path: string): string | undefined {
  for (const candidate of [path, `${path}.ts`, `${path}.tsx`, join(path, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile())
      return relative('.', candidate).replaceAll('\\', '/');
  }
  return undefined;
}
