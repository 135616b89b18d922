// The content script's modules never pull in the confusables table (lib/issuers): it is for the
// worker only, and the content script has a 30 KB gzip budget. Bundled here with esbuild's tree
// shaking, as the build does, from the content script's own entry (WXT's #imports left out).

import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('content-script bundle', () => {
  it('leaves out the confusables table and the look-alike checks', async () => {
    const out = await build({
      entryPoints: ['entrypoints/recruiting.content/index.ts'],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      outdir: 'out',
      jsx: 'automatic',
      jsxImportSource: 'preact',
      external: ['#imports'],
      logLevel: 'silent',
    });
    const code = out.outputFiles.map((file) => file.text).join('\n');
    expect(code).toContain('startPageScanner');
    expect(code).not.toMatch(/unhomoglyph|skeletonOf|lookalikeOf|mixedScripts/);
    // A sample of the table itself, Cyrillic А's entry (esbuild writes it escaped).
    expect(code).not.toMatch(/(?:\\u0410|\u0410)"?:\s*"A"/i);
  });
});
