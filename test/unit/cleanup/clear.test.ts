import { describe, expect, it } from 'vitest';
import { chmod, lstat, open, readdir, readFile, readlink, rename, rm, symlink } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';
import { tempDir, writeTree } from '../../support/temp.js';
import { planClear } from '../../../electron/core/cleanup/clear-plan.js';
import { clearExitCode, executeClear } from '../../../electron/core/cleanup/clear.js';
import { Quarantine } from '../../../electron/core/cleanup/quarantine.js';
import type { ProcessLister } from '../../../electron/core/cleanup/processes.js';
import { quarantineFolder } from '../../../electron/core/cleanup/paths.js';
import { linuxHome } from './homes.js';

const nobody: ProcessLister = async () => [];

/** Every path below `root` with its type and content (or link target): a byte-for-byte picture. */
async function snapshot(root: string, skip: (rel: string) => boolean = () => false): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const visit = async (p: string) => {
    const rel = relative(root, p);
    if (rel && skip(rel)) return;
    const s = await lstat(p);
    if (s.isSymbolicLink()) out.set(rel, `link:${await readlink(p)}`);
    else if (s.isDirectory()) for (const n of await readdir(p)) await visit(join(p, n));
    else out.set(rel, `file:${s.mode.toString(8)}:${createHash('sha256').update(await readFile(p)).digest('hex')}`);
  };
  await visit(root);
  return out;
}

function quarantineFor(home: string, now = () => new Date('2026-01-10T09:00:00Z'), rename?: (from: string, to: string) => Promise<void>) {
  return new Quarantine({ root: quarantineFolder('linux', home), home, now, retentionDays: 7, rename });
}

const outsideTargets = (rel: string) => rel.startsWith('.zoom') || rel.startsWith('.config/zoomus.conf') || rel.startsWith('.cache/zoom') || rel.startsWith('.local');

