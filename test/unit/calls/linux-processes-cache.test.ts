import { readlinkSync, statSync } from 'node:fs';
import { readdir, readFile, readlink, rm, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIRST_LOOK_YOUNG_PIDS, hidesProcesses, linuxProcessSource } from '../../../electron/core/calls/linux-processes.js';
import { caughtUpList, listedBefore, MAX_NEW_PIDS } from '../../../electron/core/calls/linux-new-processes.js';
import { INIT_PID_NAMESPACE, sameCounters, taskCounters, tasksAndLastPid } from '../../../electron/core/calls/linux-task-change.js';
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

describe("the kernel's task counters as a hint that no task started or ended", () => {
  it('reads the task count and the last pid, and nothing from a malformed line', async () => {
    expect(tasksAndLastPid(await fixture('proc-loadavg.txt'))).toEqual({ tasks: 467, lastPid: 12345 });
    expect(tasksAndLastPid('0.10 0.20 0.30 1/100\n')).toBeUndefined();
    expect(tasksAndLastPid(undefined)).toBeUndefined();
  });

  it('reads the line as the pattern proc(5) describes does, on real lines and on any text', () => {
    // The parse is by hand (it runs every idle poll); the pattern is what it must agree with.
    const byPattern = (text: string) => {
      const match = /\/(\d+) (\d+)\s*$/.exec(text);
      return match ? { tasks: Number(match[1]), lastPid: Number(match[2]) } : undefined;
    };
    const digits = fc.stringMatching(/^\d{0,7}$/);
    const part = fc.oneof(digits, fc.constantFrom(' ', '/', '\n', '\t', '.', ' \n', '\r\n'), fc.string({ maxLength: 4 }));
    const line = fc.oneof(
      fc.tuple(digits, digits, fc.constantFrom('', '\n', ' \n', '\t')).map(([tasks, pid, end]) => `0.52 0.58 0.59 2/${tasks} ${pid}${end}`),
      fc.array(part, { maxLength: 12 }).map((parts) => parts.join('')),
    );
    fc.assert(fc.property(line, (text) => {
      expect(tasksAndLastPid(text)).toEqual(byPattern(text));
    }), { numRuns: 3000 });
  });

  it("gives loadavg's count and last pid with /proc's link count, and only in the initial pid namespace", async () => {
    const root = await fakeProc();
    let loadavg = '0.1 0.2 0.3 1/100 5000\n';
    const read = taskCounters(`${root}/`, () => loadavg);
    const first = read();
    expect(first).toEqual({ tasks: 100, lastPid: 5000, links: statSync(root).nlink });
    loadavg = '0.9 0.2 0.3 3/100 5000\n'; // only the running count moved
    expect(sameCounters(first!, read()!)).toBe(true);
    loadavg = '0.9 0.2 0.3 1/100 5002\n'; // one started, one ended: same count, new last pid
    expect(sameCounters(first!, read()!)).toBe(false);
    await writeTree(root, { '31/comm': 'obs\n' }); // a process folder more: the link count moves
    expect(read()?.links).toBe(statSync(root).nlink);
    loadavg = 'garbled';
    expect(read()).toBeUndefined();

    const container = await fakeProc('pid:[4026532200]');
    expect(taskCounters(`${container}/`, () => '0.1 0.2 0.3 1/100 5000\n')()).toBeUndefined();
    expect(await readlink(join(container, 'self/ns/pid'))).toBe('pid:[4026532200]');
  });

  it('does not list /proc while nothing started or ended, and does once a process ends unseen', async () => {
    const root = await fakeProc();
    const source = linuxProcessSource({ procRoot: root });
    expect(await names(source)).toEqual(['30:bash']);
    expect(await names(source)).toEqual(['30:bash']); // no longer new
    // A name that changed is not read while no counter moves: the poll reads nothing but the counters.
    await writeTree(root, { '30/comm': 'zoom\n' });
    expect(await names(source)).toEqual(['30:bash']);
    expect(source.listings).toBe(1);
    // It ends: no task started, the count is one less, and no new pid explains it, so the poll lists.
    await rm(join(root, '30'), { recursive: true });
    await writeTree(root, { loadavg: '0.10 0.20 0.30 1/99 5000\n' });
    expect(await names(source)).toEqual([]);
    expect(source.listings).toBe(2);
  });

  it("takes the link count as unchanged while the task count and last pid are: the kernel moves them together", async () => {
    const root = await fakeProc();
    const read = taskCounters(`${root}/`, () => '0.1 0.2 0.3 1/100 5000\n');
    const first = read();
    // A folder more changes the stand-in's link count; the real kernel cannot do that without a task starting.
    await writeTree(root, { '31/comm': 'obs\n' });
    expect(read(first)).toBe(first);
    expect(read()?.links).toBe(first!.links + 1);
  });

  it('lists /proc on every poll in another pid namespace (a container)', async () => {
    const root = await fakeProc('pid:[4026532200]');
    const source = linuxProcessSource({ procRoot: root });
    expect(await names(source)).toEqual(['30:bash']);
    await writeTree(root, { '31/comm': 'obs\n' });
    expect(await names(source)).toEqual(['30:bash', '31:obs']);
  });
});

