// The dependencies the core needs from its host (Node CLI, tests, service worker), passed in
// explicitly so that lib/ never reaches for globals.

/** The subset of the standard fetch signature the core uses. */
export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** Structured, redacted log sink: never pass credential bodies or personal data. */
export type Logger = (event: string, fields?: Record<string, string | number | boolean>) => void;

export type Deps = {
  fetch: FetchLike;
  now: () => Date;
  log?: Logger;
};
