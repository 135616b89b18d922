// The card's long ids: shortened to their start and end, the whole id in the tooltip and behind
// a copy button, rendered as text only. Preact renders into a linkedom document.
import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CredentialCard } from '../../../components/badge/credential-card';
import { shortenId } from '../../../components/badge/short-id';
import type { BadgeView } from '../../../lib/messaging';

const DID = 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK';

const VIEW: BadgeView = {
  verdict: 'verified',
  headline: 'Verified',
  name: 'Kubernetes Administrator',
  issuerName: 'Credlens Demo University',
  issuerId: DID,
  skills: [],
  checks: [{ outcome: 'pass', text: 'Signed by the issuer' }],
  sourceUrl: 'https://example.org/badge.json',
  providerLabel: 'Credential file',
};

describe('shortenId', () => {
  it('keeps a did:key’s method, the start and the end of its key', () => {
    expect(DID).toHaveLength(56);
    expect(shortenId(DID)).toBe('did:key:z6MkhaXg…ta2doK');
  });

  it('keeps a URL’s origin and its end', () => {
    expect(shortenId('https://issuers.example.org/profiles/2f8e0b7c-3a64-4a8e-a7c1.json')).toBe(
      'https://issuers.example.org/…1.json',
    );
  });

  it('shows short ids whole, and never shortens an id into something as long', () => {
    expect(shortenId('did:web:example.org')).toBe('did:web:example.org');
    expect(shortenId('urn:uuid:0b9c5f4e-7b7a-4c8e-9f1d')).toBe('urn:uuid:0b9c5f4e-7b7a-4c8e-9f1d');
    // Its origin and end would be as long as the id itself.
    const edge = 'https://issuers.example.org/abc1234';
    expect(shortenId(edge)).toBe(edge);
  });
});

describe('the card’s issuer id', () => {
  const writeText = vi.fn(async (_text: string) => undefined);
  const selected = vi.fn();
  afterEach(() => {
    vi.unstubAllGlobals();
    writeText.mockReset();
    selected.mockReset();
  });

  const mount = (view: BadgeView) => {
    const { document, window } = parseHTML(
      '<!doctype html><html><body><main></main></body></html>',
    );
    // linkedom has no text selection: record that the field was selected.
    Object.assign(window.HTMLInputElement.prototype, { select: selected });
    const root = document.querySelector('main') as unknown as Element;
    render(h(CredentialCard, { view, name: 'Kubernetes Administrator' }), root);
    const click = (element: Element) => element.dispatchEvent(new window.Event('click'));
    return { root, click, document, window };
  };

  it('is shortened on the card, whole in its tooltip, and copied whole', async () => {
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    const { root, click } = mount(VIEW);
    const meta = root.querySelector('.meta');
    expect(meta?.textContent).toContain('Credlens Demo University (did:key:z6MkhaXg…ta2doK');
    expect(root.textContent).not.toContain(DID);
    expect(root.querySelector('.id-text')?.getAttribute('title')).toBe(DID);
    const button = root.querySelector('button.copy');
    expect(button?.getAttribute('type')).toBe('button');
    expect(button?.getAttribute('aria-label')).toBe("Copy the issuer's id in full");
    expect(button?.textContent).toBe('Copy');
    click(button as Element);
    expect(writeText).toHaveBeenCalledWith(DID);
    await vi.waitFor(() => expect(root.querySelector('button.copy')?.textContent).toBe('Copied'));
  });

  it('copies with the copy command first, as a frame in a page must', async () => {
    const asyncClipboard = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { clipboard: { writeText: asyncClipboard } });
    const { root, click, document, window } = mount(VIEW);
    const copied: string[] = [];
    Object.assign(document, {
      execCommand: (command: string) => {
        const event = new window.Event('copy');
        Object.assign(event, {
          clipboardData: { setData: (_type: string, text: string) => copied.push(text) },
        });
        document.dispatchEvent(event);
        return command === 'copy';
      },
    });
    click(root.querySelector('button.copy') as Element);
    expect(copied).toEqual([DID]);
    expect(asyncClipboard).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(root.querySelector('button.copy')?.textContent).toBe('Copied'));
  });

  it('offers the whole id, selected, when the clipboard is closed to the frame', async () => {
    vi.stubGlobal('navigator', {
      clipboard: { writeText: () => Promise.reject(new Error('NotAllowedError')) },
    });
    const { root, click } = mount(VIEW);
    click(root.querySelector('button.copy') as Element);
    await vi.waitFor(() => expect(root.querySelector('.id-full input')).not.toBeNull());
    const field = root.querySelector('.id-full input') as HTMLInputElement;
    expect(field.value).toBe(DID);
    expect(field.outerHTML).toMatch(/readonly/i);
    await vi.waitFor(() => expect(selected).toHaveBeenCalled());
  });

  it('renders an id as text, never as markup', () => {
    const hostile = 'did:web:evil.example:<img src=x onerror=alert(1)>:<b>bold</b>:tail';
    const { root } = mount({ ...VIEW, issuerName: undefined, issuerId: hostile } as BadgeView);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('b')).toBeNull();
    expect(root.querySelector('.id-text')?.textContent).toBe(shortenId(hostile));
    expect(root.querySelector('.id-text')?.getAttribute('title')).toBe(hostile);
  });

  it('needs no button for an id short enough to show whole', () => {
    const { root } = mount({ ...VIEW, issuerId: 'did:web:example.org' });
    expect(root.querySelector('.meta')?.textContent).toContain('(did:web:example.org)');
    expect(root.querySelector('button.copy')).toBeNull();
  });
});