describe('clear', () => {
  it('moves only catalogue paths, leaves a linked Documents folder byte-for-byte alone, and undo restores all', async () => {
    const home = await tempDir();
    await linuxHome(home);
    await writeTree(home, { 'Documents/report.docx': 'quarterly figures' });
    await symlink(join(home, 'Documents'), join(home, '.zoom/logs/my-docs'));
    const before = await snapshot(home);
    const outside = await snapshot(home, outsideTargets);
    const quarantine = quarantineFor(home);
    const plan = await planClear({ os: 'linux', home, clients: ['zoom'] });
    const result = await executeClear({ os: 'linux', plan, dryRun: false, listProcesses: nobody, quarantine });
    expect(result.items.filter((i) => i.status === 'cleared').map((i) => relative(home, i.path)).sort()).toEqual(['.config/zoomus.conf', '.zoom/data', '.zoom/logs']);
    expect(await snapshot(home, outsideTargets)).toEqual(outside);
    expect(await readFile(join(home, 'Documents/report.docx'), 'utf8')).toBe('quarterly figures');
    const undo = await quarantine.undo();
    expect(undo.skipped).toEqual([]);
    expect(await snapshot(home, (rel) => rel.startsWith('.local'))).toEqual(before);
  });

  it('a dry run changes nothing and lists what would go', async () => {
    const home = await tempDir();
    await linuxHome(home);
    const before = await snapshot(home);
    const plan = await planClear({ os: 'linux', home, clients: ['zoom', 'slack'] });
    const result = await executeClear({ os: 'linux', plan, dryRun: true, listProcesses: nobody, quarantine: quarantineFor(home) });
    expect(result.items.every((i) => i.status === 'would-clear')).toBe(true);
    expect(result.items).toHaveLength(4);
    expect(await snapshot(home)).toEqual(before);
  });

  it('skips a target swapped for a link between scan and clear, and one replaced by another folder', async () => {
    const home = await tempDir();
    await linuxHome(home);
    const plan = await planClear({ os: 'linux', home, clients: ['zoom'] });
    await rm(join(home, '.zoom/logs'), { recursive: true });
    await symlink(join(home, 'Documents'), join(home, '.zoom/logs'));
    await rename(join(home, '.zoom/data'), join(home, '.zoom/data-old'));
    await writeTree(home, { '.zoom/data/new.txt': 'new' });
    const outside = await snapshot(home, (rel) => rel.startsWith('.local') || rel === '.config/zoomus.conf');
    const result = await executeClear({ os: 'linux', plan, dryRun: false, listProcesses: nobody, quarantine: quarantineFor(home) });
    const reason = (p: string) => result.items.find((i) => i.path === join(home, p))?.reason;
    expect(reason('.zoom/logs')).toBe('became a link since the scan: not followed');
    expect(reason('.zoom/data')).toBe('replaced since the scan');
    expect(clearExitCode(result)).toBe(1);
    expect(await snapshot(home, (rel) => rel.startsWith('.local') || rel === '.config/zoomus.conf')).toEqual(outside);
  });

  it('skips a target whose parent folder became a link to elsewhere', async () => {
    const home = await tempDir();
    await writeTree(home, { '.zoom/logs/a.log': 'a', 'elsewhere/logs/a.log': 'precious' });
    const plan = await planClear({ os: 'linux', home, clients: ['zoom'] });
    // Same inode reached through a linked parent: realpath no longer matches the catalogue path.
    await rename(join(home, '.zoom'), join(home, 'elsewhere2'));
    await symlink(join(home, 'elsewhere2'), join(home, '.zoom'));
    const result = await executeClear({ os: 'linux', plan, dryRun: false, listProcesses: nobody, quarantine: quarantineFor(home) });
    expect(result.items[0]).toMatchObject({ status: 'skipped', reason: 'a folder on its way is a link or junction: not cleared' });
    expect(await readFile(join(home, 'elsewhere2/logs/a.log'), 'utf8')).toBe('a');
  });

  it('moves read-only files and files held open, keeping their bytes and modes for undo', async () => {
    const home = await tempDir();
    await writeTree(home, { '.zoom/logs/ro.log': 'read only 192.0.2.5\n', '.zoom/logs/open.log': 'held open\n' });
    await chmod(join(home, '.zoom/logs/ro.log'), 0o444);
    const handle = await open(join(home, '.zoom/logs/open.log'), 'r');
    try {
      const before = await snapshot(home);
      const quarantine = quarantineFor(home);
      const result = await executeClear({ os: 'linux', plan: await planClear({ os: 'linux', home, clients: ['zoom'] }), dryRun: false, listProcesses: nobody, quarantine });
      expect(result.items).toEqual([{ client: 'zoom', path: join(home, '.zoom/logs'), status: 'cleared' }]);
      expect((await handle.readFile()).toString()).toBe('held open\n');
      await quarantine.undo();
      expect(await snapshot(home, (rel) => rel.startsWith('.local'))).toEqual(before);
    } finally {
      await handle.close();
    }
  });

  it('moves a huge log as one rename and restores it whole', async () => {
    const home = await tempDir();
    await writeTree(home, { '.zoom/logs/small.log': 'x' });
    const big = join(home, '.zoom/logs/zoom_stdout.log');
    // Sparse: 3 GiB of size without 3 GiB of disk; the tail holds real bytes.
    const handle = await open(big, 'w');
    await handle.write('tail jane.doe@example.org\n', 3 * 1024 ** 3);
    await handle.close();
    const quarantine = quarantineFor(home);
    const result = await executeClear({ os: 'linux', plan: await planClear({ os: 'linux', home, clients: ['zoom'] }), dryRun: false, listProcesses: nobody, quarantine });
    expect(result.items.map((i) => i.status)).toEqual(['cleared']);
    await quarantine.undo();
    expect((await lstat(big)).size).toBe(3 * 1024 ** 3 + 'tail jane.doe@example.org\n'.length);
  });

  it('copies, verifies and deletes across volumes when rename says EXDEV', async () => {
    const home = await tempDir();
    await writeTree(home, { '.zoom/logs/a.log': 'one', '.zoom/logs/sub/b.log': 'two' });
    await symlink('a.log', join(home, '.zoom/logs/link'));
    const before = await snapshot(join(home, '.zoom'));
    const exdev = async () => {
      throw Object.assign(new Error('cross-device'), { code: 'EXDEV' });
    };
    const quarantine = quarantineFor(home, undefined, exdev);
    const result = await executeClear({ os: 'linux', plan: await planClear({ os: 'linux', home, clients: ['zoom'] }), dryRun: false, listProcesses: nobody, quarantine });
    expect(result.items[0]?.status).toBe('cleared');
    const stored = join(quarantineFolder('linux', home), result.batchId!, 'items/0');
    expect(await readlink(join(stored, 'link'))).toBe('a.log');
    await quarantine.undo();
    expect(await snapshot(join(home, '.zoom'))).toEqual(before);
  });

  it('keeps Teams custom backgrounds while clearing the rest', async () => {
    const home = await tempDir();
    const base = 'AppData/Roaming/Microsoft/Teams';
    await writeTree(home, { [`${base}/logs.txt`]: 'x', [`${base}/Backgrounds/Uploads/me.png`]: 'png', [`${base}/IndexedDB/a.ldb`]: 'y' });
    const plan = await planClear({ os: 'windows', home, clients: ['teams'] });
    const result = await executeClear({ os: 'windows', plan, dryRun: false, listProcesses: nobody, quarantine: quarantineFor(home) });
    expect(result.items.find((i) => i.status === 'kept')?.path).toBe(join(home, base, 'Backgrounds'));
    expect(await readFile(join(home, base, 'Backgrounds/Uploads/me.png'), 'utf8')).toBe('png');
    expect(await readdir(join(home, base))).toEqual(['Backgrounds']);
    expect(clearExitCode(result)).toBe(0);
  });

  it('purges only expired batches, by the injected clock', async () => {
    const home = await tempDir();
    await writeTree(home, { '.zoom/logs/a.log': 'a' });
    let now = new Date('2026-01-10T09:00:00Z');
    const quarantine = quarantineFor(home, () => now);
    await executeClear({ os: 'linux', plan: await planClear({ os: 'linux', home, clients: ['zoom'] }), dryRun: false, listProcesses: nobody, quarantine });
    now = new Date('2026-01-16T09:00:00Z');
    expect(await quarantine.purgeExpired()).toEqual({ purged: [], problems: [] });
    now = new Date('2026-01-17T09:00:00Z');
    expect((await quarantine.purgeExpired()).purged).toHaveLength(1);
    expect((await quarantine.list()).batches).toEqual([]);
  });
});
