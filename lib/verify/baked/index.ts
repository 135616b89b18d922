// Public surface of lib/verify/baked: credentials baked into badge images (Open Badges 2.0
// §Baking, OB 3.0 §5.3): PNG iTXt/tEXt chunks and SVG elements, with a bounded inflate.

/** Inflate (gzip/deflate) that stops at a size cap: shared with status lists. */
export { inflateCapped } from './inflate';
/** PNG: sniffing, extraction (CRC-checked), and the largest image read. */
export { extractFromPng, isPng, MAX_IMAGE_BYTES } from './png';
/** SVG: sniffing and extraction with a scanner that refuses entity declarations. */
export { extractFromSvg, isSvg } from './svg';
