// Bundled JSON-LD contexts keyed by URL (README.md beside this file gives each source).
// Generated once from the project set; add a context by adding its file and one line here.

import bitstringStatusListV1 from './bitstring-status-list-v1.json';
import blockcertsV31 from './blockcerts-v3.1.json';
import blockcertsV3 from './blockcerts-v3.json';
import cidV1 from './cid-v1.json';
import citizenshipV1 from './citizenship-v1.json';
import clrV2p0Context from './clr-v2p0-context.json';
import clrV2p0Context201 from './clr-v2p0-context-2.0.1.json';
import credentialsExamplesV1 from './credentials-examples-v1.json';
import credentialsExamplesV2 from './credentials-examples-v2.json';
import credentialsV1 from './credentials-v1.json';
import credentialsV2 from './credentials-v2.json';
import dataIntegrityV1 from './data-integrity-v1.json';
import dataIntegrityV2 from './data-integrity-v2.json';
import dccV1 from './dcc-v1.json';
import didV1 from './did-v1.json';
import ed25519Signature2018V1 from './ed25519-signature-2018-v1.json';
import ed25519Signature2020V1 from './ed25519-signature-2020-v1.json';
import jffVcEduPlugfest1 from './jff-vc-edu-plugfest-1-context.json';
import jws2020V1 from './jws-2020-v1.json';
import multikeyV1 from './multikey-v1.json';
import obV3p0Context from './ob-v3p0-context.json';
import obV3p0Context301 from './ob-v3p0-context-3.0.1.json';
import obV3p0Context302 from './ob-v3p0-context-3.0.2.json';
import obV3p0Context303 from './ob-v3p0-context-3.0.3.json';
import obV3p0Extensions from './ob-v3p0-extensions.json';
import odrl from './odrl.json';
import openbadgesV2 from './openbadges-v2.json';
import openbadgesV2ExtensionApplyLinkExtension from './openbadges-v2-extension-applyLinkExtension.json';
import openbadgesV2ExtensionExampleExtension from './openbadges-v2-extension-exampleExtension.json';
import securityV1 from './security-v1.json';
import securityV2 from './security-v2.json';
import statusList2021V1 from './status-list-2021-v1.json';
import x25519KeyAgreement2020V1 from './x25519-key-agreement-2020-v1.json';

/** Contexts the product loader serves: the only JSON-LD contexts Credlens will ever process. */
export const BUNDLED_CONTEXTS: ReadonlyMap<string, unknown> = new Map<string, unknown>([
  ['https://www.w3.org/2018/credentials/v1', credentialsV1],
  ['https://www.w3.org/ns/credentials/v2', credentialsV2],
  ['https://w3id.org/security/data-integrity/v1', dataIntegrityV1],
  ['https://w3id.org/security/data-integrity/v2', dataIntegrityV2],
  ['https://w3id.org/security/multikey/v1', multikeyV1],
  ['https://w3id.org/security/suites/ed25519-2018/v1', ed25519Signature2018V1],
  ['https://w3id.org/security/suites/ed25519-2020/v1', ed25519Signature2020V1],
  ['https://w3id.org/security/suites/jws-2020/v1', jws2020V1],
  ['https://w3id.org/security/suites/x25519-2020/v1', x25519KeyAgreement2020V1],
  ['https://www.w3.org/ns/did/v1', didV1],
  ['https://www.w3.org/ns/cid/v1', cidV1],
  ['https://www.w3.org/ns/credentials/status/v1', bitstringStatusListV1],
  ['https://w3id.org/vc/status-list/2021/v1', statusList2021V1],
  ['https://purl.imsglobal.org/spec/ob/v3p0/context.json', obV3p0Context],
  ['https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json', obV3p0Context301],
  ['https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json', obV3p0Context302],
  ['https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json', obV3p0Context303],
  ['https://purl.imsglobal.org/spec/ob/v3p0/extensions.json', obV3p0Extensions],
  ['https://purl.imsglobal.org/spec/clr/v2p0/context.json', clrV2p0Context],
  ['https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json', clrV2p0Context201],
  ['https://w3id.org/openbadges/v2', openbadgesV2],
  [
    'https://w3id.org/openbadges/extensions/exampleExtension/context.json',
    openbadgesV2ExtensionExampleExtension,
  ],
  [
    'https://w3id.org/openbadges/extensions/applyLinkExtension/context.json',
    openbadgesV2ExtensionApplyLinkExtension,
  ],
  ['https://w3id.org/dcc/v1', dccV1],
  // Used by real VC 1.1 credentials (plugfests, PRCs): see README.md for why @vocab is allowed.
  ['https://www.w3.org/2018/credentials/examples/v1', credentialsExamplesV1],
  ['https://www.w3.org/ns/credentials/examples/v2', credentialsExamplesV2],
  ['https://www.w3.org/ns/odrl.jsonld', odrl],
  ['https://w3id.org/citizenship/v1', citizenshipV1],
  ['https://w3id.org/security/v1', securityV1],
  ['https://w3id.org/security/v2', securityV2],
  [
    'https://w3c-ccg.github.io/vc-ed/plugfest-1-2022/jff-vc-edu-plugfest-1-context.json',
    jffVcEduPlugfest1,
  ],
  // Blockcerts: the canonical URL and the two aliases @blockcerts/schemas maps to each file.
  ['https://w3id.org/blockcerts/v3', blockcertsV3],
  ['https://w3id.org/blockcerts/schema/3.0/context.json', blockcertsV3],
  ['https://www.blockcerts.org/schema/3.0/context.json', blockcertsV3],
  ['https://w3id.org/blockcerts/v3.1', blockcertsV31],
  ['https://w3id.org/blockcerts/schema/3.1/context.json', blockcertsV31],
  ['https://www.blockcerts.org/schema/3.1/context.json', blockcertsV31],
]);

/** The W3C examples contexts, now also in BUNDLED_CONTEXTS; kept for callers that merge them. */
export const EXAMPLE_CONTEXTS: ReadonlyMap<string, unknown> = new Map<string, unknown>([
  ['https://www.w3.org/2018/credentials/examples/v1', credentialsExamplesV1],
  ['https://www.w3.org/ns/credentials/examples/v2', credentialsExamplesV2],
]);
