// The UI's translation helpers (components/ui/i18n.tsx): the browser's catalogue first, the
// English one outside an extension page; plurals by the UI language's rules; elements placed
// where a translation puts their placeholders.
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { plural, t, tNodes } from '../../../components/ui/i18n';
import { fillPlaceholders } from '../../../lib/shared/text';

type I18n = { getMessage: unknown; getUILanguage: unknown };
const i18n = fakeBrowser.i18n as unknown as I18n;
const original = { ...i18n };

afterEach(() => Object.assign(i18n, original));

/** Pretends the browser runs in `language` with `messages` (key → message with $1…). */
function browserIn(language: string, messages: Record<string, string>) {
  i18n.getUILanguage = () => language;
  i18n.getMessage = (key: string, substitutions: string[] = []) =>
    fillPlaceholders(messages[key] ?? '', substitutions);
}

describe('t', () => {
  it('falls back to the English catalogue, filling placeholders once', () => {
    expect(t('notRunningOn', 'example.com')).toBe(
      'Credlens does not run on example.com unless you ask.',
    );
    expect(t('checkedSoFar', 2, 5)).toBe('Checked 2 of 5 credentials…');
    // A substitution that looks like a placeholder stays text.
    expect(t('notRunningOn', '$2')).toBe('Credlens does not run on $2 unless you ask.');
  });

  it('takes the browser’s message when it has one', () => {
    browserIn('de', { notRunningOn: 'Credlens läuft nicht auf $1, außer Sie bitten darum.' });
    expect(t('notRunningOn', 'example.com')).toBe(
      'Credlens läuft nicht auf example.com, außer Sie bitten darum.',
    );
    // A message the browser lacks (an empty answer) is still said, in English.
    expect(t('scanThisPage')).toBe('Scan this page');
  });
});

describe('plural', () => {
  it('chooses by the UI language’s rules: English 0 is plural, French 0 is singular', () => {
    expect(plural('allChecked', 1)).toBe('All 1 credential checked.');
    expect(plural('allChecked', 0)).toBe('All 0 credentials checked.');
    browserIn('fr', { allChecked_one: 'un:$1', allChecked_other: 'plusieurs:$1' });
    expect(plural('allChecked', 0)).toBe('un:0');
    expect(plural('allChecked', 1)).toBe('un:1');
    expect(plural('allChecked', 2)).toBe('plusieurs:2');
  });
});

describe('tNodes', () => {
  it('puts elements where the translation puts their placeholders', () => {
    browserIn('de', { comparedWith: '$2: Nachweise werden mit $1 verglichen.' });
    const { document } = parseHTML('<p></p>');
    const host = document.querySelector('p') as unknown as Element;
    render(<span>{tNodes('comparedWith', <strong>Ada</strong>, 'the page title')}</span>, host);
    expect(host.innerHTML).toBe(
      '<span>the page title: Nachweise werden mit <strong>Ada</strong> verglichen.</span>',
    );
  });
});
