import { lstat, readdir, rename, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planClear } from '../../../electron/core/cleanup/clear-plan.js';
import { executeClear } from '../../../electron/core/cleanup/clear.js';
import { quarantineFolder, redirectedFolders } from '../../../electron/core/cleanup/paths.js';
import { Quarantine } from '../../../electron/core/cleanup/quarantine.js';
import { scanClients } from '../../../electron/core/cleanup/scan.js';
import { tempDir, writeTree } from '../../support/temp.js';

describe('Windows AppData redirected to a file share (folder redirection)', () => {
  it('takes APPDATA and LOCALAPPDATA only when absolute and still named Roaming and Local', () => {
    expect(redirectedFolders('windows', { APPDATA: '\\\\files01\\users$\\ada\\AppData\\Roaming', LOCALAPPDATA: 'C:\\Users\\ada\\AppData\\Local' })).toEqual({
      appData: '\\\\files01\\users$\\ada\\AppData\\Roaming',
      localAppData: 'C:\\Users\\ada\\AppData\\Local',
    });
    // Pointed at Documents, a clear of Zoom's data would reach the person's Documents\Zoom recordings: ignored.
    expect(redirectedFolders('windows', { APPDATA: 'C:\\Users\\ada\\Documents', LOCALAPPDATA: 'AppData\\Local' })).toEqual({});
    expect(redirectedFolders('windows', {})).toEqual({});
    expect(redirectedFolders('linux', { APPDATA: '/srv/ada/AppData/Roaming' })).toEqual({});
  });

  it('scans and clears Zoom\'s data where APPDATA points, checks links below that folder, and leaves the profile alone', async () => {
    const dir = await tempDir();
    const home = join(dir, 'Users/ada');
    const share = join(dir, 'share/ada/AppData/Roaming');
    await writeTree(dir, {
      'Users/ada/Documents/Zoom/2024-05-02 Standup/notes.txt': 'my own notes, jane.doe@example.org',
      'Users/ada/AppData/Roaming/Zoom/logs/old.log': 'left from before the redirection: jane.doe@example.org',
      'share/ada/AppData/Roaming/Zoom/logs/zoom_stdout.log': 'login user: jane.doe@example.org from 192.0.2.44',
      'share/ada/AppData/Roaming/Zoom/data/zoomus.ini': 'display_name=Jane Doe',
    });
    // A link planted in the redirected folder, pointing back at the person's Documents.
    await symlink(join(home, 'Documents'), join(share, 'Zoom/data/Documents'));
    const folders = redirectedFolders('windows', { APPDATA: share });

    const report = await scanClients({ os: 'windows', home, folders, clients: ['zoom'] });
    const logs = report.clients[0]!.locations.find((l) => l.id === 'zoom.windows.logs')!;
    expect(logs.path).toBe(join(share, 'Zoom/logs'));
    expect(logs.findings.emails.previews).toEqual(['j***@example.org']);

    const plan = await planClear({ os: 'windows', home, folders, clients: ['zoom'] });
    expect(plan.targets.map((t) => t.path).sort()).toEqual([join(share, 'Zoom/data'), join(share, 'Zoom/logs')]);
    expect(plan.targets.every((t) => t.root === share)).toBe(true);
    const quarantine = new Quarantine({ root: quarantineFolder('windows', home), home, now: () => new Date('2026-01-10T09:00:00Z'), retentionDays: 7 });
    const result = await executeClear({ os: 'windows', plan, dryRun: false, listProcesses: async () => [], quarantine });
    expect(result.items.map((i) => i.status)).toEqual(['cleared', 'cleared']);
    expect(await readdir(join(share, 'Zoom'))).toEqual([]);
    // The link moved with its folder, as a link: what it pointed at is untouched.
    expect(await readdir(join(home, 'Documents/Zoom'))).toEqual(['2024-05-02 Standup']);
    expect((await lstat(join(home, 'AppData/Roaming/Zoom/logs/old.log'))).isFile()).toBe(true);
  });

  it('refuses a target whose redirected folder became a link to somewhere else after the plan', async () => {
    const dir = await tempDir();
    const home = join(dir, 'Users/ada');
    const share = join(dir, 'share/ada/AppData/Roaming');
    await writeTree(dir, { 'share/ada/AppData/Roaming/Zoom/logs/zoom_stdout.log': 'jane.doe@example.org', 'Users/ada/.keep': '' });
    const folders = redirectedFolders('windows', { APPDATA: share });
    const plan = await planClear({ os: 'windows', home, folders, clients: ['zoom'] });
    expect(plan.targets).toHaveLength(1);
    // Between plan and clear, Zoom is swapped for a link to a folder elsewhere holding a same-named logs folder.
    await writeTree(dir, { 'elsewhere/logs/keep.txt': 'not Zoom\'s' });
    await rename(join(share, 'Zoom'), join(dir, 'moved-zoom'));
    await symlink(join(dir, 'elsewhere'), join(share, 'Zoom'));
    const quarantine = new Quarantine({ root: quarantineFolder('windows', home), home, now: () => new Date('2026-01-10T09:00:00Z'), retentionDays: 7 });
    const result = await executeClear({ os: 'windows', plan, dryRun: false, listProcesses: async () => [], quarantine });
    expect(result.items[0]).toMatchObject({ status: 'skipped' });
    expect(await readdir(join(dir, 'elsewhere/logs'))).toEqual(['keep.txt']);
  });
});
