// One definition per boundary shape: where a zod-free type must exist beside its schema (the
// content script cannot carry zod), the two are pinned together here at compile time.
import { describe, expectTypeOf, it } from 'vitest';
import type { ProviderMatch } from '../../../lib/detect';
import type { BadgeView, ProviderMatchMessage } from '../../../lib/messaging';
import type { VerificationStatus } from '../../../lib/verify';

describe('boundary shapes', () => {
  it("a detected link is exactly what the worker's schema accepts", () => {
    expectTypeOf<ProviderMatchMessage>().toEqualTypeOf<ProviderMatch>();
  });

  it("a badge's verdict is a verification status, or checking, or a link-only provider", () => {
    expectTypeOf<BadgeView['verdict']>().toEqualTypeOf<
      Exclude<VerificationStatus, 'malformed'> | 'checking' | 'link-only'
    >();
  });
});
