// The popup's warning that the page is tampering with Credlens badges: covering, clipping,
// moving or hiding them. The popup is the trusted surface, so it names every badge affected;
// the verdicts listed below it stand whatever the page shows inline.

import type { InterferenceReport } from '../../lib/messaging';

const HOW: Record<InterferenceReport['how'], string> = {
  covered: 'covered by something else',
  clipped: 'clipped or masked',
  transparent: 'made transparent',
  filtered: 'filtered or blended',
  transformed: 'distorted',
  hidden: 'hidden or restyled',
  moved: 'moved away from its link',
  reloaded: 'reloaded by the page',
  unclaimed: 'never allowed to show',
};

export function InterferenceNotice({ reports }: { reports: InterferenceReport[] }) {
  if (reports.length === 0) return null;
  return (
    <section class="panel stack interference" role="alert" aria-labelledby="interference-heading">
      <h2 id="interference-heading">This page is interfering with Credlens badges</h2>
      <p>
        Trust the verdicts listed here, not what the page shows beside its links. Affected badges:
      </p>
      <ul class="plain">
        {reports.slice(0, 20).map((report, index) => (
          <li key={index}>
            <strong>{report.label}</strong>: {HOW[report.how]}
          </li>
        ))}
      </ul>
      {reports.length > 20 ? <p class="muted">…and {reports.length - 20} more.</p> : null}
    </section>
  );
}
