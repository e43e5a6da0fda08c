import { describe, expect, it } from 'vitest';
import { chmod, chown, lstat, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDir } from '../../support/temp.js';
import { runCliProcess } from '../../support/cli.js';
import { linuxHome } from './homes.js';

const isRoot = process.getuid?.() === 0;
// A user id no account on a build machine is likely to have: a real, different uid is all the kernel needs.
const USER = 64_123;

async function chownTree(path: string, uid: number): Promise<void> {
  await chown(path, uid, uid);
  if ((await lstat(path)).isDirectory()) for (const name of await readdir(path)) await chownTree(join(path, name), uid);
}

describe('IT runs cleanup as root with --home of another user', () => {
  it.skipIf(!isRoot)(`everything created in that home belongs to its owner with the user's modes, and the user can list and undo${isRoot ? '' : ' (skipped: needs root to act for a second uid)'}`, async () => {
    const base = await tempDir();
    await chmod(base, 0o755);
    const home = join(base, 'ada');
    await linuxHome(home);
    await chownTree(home, USER);
    await chmod(home, 0o750);

    const cleared = await runCliProcess(['cleanup', '--clear', '--yes', '--client', 'zoom', '--home', home]);
    expect(cleared.stderr).toBe('');
    expect(cleared.code).toBe(0);
    const owned = async (rel: string) => {
      const s = await stat(join(home, rel));
      return `${s.uid}:${s.gid} ${(s.mode & 0o777).toString(8)}`;
    };
    expect(await owned('.local')).toBe(`${USER}:${USER} 755`);
    expect(await owned('.local/share')).toBe(`${USER}:${USER} 755`);
    expect(await owned('.local/share/meeting-guard')).toBe(`${USER}:${USER} 700`);
    const quarantine = '.local/share/meeting-guard/quarantine';
    expect(await owned(quarantine)).toBe(`${USER}:${USER} 700`);
    const [batch] = await readdir(join(home, quarantine));
    expect(await owned(`${quarantine}/${batch}`)).toBe(`${USER}:${USER} 700`);
    expect(await owned(`${quarantine}/${batch}/items`)).toBe(`${USER}:${USER} 700`);
    expect(await owned(`${quarantine}/${batch}/manifest.json`)).toBe(`${USER}:${USER} 600`);
    expect(await readdir(join(home, '.zoom'))).toEqual([]);

    // The user, as themselves, sees the batch and puts it back.
    const asUser = { uid: USER, env: { HOME: home, XDG_DATA_HOME: '', XDG_CONFIG_HOME: '' }, cwd: home };
    const listed = await runCliProcess(['cleanup', '--list-quarantine', '--json'], asUser);
    expect(listed.code).toBe(0);
    expect((JSON.parse(listed.stdout) as { batches: { id: string }[] }).batches.map((b) => b.id)).toEqual([batch]);
    const undone = await runCliProcess(['cleanup', '--undo'], asUser);
    expect(undone.stdout).toContain(`restored: ${join(home, '.zoom/logs')}`);
    expect(undone.code).toBe(0);
    expect((await readdir(join(home, '.zoom'))).sort()).toEqual(['data', 'logs']);
    expect(await owned('.zoom/logs')).toBe(`${USER}:${USER} ${((await stat(join(home, '.zoom/logs'))).mode & 0o777).toString(8)}`);
    expect((await stat(join(home, '.zoom/logs/zoom_stdout.log'))).uid).toBe(USER);
  });
});
