// The Vite plugins that keep code generation and HTML sinks out of the bundles (build/*.ts), run
// on the real zod and Preact sources they rewrite.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import type { Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import { noInnerHtml } from '../../../build/no-inner-html';
import { setImmediateWithoutEval } from '../../../build/set-immediate';
import { zodJitless } from '../../../build/zod-jitless';

describe('zodJitless', () => {
  it('sets jitless before any module of ours that imports zod for values', () => {
    const value = transform(
      zodJitless(),
      "import * as z from 'zod/mini';\nexport const A = 1;",
      '/x/lib/a.ts',
    );
    expect(value?.split('\n')[0]).toMatch(/^import '\0credlens:zod-jitless';import \* as z/);
    expect(transform(zodJitless(), "import { z } from 'zod';", '/x/lib/b.tsx')).toMatch(
      /^import '/,
    );
    expect(transform(zodJitless(), "import type { z } from 'zod';", '/x/lib/c.ts')).toBeNull();
    expect(transform(zodJitless(), "import { h } from 'preact';", '/x/lib/d.ts')).toBeNull();
    const config = (zodJitless().load as (id: string) => string | null)('\0credlens:zod-jitless');
    expect(config).toContain('config({ jitless: true })');
  });

  it.each(['util', 'doc'])("leaves no Function constructor in zod's core/%s.js", (name) => {
    const path = resolve(`node_modules/zod/v4/core/${name}.js`);
    const source = readFileSync(path, 'utf8');
    expect(source).toMatch(/=\s*Function\s*;/);
    const out = transform(zodJitless(), source, path);
    expect(out).toContain('throw new EvalError');
    expect(out).not.toMatch(/=\s*Function\s*;/);
  });

  it('fails the build when zod no longer matches', () => {
    const path = resolve('node_modules/zod/v4/core/util.js');
    expect(() => transform(zodJitless(), 'export const x = 1;', path)).toThrow(/zod changed/);
  });
});

describe('noInnerHtml', () => {
  it("turns Preact's dangerouslySetInnerHTML into an error and leaves no innerHTML", () => {
    const path = resolve('node_modules/preact/dist/preact.mjs');
    const source = readFileSync(path, 'utf8');
    expect(source).toContain('innerHTML');
    const out = transform(noInnerHtml(), source, path);
    expect(out).not.toContain('innerHTML');
    expect(out).toContain('dangerouslySetInnerHTML is refused');
  });

  it('fails the build when Preact no longer matches', () => {
    const path = resolve('node_modules/preact/dist/preact.mjs');
    expect(() => transform(noInnerHtml(), 'e.innerHTML=x', path)).toThrow(/preact changed/);
  });
});

describe('setImmediateWithoutEval', () => {
  it('yields to a function with its arguments and refuses a string', async () => {
    const plugin = setImmediateWithoutEval();
    const id = (plugin.resolveId as (source: string) => string | null)('setimmediate');
    expect(id).not.toBeNull();
    const code = (plugin.load as (id: string) => string | null)(id ?? '');
    // A global without setImmediate, as in a service worker or a Firefox event page.
    const global: Record<string, unknown> = { MessageChannel };
    global.globalThis = global;
    runInNewContext(code ?? '', global);
    const setImmediate = global.setImmediate as (callback: unknown, ...args: unknown[]) => void;
    const seen = await new Promise((done) => setImmediate(done, 'a'));
    expect(seen).toBe('a');
    expect(() => setImmediate('alert(1)')).toThrow(/takes a function/);
  });
});

/** Calls a plugin's transform hook the way Vite does, with `this.error` throwing. */
function transform(plugin: Plugin, code: string, id: string): string | null {
  const hook = plugin.transform as (
    this: { error: (message: string) => never },
    code: string,
    id: string,
  ) => { code: string } | null;
  const context = {
    error: (message: string): never => {
      throw new Error(message);
    },
  };
  return hook.call(context, code, id)?.code ?? null;
}
