// The options page: the personal seal (and a way to choose a new one), and the sites the user
// enabled Credlens on, each removable.

import type { Seal } from '../../lib/messaging';
import { SealLine } from '../popup/popup-shell';

export type OptionsPageProps = {
  seal?: Seal | undefined;
  sites: string[];
  onRenewSeal(): void;
  onRemoveSite(origin: string): void;
};

export function OptionsPage({ seal, sites, onRenewSeal, onRemoveSite }: OptionsPageProps) {
  return (
    <main style={{ font: '14px system-ui, sans-serif', padding: '16px', maxWidth: '640px' }}>
      <h1 style={{ fontSize: '20px' }}>Credlens options</h1>
      <section aria-labelledby="seal-heading">
        <h2 id="seal-heading" style={{ fontSize: '16px' }}>
          Your seal
        </h2>
        <p>
          Every genuine Credlens badge and card shows this seal. A web page cannot see it, so a fake
          "Verified" badge drawn by a page will not have it.
        </p>
        {seal === undefined ? <p>Loading…</p> : <SealLine seal={seal} />}
        <p>
          <button type="button" onClick={onRenewSeal}>
            Choose a new seal
          </button>
        </p>
      </section>
      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading" style={{ fontSize: '16px' }}>
          Sites you enabled
        </h2>
        {sites.length === 0 ? (
          <p>None yet. Use "Enable on this site" in the popup on any other site.</p>
        ) : (
          <ul>
            {sites.map((site) => (
              <li key={site}>
                {site}{' '}
                <button type="button" onClick={() => onRemoveSite(site)}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
