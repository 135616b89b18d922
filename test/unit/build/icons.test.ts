// The committed icons are exactly what `npm run icons` renders from assets/, at their sizes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ICON_SIZES, renderIcon, renderIconPixels } from '../../../scripts/render-icons';

describe('extension icons (public/icon)', () => {
  it.each(ICON_SIZES)('%i px is a PNG of that size rendered from the SVG source', (size) => {
    const committed = readFileSync(`public/icon/${size}.png`);
    expect(committed.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([committed.readUInt32BE(16), committed.readUInt32BE(20)]).toEqual([size, size]);
    // Byte for byte: a changed SVG without `npm run icons` (or a hand-edited PNG) fails here.
    expect(committed.equals(renderIcon(size))).toBe(true);
  });

  it('keeps 16 px clear around the 128 px artwork (Chrome Web Store) and fills the small sizes', () => {
    const store = opaqueBounds(128);
    expect(store.min).toBeGreaterThanOrEqual(16);
    expect(store.max).toBeLessThanOrEqual(127 - 16);
    // Toolbar sizes use their whole square: nothing is wasted at 16 px.
    for (const size of [16, 32, 48] as const) {
      const { min, max } = opaqueBounds(size);
      expect(min).toBeLessThanOrEqual(1);
      expect(max).toBeGreaterThanOrEqual(size - 2);
    }
  });
});

/** The first and last row or column holding a visible pixel (alpha above 1/4). */
function opaqueBounds(size: (typeof ICON_SIZES)[number]): { min: number; max: number } {
  const image = renderIconPixels(size);
  const pixels = image.pixels;
  let min: number = size;
  let max = -1;
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      if ((pixels[(y * image.width + x) * 4 + 3] ?? 0) <= 64) continue;
      min = Math.min(min, x, y);
      max = Math.max(max, x, y);
    }
  }
  return { min, max };
}
