import { readFile, readlink, rm, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linuxProcessSource } from '../../../electron/core/calls/linux-processes.js';
import { INIT_PID_NAMESPACE, taskChangeHint, tasksAndLastPid } from '../../../electron/core/calls/linux-task-change.js';
import { tempDir, writeTree } from '../../support/temp.js';
import { startAs, stop } from './real-processes.js';

const fixture = (name: string) => readFile(join(import.meta.dirname, '../../fixtures/calls', name), 'utf8');

/** A /proc stand-in whose pid namespace link says "initial namespace" (or another one) and which has a loadavg. */
async function fakeProc(namespace = INIT_PID_NAMESPACE): Promise<string> {
  const root = await tempDir();
  await writeTree(root, { loadavg: '0.10 0.20 0.30 1/100 5000\n', '30/comm': 'bash\n', 'self/ns/.keep': '' });
  // The kernel's link target is not a path: a dangling symlink with the same text stands in for it.
  await symlink(namespace, join(root, 'self/ns/pid'));
  return root;
}

const names = async (source: ReturnType<typeof linuxProcessSource>) => (await source.snapshot()).map((p) => `${p.pid}:${p.name}`).sort();

describe('/proc/loadavg as a hint that no task started or ended', () => {
  it('reads the task count and the last pid, and nothing from a malformed line', async () => {
    expect(tasksAndLastPid(await fixture('proc-loadavg.txt'))).toBe('467 12345');
    expect(tasksAndLastPid('0.10 0.20 0.30 1/100\n')).toBeUndefined();
    expect(tasksAndLastPid(undefined)).toBeUndefined();
  });

  it('answers "unchanged" only for the same count and last pid, and only in the initial pid namespace', async () => {
    const root = await fakeProc();
    let loadavg = '0.1 0.2 0.3 1/100 5000\n';
    const hint = taskChangeHint(`${root}/`, (path) => (path === `${root}/loadavg` ? loadavg : undefined));
    expect(hint()).toBe(true); // nothing to compare with yet
    expect(hint()).toBe(false);
    loadavg = '0.9 0.2 0.3 3/100 5000\n'; // only the running count moved
    expect(hint()).toBe(false);
    loadavg = '0.9 0.2 0.3 1/100 5002\n'; // one started, one ended: same count, new last pid
    expect(hint()).toBe(true);
    loadavg = 'garbled';
    expect([hint(), hint()]).toEqual([true, true]);

    const container = await fakeProc('pid:[4026532200]');
    const inContainer = taskChangeHint(`${container}/`, () => '0.1 0.2 0.3 1/100 5000\n');
    expect([inContainer(), inContainer()]).toEqual([true, true]);
    expect(await readlink(join(container, 'self/ns/pid'))).toBe('pid:[4026532200]');
  });

  it('does not list /proc while the hint says nothing changed, and does once it moves', async () => {
    const root = await fakeProc();
    const source = linuxProcessSource({ procRoot: root });
    expect(await names(source)).toEqual(['30:bash']);
    // A folder appears but loadavg says no task started: the poll trusts the kernel's counter and does not list.
    await writeTree(root, { '31/comm': 'obs\n' });
    expect(await names(source)).toEqual(['30:bash']);
    await writeTree(root, { loadavg: '0.10 0.20 0.30 1/101 5001\n' });
    expect(await names(source)).toEqual(['30:bash', '31:obs']);
    await rm(join(root, '30'), { recursive: true });
    await writeTree(root, { loadavg: '0.10 0.20 0.30 1/100 5001\n' });
    expect(await names(source)).toEqual(['31:obs']);
  });

  it('lists /proc on every poll in another pid namespace (a container)', async () => {
    const root = await fakeProc('pid:[4026532200]');
    const source = linuxProcessSource({ procRoot: root });
    expect(await names(source)).toEqual(['30:bash']);
    await writeTree(root, { '31/comm': 'obs\n' });
    expect(await names(source)).toEqual(['30:bash', '31:obs']);
  });
});

