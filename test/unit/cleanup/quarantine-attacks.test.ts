import { describe, expect, it } from 'vitest';
import { mkdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { tempDir, writeTree } from '../../support/temp.js';
import { snapshotDiff, treeSnapshot } from '../../support/tree-snapshot.js';
import { Quarantine } from '../../../electron/core/cleanup/quarantine.js';
import { quarantineFolder } from '../../../electron/core/cleanup/paths.js';
import type { QuarantineManifest } from '../../../electron/core/cleanup/quarantine-manifest.js';

// The attacker has the user's rights: the manifest, the batch folders and the home are all theirs to edit. What
// must never happen is undo or purge reaching outside the home (as root with --home: another user's or the
// system's files).

const at = () => new Date('2026-03-01T10:00:00Z');

async function world(useProc?: boolean) {
  const base = await tempDir();
  const home = join(base, 'home');
  const outside = join(base, 'outside');
  await writeTree(outside, { 'victim/secret.txt': 'not the meeting client\'s', 'victim/sub/b.txt': 'b', 'etc/passwd': 'root:x:0:0\n' });
  await writeTree(home, { '.zoom/logs/zoom_stdout.log': 'jane.doe@example.org', '.zoom/data/zoomus.ini': 'display_name=Jane' });
  const root = quarantineFolder('linux', home);
  const quarantine = new Quarantine({ root, home, now: at, retentionDays: 7, ...(useProc === undefined ? {} : { useProc }) });
  const batch = await quarantine.beginBatch();
  await batch.store(join(home, '.zoom/logs'), { type: 'folder', client: 'zoom', locationId: 'zoom.linux.logs' });
  await batch.store(join(home, '.zoom/data'), { type: 'folder', client: 'zoom', locationId: 'zoom.linux.data' });
  await batch.discardIfEmpty();
  const dir = join(root, batch.id);
  const manifestFile = join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as QuarantineManifest;
  const edit = async (change: (m: QuarantineManifest) => void) => {
    change(manifest);
    await writeFile(manifestFile, JSON.stringify(manifest));
  };
  return { base, home, outside, root, dir, quarantine, id: batch.id, manifestFile, edit };
}

const everything = async (w: { base: string }) => treeSnapshot(w.base);

describe('undo trusts nothing on disk', () => {
  const edits: Array<[string, (w: Awaited<ReturnType<typeof world>>) => string, RegExp]> = [
    ['an absolute path outside the home', (w) => join(w.outside, 'victim'), /outside the home folder/],
    ['a relative path', () => '../outside/victim', /not an absolute path/],
    ['a path that climbs out with ..', (w) => `${w.home}/../outside/victim`, /not a plain path/],
    ['the home itself', (w) => w.home, /outside the home folder/],
    ['a path into the quarantine', (w) => join(w.root, 'x'), /inside Meeting Guard's own quarantine/],
  ];
  for (const useProc of [true, false]) {
    for (const [what, path, message] of edits) {
      it(`${useProc ? '' : '(path checks, as on macOS/Windows) '}refuses a manifest edited to ${what}: reported, the batch untouched`, async () => {
        const w = await world(useProc);
        await w.edit((m) => void (m.items[0]!.originalPath = path(w)));
        const before = await everything(w);
        const result = await w.quarantine.undo();
        expect(result.restored).toEqual([]);
        expect(result.problems).toEqual([expect.stringMatching(message)]);
        expect(result.problems[0]).toContain('the batch is left untouched');
        expect(snapshotDiff(before, await everything(w))).toEqual([]);
      });
    }

    it(`${useProc ? '' : '(path checks) '}never restores through a folder in the home that became a link to outside`, async () => {
      const w = await world(useProc);
      await rm(join(w.home, '.zoom'), { recursive: true });
      await symlink(join(w.outside, 'victim'), join(w.home, '.zoom'));
      const before = await everything(w);
      const result = await w.quarantine.undo();
      expect(result.problems).toEqual([expect.stringContaining(`${join(w.home, '.zoom')} on the way is a link or not a folder`), expect.anything()]);
      expect(snapshotDiff(before, await everything(w))).toEqual([]);
    });
  }

  it('refuses a batch recorded for another home, and one whose items folder became a link to outside data', async () => {
    const w = await world();
    await w.edit((m) => void (m.home = w.outside));
    let before = await everything(w);
    expect((await w.quarantine.undo()).problems).toEqual([`batch ${w.id} was made for the home folder ${w.outside}, not ${w.home}: left untouched`]);
    expect(snapshotDiff(before, await everything(w))).toEqual([]);

    const v = await world();
    // The outside folder holds "0" and "1" too: undo would otherwise carry them into the home.
    await writeTree(v.outside, { 'items/0/x.txt': 'outside', 'items/1/y.txt': 'outside' });
    await rename(join(v.dir, 'items'), join(v.dir, 'items-real'));
    await symlink(join(v.outside, 'items'), join(v.dir, 'items'));
    before = await everything(v);
    const result = await v.quarantine.undo();
    expect(result.restored).toEqual([]);
    expect(result.problems).toEqual([expect.stringMatching(/items is a link or not a folder: left untouched$/)]);
    expect(snapshotDiff(before, await everything(v))).toEqual([]);
  });

  it('a restore whose target folder is missing recreates it (without links) and puts the files back', async () => {
    const w = await world();
    await rm(join(w.home, '.zoom'), { recursive: true });
    const result = await w.quarantine.undo();
    expect(result.restored.sort()).toEqual([join(w.home, '.zoom/data'), join(w.home, '.zoom/logs')]);
    expect(await readFile(join(w.home, '.zoom/logs/zoom_stdout.log'), 'utf8')).toBe('jane.doe@example.org');
  });
});

describe('list and purge trust nothing on disk', () => {
  it('a batch folder, a manifest or the quarantine itself that is a link is reported and not followed; purge deletes nothing outside', async () => {
    const w = await world();
    const late = new Quarantine({ root: w.root, home: w.home, now: () => new Date('2027-01-01T00:00:00Z'), retentionDays: 7 });
    // A link posing as an expired batch, to a folder with a manifest of its own.
    await writeTree(w.outside, { 'fake/manifest.json': JSON.stringify({ schema: 'meeting-guard/quarantine@1', id: 'fake', createdAt: '2020-01-01T00:00:00Z', expiresAt: '2020-01-02T00:00:00Z', items: [] }) });
    await symlink(join(w.outside, 'fake'), join(w.root, 'fake'));
    // A batch whose manifest is a link to a file outside.
    await mkdir(join(w.root, 'linked-manifest'));
    await symlink(join(w.outside, 'etc/passwd'), join(w.root, 'linked-manifest/manifest.json'));
    // A batch with no manifest at all, and one whose manifest names another batch.
    await mkdir(join(w.root, 'no-manifest'));
    await writeTree(w.root, { 'other-id/manifest.json': JSON.stringify({ schema: 'meeting-guard/quarantine@1', id: 'fake', createdAt: '2020-01-01T00:00:00Z', expiresAt: '2020-01-02T00:00:00Z', items: [] }) });
    // A link inside the expired batch to outside data: rm must unlink it, never descend.
    await symlink(join(w.outside, 'victim'), join(w.dir, 'items/0/escape'));
    const outsideBefore = await treeSnapshot(w.outside);
    const { purged, problems } = await late.purgeExpired();
    expect(purged).toEqual([w.id]);
    expect(problems.map((p) => relative(w.root, p.split(':')[0]!))).toEqual(['other-id/manifest.json', 'no-manifest/manifest.json', 'linked-manifest/manifest.json', 'fake']);
    expect(problems.join('\n')).toContain('is a link: not followed');
    expect(problems.join('\n')).not.toContain('root:x');
    expect(snapshotDiff(outsideBefore, await treeSnapshot(w.outside))).toEqual([]);
    expect((await late.list()).problems).toHaveLength(4);
  });

  it('a quarantine reached through a linked ~/.local/share is reported, neither read nor purged', async () => {
    const w = await world();
    const late = new Quarantine({ root: w.root, home: w.home, now: () => new Date('2027-01-01T00:00:00Z'), retentionDays: 7 });
    await rename(join(w.home, '.local/share'), join(w.outside, 'share'));
    await symlink(join(w.outside, 'share'), join(w.home, '.local/share'));
    const before = await everything(w);
    const { purged, problems } = await late.purgeExpired();
    expect(purged).toEqual([]);
    expect(problems).toEqual([expect.stringContaining(`${join(w.home, '.local/share')} on the way is a link or not a folder: the quarantine is not read`)]);
    expect(snapshotDiff(before, await everything(w))).toEqual([]);
    expect((await late.undo()).restored).toEqual([]);
  });
});

describe('the app\'s undo says what stayed in the quarantine', () => {
  it('a refused batch comes back as notRestored with the reason, names masked, nothing moved', async () => {
    const { quarantineCleanupActions } = await import('../../../electron/core/contract/services/quarantine-actions.js');
    const w = await world();
    await w.edit((m) => void (m.items[0]!.originalPath = join(w.outside, 'jane.doe@example.org')));
    const before = await everything(w);
    const actions = quarantineCleanupActions({ os: 'linux', home: w.home, quarantine: w.quarantine, listProcesses: async () => [] });
    const result = await actions.undo(w.id);
    expect(result.restored).toBe(0);
    expect(result.notRestored).toEqual([{ label: 'The whole batch', reason: expect.stringMatching(/j\*\*\*@example\.org: outside the home folder .*: the batch is left untouched$/) }]);
    expect(snapshotDiff(before, await everything(w))).toEqual([]);
  });
});
