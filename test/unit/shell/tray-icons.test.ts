import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';
import { afterEach, describe, expect, test } from 'vitest';
import { trayModel, type TrayInput } from '../../../electron/core/menu/tray-menu.js';
import { trayIconFile, trayState, trayStates } from '../../../electron/tray-icons.js';

const iconsDir = fileURLToPath(new URL('../../../build/icons/', import.meta.url));
const made: string[] = [];
afterEach(async () => Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true }))));

/** Width, height and the alpha of every pixel, read back with zlib: proves the file is a PNG Electron can load. */
function decode(png: Buffer): { width: number; height: number; alpha: number[]; colour: (pixel: number) => number[] } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    if (png.toString('ascii', at + 4, at + 8) === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    at += length + 12;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const alpha: number[] = [];
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) alpha.push(raw[y * (width * 4 + 1) + 1 + x * 4 + 3] ?? 0);
  const colour = (pixel: number) => [0, 1, 2].map((c) => raw[Math.floor(pixel / width) * (width * 4 + 1) + 1 + (pixel % width) * 4 + c] ?? 0);
  return { width, height, alpha, colour };
}

describe('tray icons', () => {
  test.each(trayStates)('%s exists for macOS (template), light and dark panels and Windows high contrast, at 16, 20, 24 and 32 px', async (state) => {
    for (const [os, dark, contrast] of [['darwin', false, false], ['win32', false, false], ['win32', true, false], ['linux', true, false], ['win32', true, true], ['win32', false, true]] as const) {
      const file = trayIconFile(iconsDir, state, os, dark, contrast);
      if (contrast) expect(file).toContain('-contrast-');
      const sizes = await Promise.all(['', '@1.25x', '@1.5x', '@2x'].map(async (suffix) => decode(await readFile(file.replace(/\.png$/, `${suffix}.png`)))));
      expect(sizes.map((s) => [s.width, s.height])).toEqual([[16, 16], [20, 20], [24, 24], [32, 32]]);
      for (const drawn of sizes) {
        // Something is drawn, and not the whole square.
        const covered = drawn.alpha.filter((a) => a > 128).length / drawn.alpha.length;
        expect(covered).toBeGreaterThan(0.08);
        expect(covered).toBeLessThan(0.7);
      }
    }
  });

  test('recorder running and laptop not managed differ in colour as well as shape', async () => {
    const rgb = async (name: string) => {
      const { alpha, colour } = decode(await readFile(join(iconsDir, name)));
      return colour(alpha.indexOf(255));
    };
    expect(await rgb('recorder-active-light.png')).not.toEqual(await rgb('not-managed-light.png'));
  });

  test('the five states are five different pictures (shape, not only colour)', async () => {
    const shapes = await Promise.all(trayStates.map(async (s) => decode(await readFile(join(iconsDir, `${s}Template@2x.png`))).alpha.join(',')));
    expect(new Set(shapes).size).toBe(trayStates.length);
  });

  test('the committed icons are what the generator draws', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mg-icons-'));
    made.push(dir);
    // @ts-expect-error: a plain .mjs script without type declarations.
    const { generate } = (await import('../../../build/icons/generate.mjs')) as { generate: (dir: string) => string[] };
    const written = generate(dir);
    expect(written).toHaveLength(trayStates.length * 5 * 4);
    for (const name of await readdir(dir)) {
      expect(await readFile(join(dir, name)), name).toEqual(await readFile(join(iconsDir, name)));
    }
  });
});

describe('which icon the tray shows', () => {
  const input = (over: Partial<TrayInput>): TrayInput => ({
    device: { verdict: 'managed' },
    call: { phase: 'idle', clients: [], noticeShown: false },
    recorders: [],
    noticeAvailable: true,
    hideQuit: false,
    language: 'en-GB',
    ...over,
  });
  const state = (over: Partial<TrayInput>) => trayState(input(over), trayModel(input(over)));

  test('most urgent first: a recorder, then an unmanaged laptop, then a call, then anything the core flags', () => {
    expect(state({})).toBe('managed-idle');
    expect(state({ call: { phase: 'in-call', clients: ['Zoom'], noticeShown: true } })).toBe('in-call');
    expect(state({ device: { verdict: 'not-managed' }, call: { phase: 'in-call', clients: ['Zoom'], noticeShown: true } })).toBe('not-managed');
    expect(state({ device: { verdict: 'not-managed' }, recorders: ['OBS Studio'] })).toBe('recorder-active');
    expect(state({ device: { verdict: 'unknown' } })).toBe('attention');
  });
});
