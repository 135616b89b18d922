// Verifiable Presentations (VC Data Model 1.1 §4.10 / 2.0 §4.13; VC 1.1 §6.3.1 `vp` JWTs;
// VC-JOSE-COSE §3.2 `vp+jwt`): the holder's proof — Data Integrity with proofPurpose
// authentication, or a JWS whose `iss` is the holder — made with a key the holder controls,
// over the verifier's challenge and domain; then every credential verified on its own, like a
// CLR's nested ones, and its subject compared with the holder. The verdict is the worst of the
// presentation's own and its credentials' (deriveStatus in result.ts).

import { compact } from '../shared/compact';
import { asRecord } from '../shared/text';
import { verifyNested } from './clr';
import { checkContextsKnown } from './contexts';
import { type DataModel, detectDataModel, typesOf } from './formats';
import { type Expected, subjectBinding } from './holder';
import { holderJws, holderProofs } from './holder-proof';
import type { Container, CredentialInput } from './input';
import type { ParsedJws } from './jwt';
import { presentationFromJwtPayload } from './jwt';
import {
  credentialLabel,
  presentedInput,
  subjectIdsOf,
  verdictCheck,
} from './presented-credentials';
import { type Check, check, deriveStatus, type VerificationResult } from './result';
import type { SecuringContext } from './securing';

export type { PresentationSummary } from './result';

export type PresentationDeps = {
  context: SecuringContext;
  expected: Expected;
  /** The contexts a presentation without an RDF proof is checked against. */
  contexts: ReadonlyMap<string, unknown>;
  /** The pipeline for one presented credential (which never opens a presentation again). */
  verifyCredential: (input: CredentialInput) => Promise<VerificationResult>;
  url?: string;
  container?: Container;
};

/** Verifies a presentation, JSON or a JWS whose payload carries one; never rejects for bad input. */
export async function verifyPresentation(
  input: { document: Record<string, unknown> } | { jws: ParsedJws },
  deps: PresentationDeps,
): Promise<VerificationResult> {
  const unread = {
    format: { securing: 'unknown' as const, ...compact({ container: deps.container }) },
    issuer: {},
    ...compact({ url: deps.url }),
  };
  const jwt = 'jws' in input ? presentationFromJwtPayload(input.jws.payload) : undefined;
  if (jwt !== undefined && !('document' in jwt)) return finish([jwt], unread);
  const document = jwt?.document ?? ('document' in input ? input.document : {});
  const parsed = parsePresentation(document);
  if ('outcome' in parsed) return finish([parsed], unread);
  const [secured, presented] = await Promise.all([
    'jws' in input && jwt !== undefined
      ? holderJws(input.jws, jwt, parsed.holder, deps)
      : holderProofs(document, parsed.holder, deps),
    verifyNested(parsed.entries, (entry) => verifyEntry(entry, deps)),
  ]);
  const checks: Check[] = [
    check('format', 'pass', 'format_ok', describe(parsed, secured.securing, parsed.entries.length)),
    ...secured.checks,
  ];
  if (!checks.some((c) => c.id === 'context'))
    checks.push(checkContextsKnown(document['@context'], deps.contexts));
  const holder = secured.holder ?? parsed.holder;
  presented.results.forEach((result, index) => {
    const label = credentialLabel(
      index,
      result.credential?.name ?? result.credential?.achievement?.name,
    );
    checks.push(verdictCheck(label, result));
    const entry = presentedInput(parsed.entries[index]);
    if (holder !== undefined && !('outcome' in entry) && isAuthentic(result))
      checks.push(subjectBinding(label, subjectIdsOf(entry), holder));
  });
  if (presented.skipped > 0)
    checks.push(
      check(
        'credential',
        'unknown',
        'credential_unverifiable',
        `${presented.skipped} more credentials were not checked: at most ${presented.results.length} are`,
      ),
    );
  return finish(checks, {
    format: {
      dataModel: parsed.dataModel,
      securing: secured.securing,
      ...compact({ container: deps.container }),
    },
    issuer: {},
    presentation: { ...compact({ holder }), ...presented },
    ...compact({ url: deps.url }),
  });
}

type ParsedPresentation = { dataModel: DataModel; holder?: string; entries: unknown[] };

function parsePresentation(document: Record<string, unknown>): ParsedPresentation | Check {
  const invalid = (detail: string) => check('format', 'fail', 'not_a_credential', detail);
  const dataModel = detectDataModel(document['@context']);
  if (dataModel === undefined)
    return invalid("the presentation's first @context is not the W3C credentials context");
  if (!typesOf(document.type).includes('VerifiablePresentation'))
    return invalid('type does not include VerifiablePresentation');
  const named = document.holder;
  const holder = typeof named === 'object' && named !== null ? asRecord(named)?.id : named;
  if (holder !== undefined && (typeof holder !== 'string' || holder === ''))
    return invalid('holder must be a URL or an object with an id');
  const listed = document.verifiableCredential;
  const entries = listed === undefined ? [] : Array.isArray(listed) ? listed : [listed];
  return { dataModel, entries, ...compact({ holder }) };
}

async function verifyEntry(entry: unknown, deps: PresentationDeps): Promise<VerificationResult> {
  const input = presentedInput(entry);
  if (!('outcome' in input)) return deps.verifyCredential(input);
  return {
    status: deriveStatus([input]),
    checks: [input],
    format: { securing: 'unknown' },
    issuer: {},
  };
}

/**
 * Policy: a subject is only as trustworthy as the credential naming it, so the holder binding
 * is judged only for credentials signed by (or served by) their issuer and not failed.
 */
function isAuthentic(result: VerificationResult): boolean {
  if (result.status === 'invalid' || result.status === 'malformed') return false;
  return result.checks.some(
    (c) => c.outcome === 'pass' && (c.code === 'issuer_bound' || c.id === 'hosted'),
  );
}

function describe(parsed: ParsedPresentation, securing: string, count: number): string {
  const model = parsed.dataModel === 'vc-2.0' ? 'VC 2.0' : 'VC 1.1';
  return `Verifiable Presentation (${model}${securing === 'jose' ? ', JWT' : ''}) of ${count} credential${count === 1 ? '' : 's'}`;
}

function finish(
  checks: Check[],
  rest: Omit<VerificationResult, 'status' | 'checks'>,
): VerificationResult {
  return { status: deriveStatus(checks), checks, ...rest };
}
