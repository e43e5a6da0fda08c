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
function decode(png: Buffer): { width: number; height: number; alpha: number[] } {
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
  return { width, height, alpha };
}

describe('tray icons', () => {
  test.each(trayStates)('%s exists for macOS (template) and for light and dark panels, at 1x and 2x', async (state) => {
    for (const [os, dark] of [['darwin', false], ['win32', false], ['win32', true], ['linux', true]] as const) {
      const file = trayIconFile(iconsDir, state, os, dark);
      const one = decode(await readFile(file));
      const two = decode(await readFile(file.replace(/\.png$/, '@2x.png')));
      expect([one.width, one.height, two.width, two.height]).toEqual([16, 16, 32, 32]);
      // Something is drawn, and not the whole square.
      const covered = two.alpha.filter((a) => a > 128).length / two.alpha.length;
      expect(covered).toBeGreaterThan(0.08);
      expect(covered).toBeLessThan(0.7);
    }
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
    expect(written).toHaveLength(trayStates.length * 3 * 2);
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
