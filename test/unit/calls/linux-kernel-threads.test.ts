import { readFileSync } from 'node:fs';
import { symlink } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kernelThreadReader, pidsEndedBySpace } from '../../../electron/core/calls/linux-kernel-threads.js';
import { linuxProcessSource } from '../../../electron/core/calls/linux-processes.js';
import { INIT_PID_NAMESPACE } from '../../../electron/core/calls/linux-task-change.js';
import { tempDir, writeTree } from '../../support/temp.js';

const readSmall = (path: string) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
};

/**
 * A /proc stand-in: kthreadd at pid 2 with two kernel threads (one of them named like a recorder, which only a read
 * of its name could match), a shell, and the pid namespace link the kernel gives (its target is not a path).
 */
async function standIn({ namespace = INIT_PID_NAMESPACE, children = '3 4 ' as string | null, pid2 = 'kthreadd\n' } = {}) {
  const root = await tempDir();
  await writeTree(root, {
    loadavg: '0.10 0.20 0.30 1/100 5000\n',
    '1/comm': 'systemd\n',
    '2/comm': pid2,
    '3/comm': 'kworker/0:0\n',
    '4/comm': 'obs\n',
    '30/comm': 'bash\n',
    'self/ns/.keep': '',
    ...(children === null ? {} : { '2/task/2/children': children }),
  });
  await symlink(namespace, join(root, 'self/ns/pid'));
  return root;
}

const listed = async (root: string) => (await linuxProcessSource({ procRoot: root }).snapshot({ fresh: true })).map((p) => `${p.pid}:${p.name}`);

describe("the kernel's own threads, listed without reading their names", () => {
  it("leaves kthreadd's children out of the list, by pid, whatever their names", async () => {
    expect(await listed(await standIn())).toEqual(['1:systemd', '2:kthreadd', '30:bash']);
  });

  it('reads every name where pid 2 cannot be trusted to be kthreadd', async () => {
    const all = ['1:systemd', '2:kthreadd', '3:kworker/0:0', '30:bash', '4:obs']; // in the order /proc lists them
    // A container: its pid 2 is whatever ran second there.
    expect(await listed(await standIn({ namespace: 'pid:[4026532200]' }))).toEqual(all);
    // pid 2 is another program (kthreadd has the name from the kernel's start).
    expect(await listed(await standIn({ pid2: 'sh\n' }))).toEqual(['1:systemd', '2:sh', '3:kworker/0:0', '30:bash', '4:obs']);
    // A kernel without the children file (CONFIG_PROC_CHILDREN off).
    expect(await listed(await standIn({ children: null }))).toEqual(all);
  });

  it('asks again at each listing: a pid that left the list of kernel threads is read like any other', async () => {
    const root = await standIn();
    const source = linuxProcessSource({ procRoot: root, taskHint: false });
    expect((await source.snapshot({ fresh: true })).map((p) => p.pid)).toEqual([1, 2, 30]);
    await writeTree(root, { '2/task/2/children': '3 ' });
    expect((await source.snapshot({ fresh: true })).map((p) => `${p.pid}:${p.name}`)).toEqual(['1:systemd', '2:kthreadd', '30:bash', '4:obs']);
  });

  it('takes only pids ended by their space: one cut off at the end of a full read is left out, not shortened', () => {
    expect([...pidsEndedBySpace('3 4 5 123')]).toEqual([3, 4, 5]);
    expect([...pidsEndedBySpace('')]).toEqual([]);
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 4_194_304 }), { maxLength: 200 }), fc.nat(), (pids, cut) => {
      const text = pids.map((p) => `${p} `).join('');
      const kept = text.slice(0, cut % (text.length + 1));
      // What a split of the kept text gives, less a last piece that had no space after it.
      const pieces = kept.split(' ');
      pieces.pop();
      expect([...pidsEndedBySpace(kept)].sort((a, b) => a - b)).toEqual([...new Set(pieces.map(Number))].sort((a, b) => a - b));
    }));
  });

  it.runIf(process.platform === 'linux')('on this machine: no kernel thread is listed, and every other process is', async () => {
    const reader = kernelThreadReader('/proc/', readSmall, true);
    const source = linuxProcessSource();
    try {
      const list = await source.snapshot({ fresh: true });
      const pids = new Set(list.map((p) => p.pid));
      expect(pids.has(process.pid)).toBe(true);
      if (reader === undefined) return; // another pid namespace (a container): every process is read
      const kernel = reader.read();
      // Read twice through the kept handle: the kernel rebuilds the file from its start.
      expect(reader.read()?.has(Math.min(...(kernel ?? [])))).toBe(true);
      expect(kernel?.size).toBeGreaterThan(0);
      for (const pid of kernel ?? []) expect(pids.has(pid)).toBe(false);
      expect(pids.has(2)).toBe(true); // kthreadd itself is no child of its own
    } finally {
      reader?.close();
      source.close?.();
    }
  });
});
