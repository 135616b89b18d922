// WXT build configuration: one source tree, Chrome and Firefox MV3 builds.
import { defineConfig } from 'wxt';

export default defineConfig({
  // Policy: no auto-imports, so lib/ cannot come to depend on WXT globals by accident.
  imports: false,
  // WXT's own browser runner cannot open a window on CI machines; E2E goes through playwright-core.
  webExt: { disabled: true },
  manifest: ({ browser }) => ({
    name: 'Credlens',
    description: 'Shows which credentials on the page you are reading are real.',
    permissions: ['storage'],
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
});
