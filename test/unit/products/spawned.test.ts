import { describe, expect, it } from 'vitest';
import { allProducts } from '../../../electron/core/products/index.js';
import { builtInCatalogue } from '../../../electron/core/calls/catalogue.js';
import { compileMatcher } from '../../../electron/core/calls/match.js';
import { linuxProcessSource } from '../../../electron/core/calls/linux-processes.js';
import type { OsName } from '../../../electron/core/platform/platform.js';
import { startAs, stop } from '../calls/real-processes.js';
import { tempDir } from '../../support/temp.js';

/**
 * Each product's process names, started as real processes (a copy of /bin/sleep under that name, so the kernel's
 * 15-byte comm cut and the recovery of the full name from /proc are part of the test) and recognised by the matcher
 * compiled for the OS the name belongs to. A Windows or macOS name runs here on Linux under its own file name,
 * which is what the process sources on those systems report.
 */
const OSES: readonly OsName[] = ['windows', 'macos', 'linux'];
const catalogue = builtInCatalogue();
const matchers = Object.fromEntries(OSES.map((os) => [os, compileMatcher(catalogue, os)])) as Record<OsName, ReturnType<typeof compileMatcher>>;

interface Case { id: string; os: OsName; name: string; inCall: boolean; args: string[] }
/** Tools that count only with capture arguments, started the way a person records with them. */
const captureArgs: Record<string, string[]> = {
  'ffmpeg-capture': ['-f', 'x11grab', '-i', ':0.0', 'out.mkv'],
  'gstreamer-capture': ['ximagesrc', '!', 'videoconvert', '!', 'x264enc', '!', 'filesink', 'location=out.mp4'],
};
const cases: Case[] = allProducts().flatMap((p) =>
  OSES.flatMap((os) => [
    // The first name per OS, and every in-call helper: enough to catch a name that cannot match, in a bounded run.
    ...(p.processes[os]?.slice(0, 1) ?? []).map((name) => ({ id: p.id, os, name, inCall: false, args: p.argRules.length ? (captureArgs[p.id] ?? ['no example for this tool']) : [] })),
    ...(p.inCall[os] ?? []).map((name) => ({ id: p.id, os, name, inCall: true, args: [] })),
  ]),
);

async function recognised(batch: Case[]): Promise<string[]> {
  // A folder per process: two products may share a name on different systems.
  const children = await Promise.all(batch.map((c) => tempDir().then((d) => startAs(d, c.name, c.args))));
  const source = linuxProcessSource();
  const misses: string[] = [];
  try {
    // Until every child has exec'd under its new name (readiness, not a timer).
    let seen = await source.snapshot({ fresh: true, wantArgs: () => true });
    for (let tries = 0; tries < 6000 && batch.some((c, i) => !seen.some((p) => p.pid === children[i]!.pid && p.name !== 'node')); tries++) {
      await new Promise((r) => setTimeout(r, 10));
      seen = await source.snapshot({ fresh: true, wantArgs: () => true });
    }
    batch.forEach((c, i) => {
      const info = seen.find((p) => p.pid === children[i]!.pid);
      const obs = matchers[c.os].observe(info ? [info] : []);
      const ok = c.inCall ? obs.calls.has(c.id) : obs.running.has(c.id) || obs.recorders.has(c.id);
      if (!ok) misses.push(`${c.id} (${c.os}) "${c.name}" seen as ${JSON.stringify(info?.name)}`);
    });
  } finally {
    source.close?.();
    await Promise.all(children.map(stop));
  }
  return misses;
}

describe.runIf(process.platform === 'linux')('real processes under product names', () => {
  it(`recognises every product by its process names (${cases.length} processes)`, async () => {
    const misses: string[] = [];
    for (let i = 0; i < cases.length; i += 25) misses.push(...(await recognised(cases.slice(i, i + 25))));
    expect(misses).toEqual([]);
  }, 240_000);
});
