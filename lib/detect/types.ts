// Provider adapters and what they return: one recognised credential link and how the service
// worker should fetch it. STYLE.md §4; PROVIDERS.md §1.12 (pattern → endpoint → format).

/**
 * How the background treats a match:
 * - `ob2-hosted`: an Open Badges 2.0 hosted assertion (at best "confirmed by provider");
 * - `credential`: OB 3.0 / VC JSON, a VC-JWT or a baked image; the verification core sniffs it;
 * - `accredible`: Accredible's proprietary JSON (at best "confirmed");
 * - `link-only`: a recognised provider with no machine-readable endpoint: shown as
 *   "could not check", never as a verdict.
 */
export type ProviderKind = 'ob2-hosted' | 'credential' | 'accredible' | 'link-only';

/** What the page says around a link; only the generic `direct` adapter reads it. */
export type MatchContext = {
  alt?: string | undefined;
  title?: string | undefined;
  text?: string | undefined;
  isImage?: boolean | undefined;
  /** Test and demo builds only: plain-http credential files on loopback hosts count too. */
  allowLoopbackHttp?: boolean | undefined;
};

export type ProviderMatch = {
  /** The adapter's id. */
  providerId: string;
  /** The adapter's display name, e.g. 'Credly'. */
  label: string;
  /** The human link as found on the page, after unwrapping redirect wrappers. */
  sourceUrl: string;
  /** What the service worker fetches (always https); absent for `link-only`. */
  fetchUrl?: string | undefined;
  kind: ProviderKind;
  /** The provider's id for this credential, normalised (e.g. lowercase uuid). */
  credentialId?: string | undefined;
  /** The fetched JSON wraps the credential: take this member (VerifierPlus stored shares). */
  unwrap?: 'credential' | undefined;
  /**
   * A guess from the link's shape alone (a `.json` or badge-like image anywhere). When the
   * verification says `malformed`, the UI drops it silently: no badge at all.
   */
  generic?: true | undefined;
};

export type ProviderAdapter = {
  /** kebab-case, unique; also the fixture folder name under test/fixtures/detect/. */
  readonly id: string;
  /** Display name. */
  readonly label: string;
  /**
   * Match patterns of the hosts the service worker fetches from for this provider (the
   * endpoint and the documents it links to), for host permissions. Empty for `link-only`
   * providers and for adapters whose fetch host is the link's own (asked for at run time).
   */
  readonly hosts: readonly string[];
  /** Pure: recognises `url` (already unwrapped, http or https) or returns undefined. */
  match(url: URL, context?: MatchContext): ProviderMatch | undefined;
};
