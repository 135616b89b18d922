// Holder binding: is this credential the person's whose page it is on? The shapes shared by
// the evidence a credential carries (evidence.ts), the person a page is about (page-person.ts),
// and the name comparison between them (names.ts).

/** Where a credential says who holds it. */
export type HolderNameSource =
  | 'credentialSubject.name'
  | 'recipient.name'
  | 'provider'
  | 'clr.subject'
  | 'presentation.holder';

/** Everything a credential says about its holder, each with where it came from. */
export type HolderEvidence = {
  /** Names the credential (or its provider) gives its holder. */
  names: Array<{ name: string; source: HolderNameSource }>;
  /** Identifiers of the holder: DIDs and URLs (credentialSubject.id, a presentation's holder). */
  ids: string[];
  /** Identity claims (OB 2.0 recipient, OB 3.0 IdentityObject): email, URL, phone; maybe hashed. */
  identities: Array<{ type: string; identity: string; hashed: boolean; salt?: string | undefined }>;
};

/** Where the page's person was read from. */
export type PagePersonSource =
  | 'linkedin'
  | 'github-name'
  | 'github-login'
  | 'json-ld'
  | 'og:title'
  | 'heading';

/** The person a page is about, as read from the page, with where it came from. */
export type PagePerson = { name: string; source: PagePersonSource; login?: string | undefined };

/** The outcome of comparing a credential's holder name with the page's person. */
export type NameMatchOutcome = 'match' | 'possible' | 'mismatch' | 'unknown';

/**
 * Why a name comparison came out as it did: a stable code the card maps to wording
 * (the catalogue's nameMatch_<reason>, see check.ts nameMatchKey). Each reason implies one outcome.
 */
export type NameMatchReason =
  // match
  | 'same_name'
  | 'same_name_reordered'
  | 'middle_name_missing'
  | 'middle_initial'
  // possible
  | 'spacing_differs'
  | 'initial_only'
  | 'one_of_two_surnames'
  | 'hyphenated_part'
  | 'middle_names_differ'
  | 'name_order_differs'
  | 'one_name_only'
  | 'known_by_title'
  | 'login_matches'
  // mismatch
  | 'different_names'
  | 'mixed_scripts'
  // unknown
  | 'different_scripts'
  | 'login_differs'
  | 'no_credential_name'
  | 'no_page_name'
  | 'name_too_long';

/** A credential's holder name compared with a page's person, with the names as shown to a reader. */
export type NameComparison = {
  outcome: NameMatchOutcome;
  reason: NameMatchReason;
  /** The credential's name cleaned for display (no invisible characters), when there is one. */
  credential?: string;
  /** The page's name (or its login when only that is known) cleaned for display. */
  page?: string;
};

/** What else the page says about its person: a login (GitHub) when the name alone is not enough. */
export type CompareNamesOptions = { pageLogin?: string | undefined };