/** /proc/<pid>/status as the kernel starts it (proc(5), "/proc/pid/status"; fs/proc/array.c): Name, Umask, State, Tgid, Ngid, Pid. */
const status = (name: string, tgid: number, pid = tgid) => `Name:\t${name}\nUmask:\t0022\nState:\tS (sleeping)\nTgid:\t${tgid}\nNgid:\t0\nPid:\t${pid}\nPPid:\t1\n`;

describe('a poll that looks up only the pids handed out since the last one', () => {
  async function started() {
    const root = await fakeProc();
    const source = linuxProcessSource({ procRoot: root });
    expect(await names(source)).toEqual(['30:bash']);
    return { root, source };
  }

  it('adds new processes and drops ended young ones without listing /proc, and leaves out threads', async () => {
    const { root, source } = await started();
    // Three pids handed out since: a process, one of its threads and a task that already ended. The real /proc
    // resolves a thread's id but neither lists it nor counts it in its link count; a symbolic link to its
    // process's folder does the same here (it adds no link to the parent), and its status names another Tgid.
    const before = await source.snapshot();
    await writeTree(root, { '5001/comm': 'obs\n', '5001/status': status('obs', 5001), loadavg: '0.10 0.20 0.30 1/102 5003\n' });
    await symlink(join(root, '5001'), join(root, '5002'));
    const caught = await source.snapshot();
    expect(caught.map((p) => `${p.pid}:${p.name}`)).toEqual(['30:bash', '5001:obs']);
    // It says what changed, for the list right after the one before only.
    expect(source.changedSince?.(caught, before)).toEqual([{ pid: 5001, name: 'obs' }]);
    expect(source.changedSince?.(caught, [])).toBeUndefined();
    // The young process ends and another starts: both seen without a listing.
    await rm(join(root, '5002'));
    await rm(join(root, '5001'), { recursive: true });
    await writeTree(root, { '5004/comm': 'zoom\n', '5004/status': status('zoom', 5004), loadavg: '0.10 0.20 0.30 1/101 5004\n' });
    expect(await names(source)).toEqual(['30:bash', '5004:zoom']);
    // It execs before the next poll, while another starts: the young one is read again.
    await writeTree(root, { '5004/comm': 'CptHost\n', '5005/comm': 'sleep\n', '5005/status': status('sleep', 5005), loadavg: '0.10 0.20 0.30 1/102 5005\n' });
    expect(await names(source)).toEqual(['30:bash', '5004:CptHost', '5005:sleep']);
    expect(source.listings).toBe(1);
  });

  it("takes a new process's threads from its task folder instead of reading each one's status", async () => {
    const { root, source } = await started();
    // 5002 is a thread of 5001 (in 5001/task). Its status here has no Tgid line: read, it would make the poll list.
    await writeTree(root, { '5001/comm': 'obs\n', '5001/status': status('obs', 5001), '5001/task/5001/.keep': '', '5001/task/5002/.keep': '', loadavg: '0.10 0.20 0.30 1/102 5002\n' });
    const elsewhere = await tempDir(); // outside the stand-in, so it adds no link to its count
    await writeTree(elsewhere, { '5002/status': 'Name:\tobs:worker\n' });
    await symlink(join(elsewhere, '5002'), join(root, '5002'));
    expect(await names(source)).toEqual(['30:bash', '5001:obs']);
    expect(source.listings).toBe(1);
  });

  it('keeps a process whose name cannot be read without listing /proc for it again and again', async () => {
    const { root, source } = await started();
    // Another user's process under hidepid=1: its folder is there, its files are not readable (here: no comm).
    await writeTree(root, { '5001/status': status('secret', 5001), loadavg: '0.10 0.20 0.30 1/101 5001\n' });
    expect(await names(source)).toEqual(['30:bash']);
    await writeTree(root, { '5002/comm': 'sleep\n', '5002/status': status('sleep', 5002), loadavg: '0.10 0.20 0.30 1/102 5002\n' });
    expect(await names(source)).toEqual(['30:bash', '5002:sleep']);
    await writeTree(root, { '5003/comm': 'git\n', '5003/status': status('git', 5003), loadavg: '0.10 0.20 0.30 1/103 5003\n' });
    expect(await names(source)).toEqual(['30:bash', '5002:sleep', '5003:git']);
    expect(source.listings).toBe(1);
  });

  it('finds a process that ended among the latest ones it saw, without listing /proc', async () => {
    const { root, source } = await started();
    await writeTree(root, { '5001/comm': 'obs\n', '5001/status': status('obs', 5001), loadavg: '0.10 0.20 0.30 1/101 5001\n' });
    expect(await names(source)).toEqual(['30:bash', '5001:obs']);
    await writeTree(root, { '5002/comm': 'zoom\n', '5002/status': status('zoom', 5002), loadavg: '0.10 0.20 0.30 1/102 5002\n' });
    expect(await names(source)).toEqual(['30:bash', '5001:obs', '5002:zoom']);
    // obs, no longer new, ends while another program starts: the count says one ended, and obs is found.
    await rm(join(root, '5001'), { recursive: true });
    await writeTree(root, { '5003/comm': 'sleep\n', '5003/status': status('sleep', 5003), loadavg: '0.10 0.20 0.30 1/102 5003\n' });
    expect(await names(source)).toEqual(['30:bash', '5002:zoom', '5003:sleep']);
    expect(source.listings).toBe(1);
  });

  it('lists /proc when the process count says one ended unseen, or a look-up cannot tell a thread', async () => {
    const { root, source } = await started();
    await names(source);
    // bash, found by the first listing (so not among the latest), ends while a process starts: it lists.
    await rm(join(root, '30'), { recursive: true });
    await writeTree(root, { '5001/comm': 'obs\n', '5001/status': status('obs', 5001), loadavg: '0.10 0.20 0.30 1/100 5001\n' });
    const listed = await source.snapshot();
    expect(listed.map((p) => `${p.pid}:${p.name}`)).toEqual(['5001:obs']);
    expect(source.listings).toBe(2);
    expect(source.changedSince?.(listed, [])).toBeUndefined(); // a listing does not say
    // A new process and a new thread (two live tasks, one more process counted), and the thread's status has no
    // Tgid line: nothing can be told from it, so it lists.
    await writeTree(root, { '5002/comm': 'zoom\n', '5002/status': status('zoom', 5002), loadavg: '0.10 0.20 0.30 1/102 5003\n' });
    const elsewhere = await tempDir();
    await writeTree(elsewhere, { '5003/status': 'Name:\tzoom:worker\n' });
    await symlink(join(elsewhere, '5003'), join(root, '5003'));
    expect(await names(source)).toEqual(['5001:obs', '5002:zoom']);
    expect(source.listings).toBe(3);
    // More new pids than are worth looking up one by one: it lists.
    const far = 5003 + MAX_NEW_PIDS + 1;
    await writeTree(root, { [`${far}/comm`]: 'obs\n', [`${far}/status`]: status('obs', far), loadavg: `0.10 0.20 0.30 1/103 ${far}\n` });
    expect(await names(source)).toEqual(['5001:obs', '5002:zoom', `${far}:obs`]);
    expect(source.listings).toBe(4);
  });
});

