// A badge-looking PNG (a coloured medal with a white star) with a credential baked into an iTXt
// chunk under the `openbadgecredential` keyword (OB 3.0 §Baking), as issuers ship images.
// Chunks are written by test/helpers/png.ts; this file adds real pixels for screenshots.

import { deflateSync } from 'node:zlib';
import { encodeChunk, itxt, PNG_SIGNATURE } from '../helpers/png';

const SIZE = 120;

/** A SIZE×SIZE RGBA PNG of a medal in `color` (#rrggbb), carrying `text` in an iTXt chunk. */
export function bakedBadgePng(text: string, color: string): Uint8Array {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, SIZE);
  view.setUint32(4, SIZE);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const chunks = [
    { type: 'IHDR', data: header },
    itxt('openbadgecredential', text),
    { type: 'IDAT', data: deflateSync(pixels(color)) },
    { type: 'IEND', data: new Uint8Array(0) },
  ];
  const parts = [PNG_SIGNATURE, ...chunks.map(encodeChunk)];
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** Filter-0 scanlines: a gold ring, a shaded disc in `color`, a white five-pointed star. */
function pixels(color: string): Uint8Array {
  const base = [1, 3, 5].map((i) => Number.parseInt(color.slice(i, i + 2), 16));
  const star = starPolygon(SIZE / 2, SIZE / 2 + 2, 30, 12);
  const rows = new Uint8Array(SIZE * (1 + SIZE * 4));
  for (let y = 0; y < SIZE; y++) {
    const row = y * (1 + SIZE * 4);
    rows[row] = 0;
    for (let x = 0; x < SIZE; x++) {
      const dx = x + 0.5 - SIZE / 2;
      const dy = y + 0.5 - SIZE / 2;
      const d = Math.hypot(dx, dy);
      let rgba = [0, 0, 0, 0];
      if (d < 58) rgba = [212, 160, 23, 255];
      if (d < 52) {
        const shade = 1.15 - (0.35 * (dy + 52)) / 104;
        rgba = [...base.map((c) => Math.min(255, Math.round(c * shade + 18))), 255];
      }
      if (insidePolygon(x + 0.5, y + 0.5, star)) rgba = [255, 255, 255, 255];
      rows.set(rgba, row + 1 + x * 4);
    }
  }
  return rows;
}

function starPolygon(
  cx: number,
  cy: number,
  outer: number,
  inner: number,
): Array<[number, number]> {
  const points: Array<[number, number]> = [];
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push([cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)]);
  }
  return points;
}

function insidePolygon(x: number, y: number, polygon: Array<[number, number]>): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i] as [number, number];
    const [xj, yj] = polygon[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
