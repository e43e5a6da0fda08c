import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { writeTree } from '../../support/temp.js';
import { dispatch } from '../../../electron/core/contract/dispatch.js';
import type { CommandRunner } from '../../../electron/core/ports/command-runner.js';
import type { CleanupScanView } from '../../../electron/core/contract/views.js';
import { standinCore, type StandinCore } from '../../support/standin-core.js';
import { snapshotDiff, treeSnapshot } from '../../support/tree-snapshot.js';
import { linuxHome } from './homes.js';

const noTools: CommandRunner = async (command) => ({ kind: 'missing', command });
const context = { windowId: 'cleanup' };
let world: StandinCore | undefined;
afterEach(async () => world?.dispose());

/** The real core and handlers on a laptop made of temp folders: machine policy, the person's own preferences. */
async function laptop(policy: Record<string, unknown>, preferences: Record<string, unknown>) {
  world = await standinCore({
    policy,
    run: noTools,
    prepareHome: async (home) => {
      await linuxHome(home);
      await writeTree(home, { '.config/Meeting Guard/preferences.json': JSON.stringify(preferences), 'Documents/Zoom Exports/chat.txt': 'bob@example.org\n' });
    },
  });
  return world;
}

async function scanAndClearEverything(w: StandinCore) {
  const scanned = await dispatch(w.handlers, 'cleanup:scan', undefined, context);
  if (!scanned.ok) throw new Error(scanned.error.message);
  const view = scanned.value as CleanupScanView;
  const ids = view.clients.flatMap((c) => c.items.map((i) => i.id));
  return { view, ids, cleared: await dispatch(w.handlers, 'cleanup:clear', { ids: ids.length > 0 ? ids : ['zoom/zoom.linux.logs'] }, context) };
}

describe('the app\'s cleanup:clear obeys the one cleanup decision', () => {
  for (const mode of ['off', 'remind'] as const) {
    it(`IT locks "${mode}" (the person chose clear-on-confirm): nothing moves, and the refusal names the organisation`, async () => {
      const w = await laptop({ cleanupMode: mode }, { cleanupMode: 'clear-on-confirm' });
      const before = await treeSnapshot(w.home);
      const { view, ids, cleared } = await scanAndClearEverything(w);
      expect(ids.length).toBeGreaterThan(0); // there was something to clear
      expect(view.clearing).toEqual({ allowed: false, message: expect.stringContaining('by your organisation'), mode, setBy: 'organisation', reason: expect.stringMatching(/^Your organisation has set “.+” for meeting data after a call/) });
      // The same decision is there before any scan, for the screen to say at once.
      expect(await dispatch(w.handlers, 'cleanup:allowed', undefined, { windowId: 'cleanup' })).toEqual({ ok: true, value: view.clearing });
      expect(cleared).toEqual({ ok: false, error: { code: 'not-allowed', message: expect.stringMatching(mode === 'off' ? /^Cleanup is turned off by your organisation: nothing was moved/ : /^Cleanup is set to remind only .* by your organisation: nothing was moved/) } });
      expect(snapshotDiff(before, await treeSnapshot(w.home))).toEqual([]);
    });
  }

  it('the person\'s own "remind": nothing moves, and the refusal says it is their setting and where to change it', async () => {
    const w = await laptop({}, { cleanupMode: 'remind' });
    const before = await treeSnapshot(w.home);
    const { cleared } = await scanAndClearEverything(w);
    expect(cleared.ok).toBe(false);
    const message = cleared.ok ? '' : cleared.error.message;
    expect(message).toContain('in your own settings: nothing was moved. To clear, choose "Clear on confirm" for "Meeting data after a call" in Meeting Guard\'s Settings');
    expect(message).not.toContain('organisation');
    expect(snapshotDiff(before, await treeSnapshot(w.home))).toEqual([]);
  });

  it('by default (clear-on-confirm) clears what the scan showed, policy\'s extra path included, and only that', async () => {
    const w = await laptop({ cleanupExtraPaths: ['Documents/Zoom Exports'], cleanupClients: ['zoom'] }, {});
    // The targets, the quarantine, and the state file that records "last cleared" for IT.
    const outside = (rel: string) => ['.zoom', '.config/zoomus.conf', 'Documents/Zoom Exports', '.local', '.config/Meeting Guard/state.json'].some((t) => rel.startsWith(t));
    const before = await treeSnapshot(w.home, outside);
    const { view, ids, cleared } = await scanAndClearEverything(w);
    expect(view.clearing).toEqual({ allowed: true, mode: 'clear-on-confirm', setBy: 'default' });
    expect(ids).toContain('zoom/zoom.extra.1');
    expect(view.clients.map((c) => c.id)).toEqual(['zoom']);
    expect(cleared.ok).toBe(true);
    const labels = cleared.ok ? (cleared.value as { cleared: { label: string }[] }).cleared.map((c) => c.label) : [];
    expect(labels).toContain(join(w.home, 'Documents/Zoom Exports'));
    expect(snapshotDiff(before, await treeSnapshot(w.home, outside))).toEqual([]);
  });
});

describe('"What Meeting Guard keeps" clears its quarantine without following a linked parent', () => {
  it('a ~/.local/share linked to another folder: that folder\'s meeting-guard/quarantine is left alone', async () => {
    const w = await laptop({}, {});
    const outside = join(w.base, 'outside');
    await writeTree(outside, { 'meeting-guard/quarantine/2026-01-01T00-00-00-000Z-abcdef/manifest.json': '{}', 'meeting-guard/quarantine/keep.txt': 'not ours' });
    const { rename, symlink } = await import('node:fs/promises');
    await rename(join(w.home, '.local/share'), join(w.base, 'share-was')).catch(() => undefined);
    await writeTree(w.home, { '.local/.keep': '' });
    await symlink(outside, join(w.home, '.local/share'));
    const before = await treeSnapshot(outside);
    const cleared = await dispatch(w.handlers, 'kept:clear', undefined, { windowId: 'kept' });
    expect(cleared).toEqual({ ok: false, error: { code: 'not-allowed', message: `${join(w.home, '.local/share')} is a link, so the quarantine was left in place (Meeting Guard never follows a link when removing).` } });
    expect(snapshotDiff(before, await treeSnapshot(outside))).toEqual([]);
  });
});
