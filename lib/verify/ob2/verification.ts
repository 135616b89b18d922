// What verifying an Open Badges 2.0/1.x assertion yields, before it becomes a full result
// (ob2-result.ts): the checks, and the assertion, BadgeClass and issuer Profile as served.

import type { Check } from '../result';
import type { Ob2Document } from './schemas';

export type Ob2Verification = {
  checks: Check[];
  assertion: Ob2Document;
  badge?: Ob2Document | undefined;
  issuer?: Ob2Document | undefined;
  securing: 'hosted' | 'jose' | 'unknown';
};
