// Compare page composition root: the user's roles and shortlists from storage, edits written
// back through lib/storage, exports as downloads, imports validated before anything changes.
import '../../components/ui/page.css';
import { render } from 'preact';
import { browser } from '#imports';
import { ComparePage } from '../../components/compare/compare-page';
import { download, exportAll, importFile } from '../../components/ui/data-files';
import { say, t, uiLanguage } from '../../components/ui/i18n';
import { type EditDone, editorFor, extensionUserStore } from '../../lib/extension';
import { compareCandidates, shortlistCsv } from '../../lib/matching';
import {
  deleteRole,
  removeFromShortlist,
  renameRole,
  SETTINGS_KEY,
  type Settings,
} from '../../lib/storage';

const root = document.getElementById('app');
// The page is in the browser's language (components/ui/i18n.tsx), and says so.
document.documentElement.lang = uiLanguage();
document.title = t('compareTitle');
if (root) void start(root);

async function start(root: HTMLElement) {
  const store = extensionUserStore();
  let settings: Settings = await store.read();
  let roleId = new URLSearchParams(location.search).get('role') ?? settings.pinnedRoleId;
  let message: string | undefined;

  const show: EditDone = (next, done) => {
    settings = next ?? settings;
    message = done;
    draw();
  };
  const edit = editorFor(store, show, say);

  const draw = () =>
    render(
      <ComparePage
        seal={settings.seal}
        roles={settings.roles}
        shortlist={settings.shortlist}
        roleId={roleId}
        message={message}
        actions={{
          chooseRole(id) {
            roleId = id;
            message = undefined;
            draw();
          },
          renameRole: (id, title) =>
            void edit((s) => renameRole(s, id, title, new Date()), t('saidRenamed')),
          deleteRole: (id) => void edit((s) => deleteRole(s, id), t('saidRoleDeleted')),
          remove: (id) =>
            void edit((s) => removeFromShortlist(s, id), t('saidRemovedFromShortlist')),
          exportCsv(role, sort) {
            const rows = compareCandidates(role, settings.shortlist, sort);
            download(`credlens-${slug(role.title)}.csv`, 'text/csv', shortlistCsv(role, rows, say));
          },
          exportJson: () => exportAll(settings),
          importJson: (file) => void importFile(store, file, show),
        }}
      />,
      root,
    );

  // Another Credlens page (the popup) may save a candidate while this one is open.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETTINGS_KEY in changes)
      void store.read().then((next) => {
        settings = next;
        draw();
      });
  });
  draw();
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'role'
  );
}
