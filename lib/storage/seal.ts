// The personal seal (anti-spoofing): a symbol, a word and a colour picked at install and shown
// on every genuine Credlens badge, card and popup. A page can draw a fake "Verified" badge, but
// it cannot know this user's seal: it never leaves extension-controlled, closed UI.

import type { Seal } from '../messaging';

// Symbols that ordinary system fonts carry (no emoji font needed), so the seal always renders.
const SYMBOLS = ['★', '☀', '☂', '☘', '♞', '⚓', '✿', '❄', '♠', '♣', '♥', '♦', '☯', '⚑', '✦', '✪'];
const WORDS = [
  'amber',
  'birch',
  'cobalt',
  'delta',
  'ember',
  'fjord',
  'garnet',
  'harbor',
  'indigo',
  'juniper',
  'kestrel',
  'lagoon',
  'meadow',
  'nimbus',
  'orchid',
  'pepper',
  'quartz',
  'raven',
  'saffron',
  'tundra',
];
const COLORS = [
  '#7c3aed',
  '#0f766e',
  '#b45309',
  '#be123c',
  '#1d4ed8',
  '#15803d',
  '#a21caf',
  '#0e7490',
];

/** A new seal; `random` returns integers in [0, bound) (crypto.getRandomValues in the extension). */
export function generateSeal(random: (bound: number) => number): Seal {
  return {
    symbol: SYMBOLS[random(SYMBOLS.length)] ?? '★',
    word: WORDS[random(WORDS.length)] ?? 'amber',
    color: COLORS[random(COLORS.length)] ?? '#7c3aed',
  };
}

/** Uniform integers in [0, bound) from a CSPRNG fill function. */
export function randomBelow(fill: (bytes: Uint32Array) => Uint32Array): (bound: number) => number {
  return (bound) => {
    if (!Number.isInteger(bound) || bound < 1 || bound > 0x1_0000_0000)
      throw new RangeError('bound must be an integer in [1, 2^32]');
    // Rejection sampling keeps the choice uniform.
    const limit = Math.floor(0x1_0000_0000 / bound) * bound;
    for (;;) {
      const value = fill(new Uint32Array(1))[0] ?? 0;
      if (value < limit) return value % bound;
    }
  };
}
