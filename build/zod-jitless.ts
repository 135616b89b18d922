// Vite plugin: zod never generates code in Credlens's bundles (issue 15). zod 4 compiles object
// parsers with the Function constructor unless `jitless` is set, and probes whether eval works
// even then; AMO review flags both, and a strict CSP reports the probe as a violation.
import type { Plugin } from 'vite';

const JITLESS = '\0credlens:zod-jitless';
// zod's core names the Function constructor in these modules and nowhere else (zod 4.6).
const ZOD_CODE_GENERATION = /\/node_modules\/zod\/v4\/core\/(util|doc|compile)\.js$/;
const FUNCTION_ALIAS = 'const F = Function;';
// What a CSP without 'unsafe-eval' does to `new Function`: zod handles it by design (jitless).
const REFUSED =
  'const F = function () { throw new EvalError("Credlens generates no code at run time"); };';
// A value import of zod (type-only imports vanish from the bundle and need no setting).
const IMPORTS_ZOD = /^\s*import\s+(?!type\b)[^;]*?from\s*['"]zod(\/mini)?['"]/m;

/**
 * 1. Every module of ours that imports zod first imports a module that calls
 *    `config({ jitless: true })`, so the setting is in place before any schema is built (zod reads
 *    it when a schema is created), in every bundle that has schemas and in no other.
 * 2. zod's own `const F = Function` becomes a constructor that throws, as under a strict CSP, so
 *    no Function constructor is left in shipped code. The build fails if zod stops matching.
 */
export function zodJitless(): Plugin {
  return {
    name: 'credlens:zod-jitless',
    enforce: 'pre',
    resolveId: (source) => (source === JITLESS ? JITLESS : null),
    load: (id) =>
      id === JITLESS ? "import { config } from 'zod/v4/core';\nconfig({ jitless: true });\n" : null,
    transform(code, id) {
      const path = id.split('?')[0] ?? id;
      if (ZOD_CODE_GENERATION.test(path)) {
        if (!code.includes(FUNCTION_ALIAS)) {
          this.error(
            `zod changed: "${FUNCTION_ALIAS}" is gone from ${path}; revisit build/zod-jitless.ts`,
          );
        }
        return { code: code.replaceAll(FUNCTION_ALIAS, REFUSED), map: null };
      }
      if (path.includes('/node_modules/') || !/\.tsx?$/.test(path) || !IMPORTS_ZOD.test(code)) {
        return null;
      }
      // On the first line, so every later line keeps its number for source maps.
      return { code: `import '${JITLESS}';${code}`, map: null };
    },
  };
}
