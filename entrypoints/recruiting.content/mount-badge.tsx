// Mounts one badge beside a detected link, in a closed shadow root: the page can neither style
// it nor read the verdict or the seal. The host element is inline, so the page's layout moves
// by the badge's own width and nothing else.

import { render } from 'preact';
import { BADGE_CSS } from '../../components/badge/badge-styles';
import { CredentialBadge } from '../../components/badge/credential-badge';
import type { BadgeView, Seal } from '../../lib/messaging';

export const BADGE_TAG = 'credlens-badge';

export type MountedBadge = { update(view: BadgeView): void; remove(): void };

export function mountBadge(
  anchor: Element,
  view: BadgeView,
  seal: Seal | undefined,
  pageLabel: string | undefined,
): MountedBadge {
  const host = document.createElement(BADGE_TAG);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = BADGE_CSS;
  const container = document.createElement('span');
  shadow.append(style, container);
  // Keyboard events inside the badge must not trigger the page's shortcuts.
  for (const type of ['keydown', 'keyup', 'keypress'])
    host.addEventListener(type, (event) => event.stopPropagation());
  anchor.after(host);
  const draw = (next: BadgeView) =>
    render(<CredentialBadge view={next} seal={seal} pageLabel={pageLabel} />, container);
  draw(view);
  return {
    update: draw,
    remove: () => {
      render(null, container);
      host.remove();
    },
  };
}
