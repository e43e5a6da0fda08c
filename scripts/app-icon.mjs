// The application icon (menus, the desktop entry, hicolor theme sizes), drawn with Node alone like the tray icons:
// a white shield with a check on a blue rounded square, the tray's "managed" picture made bold enough for 16 px.
import { encodePng } from '../build/icons/generate.mjs';

/** The sizes the freedesktop hicolor theme lists for apps (Icon Theme Specification, "hicolor" directories). */
export const APP_ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512];

const SHIELD = [[0.5, 0.16], [0.78, 0.27], [0.75, 0.55], [0.5, 0.86], [0.25, 0.55], [0.22, 0.27]];
const CHECK = [[0.36, 0.5], [0.46, 0.61], [0.65, 0.39]];
const BLUE = [11, 87, 181];
const WHITE = [255, 255, 255];

const inside = (x, y, poly) => {
  let hit = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i];
    const [xj, yj] = poly[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
};
const segDist = (px, py, [ax, ay], [bx, by]) => {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
};
const roundedSquare = (x, y, r = 0.2, m = 0.04) => {
  const cx = Math.min(Math.max(x, m + r), 1 - m - r);
  const cy = Math.min(Math.max(y, m + r), 1 - m - r);
  return Math.hypot(x - cx, y - cy) <= r;
};

/** The icon at `size` pixels square, as PNG bytes. */
export function appIconPng(size) {
  const rgba = Buffer.alloc(size * size * 4);
  const ss = size <= 64 ? 4 : 2;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let cover = 0;
      const sum = [0, 0, 0];
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const u = (x + (sx + 0.5) / ss) / size, v = (y + (sy + 0.5) / ss) / size;
          if (!roundedSquare(u, v)) continue;
          const check = CHECK.slice(1).some((p, i) => segDist(u, v, CHECK[i], p) <= 0.05);
          const colour = inside(u, v, SHIELD) && !check ? WHITE : BLUE;
          cover++;
          for (let c = 0; c < 3; c++) sum[c] += colour[c];
        }
      }
      const o = (y * size + x) * 4;
      for (let c = 0; c < 3; c++) rgba[o + c] = cover ? Math.round(sum[c] / cover) : 0;
      rgba[o + 3] = Math.round((255 * cover) / (ss * ss));
    }
  }
  return encodePng(size, rgba);
}
