import { spawn } from 'node:child_process';
import { copyFile, readdir, readFile, readlink } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commHandles, handleBudget } from '../../../electron/core/calls/linux-comm-handles.js';
import { linuxProcessSource } from '../../../electron/core/calls/linux-processes.js';
import { tempDir, writeTree } from '../../support/temp.js';
import { startAs, stop } from './real-processes.js';

/** The pids whose `comm` this test process holds open, read from its own fd table (other open files vary). */
async function heldComms(): Promise<number[]> {
  const held: number[] = [];
  for (const fd of await readdir('/proc/self/fd')) {
    const target = await readlink(`/proc/self/fd/${fd}`).catch(() => '');
    const match = /^\/proc\/(\d+)\/comm$/.exec(target);
    if (match) held.push(Number(match[1]));
  }
  return held.sort((a, b) => a - b);
}

describe('the handle budget', () => {
  it('is a quarter of the soft limit on open files, bounded, with a fallback when it cannot be read', async () => {
    const limits = await readFile(join(import.meta.dirname, '../../fixtures/calls/proc-self-limits.txt'), 'utf8');
    expect(handleBudget(limits)).toBe(256); // soft 1024, not the hard 524288
    expect(handleBudget(limits.replace(/Max open files\s+1024/, 'Max open files            unlimited'))).toBe(4096);
    expect(handleBudget(limits.replace(/Max open files\s+1024/, 'Max open files            400000'))).toBe(4096);
    expect(handleBudget(limits.replace(/Max open files\s+1024/, 'Max open files            soon'))).toBe(256);
    expect(handleBudget(undefined)).toBe(256);
    expect(handleBudget('Limit Soft Limit Hard Limit Units\n')).toBe(256);
  });
});

describe.runIf(process.platform === 'linux')('name handles on the real /proc', () => {
  it('reads each name again through its handle, drops the handle of an ended process, and keeps to its budget', async () => {
    const dir = await tempDir();
    const kids = [await startAs(dir, 'zoom'), await startAs(dir, 'CptHost'), await startAs(dir, 'obs')];
    const handles = commHandles('/proc/', Buffer.alloc(4096), 2);
    const pids = kids.map((k) => k.pid!);
    expect(pids.map((pid) => handles.read(pid))).toEqual(['zoom', 'CptHost', 'obs']);
    expect(handles.size).toBe(2); // the third was read the ordinary way, not kept
    expect(await heldComms()).toEqual(pids.slice(0, 2).sort((a, b) => a - b));
    expect(handles.read(pids[0]!)).toBe('zoom');

    await stop(kids[0]!);
    // The kernel refuses a read on the ended process's handle; the pid is then looked up again and is not there.
    expect(handles.read(pids[0]!)).toBeUndefined();
    expect(handles.size).toBe(1);
    expect(handles.read(pids[2]!)).toBe('obs'); // the freed place is taken
    expect(handles.size).toBe(2);

    handles.keepOnly(new Map([[pids[2]!, true]]));
    expect(handles.size).toBe(1);
    expect(await heldComms()).toEqual([pids[2]]);
    handles.close();
    expect(handles.size).toBe(0);
    expect(await heldComms()).toEqual([]);
  });

  it('sees an exec through the kept handle and closes the handles of processes that ended', async () => {
    const dir = await tempDir();
    await copyFile('/bin/sh', join(dir, 'launcher'));
    await copyFile('/bin/sleep', join(dir, 'obs'));
    // A launcher that becomes the recorder when told to: the pid stays, the name changes.
    const launcher = spawn(join(dir, 'launcher'), ['-c', `read x; exec '${join(dir, 'obs')}' 600`], { stdio: ['pipe', 'ignore', 'ignore'] });
    await new Promise((resolve) => launcher.once('spawn', resolve));
    const other = await startAs(dir, 'zoom');
    const source = linuxProcessSource();
    try {
      const nameOf = async (pid: number) => (await source.snapshot({ fresh: true })).find((p) => p.pid === pid)?.name;
      expect(await nameOf(launcher.pid!)).toBe('launcher');
      expect(await heldComms()).toEqual(expect.arrayContaining([launcher.pid, other.pid])); // kept on the real /proc

      launcher.stdin!.write('go\n');
      let name: string | undefined;
      for (let i = 0; i < 100 && name !== 'obs'; i++) {
        name = await nameOf(launcher.pid!);
        if (name !== 'obs') await new Promise((r) => setTimeout(r, 20));
      }
      expect(name).toBe('obs');

      await stop(other);
      expect(await nameOf(other.pid!)).toBeUndefined();
      expect(await heldComms()).not.toContain(other.pid);
      expect(await heldComms()).toContain(launcher.pid);
    } finally {
      launcher.kill('SIGKILL');
      source.close?.();
    }
    expect(await heldComms()).toEqual([]);
  });

  it('keeps no handles over a stand-in /proc, where a deleted file could still be read', async () => {
    const root = await tempDir();
    await writeTree(root, { '30/comm': 'bash\n' });
    const source = linuxProcessSource({ procRoot: root });
    expect((await source.snapshot({ fresh: true })).map((p) => p.name)).toEqual(['bash']);
    const targets = await Promise.all((await readdir('/proc/self/fd')).map((fd) => readlink(`/proc/self/fd/${fd}`).catch(() => '')));
    expect(targets.filter((t) => t.startsWith(root))).toEqual([]);
  });
});
