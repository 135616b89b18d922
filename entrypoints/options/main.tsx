// Options composition root: seal renewal through the worker; enabled sites are the content
// scripts the popup registered, removed together with their host permission.
import { render } from 'preact';
import { browser } from '#imports';
import { OptionsPage } from '../../components/options/options-page';
import { createMessenger, type Seal } from '../../lib/messaging';

const root = document.getElementById('app');
if (root) void start(root);

async function start(root: HTMLElement) {
  const send = createMessenger((message) => browser.runtime.sendMessage(message));
  let seal: Seal | undefined;
  let sites: string[] = [];
  const draw = () =>
    render(
      <OptionsPage seal={seal} sites={sites} onRenewSeal={renewSeal} onRemoveSite={removeSite} />,
      root,
    );

  async function loadSites() {
    const scripts = await browser.scripting.getRegisteredContentScripts();
    sites = scripts
      .map((script) => script.id)
      .filter((id) => id.startsWith('site:'))
      .map((id) => id.slice('site:'.length));
  }

  async function renewSeal() {
    seal = (await send('renewSeal', {}))?.seal ?? seal;
    draw();
  }

  async function removeSite(origin: string) {
    await browser.scripting.unregisterContentScripts({ ids: [`site:${origin}`] });
    // A host the manifest already requires cannot be removed; the registration is gone anyway.
    await browser.permissions.remove({ origins: [`${origin}/*`] }).catch(() => false);
    await loadSites();
    draw();
  }

  draw();
  seal = (await send('getSeal', {}))?.seal;
  await loadSites();
  draw();
}
