// Options composition root: the seal is renewed through the worker; enabled sites are the
// content scripts the popup registered (removed with their host permission); untouched sites,
// trusted issuers and data export/import go through lib/storage; "Clear cached verdicts" asks
// the worker.
import '../../components/ui/page.css';
import { render } from 'preact';
import { browser } from '#imports';
import { OptionsPage } from '../../components/options/options-page';
import { exportAll, importFile } from '../../components/ui/data-files';
import { plural, say, t, uiLanguage } from '../../components/ui/i18n';
import { type EditDone, editorFor, extensionUserStore } from '../../lib/extension';
import { createMessenger } from '../../lib/messaging';
import { RECRUITING_SITE_MATCHES } from '../../lib/sites';
import {
  normalSite,
  restoreBundledIssuer,
  type Settings,
  setPageUntouched,
  siteOfUrl,
  trustIssuer,
  untouchedSiteList,
  untrustIssuer,
} from '../../lib/storage';

/** The recruiting sites Credlens runs on by default, named as untouched choices name sites. */
const RECRUITING_SITES = RECRUITING_SITE_MATCHES.map((pattern) =>
  siteOfUrl(pattern.replace('*.', '')),
).filter((site): site is string => site !== undefined);

const root = document.getElementById('app');
// The page is in the browser's language (components/ui/i18n.tsx), and says so.
document.documentElement.lang = uiLanguage();
document.title = t('optionsTitle');
if (root) void start(root);

async function start(root: HTMLElement) {
  const send = createMessenger((message) => browser.runtime.sendMessage(message));
  const store = extensionUserStore();
  let settings: Settings | undefined;
  let sites: string[] = [];
  let message: string | undefined;

  const show: EditDone = (next, done) => {
    settings = next ?? settings;
    message = done;
    draw();
  };
  const edit = editorFor(store, show, say);

  const draw = () =>
    render(
      <OptionsPage
        seal={settings?.seal}
        sites={sites}
        untouched={untouchedSiteList(settings?.pageUntouched ?? { on: [], off: [] }, [
          ...RECRUITING_SITES,
          ...sites.map((origin) => siteOfUrl(origin) ?? ''),
        ])}
        trust={settings?.trustedIssuers ?? { added: [], removed: [] }}
        message={message}
        actions={{
          async renewSeal() {
            const seal = (await send('renewSeal', {}))?.seal;
            settings = await store.read();
            if (seal !== undefined) settings = { ...settings, seal };
            draw();
          },
          removeSite: (origin) => void removeSite(origin),
          setUntouched: (site, on) => {
            const clean = normalSite(site);
            if (clean === undefined) {
              message = t('saidNotASite', site.trim());
              draw();
              return;
            }
            void edit(
              (s) => setPageUntouched(s, clean, on),
              on ? t('saidUntouched', clean) : t('saidShowingBadges', clean),
            );
          },
          trustIssuer: (id, name) =>
            void edit((s) => trustIssuer(s, id, name), t('saidTrusting', name.trim() || id.trim())),
          untrustIssuer: (id, bundled) =>
            void edit((s) => untrustIssuer(s, id, bundled), t('saidNoLongerTrusted')),
          restoreIssuer: (id) =>
            void edit((s) => restoreBundledIssuer(s, id), t('saidTrustedAgain')),
          async clearCache() {
            const answer = await send('clearCache', {});
            message =
              answer === undefined
                ? t('saidNoBackground')
                : plural('saidCacheCleared', answer.cleared);
            draw();
          },
          exportJson: () => {
            // Nothing to export before the settings have loaded.
            if (settings !== undefined) exportAll(settings);
          },
          importJson: (file) => void importFile(store, file, show),
        }}
      />,
      root,
    );

  async function loadSites() {
    const scripts = await browser.scripting.getRegisteredContentScripts();
    sites = scripts
      .map((script) => script.id)
      .filter((id) => id.startsWith('site:'))
      .map((id) => id.slice('site:'.length));
  }

  async function removeSite(origin: string) {
    await browser.scripting.unregisterContentScripts({ ids: [`site:${origin}`] });
    // A host the manifest already requires cannot be removed; the registration is gone anyway.
    await browser.permissions.remove({ origins: [`${origin}/*`] }).catch(() => false);
    await loadSites();
    draw();
  }

  draw();
  settings = await store.read();
  await loadSites();
  draw();
}
