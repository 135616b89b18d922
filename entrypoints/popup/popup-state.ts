// What the popup knows between renders (PopupData) and the one pure function that turns it into
// what the popup shows (popupView): coverage against the pinned role, the issuers already
// trusted, the hosts to ask for, the links not checked. No browser access and no timers here.

import type { DraftRole, PopupPageProps } from '../../components/popup/types';
import { issuerStanding } from '../../lib/issuers';
import { type CandidateSkills, coverageFromSkills } from '../../lib/matching';
import type { InterferenceReport, PageState, Seal } from '../../lib/messaging';
import type { Settings } from '../../lib/storage';
import type { PopupTab } from './tab-access';
import { untouchedView } from './untouched';

/** What the popup shows: PopupPage's props, less the actions. */
export type PopupState = Omit<PopupPageProps, 'actions'>;

/** The popup's data: the stored settings and seal, the page's last answer and what follows from it. */
export type PopupData = {
  seal?: Seal | undefined;
  settings?: Settings | undefined;
  page?: PageState | undefined;
  message?: string | undefined;
  candidate?: CandidateSkills | undefined;
  pageRole?: DraftRole | undefined;
  /** Sites the page's own credentials could not reach (from their badges), until dismissed. */
  blockedOrigins: string[];
  hostsDismissed: boolean;
  /** Interference on this tab: the content script's and the badge frames' own (worker). */
  interference: InterferenceReport[];
};

/** Nothing known yet. */
export function emptyPopupData(): PopupData {
  return { blockedOrigins: [], hostsDismissed: false, interference: [] };
}

/** What the popup shows for `data` on the tab `tab`. */
export function popupView(data: PopupData, tab: PopupTab): PopupState {
  const { settings, page, candidate } = data;
  const activeRole = settings?.roles.find((role) => role.id === settings?.pinnedRoleId);
  const lists = settings?.trustedIssuers ?? { added: [], removed: [] };
  return {
    seal: data.seal,
    candidate:
      candidate === undefined
        ? undefined
        : { name: page?.candidate, person: page?.person, skills: candidate },
    pageRole: data.pageRole,
    activeRole,
    roles: settings?.roles ?? [],
    coverage:
      activeRole === undefined || candidate === undefined
        ? undefined
        : coverageFromSkills(
            activeRole,
            candidate.credentials.map((credential) => ({
              input: credential.name,
              status: credential.verdict,
              skills: credential.skills,
            })),
          ),
    knownIssuers: new Set(
      (candidate?.credentials ?? [])
        .map((credential) => credential.issuerId)
        .filter((id): id is string => id !== undefined && issuerStanding(id, lists).known),
    ),
    otherSite: tab.covered ? undefined : tab.origin,
    blockedOrigins: data.hostsDismissed ? [] : data.blockedOrigins,
    message: data.message,
    interference: data.interference,
    notChecked:
      page?.notCheckedTotal === undefined
        ? undefined
        : { items: page.notChecked ?? [], total: page.notCheckedTotal },
    credentialRefs: page?.credentials.map((credential) => credential.ref),
    untouched: untouchedView(settings, tab.site, tab.covered),
  };
}
