// A verdict as a small pill: icon and words (never colour alone), the badge's own styles.

import type { BadgeView } from '../../lib/messaging';
import { VERDICT_STYLES } from '../badge/verdict-style';

export function VerdictPill({
  verdict,
  headline,
}: {
  verdict: BadgeView['verdict'];
  headline: string;
}) {
  const style = VERDICT_STYLES[verdict];
  return (
    <span class={`pill tone-${style.tone}`}>
      <span aria-hidden="true">{style.icon} </span>
      {headline}
    </span>
  );
}
