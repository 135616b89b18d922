// Icon and colour for each verdict. Every verdict has its own icon and its own words, so
// colour is never the only signal (WCAG 1.4.1).

import type { BadgeView } from '../../lib/messaging';

export type VerdictStyle = {
  icon: string;
  tone: 'good' | 'info' | 'warn' | 'bad' | 'other' | 'neutral';
};

export const VERDICT_STYLES: Record<BadgeView['verdict'], VerdictStyle> = {
  checking: { icon: '⋯', tone: 'neutral' },
  verified: { icon: '✔', tone: 'good' },
  confirmed: { icon: '☑', tone: 'info' },
  expired: { icon: '◷', tone: 'warn' },
  suspended: { icon: '‖', tone: 'warn' },
  revoked: { icon: '⊘', tone: 'bad' },
  invalid: { icon: '✘', tone: 'bad' },
  // Genuine, but not this person's: a look of its own, never the green of Verified.
  misattributed: { icon: '≠', tone: 'other' },
  unverifiable: { icon: '?', tone: 'neutral' },
  'link-only': { icon: '?', tone: 'neutral' },
};

export const OUTCOME_ICONS = { pass: '✔', fail: '✘', unknown: '?', skipped: '–' } as const;
