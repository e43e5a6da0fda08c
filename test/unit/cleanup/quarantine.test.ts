import { describe, expect, it } from 'vitest';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { isAbsolute, join, sep } from 'node:path';
import { tempDir, writeTree } from '../../support/temp.js';
import { Quarantine } from '../../../electron/core/cleanup/quarantine.js';
import { readManifest } from '../../../electron/core/cleanup/quarantine-manifest.js';
import { appPaths } from '../../../electron/core/platform/app-paths.js';
import { quarantineFolder } from '../../../electron/core/cleanup/paths.js';

const at = (iso: string) => () => new Date(iso);

describe('quarantine', () => {
  it('writes a valid manifest, and undo never overwrites something new at the original place', async () => {
    const home = await tempDir();
    await writeTree(home, { 'a/log.txt': 'old', 'b/keep.txt': 'b' });
    const q = new Quarantine({ root: join(home, 'q'), home, now: at('2026-03-01T10:00:00Z'), retentionDays: 7 });
    const batch = await q.beginBatch();
    await batch.store(join(home, 'a'), { type: 'folder', client: 'zoom', locationId: 'zoom.linux.logs' });
    await batch.store(join(home, 'b'), { type: 'folder', client: 'zoom', locationId: 'zoom.linux.data' });
    const manifest = await readManifest(join(batch.dir, 'manifest.json'));
    expect(manifest.expiresAt).toBe('2026-03-08T10:00:00.000Z');
    expect(manifest.items.map((i) => i.storedAs)).toEqual(['items/0', 'items/1']);
    await writeTree(home, { 'a/log.txt': 'new since' });
    const undo = await q.undo();
    expect(undo.restored).toEqual([join(home, 'b')]);
    expect(undo.skipped).toEqual([{ path: join(home, 'a'), reason: 'something new is there now: left in quarantine' }]);
    expect(await readFile(join(home, 'a/log.txt'), 'utf8')).toBe('new since');
    expect(await readFile(join(batch.dir, 'items/0/log.txt'), 'utf8')).toBe('old');
  });

  it('reports a damaged manifest with its file and key, and never purges that batch', async () => {
    const home = await tempDir();
    const root = join(home, 'q');
    await mkdir(join(root, 'odd'), { recursive: true });
    await writeFile(join(root, 'odd/manifest.json'), JSON.stringify({ schema: 'meeting-guard/quarantine@1', id: 'odd', createdAt: 'yesterday' }));
    const q = new Quarantine({ root: join(home, 'q'), home, now: at('2030-01-01T00:00:00Z'), retentionDays: 7 });
    const { problems } = await q.list();
    const kept = `${join(root, 'odd/manifest.json')}: createdAt: Invalid ISO datetime; its age is unknown, so it is kept: delete ${join(root, 'odd')} yourself once it is not needed`;
    expect(problems).toEqual([kept]);
    expect(await q.purgeExpired()).toEqual({ purged: [], problems: [kept] });
    expect(await readdir(root)).toEqual(['odd']);
  });
});

describe('the quarantine location', () => {
  it('is absolute and inside the home for every layout, a Windows one computed on this host included', async () => {
    const home = await tempDir();
    for (const os of ['windows', 'macos', 'linux'] as const) {
      const folder = quarantineFolder(os, home);
      expect(isAbsolute(folder), `${os}: ${folder}`).toBe(true);
      expect(folder.startsWith(`${home}${sep}`), `${os}: ${folder}`).toBe(true);
    }
    // A real Windows home keeps Windows separators.
    expect(appPaths('windows', 'C:\\Users\\ada', {}).quarantineDir).toBe('C:\\Users\\ada\\AppData\\Local\\MeetingGuard\\quarantine');
  });

  it('ignores a LOCALAPPDATA or XDG_DATA_HOME outside the home, and refuses a relative home or root', async () => {
    const home = await tempDir();
    expect(quarantineFolder('windows', home, { LOCALAPPDATA: '/srv/share/ada/Local' })).toBe(join(home, 'AppData/Local/MeetingGuard/quarantine'));
    expect(quarantineFolder('linux', home, { XDG_DATA_HOME: '/var/tmp/data' })).toBe(join(home, '.local/share/meeting-guard/quarantine'));
    expect(() => quarantineFolder('linux', 'Users/ada')).toThrow(/not an absolute path: give the full path/);
    const q = { home, now: at('2026-03-01T10:00:00Z'), retentionDays: 7 };
    expect(() => new Quarantine({ ...q, root: '\\tmp\\mg-x\\Users\\ada\\AppData\\Local\\MeetingGuard\\quarantine' })).toThrow(/not an absolute path inside the home/);
    expect(() => new Quarantine({ ...q, root: home })).toThrow(/not an absolute path inside the home/);
    expect(() => new Quarantine({ ...q, root: join(home, '..', 'elsewhere') })).toThrow(/not an absolute path inside the home/);
  });
});
