// Draws the tray icons with nothing but Node (zlib for PNG's deflate): `node build/icons/generate.mjs`.
// Five states × (macOS template, light panel, dark panel, Windows high contrast on black and on white), each drawn at
// 16, 20, 24 and 32 px (1x, @1.25x, @1.5x, @2x: the scale factors Windows and GNOME offer, which Electron's
// nativeImage picks by file name), so no size is a blurry downscale of another. Strokes are whole pixels at every
// size. The pictures differ in shape, not only colour, so they read in the monochrome macOS menu bar, in high
// contrast and for people who do not see colour; the two red-ish states (recorder, not managed) differ in hue too.
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const out = dirname(fileURLToPath(import.meta.url));

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

/** RGBA pixels → PNG (colour type 6, 8 bits, no interlace). */
export function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

// Geometry in a 0..1 box; stroke widths are given in pixels per size (see px below) so edges land on whole pixels.
const SHIELD = [[0.5, 0.06], [0.88, 0.2], [0.84, 0.56], [0.5, 0.94], [0.16, 0.56], [0.12, 0.2]];
const segDist = (px, py, [ax, ay], [bx, by]) => {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
};
/** Stroke width in box units: `weight` × the size, rounded to whole pixels, never under one pixel. */
const px = (size, weight) => Math.max(1, Math.round(size * weight)) / size;
const polyline = (pts, weight) => (x, y, size) => pts.slice(1).some((p, i) => segDist(x, y, pts[i], p) <= px(size, weight) / 2);
const shieldOutline = (x, y, size) => SHIELD.some((p, i) => segDist(x, y, p, SHIELD[(i + 1) % SHIELD.length]) <= px(size, 0.1) / 2);
const disc = (cx, cy, r) => (x, y) => Math.hypot(x - cx, y - cy) <= r;
const ring = (cx, cy, r, weight) => (x, y, size) => Math.abs(Math.hypot(x - cx, y - cy) - r) <= px(size, weight) / 2;

/** Each state: the parts to draw and the accent colour for light and dark panels (template and contrast ignore it). */
const STATES = {
  // Shield with a tick: all is well.
  'managed-idle': { parts: [shieldOutline, polyline([[0.31, 0.5], [0.45, 0.64], [0.7, 0.36]], 0.11)], light: [22, 110, 52], dark: [127, 217, 154] },
  // Shield with a dot: a call is on.
  'in-call': { parts: [shieldOutline, disc(0.5, 0.47, 0.16)], light: [11, 87, 181], dark: [138, 184, 255] },
  // A ring around a dot, no shield: the usual "recording" sign, in red.
  'recorder-active': { parts: [ring(0.5, 0.5, 0.38, 0.1), disc(0.5, 0.5, 0.2)], light: [180, 20, 26], dark: [255, 140, 140] },
  // Shield with a cross, in purple: not the recorder's red, and not its round shape.
  'not-managed': { parts: [shieldOutline, polyline([[0.35, 0.33], [0.65, 0.63]], 0.11), polyline([[0.65, 0.33], [0.35, 0.63]], 0.11)], light: [109, 40, 217], dark: [196, 181, 253] },
  // Triangle with an exclamation mark: something needs IT.
  attention: { parts: [polyline([[0.5, 0.08], [0.94, 0.88], [0.06, 0.88], [0.5, 0.08]], 0.1), polyline([[0.5, 0.36], [0.5, 0.6]], 0.12), disc(0.5, 0.75, 0.065)], light: [138, 75, 0], dark: [255, 195, 107] },
};

/** Sizes and the file suffix Electron's nativeImage reads as that scale factor. */
export const SIZES = [['', 16], ['@1.25x', 20], ['@1.5x', 24], ['@2x', 32]];

function draw(size, state, colour) {
  const shapes = STATES[state].parts;
  const rgba = Buffer.alloc(size * size * 4);
  const ss = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let hits = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const u = (x + (sx + 0.5) / ss) / size, v = (y + (sy + 0.5) / ss) / size;
          if (shapes.some((f) => f(u, v, size))) hits++;
        }
      }
      const o = (y * size + x) * 4;
      rgba[o] = colour[0];
      rgba[o + 1] = colour[1];
      rgba[o + 2] = colour[2];
      rgba[o + 3] = Math.round((255 * hits) / (ss * ss));
    }
  }
  return encodePng(size, rgba);
}

export function generate(dir = out) {
  const written = [];
  for (const state of Object.keys(STATES)) {
    const variants = {
      [`${state}Template`]: [0, 0, 0],
      [`${state}-light`]: STATES[state].light,
      [`${state}-dark`]: STATES[state].dark,
      // Windows high contrast: the theme's own text colour, white on black or black on white, nothing in between.
      [`${state}-contrast-dark`]: [255, 255, 255],
      [`${state}-contrast-light`]: [0, 0, 0],
    };
    for (const [name, colour] of Object.entries(variants)) {
      for (const [suffix, size] of SIZES) {
        const file = join(dir, `${name}${suffix}.png`);
        writeFileSync(file, draw(size, state, colour));
        written.push(file);
      }
    }
  }
  return written;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(`${generate().length} icons written`);
