// The shipped builds as store review sees them (issue 15): `npm run zip` makes the three store
// archives and finds that the sources zip builds the Firefox zip; `web-ext lint` on the Firefox
// build with no error and no warning (what AMO runs); no code generation and no HTML sink in any
// shipped file of either browser; zod switched to jitless before its schemas; the icons the
// manifests name present at their sizes.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const CHROME = resolve('.output/chrome-mv3');
const FIREFOX = resolve('.output/firefox-mv3');
// Policy: shipped code neither generates code nor writes HTML (render text, never HTML).
const FORBIDDEN: Record<string, RegExp> = {
  innerHTML: /\binnerHTML\b/,
  outerHTML: /\bouterHTML\b/,
  insertAdjacentHTML: /\binsertAdjacentHTML\b/,
  'document.write': /\bdocument\.write(ln)?\s*\(/,
  createContextualFragment: /\bcreateContextualFragment\b/,
  srcdoc: /\bsrcdoc\b/,
  'new Function': /\bnew\s+Function\b/,
  'Function(…)': /(^|[^.\w$])Function\s*\(/,
  'Function as a value': /[=,(:?]\s*Function\s*[;,)}]/,
  eval: /(^|[^.\w$])eval\s*\(/,
};

describe('the shipped builds as store review sees them', () => {
  let zip: { status: number | null; stdout: string; stderr: string };
  beforeAll(() => {
    // `npm run zip`: the normal (store) builds of both browsers, their archives and the check.
    zip = spawnSync('npx', ['tsx', 'scripts/zip.ts'], { encoding: 'utf8' });
  }, 180_000);

  it('zips Chrome, Firefox and the Firefox sources, which build the Firefox zip file for file', () => {
    expect(zip.stderr).not.toMatch(/✘/);
    expect(zip.status, zip.stderr.slice(-2000)).toBe(0);
    const listed = zip.stdout.match(/credlens-[\d.]+-(chrome|firefox|sources)\.zip/g);
    expect(listed?.map((name) => name.replace(/^credlens-[\d.]+-/, ''))).toEqual([
      'chrome.zip',
      'firefox.zip',
      'sources.zip',
    ]);
    expect(zip.stdout).toContain('the sources zip builds the Firefox zip file for file');
  });

  it('passes web-ext lint on the Firefox build with 0 errors and 0 warnings', () => {
    const run = spawnSync(
      resolve('node_modules/.bin/web-ext'),
      ['lint', '--source-dir', FIREFOX, '--output', 'json', '--boring', '--no-config-discovery'],
      { encoding: 'utf8' },
    );
    const report = JSON.parse(run.stdout) as LintReport;
    const listed = (messages: LintMessage[]) =>
      messages.map((m) => `${m.code} ${m.file ?? ''}:${m.line ?? ''} ${m.message}`);
    expect(listed(report.errors)).toEqual([]);
    expect(listed(report.warnings)).toEqual([]);
    expect(report.summary).toMatchObject({ errors: 0, warnings: 0 });
  });

  it.each([
    ['Chrome', CHROME],
    ['Firefox', FIREFOX],
  ])('ships no code generation or HTML sink in the %s build', (_name, dir) => {
    const files = shippedCode(dir);
    expect(files.length).toBeGreaterThan(5);
    const found = files.flatMap((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      return Object.entries(FORBIDDEN)
        .filter(([, pattern]) => pattern.test(text))
        .map(([name]) => `${file}: ${name}`);
    });
    expect(found).toEqual([]);
  });

  it.each([
    ['Chrome', CHROME],
    ['Firefox', FIREFOX],
  ])('switches zod to jitless before zod defines its schema types (%s)', (_name, dir) => {
    const scripts = shippedCode(dir).filter((file) => file.endsWith('.js'));
    const text = new Map(scripts.map((file) => [file, readFileSync(join(dir, file), 'utf8')]));
    const setsJitless = (file: string) => text.get(file)?.includes('jitless:!0') === true;
    const checked = scripts.flatMap((file) => {
      const code = text.get(file) ?? '';
      const firstType = code.search(/`Zod(Mini)?Type`/);
      if (firstType < 0) return [];
      const own = code.indexOf('jitless:!0');
      // A chunk's static imports run before its body: a chunk that sets jitless counts too.
      const imported = [...code.matchAll(/from"\.\/([^"]+)"/g)].map((match) =>
        join(file, '..', match[1] ?? ''),
      );
      const first = (own >= 0 && own < firstType) || imported.some(setsJitless);
      return [`${file}: ${first ? 'jitless first' : 'NOT jitless'}`];
    });
    expect(checked.length).toBeGreaterThan(0);
    expect(checked.filter((line) => !line.endsWith('jitless first'))).toEqual([]);
  });

  it.each([
    ['Chrome', CHROME],
    ['Firefox', FIREFOX],
  ])(
    'names icons at 16, 32, 48 and 128 px for the extension and its toolbar button (%s)',
    (name, dir) => {
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
      const sets = [manifest.icons, manifest.action?.default_icon];
      if (name === 'Firefox') sets.push(manifest.sidebar_action?.default_icon);
      for (const icons of sets) {
        expect(Object.keys(icons ?? {}).sort()).toEqual(['128', '16', '32', '48']);
        for (const [size, path] of Object.entries(icons ?? {})) {
          const png = readFileSync(join(dir, path));
          expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([
            Number(size),
            Number(size),
          ]);
        }
      }
    },
  );

  it.each([
    ['Chrome', CHROME],
    ['Firefox', FIREFOX],
  ])('has every permission it asks for explained in store/permissions.md (%s)', (_name, dir) => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
    const asked = [
      ...(manifest.permissions ?? []),
      ...(manifest.optional_permissions ?? []),
      ...(manifest.host_permissions ?? []),
      ...(manifest.optional_host_permissions ?? []),
      ...(manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []),
      ...(manifest.web_accessible_resources ?? []).flatMap((entry) => entry.resources),
    ];
    expect(asked.length).toBeGreaterThan(10);
    const notes = readFileSync('store/permissions.md', 'utf8');
    expect(asked.filter((permission) => !notes.includes(`\`${permission}\``))).toEqual([]);
  });
});

type LintMessage = { code: string; message: string; file?: string; line?: number };
type LintReport = {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
};
type Icons = Record<string, string>;
type Manifest = {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: Array<{ matches?: string[] }>;
  web_accessible_resources?: Array<{ resources: string[] }>;
  icons?: Icons;
  action?: { default_icon?: Icons };
  sidebar_action?: { default_icon?: Icons };
};

/** Every script and page in a build folder, relative to it. */
function shippedCode(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) =>
    /\.(m?js|html)$/.test(file),
  );
}
