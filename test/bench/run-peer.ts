// Child process: the digitalbazaar stack (@digitalbazaar/vc + Data Integrity cryptosuites) over
// the same workload, with the same offline contexts and did:key resolution, warmed up. Runs in
// its own process so nothing Credlens does to shared libraries can help or hurt it.
import { readFileSync } from 'node:fs';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { createVerifyCryptosuite } from '@digitalbazaar/eddsa-jcs-2022-cryptosuite';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { securityLoader } from '@digitalbazaar/security-document-loader';
import * as vc from '@digitalbazaar/vc';
import { BUNDLED_CONTEXTS } from '../../lib/verify';
import type { Workload } from './credentials';
import { medianPassMs } from './measure';

const workload = JSON.parse(readFileSync(process.argv[2] ?? '', 'utf8')) as Workload;
const loader = securityLoader();
for (const [url, document] of BUNDLED_CONTEXTS) loader.addStatic(url, document);
const documentLoader = loader.build();
const now = new Date('2026-11-23T12:00:00Z');

const verifier = (cryptosuite: unknown) => async (credential: Record<string, unknown>) => {
  const suite = new DataIntegrityProof({ cryptosuite });
  const result = await vc.verifyCredential({ credential, suite, documentLoader, now });
  return result.verified === true;
};

const rdfc = await medianPassMs(workload.rdfc, verifier(eddsaRdfc2022));
const jcs = await medianPassMs(workload.jcs, verifier(createVerifyCryptosuite()));
console.log(JSON.stringify({ rdfc, jcs }));
