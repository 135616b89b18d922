// Every provider adapter, in matching order: specific providers first, the generic `direct`
// adapter last. Hand-maintained on purpose (STYLE.md §4); test/unit/detect/registry.test.ts
// fails when a file in providers/ is missing here.

import { accredible } from './providers/accredible';
import { canvasCredentials } from './providers/canvas-credentials';
import { coursera } from './providers/coursera';
import { credly } from './providers/credly';
import { direct } from './providers/direct';
import { edx } from './providers/edx';
import { europass } from './providers/europass';
import { learncard } from './providers/learncard';
import { microsoftLearn } from './providers/microsoft-learn';
import { openBadgeFactory } from './providers/open-badge-factory';
import { openBadgePassport } from './providers/open-badge-passport';
import { parchmentAward } from './providers/parchment-award';
import { verifierPlus } from './providers/verifier-plus';
import type { ProviderAdapter } from './types';

export const PROVIDER_ADAPTERS: readonly ProviderAdapter[] = [
  // Machine-readable providers.
  credly,
  canvasCredentials,
  openBadgeFactory,
  accredible,
  verifierPlus,
  // Recognised, link only.
  coursera,
  edx,
  microsoftLearn,
  openBadgePassport,
  parchmentAward,
  learncard,
  europass,
  // Generic: must stay last, after every provider that owns a host.
  direct,
];
