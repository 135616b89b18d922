// Vite plugin: no HTML sink in shipped code (issue 15). Credlens renders text, never HTML, and
// never passes `dangerouslySetInnerHTML`; but Preact's renderer still carries the code that
// assigns it to `innerHTML`, which AMO review flags in every bundle that renders Preact.
import type { Plugin } from 'vite';

const PREACT = /\/node_modules\/preact\/dist\/preact\.mjs$/;
// Preact 11's minified diff: `h.__html==t.innerHTML` (skip if unchanged) and `t.innerHTML=h.__html`.
const COMPARE = /\b\w+\.__html==\w+\.innerHTML\b/g;
const ASSIGN = /\b\w+\.innerHTML=\w+\.__html\b/g;
const REFUSE =
  '(()=>{throw new TypeError("Credlens renders text, never HTML: dangerouslySetInnerHTML is refused")})()';

/**
 * Turns Preact's `dangerouslySetInnerHTML` into an error: the one place that would set
 * `innerHTML` throws instead. The build fails if Preact's code stops matching (an upgrade).
 */
export function noInnerHtml(): Plugin {
  return {
    name: 'credlens:no-inner-html',
    enforce: 'pre',
    transform(code, id) {
      const path = id.split('?')[0] ?? id;
      if (!PREACT.test(path)) return null;
      const compares = code.match(COMPARE)?.length ?? 0;
      const assigns = code.match(ASSIGN)?.length ?? 0;
      if (compares !== 1 || assigns !== 1) {
        this.error(
          `preact changed (innerHTML ${compares}/${assigns}); revisit build/no-inner-html.ts`,
        );
      }
      const refused = code.replace(COMPARE, '!1').replace(ASSIGN, REFUSE);
      if (refused.includes('innerHTML')) this.error('preact still sets innerHTML somewhere');
      return { code: refused, map: null };
    },
  };
}
