// WXT build configuration: one source tree, Chrome and Firefox MV3 builds.
//
// Test/demo build switch: CREDLENS_TEST_HOSTS=127.0.0.1,localhost npm run build adds
// http://<host>/* to the content-script matches and host permissions, lets the worker fetch
// plain http from loopback, and sends provider API requests to the demo world at
// CREDLENS_DEMO_ORIGIN (default http://127.0.0.1:8787). In it, pages on localhost stand for
// linkedin.com (page-untouched mode, issue 15), while 127.0.0.1 is a site of its own. A normal
// build contains none of it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { noInnerHtml } from './build/no-inner-html';
import { preloadSkills } from './build/preload-skills';
import { setImmediateWithoutEval } from './build/set-immediate';
import { zodJitless } from './build/zod-jitless';
import { providerHostPermissions } from './lib/detect/host-permissions';
import { shippedPackFiles } from './lib/skills/pack-files';

const testHosts = (process.env.CREDLENS_TEST_HOSTS ?? '')
  .split(',')
  .map((host) => host.trim())
  .filter((host) => /^(127\.\d+\.\d+\.\d+|localhost)$/.test(host));
const testOrigins = testHosts.map((host) => `http://${host}/*`);
// Rendered from assets/icon.svg and assets/icon-small.svg by `npm run icons`.
const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };
const testConfig =
  testHosts.length > 0
    ? {
        demoOrigin: process.env.CREDLENS_DEMO_ORIGIN ?? 'http://127.0.0.1:8787',
        siteAliases: { localhost: 'linkedin.com' },
      }
    : null;

export default defineConfig({
  // The test build goes to its own folder, so a normal build is never mistaken for it.
  outDir: testConfig === null ? '.output' : '.output-test',
  // Policy: no auto-imports, so lib/ cannot come to depend on WXT globals by accident.
  imports: false,
  // WXT's own browser runner cannot open a window on CI machines; E2E goes through playwright-core.
  webExt: { disabled: true },
  // `npm run zip` (scripts/zip.ts): the Firefox sources zip for AMO review holds what
  // `npm ci && npm run build` needs and the store texts; tests, fixtures and outputs stay out.
  zip: {
    includeSources: [
      'package.json',
      'package-lock.json',
      'wxt.config.ts',
      'tsconfig.json',
      'tsconfig.lib.json',
      'README.md',
      'entrypoints/**',
      'components/**',
      'lib/**',
      'build/**',
      'public/**',
      'assets/**',
      'scripts/**',
      'store/*.md',
      'store/listing/**',
    ],
  },
  vite: () => ({
    define: { __CREDLENS_TEST__: JSON.stringify(testConfig) },
    // Store review flags code generation and HTML sinks: none ships (build/*.ts say how).
    plugins: [zodJitless(), noInnerHtml(), setImmediateWithoutEval(), preloadSkills()],
  }),
  manifest: ({ browser }) => ({
    name: 'Credlens',
    // public/_locales: English, German, French and Spanish; the browser's language chooses.
    default_locale: 'en',
    description: '__MSG_extDescription__',
    icons: ICONS,
    // The toolbar icon; its badge text and colour are set per tab by the background worker.
    action: { default_icon: ICONS },
    // scripting + activeTab: "Scan this page" and "Enable on this site" from the popup.
    permissions: ['storage', 'scripting', 'activeTab', 'declarativeNetRequest'],
    host_permissions: [...providerHostPermissions(), ...testOrigins],
    // Issuers, DID documents and status lists live anywhere: asked for at run time, per site.
    optional_host_permissions: ['https://*/*'],
    // Badges are extension frames on web pages (entrypoints/badge): the page can embed the
    // frame's empty shell, but it shows nothing without a token only the content script has.
    web_accessible_resources: [
      { resources: ['badge.html'], matches: ['http://*/*', 'https://*/*'] },
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'credlens@credlens.dev',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    // The skills pack ships as data under skills/ (lib/extension/skills-pack.ts fetches it),
    // made from the committed files the CLI reads, never a second copy in public/.
    'build:publicAssets': (_wxt, files) => {
      // Binary files go through a file of their own: WXT writes `contents` as UTF-8 text.
      const committed = (file: string) => readFileSync(resolve('lib/skills/data', file), 'utf8');
      const dir = resolve('.wxt/skills-pack');
      mkdirSync(dir, { recursive: true });
      for (const { file, bytes } of shippedPackFiles(committed)) {
        writeFileSync(resolve(dir, file), bytes);
        files.push({ absoluteSrc: resolve(dir, file), relativeDest: `skills/${file}` });
      }
    },
    'build:manifestGenerated': (_wxt, manifest) => {
      // Firefox's sidebar shows its own icon in the sidebar switcher.
      if (manifest.sidebar_action !== undefined) manifest.sidebar_action.default_icon = ICONS;
      if (testOrigins.length === 0) return;
      for (const script of manifest.content_scripts ?? []) {
        script.matches = [...(script.matches ?? []), ...testOrigins];
        // The demo world's /other-site/ stands for a site Credlens does not cover by default.
        script.exclude_matches = testHosts.map((host) => `http://${host}/other-site/*`);
      }
    },
  },
});
