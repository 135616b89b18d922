// The benchmark's workload: N distinct Open Badges 3.0 credentials per suite, signed with our
// own test key (did:key issuer), identical for every engine that is measured.
import { issue, openBadge, testKey } from '../helpers/issue';

import { buildFormatWorkload, type FormatWorkload } from './formats';

export type Workload = {
  rdfc: Record<string, unknown>[];
  jcs: Record<string, unknown>[];
  formats: FormatWorkload;
};

export async function buildWorkload(count: number): Promise<Workload> {
  const key = await testKey(42);
  const make = (suite: 'eddsa-rdfc-2022' | 'eddsa-jcs-2022') =>
    Promise.all(
      Array.from({ length: count }, (_, i) =>
        issue(
          openBadge(key.did, {
            id: `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
            name: `Benchmark Badge ${i}`,
            validFrom: new Date(Date.UTC(2025, 0, 1 + (i % 365)))
              .toISOString()
              .replace('.000Z', 'Z'),
          }),
          { key, suite },
        ),
      ),
    );
  return {
    rdfc: await make('eddsa-rdfc-2022'),
    jcs: await make('eddsa-jcs-2022'),
    formats: await buildFormatWorkload(count),
  };
}
