// `npm run icons`: renders the extension's icons (public/icon/<size>.png) from their SVG sources
// in assets/ with resvg, which draws the same pixels on every machine (no browser and no system
// fonts involved: the icons have no text). A unit test renders them again and compares.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

export const ICON_SIZES = [16, 32, 48, 128] as const;

/** The PNG for one size: 16 and 32 px from the simplified source, 48 and 128 from the full one. */
export function renderIcon(size: IconSize): Buffer {
  return renderIconPixels(size).asPng();
}

/** The rendered image (RGBA pixels), for tests that look at the pixels themselves. */
export function renderIconPixels(size: IconSize) {
  const source = readFileSync(size <= 32 ? 'assets/icon-small.svg' : 'assets/icon.svg', 'utf8');
  // The Chrome Web Store asks for 96 px of artwork inside the 128 px icon, 16 px clear around it.
  const svg = size === 128 ? withMargin(source, 16 / 96) : source;
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render();
}

export type IconSize = (typeof ICON_SIZES)[number];

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync('public/icon', { recursive: true });
  for (const size of ICON_SIZES) writeFileSync(`public/icon/${size}.png`, renderIcon(size));
  console.log(`Wrote public/icon/{${ICON_SIZES.join(',')}}.png`);
}

/** Widens the viewBox by `fraction` of its size on every side (transparent margin). */
function withMargin(svg: string, fraction: number): string {
  const viewBox = /viewBox="0 0 (\d+) (\d+)"/.exec(svg);
  if (viewBox === null) throw new Error('assets/icon.svg must have a viewBox "0 0 w h"');
  const [width, height] = [Number(viewBox[1]), Number(viewBox[2])];
  const [dx, dy] = [width * fraction, height * fraction];
  return svg.replace(viewBox[0], `viewBox="${-dx} ${-dy} ${width + 2 * dx} ${height + 2 * dy}"`);
}