describe('a poll that counts new processes instead of reading their status', () => {
  // Status files left out on purpose: read, a missing one counts as a task that ended, and the poll would list.
  async function withStarted(mountinfo?: (root: string) => string) {
    const root = await fakeProc();
    if (mountinfo) await writeTree(root, { 'self/mountinfo': mountinfo(root) });
    const source = linuxProcessSource({ procRoot: root });
    expect(await names(source)).toEqual(['30:bash']);
    await writeTree(root, { '5001/comm': 'obs\n', '5003/comm': 'sleep\n', loadavg: '0.10 0.20 0.30 1/102 5003\n' });
    return { root, source };
  }

  it('adds every live new task as a process when the kernel counts that many more, reading no status', async () => {
    const { source } = await withStarted();
    expect(await names(source)).toEqual(['30:bash', '5001:obs', '5003:sleep']);
    expect(source.listings).toBe(1);
  });

  it("reads each status when /proc hides other users' processes, which the count includes (hidepid=2)", async () => {
    // The line /proc/self/mountinfo has for a proc mount (proc(5), "/proc/pid/mountinfo"; "Mount options").
    const { source } = await withStarted((root) => `22 27 0:21 / ${root} rw,relatime shared:12 - proc proc rw,hidepid=2\n`);
    expect(await names(source)).toEqual(['30:bash', '5001:obs', '5003:sleep']);
    expect(source.listings).toBe(2);
  });

  it("trusts a status's thread count of 1 and lists no task folder for it", async () => {
    const root = await fakeProc();
    const source = linuxProcessSource({ procRoot: root });
    await names(source);
    // 5002 is in 5001's task folder, but 5001's status says it has one thread: 5002's status is read (no Tgid line
    // there), so the poll lists. Had the folder been listed, 5002 would have been skipped as 5001's thread.
    await writeTree(root, { '5001/comm': 'obs\n', '5001/status': `${status('obs', 5001)}Threads:\t1\n`, '5001/task/5001/.keep': '', '5001/task/5002/.keep': '', loadavg: '0.10 0.20 0.30 1/102 5002\n' });
    const elsewhere = await tempDir();
    await writeTree(elsewhere, { '5002/status': 'Name:\tobs:worker\n' });
    await symlink(join(elsewhere, '5002'), join(root, '5002'));
    await names(source);
    expect(source.listings).toBe(2);
  });

  it('tells a proc mount that hides processes from one that does not', () => {
    const line = (options: string, at = '/proc') => `22 27 0:21 / ${at} rw,nosuid,nodev,noexec,relatime shared:12 - proc proc ${options}`;
    expect(hidesProcesses(line('rw'), '/proc/')).toBe(false);
    expect(hidesProcesses(line('rw,hidepid=1'), '/proc/')).toBe(false); // listed, only unreadable
    expect(hidesProcesses(line('rw,hidepid=noaccess'), '/proc/')).toBe(false);
    expect(hidesProcesses(line('rw,hidepid=2,gid=4'), '/proc/')).toBe(true);
    expect(hidesProcesses(`${line('rw')}\n${line('rw,hidepid=invisible')}`, '/proc')).toBe(true);
    expect(hidesProcesses(line('rw,hidepid=2', '/srv/proc'), '/proc/')).toBe(false);
    expect(hidesProcesses(undefined, '/proc/')).toBe(false);
  });
});

