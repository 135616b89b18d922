// OB 2.0 recipient identity (STANDARDS §4.4): the caller's `recipient` option against the
// served assertion's IdentityObject — salted/unsalted sha256, md5, plain identities, case.

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { VerificationResult } from '../../../../lib/verify';
import { assertion, codes, hostedRoutes, NOBODY_SALTED_SHA256, verifyOb2 } from './fixtures';

/** sha256("mayze"), the OB 2.0 specification's example (unsalted). */
const MAYZE_SHA256 = '7a1a1b3f7d40552e4299180e346e3add12bf9a751a43d9c4ca4518febc2c60c6';

const hex = (algorithm: 'md5' | 'sha256', text: string) =>
  createHash(algorithm).update(text, 'utf8').digest('hex');

/** Verifies a hosted assertion whose served recipient is `recipient`. */
function withRecipient(recipient: Record<string, unknown> | undefined, known?: string) {
  const served = assertion(recipient === undefined ? {} : { recipient });
  return verifyOb2(
    assertion(),
    hostedRoutes(served),
    known === undefined ? {} : { recipient: known },
  );
}

const recipientCheck = (result: VerificationResult) =>
  result.checks.filter((c) => c.id === 'recipient');

function expectMatch(result: VerificationResult) {
  expect(result.status, JSON.stringify(result.checks)).toBe('confirmed');
  expect(codes(result)).toContain('recipient_match');
}

describe('OB 2.0 recipient identity', () => {
  it('pins the 1EdTech and specification hash vectors', () => {
    expect(`sha256$${hex('sha256', 'nobody@example.orgdeadsea')}`).toBe(NOBODY_SALTED_SHA256);
    expect(hex('sha256', 'mayze')).toBe(MAYZE_SHA256);
  });

  it('matches nobody@example.org against the salted sha256 identity', async () => {
    expectMatch(await withRecipient(undefined, 'nobody@example.org'));
  });

  it('returns misattributed with recipient_mismatch for another email', async () => {
    const result = await withRecipient(undefined, 'somebody@example.org');
    expect(result.status).toBe('misattributed');
    expect(codes(result)).toContain('recipient_mismatch');
  });

  it('matches an md5 identity', async () => {
    const identity = `md5$${hex('md5', 'nobody@example.orgdeadsea')}`;
    expectMatch(
      await withRecipient(
        { type: 'email', hashed: true, salt: 'deadsea', identity },
        'nobody@example.org',
      ),
    );
  });

  it('matches an unhashed identity', async () => {
    const recipient = { type: 'email', hashed: false, identity: 'nobody@example.org' };
    expectMatch(await withRecipient(recipient, 'nobody@example.org'));
  });

  it('matches an email regardless of its case', async () => {
    expectMatch(await withRecipient(undefined, 'Nobody@Example.ORG'));
    const plain = { type: 'email', hashed: false, identity: 'Nobody@Example.org' };
    expectMatch(await withRecipient(plain, 'nobody@example.org'));
  });

  it('matches a hash written in upper case', async () => {
    const recipient = {
      type: 'email',
      hashed: true,
      salt: 'deadsea',
      identity: NOBODY_SALTED_SHA256.toUpperCase(),
    };
    expectMatch(await withRecipient(recipient, 'nobody@example.org'));
  });

  it('matches the unsalted sha256("mayze") vector', async () => {
    const recipient = { type: 'email', hashed: true, identity: `sha256$${MAYZE_SHA256}` };
    expectMatch(await withRecipient(recipient, 'mayze'));
  });

  it('does not match mayze when a salt is set that the hash did not use', async () => {
    const recipient = {
      type: 'email',
      hashed: true,
      salt: 'x',
      identity: `sha256$${MAYZE_SHA256}`,
    };
    expect(codes(await withRecipient(recipient, 'mayze'))).toContain('recipient_mismatch');
  });

  it('adds no recipient check without the recipient option', async () => {
    const result = await withRecipient(undefined);
    expect(result.status).toBe('confirmed');
    expect(recipientCheck(result)).toEqual([]);
  });

  it('reads the recipient from the served assertion, not the pasted one', async () => {
    const pasted = assertion({
      recipient: { type: 'email', hashed: false, identity: 'mallory@example.org' },
    });
    const result = await verifyOb2(pasted, hostedRoutes(assertion()), {
      recipient: 'mallory@example.org',
    });
    expect(codes(result)).toContain('recipient_mismatch');
  });
});
