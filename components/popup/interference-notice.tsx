// The popup's warning that the page is tampering with Credlens badges: covering, clipping,
// moving or hiding them. The popup is the trusted surface, so it names every badge affected;
// the verdicts listed below it stand whatever the page shows inline.

import type { InterferenceReport } from '../../lib/messaging';
import { type MessageKey, t, tNodes } from '../ui/i18n';

const HOW: Record<InterferenceReport['how'], MessageKey> = {
  covered: 'interference_covered',
  clipped: 'interference_clipped',
  transparent: 'interference_transparent',
  filtered: 'interference_filtered',
  transformed: 'interference_transformed',
  hidden: 'interference_hidden',
  moved: 'interference_moved',
  reloaded: 'interference_reloaded',
  unclaimed: 'interference_unclaimed',
};

export function InterferenceNotice({ reports }: { reports: InterferenceReport[] }) {
  if (reports.length === 0) return null;
  return (
    <section class="panel stack interference" role="alert" aria-labelledby="interference-heading">
      <h2 id="interference-heading">{t('interferenceHeading')}</h2>
      <p>{t('interferenceExplain')}</p>
      <ul class="plain">
        {reports.slice(0, 20).map((report, index) => (
          <li key={index}>
            {tNodes('interferenceItem', <strong>{report.label}</strong>, t(HOW[report.how]))}
          </li>
        ))}
      </ul>
      {reports.length > 20 ? <p class="muted">{t('andMore', reports.length - 20)}</p> : null}
    </section>
  );
}
