// The structural DOM types of lib/roles accept a real browser Document/Element and linkedom's.

import type { parseHTML } from 'linkedom';
import { describe, expectTypeOf, it } from 'vitest';
import type { RoleElement, RoleRoot } from '../../../lib/roles';

describe('RoleRoot / RoleElement', () => {
  it('accept DOM Document, ShadowRoot and Element', () => {
    expectTypeOf<Document>().toExtend<RoleRoot>();
    expectTypeOf<ShadowRoot>().toExtend<RoleRoot>();
    expectTypeOf<Element>().toExtend<RoleElement>();
  });

  it("accept linkedom's document", () => {
    expectTypeOf<ReturnType<typeof parseHTML>['document']>().toExtend<RoleRoot>();
  });
});
