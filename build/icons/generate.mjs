// Draws the tray icons with nothing but Node (zlib for PNG's deflate): `node build/icons/generate.mjs`.
// Five states × (macOS template, light-panel, dark-panel), each at 1x (16 px) and @2x (32 px); Electron picks the
// @2x file on high-density screens by itself. The pictures differ in shape, not only colour, so they read in the
// monochrome macOS menu bar and for people who do not see colour.
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

// Geometry in a 0..1 box.
const SHIELD = [[0.5, 0.06], [0.88, 0.2], [0.84, 0.56], [0.5, 0.94], [0.16, 0.56], [0.12, 0.2]];
const segDist = (px, py, [ax, ay], [bx, by]) => {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
};
const polyline = (pts, width) => (x, y) => pts.slice(1).some((p, i) => segDist(x, y, pts[i], p) <= width / 2);
const shieldOutline = (x, y) => SHIELD.some((p, i) => segDist(x, y, p, SHIELD[(i + 1) % SHIELD.length]) <= 0.045);
const disc = (cx, cy, r) => (x, y) => Math.hypot(x - cx, y - cy) <= r;

/** Each state: the parts to draw and the accent colour for light and dark panels (template images ignore colour). */
const STATES = {
  'managed-idle': { parts: [shieldOutline, polyline([[0.32, 0.5], [0.45, 0.63], [0.68, 0.36]], 0.1)], light: [22, 110, 52], dark: [127, 217, 154] },
  'in-call': { parts: [shieldOutline, disc(0.5, 0.48, 0.15)], light: [11, 87, 181], dark: [138, 184, 255] },
  // A ring around a dot: the usual "recording" sign.
  'recorder-active': { parts: [(x, y) => !disc(0.5, 0.5, 0.3)(x, y) && disc(0.5, 0.5, 0.42)(x, y), disc(0.5, 0.5, 0.18)], light: [180, 20, 26], dark: [255, 140, 140] },
  'not-managed': { parts: [shieldOutline, polyline([[0.36, 0.34], [0.64, 0.62]], 0.1), polyline([[0.64, 0.34], [0.36, 0.62]], 0.1)], light: [180, 20, 26], dark: [255, 140, 140] },
  attention: { parts: [polyline([[0.5, 0.08], [0.94, 0.88], [0.06, 0.88], [0.5, 0.08]], 0.08), polyline([[0.5, 0.36], [0.5, 0.62]], 0.1), disc(0.5, 0.76, 0.055)], light: [138, 75, 0], dark: [255, 195, 107] },
};

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
          if (shapes.some((f) => f(u, v))) hits++;
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
    const variants = { [`${state}Template`]: [0, 0, 0], [`${state}-light`]: STATES[state].light, [`${state}-dark`]: STATES[state].dark };
    for (const [name, colour] of Object.entries(variants)) {
      for (const [suffix, size] of [['', 16], ['@2x', 32]]) {
        const file = join(dir, `${name}${suffix}.png`);
        writeFileSync(file, draw(size, state, colour));
        written.push(file);
      }
    }
  }
  return written;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(`${generate().length} icons written`);
