// What the popup is told about the page: credential badges, the job posting (lib/roles) and the
// candidate's name. Read on request only, so pages that are never asked pay nothing.

import type { PagePerson } from '../../lib/holder/types';
import type { PageState } from '../../lib/messaging';
import { detectJobPosting } from '../../lib/roles';
import type { PageScanner } from './page-scanner';

export function readPageState(scanner: PageScanner, person: PagePerson | undefined): PageState {
  const notChecked = scanner.notChecked();
  const interference = scanner.interference();
  const url = new URL(location.href);
  const posting = detectJobPosting(document as never, url);
  const heading = document.querySelector('main h1, h1')?.textContent?.replace(/\s+/g, ' ').trim();
  return {
    url: url.href.slice(0, 2048),
    ...(heading ? { candidate: heading.slice(0, 300) } : {}),
    ...(person === undefined ? {} : { person }),
    credentials: scanner
      .credentials()
      .slice(0, 1_000)
      .map(({ ref, label, view }) => ({ ref, label: label.slice(0, 300), view })),
    ...(notChecked.total === 0
      ? {}
      : { notChecked: notChecked.items, notCheckedTotal: notChecked.total }),
    ...(interference.length === 0 ? {} : { interference }),
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
