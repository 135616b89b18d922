// The sending side: createMessenger validates each request before sending it and each
// response before returning it, and turns a failed send into "no answer" (undefined).

import { describe, expect, it, vi } from 'vitest';
import { createMessenger, type ProviderMatchMessage, type Send } from '../../../lib/messaging';
import { MATCH, SEAL, VIEW } from './samples';

function spySend(answer: (message: unknown) => unknown) {
  const sent: unknown[] = [];
  const send: Send = async (message) => {
    sent.push(message);
    return answer(message);
  };
  return { sent, messenger: createMessenger(send) };
}

describe('createMessenger', () => {
  it('sends a verifyLink request with its type and returns the validated view', async () => {
    const { sent, messenger } = spySend(() => ({ view: VIEW }));
    await expect(messenger('verifyLink', { match: MATCH, visible: true })).resolves.toEqual({
      view: VIEW,
    });
    expect(sent).toEqual([{ type: 'verifyLink', match: MATCH, visible: true }]);
  });

  it('returns a hidden outcome as it is', async () => {
    const { messenger } = spySend(() => ({ hidden: true }));
    await expect(messenger('verifyLink', { match: MATCH, visible: false })).resolves.toEqual({
      hidden: true,
    });
  });

  it.each(['getSeal', 'renewSeal'] as const)('sends %s and returns the seal', async (name) => {
    const { sent, messenger } = spySend(() => ({ seal: SEAL }));
    await expect(messenger(name, {})).resolves.toEqual({ seal: SEAL });
    expect(sent).toEqual([{ type: name }]);
  });

  it('does not send an invalid request, and answers undefined', async () => {
    const send = vi.fn<Send>(async () => ({ view: VIEW }));
    const messenger = createMessenger(send);
    const tooLong = { ...MATCH, label: 'x'.repeat(81) };
    const wrongKind = { ...MATCH, kind: 'anything' } as unknown as ProviderMatchMessage;
    await expect(
      messenger('verifyLink', { match: tooLong, visible: true }),
    ).resolves.toBeUndefined();
    await expect(
      messenger('verifyLink', { match: wrongKind, visible: true }),
    ).resolves.toBeUndefined();
    const noVisible = { match: MATCH } as unknown as {
      match: ProviderMatchMessage;
      visible: boolean;
    };
    await expect(messenger('verifyLink', noVisible)).resolves.toBeUndefined();
    expect(send).not.toHaveBeenCalled();
  });

  it('cannot be tricked into another message by a type member in the request', async () => {
    const { sent, messenger } = spySend(() => ({ seal: SEAL }));
    const request = { type: 'renewSeal' } as unknown as Record<string, never>;
    await messenger('getSeal', request);
    expect(sent).toEqual([{ type: 'getSeal' }]);
  });

  it.each([
    ['nothing', undefined],
    ['an error object', { error: 'boom' }],
    ['a view with an unknown verdict', { view: { ...VIEW, verdict: 'trusted' } }],
    ['a view with an over-long headline', { view: { ...VIEW, headline: 'x'.repeat(81) } }],
    ['a seal for verifyLink', { seal: SEAL }],
  ])('answers undefined when the response is %s', async (_label, response) => {
    const { messenger } = spySend(() => response);
    await expect(messenger('verifyLink', { match: MATCH, visible: true })).resolves.toBeUndefined();
  });

  it('answers undefined for a malformed seal', async () => {
    const { messenger } = spySend(() => ({ seal: { symbol: '★', word: 'amber' } }));
    await expect(messenger('getSeal', {})).resolves.toBeUndefined();
  });

  it('answers undefined when send rejects (the worker restarting)', async () => {
    const messenger = createMessenger(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    await expect(messenger('getSeal', {})).resolves.toBeUndefined();
  });

  it('answers undefined when send throws synchronously', async () => {
    const messenger = createMessenger(() => {
      throw new Error('Extension context invalidated.');
    });
    await expect(messenger('getSeal', {})).resolves.toBeUndefined();
  });

  it('drops members the response schema does not declare', async () => {
    const { messenger } = spySend(() => ({ seal: { ...SEAL, html: '<img onerror=x>' }, extra: 1 }));
    await expect(messenger('getSeal', {})).resolves.toEqual({ seal: SEAL });
  });
});
