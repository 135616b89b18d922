// What the popup is told about the page: credential badges, the job posting (lib/roles) and the
// candidate's name. Read on request only, so pages that are never asked pay nothing.

import type { BadgeView, PageState } from '../../lib/messaging';
import { detectJobPosting } from '../../lib/roles';

export function readPageState(credentials: Array<{ label: string; view: BadgeView }>): PageState {
  const url = new URL(location.href);
  const posting = detectJobPosting(document as never, url);
  const heading = document.querySelector('main h1, h1')?.textContent?.replace(/\s+/g, ' ').trim();
  return {
    url: url.href.slice(0, 2048),
    ...(heading ? { candidate: heading.slice(0, 300) } : {}),
    credentials: credentials
      .slice(0, 300)
      .map(({ label, view }) => ({ label: label.slice(0, 300), view })),
    ...(posting === undefined
      ? {}
      : {
          posting: {
            ...(posting.title === undefined ? {} : { title: posting.title }),
            ...(posting.company === undefined ? {} : { company: posting.company }),
            text: posting.text,
            source: posting.source,
          },
        }),
  };
}
