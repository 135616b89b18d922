// The popup's props and actions: what every popup component receives, in one place, so the
// page and its parts share the shapes without importing each other.

import type { PagePerson } from '../../lib/holder';
import type { CandidateSkills, Coverage, RoleDraft } from '../../lib/matching';
import type { InterferenceReport, Seal } from '../../lib/messaging';
import type { SavedRole, SavedRoleSkill } from '../../lib/storage';
import type { NotCheckedProps } from './not-checked';

/** The role read from the job page being viewed, before it is pinned. */
export type DraftRole = RoleDraft & { url: string };

export type PopupActions = {
  scanPage(): void;
  enableSite(): void;
  pinPageRole(skills: SavedRoleSkill[]): void;
  pasteRole(text: string): void;
  chooseRole(roleId: string | undefined): void;
  saveToShortlist(): void;
  trustIssuer(id: string, name: string): void;
  /** A skill from free text, or undefined when Credlens does not know it. */
  recognise(text: string): Promise<SavedRoleSkill | undefined>;
  openPage(page: 'compare' | 'preview' | 'options'): void;
  /** Asks for the hosts in `blockedOrigins` (a click: permission requests need a gesture). */
  allowHosts(): void;
  forgetHosts(): void;
  /** Scrolls the page to a credential's link and highlights its badge (on untouched sites, only scrolls). */
  reveal(ref: string): void;
  /** Checks the credential links past the per-page cap. */
  checkMore(): void;
  /** The candidate's email against hashed recipients (empty forgets it). */
  checkEmail(email: string): void;
  /** Leaves this site's pages untouched (no badges) or not. */
  setUntouched(on: boolean): void;
  /** The first-use notice of page-untouched mode was read. */
  dismissUntouchedNotice(): void;
};

/** Page-untouched mode on the tab's site (issue 15). */
export type UntouchedProps = {
  /** The site as choices name it ("linkedin.com"). */
  site: string;
  /** Credlens changes nothing in this site's pages. */
  on: boolean;
  /** Explain the mode: it is on and the user has not dismissed the explanation yet. */
  showNotice: boolean;
};

export type PopupPageProps = {
  seal?: Seal | undefined;
  /** Undefined until the page answered, or when Credlens does not run on it. */
  candidate?:
    | {
        name?: string | undefined;
        /** The person the page is about, as credentials are compared with (lib/holder). */
        person?: PagePerson | undefined;
        skills: CandidateSkills;
      }
    | undefined;
  pageRole?: DraftRole | undefined;
  activeRole?: SavedRole | undefined;
  roles: SavedRole[];
  coverage?: Coverage | undefined;
  /** Issuer ids the user or the bundled list already trusts. */
  knownIssuers: ReadonlySet<string>;
  otherSite?: string | undefined;
  /** Sites Credlens could not reach for want of permission (issuers, keys, status lists). */
  blockedOrigins: string[];
  message?: string | undefined;
  /** Badges the page covered, clipped, moved or hid (content script and badge frames). */
  interference?: InterferenceReport[];
  /** Credential links past the per-page cap. */
  notChecked?: Omit<NotCheckedProps, 'onCheck'> | undefined;
  /** The page's handle of each credential, in the order of `candidate.skills.credentials`. */
  credentialRefs?: string[] | undefined;
  /** Page-untouched mode on this site; undefined where Credlens does not run. */
  untouched?: UntouchedProps | undefined;
  actions: PopupActions;
};