describe('the order a listing gives', () => {
  it('compares pids as the sorted names of a listing do', () => {
    const pids = [99, 100, 10, 1, 2, 5001, 30, 1000000, 999999];
    const byText = [...pids].sort((a, b) => (String(a) < String(b) ? -1 : 1));
    expect([...pids].sort((a, b) => (listedBefore(a, b) ? -1 : 1))).toEqual(byText);
    expect(listedBefore(10, 10)).toBe(false);
  });

  it('merges new entries where a listing would have put them', () => {
    const p = (pid: number, name = 'x') => ({ pid, name });
    const list = [p(1), p(200), p(30), p(5001), p(77)];
    const caught = caughtUpList(list, new Set([30]), new Map([[77, p(77, 'obs')]]), [p(6000), p(1000), p(21)]);
    expect(caught).toEqual([p(1), p(1000), p(200), p(21), p(5001), p(6000), p(77, 'obs')]);
  });
});

describe.runIf(process.platform === 'linux')('the counters on the real /proc', () => {
  it('gives the same processes as a listing, in its order, while programs start and end', async () => {
    const dir = await tempDir();
    const source = linuxProcessSource();
    const listed = async () => {
      const fresh = linuxProcessSource();
      try {
        return (await fresh.snapshot()).map((p) => `${p.pid}:${p.name}`);
      } finally {
        fresh.close?.();
      }
    };
    await source.snapshot();
    let compared = 0;
    for (let round = 0; round < 5; round++) {
      const child = await startAs(dir, round % 2 ? 'CptHost' : 'obs');
      const list = await source.snapshot();
      expect(list.map((p) => `${p.pid}:${p.name}`)).toContain(`${child.pid}:${round % 2 ? 'CptHost' : 'obs'}`);
      // Other programs on the machine may start or end between two reads: compare when none did, which the source
      // says by handing back the very same list (no counter moved), trying a few times on a busy machine.
      for (let attempt = 0; attempt < 20; attempt++) {
        const before = await source.snapshot();
        const all = await listed();
        if ((await source.snapshot()) !== before) continue;
        // Pids, in order: names are cached between fresh snapshots by design, and kernel workers rename themselves
        // ("kworker/0:2-events" → "kworker/0:2-virtio_vsock") as they take other work.
        expect(before.map((p) => p.pid)).toEqual(all.map((e) => Number(e.split(':')[0])));
        compared++;
        break;
      }
      await stop(child);
      expect((await source.snapshot()).some((p) => p.pid === child.pid)).toBe(false);
    }
    expect(compared).toBeGreaterThan(0);
    source.close?.();
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

describe("a source's first listing", () => {
  it('reads again at the next poll only the processes among the latest pids handed out; an older one that execs waits for the fresh snapshot', async () => {
    const root = await fakeProc(); // loadavg's last pid: 5000
    const recent = 5000 - FIRST_LOOK_YOUNG_PIDS + 1;
    const old = 5000 - FIRST_LOOK_YOUNG_PIDS;
    await writeTree(root, { [`${recent}/comm`]: 'sh\n', [`${old}/comm`]: 'sh\n' });
    const source = linuxProcessSource({ procRoot: root });
    expect(await names(source)).toEqual(['30:bash', `${old}:sh`, `${recent}:sh`]);
    // Both exec before the next poll, with no task started or ended meanwhile.
    await writeTree(root, { [`${recent}/comm`]: 'zoom\n', [`${old}/comm`]: 'obs\n' });
    expect(await names(source)).toEqual(['30:bash', `${old}:sh`, `${recent}:zoom`]);
    expect((await source.snapshot({ fresh: true })).find((p) => p.pid === old)?.name).toBe('obs');
  });

  it('without the counters cannot tell the latest, so reads every process again at the next poll', async () => {
    const root = await fakeProc();
    await writeTree(root, { '40/comm': 'sh\n' });
    const source = linuxProcessSource({ procRoot: root, taskHint: false });
    await names(source);
    await writeTree(root, { '30/comm': 'zoom\n', '40/comm': 'obs\n' });
    expect(await names(source)).toEqual(['30:zoom', '40:obs']);
  });
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

  it('keeps no handle open on the name of a program that ended', async () => {
    const dir = await tempDir();
    const source = linuxProcessSource();
    await source.snapshot();
    const children = [await startAs(dir, 'obs'), await startAs(dir, 'CptHost')];
    await source.snapshot(); // first seen: young, read again at the next poll
    await source.snapshot();
    for (const child of children) await stop(child);
    await source.snapshot();
    const commFiles = new Set(children.map((c) => `/proc/${c.pid}/comm`));
    const open = (await readdir('/proc/self/fd')).map((fd) => readlinkOrEmpty(`/proc/self/fd/${fd}`));
    expect(open.filter((target) => commFiles.has(target))).toEqual([]);
    source.close?.();
  });
});

function readlinkOrEmpty(path: string): string {
  try {
    return readlinkSync(path);
  } catch {
    return ''; // the directory's own handle, closed by the time it is read
  }
}

describe('a fresh snapshot reads every name again', () => {
  it('keeps the entry of a process whose name is unchanged (the whole list when all are), and reads anew what changed or is wanted anew', async () => {
    const root = await fakeProc();
    await writeTree(root, { '31/comm': 'ffmpeg\n', '31/cmdline': 'ffmpeg\0-f\0x11grab\0' });
    const source = linuxProcessSource({ procRoot: root, taskHint: false });
    const noArgs = () => false;
    const cut = () => true;
    const first = await source.snapshot({ fresh: true, wantArgs: noArgs, wantFullName: cut });
    const again = await source.snapshot({ fresh: true, wantArgs: noArgs, wantFullName: cut });
    // Every process read as it was: the same list, so the watcher's once-a-minute refresh matches nothing again.
    expect(again).toBe(first);
    // An exec: the same pid runs another program.
    await writeTree(root, { '30/comm': 'zoom\n' });
    const exec = await source.snapshot({ fresh: true, wantArgs: noArgs, wantFullName: cut });
    expect(exec).not.toBe(again);
    expect(exec.find((p) => p.pid === 30)).toEqual({ pid: 30, name: 'zoom' });
    expect(exec.find((p) => p.pid === 31)).toBe(again.find((p) => p.pid === 31)); // the unchanged one keeps its entry
    // Another catalogue's matcher wants ffmpeg's arguments: the unchanged name is read again, with them.
    const ffmpegArgs = (name: string) => name === 'ffmpeg';
    const wanted = await source.snapshot({ fresh: true, wantArgs: ffmpegArgs, wantFullName: cut });
    expect(wanted.find((p) => p.pid === 31)).toEqual({ pid: 31, name: 'ffmpeg', args: ['-f', 'x11grab'] });
    // Arguments are read again at every fresh look, so a process that kept its name but changed them shows it.
    await writeTree(root, { '31/cmdline': 'ffmpeg\0-i\0in.mp4\0' });
    const changedArgs = await source.snapshot({ fresh: true, wantArgs: ffmpegArgs, wantFullName: cut });
    expect(changedArgs).not.toBe(wanted);
    expect(changedArgs.find((p) => p.pid === 31)).toEqual({ pid: 31, name: 'ffmpeg', args: ['-i', 'in.mp4'] });
  });
});