describe('a process that execs right after it was first seen', () => {
  for (const listing of ['listed', 'quiet'] as const) {
    it(`gets its new name at the next poll (${listing} poll), and later ones come from the cache`, async () => {
      const root = await fakeProc();
      const source = linuxProcessSource({ procRoot: root });
      await names(source);
      // pid 40 starts as the launcher's fork...
      await writeTree(root, { '40/comm': 'gnome-shell\n', loadavg: '0.10 0.20 0.30 1/101 5040\n' });
      expect(await names(source)).toEqual(['30:bash', '40:gnome-shell']);
      // ...and execs the recorder before the next poll. A quiet poll sees no new task but still re-reads pid 40.
      const load = listing === 'listed' ? '0.10 0.20 0.30 1/102 5041\n' : '0.10 0.20 0.30 1/101 5040\n';
      await writeTree(root, { '40/comm': 'obs\n', loadavg: load });
      expect(await names(source)).toEqual(['30:bash', '40:obs']);
      // No longer new: a later exec is left to the periodic fresh snapshot, which costs no read per poll.
      await writeTree(root, { '40/comm': 'zoom\n' });
      expect(await names(source)).toEqual(['30:bash', '40:obs']);
      expect((await source.snapshot({ fresh: true })).find((p) => p.pid === 40)?.name).toBe('zoom');
    });
  }
});

describe.runIf(process.platform === 'linux')('the hint on the real /proc', () => {
  it('still sees a program start and end between polls', async () => {
    const dir = await tempDir();
    const source = linuxProcessSource();
    expect((await source.snapshot()).length).toBeGreaterThan(0);
    const child = await startAs(dir, 'CptHost');
    expect((await source.snapshot()).find((p) => p.pid === child.pid)?.name).toBe('CptHost');
    await stop(child);
    expect((await source.snapshot()).some((p) => p.pid === child.pid)).toBe(false);
  });
});

describe('a fresh snapshot reads every name again', () => {
  it('keeps the entry of a process whose name is unchanged, and reads anew what changed or is wanted anew', async () => {
    const root = await fakeProc();
    await writeTree(root, { '31/comm': 'ffmpeg\n', '31/cmdline': 'ffmpeg\0-f\0x11grab\0' });
    const source = linuxProcessSource({ procRoot: root, taskHint: false });
    const noArgs = () => false;
    const cut = () => true;
    const first = await source.snapshot({ fresh: true, wantArgs: noArgs, wantFullName: cut });
    const again = await source.snapshot({ fresh: true, wantArgs: noArgs, wantFullName: cut });
    expect(again).not.toBe(first); // a fresh snapshot is a new list ...
    expect(again.find((p) => p.pid === 30)).toBe(first.find((p) => p.pid === 30)); // ... of the same entries
    // An exec: the same pid runs another program.
    await writeTree(root, { '30/comm': 'zoom\n' });
    const exec = await source.snapshot({ fresh: true, wantArgs: noArgs, wantFullName: cut });
    expect(exec.find((p) => p.pid === 30)).toEqual({ pid: 30, name: 'zoom' });
    // Another catalogue's matcher wants ffmpeg's arguments: the unchanged name is read again, with them.
    const ffmpegArgs = (name: string) => name === 'ffmpeg';
    const wanted = await source.snapshot({ fresh: true, wantArgs: ffmpegArgs, wantFullName: cut });
    expect(wanted.find((p) => p.pid === 31)).toEqual({ pid: 31, name: 'ffmpeg', args: ['-f', 'x11grab'] });
    // Arguments are read again at every fresh look, so a process that kept its name but changed them shows it.
    await writeTree(root, { '31/cmdline': 'ffmpeg\0-i\0in.mp4\0' });
    const changedArgs = await source.snapshot({ fresh: true, wantArgs: ffmpegArgs, wantFullName: cut });
    expect(changedArgs.find((p) => p.pid === 31)).toEqual({ pid: 31, name: 'ffmpeg', args: ['-i', 'in.mp4'] });
  });
});
