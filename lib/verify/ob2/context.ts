// What every part of Open Badges 2.0/1.x verification is given: how to fetch a document, the
// time to judge dates at, and whether the assertion is OB 1.x.

import type { FetchError } from '../../fetch';
import type { Result } from '../../shared/result';

export type Ob2Context = {
  fetchJson: (url: string) => Promise<Result<unknown, FetchError>>;
  now: Date;
  /** Set for OB 1.x: its BadgeClass and issuer may lack an id (the URL stands for it). */
  legacy?: boolean;
};
