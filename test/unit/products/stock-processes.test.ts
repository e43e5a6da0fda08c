import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtInCatalogue } from '../../../electron/core/calls/catalogue.js';
import { compileMatcher } from '../../../electron/core/calls/match.js';
import { linuxProcessSource } from '../../../electron/core/calls/linux-processes.js';
import type { OsName } from '../../../electron/core/platform/platform.js';
import { startAs, stop } from '../calls/real-processes.js';
import { tempDir } from '../../support/temp.js';

/**
 * Nothing generic: the operating systems' own processes (test/fixtures/stock-processes, sources in its README),
 * started as real processes under their names, are never a meeting client in a call nor a recorder at work.
 * A browser among them may be "running" (it is a call only with the microphone or camera); a remote-control
 * service may be "present" (reported as possibly idle), never "active".
 */
const lists: Record<OsName, string> = { linux: 'debian12-gnome.txt', windows: 'windows11.txt', macos: 'macos.txt' };
const catalogue = builtInCatalogue();

async function stockNames(os: OsName): Promise<string[]> {
  const text = await readFile(fileURLToPath(new URL(`../../fixtures/stock-processes/${lists[os]}`, import.meta.url)), 'utf8');
  // A kernel thread's name holds a slash, which no file name can: those are matched as names only.
  return text.split('\n').map((l) => l.trim()).filter(Boolean);
}

describe.runIf(process.platform === 'linux')('stock processes of each OS match nothing', () => {
  it.each(['linux', 'windows', 'macos'] as const)('%s', async (os) => {
    const names = await stockNames(os);
    expect(names.length).toBeGreaterThan(60);
    const spawnable = names.filter((n) => !n.includes('/'));
    const children = [];
    for (let i = 0; i < spawnable.length; i += 40) {
      children.push(...(await Promise.all(spawnable.slice(i, i + 40).map((n) => tempDir().then((d) => startAs(d, n))))));
    }
    const source = linuxProcessSource();
    try {
      const pids = new Set(children.map((c) => c.pid));
      let seen = await source.snapshot({ fresh: true });
      for (let tries = 0; tries < 6000 && seen.filter((p) => pids.has(p.pid) && p.name !== 'node').length < children.length; tries++) {
        await new Promise((r) => setTimeout(r, 10));
        seen = await source.snapshot({ fresh: true });
      }
      const ours = [...seen.filter((p) => pids.has(p.pid)), ...names.filter((n) => n.includes('/')).map((name, i) => ({ pid: 900_000 + i, name }))];
      // Every name really ran under its own name (the 15-byte cut recovered), so the matcher saw what an OS shows.
      expect(ours.map((p) => p.name).sort()).toEqual([...names].sort());
      const obs = compileMatcher(catalogue, os).observe(ours);
      expect([...obs.calls.keys()]).toEqual([]);
      expect([...obs.recorders.values()].filter((r) => r.level === 'active').map((r) => r.id)).toEqual([]);
      const clients = new Set(catalogue.clients.filter((c) => c.kind === 'app').map((c) => c.id));
      expect([...obs.running].filter((id) => clients.has(id))).toEqual([]);
    } finally {
      source.close?.();
      await Promise.all(children.map(stop));
    }
  }, 180_000);
});
