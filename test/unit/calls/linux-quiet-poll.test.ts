import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { copyFile, rm, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linuxProcessSource } from '../../../electron/core/calls/linux-processes.js';
import type { ProcessInfo } from '../../../electron/core/calls/process-snapshot.js';
import { MAX_NEW_PIDS } from '../../../electron/core/calls/linux-new-processes.js';
import { QUIET_MAX_PIDS, taskExists } from '../../../electron/core/calls/linux-quiet-poll.js';
import { INIT_PID_NAMESPACE } from '../../../electron/core/calls/linux-task-change.js';
import { builtInCatalogue } from '../../../electron/core/calls/catalogue.js';
import { compileMatcher } from '../../../electron/core/calls/match.js';
import { tempDir, writeTree } from '../../support/temp.js';
import { startAs, stop } from './real-processes.js';

// The watcher's own question: clients (zoom), in-call helpers (CptHost) and recorders (obs) matter, bash does not.
const matcher = compileMatcher(builtInCatalogue(), 'linux');
const wants = { wantArgs: matcher.wantArgs, wantFullName: matcher.wantFullName, matters: matcher.matters };

/**
 * A /proc stand-in: the pid namespace link of the initial namespace, loadavg (proc(5): "… tasks/total last-pid"),
 * and a shell, pid 30. The kernel's link target is not a path: a dangling symlink with the same text stands in.
 */
async function fakeProc(): Promise<string> {
  const root = await tempDir();
  await writeTree(root, { loadavg: '0.10 0.20 0.30 1/100 5000\n', '30/comm': 'bash\n', 'self/ns/.keep': '' });
  await symlink(INIT_PID_NAMESPACE, join(root, 'self/ns/pid'));
  return root;
}

const loadavg = (tasks: number, lastPid: number) => ({ loadavg: `0.10 0.20 0.30 1/${tasks} ${lastPid}\n` });

async function quietSource() {
  const root = await fakeProc();
  const source = linuxProcessSource({ procRoot: root });
  const poll = async (options = wants) => (await source.snapshot(options)).map((p) => `${p.pid}:${p.name}`);
  expect(await poll()).toEqual(['30:bash']);
  return { root, source, poll };
}

describe('a quiet poll: nothing that matters runs, so only new processes are looked at', () => {
  it('lets programs that do not matter start and end without listing /proc or changing the list', async () => {
    const { root, source, poll } = await quietSource();
    const first = await source.snapshot(wants);
    await writeTree(root, { '5001/comm': 'git\n', '5003/comm': 'sleep\n', ...loadavg(102, 5003) });
    expect(await source.snapshot(wants)).toBe(first); // the very same list: the watcher skips matching
    await rm(join(root, '30'), { recursive: true }); // bash ends: nothing that matters changed
    await rm(join(root, '5001'), { recursive: true });
    await writeTree(root, loadavg(100, 5003));
    expect(await poll()).toEqual(['30:bash']);
    expect(source.listings).toBe(1);
    expect(source.quietPolls).toBe(3);
  });

  it('lists /proc as soon as a process that matters starts, and at the first poll after it ends', async () => {
    const { root, source, poll } = await quietSource();
    await writeTree(root, { '5001/comm': 'git\n', ...loadavg(101, 5001) });
    await poll();
    await writeTree(root, { '5002/comm': 'zoom\n', ...loadavg(102, 5002) });
    // The listing is exact: git, which a quiet poll let go by, is in it.
    expect(await poll()).toEqual(['30:bash', '5001:git', '5002:zoom']);
    expect(source.listings).toBe(2);
    // While zoom runs on, other programs start and end unlisted: git ends, sleep starts.
    await rm(join(root, '5001'), { recursive: true });
    await writeTree(root, { '5003/comm': 'sleep\n', ...loadavg(101, 5003) });
    expect(await poll()).toEqual(['30:bash', '5001:git', '5002:zoom']);
    expect(await poll()).toEqual(['30:bash', '5001:git', '5002:zoom']); // zoom no longer young: still quiet
    expect(source.listings).toBe(2);
    // zoom ends: the next poll asks for it by its pid, finds it gone, and lists.
    await rm(join(root, '5002'), { recursive: true });
    await writeTree(root, loadavg(100, 5003));
    expect(await poll()).toEqual(['30:bash', '5003:sleep']);
    expect(source.listings).toBe(3);
    // Quiet again: a new program that does not matter is not listed.
    const quiet = source.quietPolls;
    await writeTree(root, { '5004/comm': 'git\n', ...loadavg(101, 5004) });
    expect(await poll()).toEqual(['30:bash', '5003:sleep']);
    expect(source.quietPolls).toBe(quiet + 1);
  });

  it('lists /proc when a young process that matters execs into another name, or one that matters now', async () => {
    const { root, source, poll } = await quietSource();
    await writeTree(root, { '5001/comm': 'zoom\n', ...loadavg(101, 5001) });
    expect(await poll()).toEqual(['30:bash', '5001:zoom']);
    // Still young at the next poll, and no longer zoom: obs now (a launcher named like a client, say).
    await writeTree(root, { '5001/comm': 'obs\n' });
    expect(await poll()).toEqual(['30:bash', '5001:obs']);
    expect(source.quietPolls).toBe(0); // both changes went to the exact path (here a catch-up: nothing was let go)
  });

  it('sees a new process that execs into a client after it was first seen', async () => {
    const { root, poll, source } = await quietSource();
    // A launcher forks (the child still bears its parent's name), then execs into zoom before the next poll.
    await writeTree(root, { '5001/comm': 'bash\n', ...loadavg(101, 5001) });
    expect(await poll()).toEqual(['30:bash']);
    await writeTree(root, { '5001/comm': 'zoom\n' });
    expect(await poll()).toEqual(['30:bash', '5001:zoom']);
    expect(source.listings).toBe(2);
  });

  it('looks again at one of the latest pids that was not there yet (a fork still under way)', async () => {
    const { root, poll } = await quietSource();
    // The kernel has handed out 5001 (loadavg says so) before its task can be looked up.
    await writeTree(root, loadavg(100, 5001));
    expect(await poll()).toEqual(['30:bash']);
    await writeTree(root, { '5001/comm': 'obs\n', ...loadavg(101, 5001) });
    expect(await poll()).toEqual(['30:bash', '5001:obs']);
  });

  it('lists /proc when the pid counter wrapped, or more pids were handed out than are worth looking up', async () => {
    const { root, poll, source } = await quietSource();
    // Wrapped at pid_max: the pids since are below the last one seen, anywhere among the old ones.
    await writeTree(root, { '300/comm': 'obs\n', ...loadavg(101, 300) });
    expect(await poll()).toEqual(['30:bash', '300:obs']);
    expect(source.listings).toBe(2);
    await rm(join(root, '300'), { recursive: true });
    await writeTree(root, loadavg(100, 300));
    expect(await poll()).toEqual(['30:bash']);
    const far = 300 + QUIET_MAX_PIDS + 1;
    await writeTree(root, { [`${far}/comm`]: 'sleep\n', ...loadavg(101, far) });
    expect(await poll()).toEqual([`${far}:sleep`, '30:bash']); // listed: names sorted as strings
    expect(source.listings).toBe(3); // obs's end was caught up without one
  });

  it('looks pid by pid at a range longer than a busy catch-up would, up to its own limit', async () => {
    const { root, poll, source } = await quietSource();
    const far = 5000 + MAX_NEW_PIDS + 100;
    await writeTree(root, { [`${far}/comm`]: 'git\n', ...loadavg(101, far) });
    expect(await poll()).toEqual(['30:bash']);
    await writeTree(root, { [`${far + 600}/comm`]: 'obs\n', ...loadavg(102, far + 600) });
    expect(await poll()).toEqual(['30:bash', `${far}:git`, `${far + 600}:obs`]); // found, then listed
    expect(source.listings).toBe(2);
    expect(source.quietPolls).toBe(1);
  });

  it('gives an exact list to a caller that does not say what matters, after quiet polls', async () => {
    const { root, poll } = await quietSource();
    await writeTree(root, { '5001/comm': 'git\n', ...loadavg(101, 5001) });
    expect(await poll()).toEqual(['30:bash']);
    await rm(join(root, '30'), { recursive: true });
    await writeTree(root, loadavg(100, 5001));
    expect(await poll({ wantArgs: wants.wantArgs, wantFullName: wants.wantFullName } as typeof wants)).toEqual(['5001:git']);
  });

  it('keeps the new name of a young process that exec\'d, when a later listing finds nothing else about it', async () => {
    const root = await fakeProc();
    const source = linuxProcessSource({ procRoot: root });
    const poll = async () => (await source.snapshot()).map((p) => `${p.pid}:${p.name}`);
    await poll();
    await writeTree(root, { '5001/comm': 'bash\n', '5001/status': 'Name:\tbash\nTgid:\t5001\nThreads:\t1\n', ...loadavg(101, 5001) });
    expect(await poll()).toEqual(['30:bash', '5001:bash']);
    // It execs while no counter moves: the young pid is read again and shows zoom.
    await writeTree(root, { '5001/comm': 'zoom\n' });
    expect(await poll()).toEqual(['30:bash', '5001:zoom']);
    // More pids handed out than are looked up one by one: the next poll lists /proc, and zoom must stay zoom.
    const far = 5001 + MAX_NEW_PIDS + 1;
    await writeTree(root, { [`${far}/comm`]: 'sleep\n', ...loadavg(102, far) });
    expect(await poll()).toEqual(['30:bash', '5001:zoom', `${far}:sleep`]);
    expect(source.listings).toBe(2);
  });
});

describe('a quiet poll on the real /proc', () => {
  const real = () => linuxProcessSource();
  // The watcher's question, recording what it was asked about (one function for every poll, as the watcher's is).
  const asked: ProcessInfo[] = [];
  const asking = { ...wants, matters: (info: ProcessInfo) => (asked.push(info), matcher.matters(info)) };

  it('sees a process started by the test as new, without a listing while it does not matter', async () => {
    const source = real();
    try {
      await source.snapshot(asking);
      const quiet = source.quietPolls;
      asked.length = 0;
      const child = spawn('/bin/sleep', ['30'], { stdio: 'ignore' });
      await new Promise((resolve) => child.once('spawn', resolve));
      await source.snapshot(asking);
      // A quiet poll answered, and it asked about the new process by its name.
      expect(source.quietPolls).toBe(quiet + 1);
      expect(asked).toContainEqual({ pid: child.pid, name: 'sleep' });
      child.kill('SIGKILL');
    } finally {
      source.close?.();
    }
  });

  it('finds a client started while quiet, and one that a shell execs into, by name', async () => {
    const dir = await tempDir();
    const source = real();
    try {
      await source.snapshot(wants);
      const obs = await startAs(dir, 'obs');
      const seen = await source.snapshot(wants);
      expect(seen.some((p) => p.pid === obs.pid && p.name === 'obs')).toBe(true);
      await stop(obs);
      await source.snapshot(wants); // obs ended: seen, since it mattered
      expect((await source.snapshot(wants)).some((p) => p.pid === obs.pid)).toBe(false);

      // A shell that waits, then execs into zoom: first seen as sh (a young pid), then read again.
      const zoom = join(dir, 'zoom');
      await copyFile('/bin/sleep', zoom);
      const shell = spawn('/bin/sh', ['-c', `read x; exec ${zoom} 30`], { stdio: ['pipe', 'ignore', 'ignore'] });
      await new Promise((resolve) => shell.once('spawn', resolve));
      await waitFor(() => readFileSync(`/proc/${shell.pid}/comm`, 'utf8') === 'sh\n');
      const quiet = source.quietPolls;
      const before = await source.snapshot(wants);
      expect(before.some((p) => p.pid === shell.pid && p.name !== 'sh')).toBe(false);
      expect(source.quietPolls).toBe(quiet + 1);
      shell.stdin?.end('go\n');
      await waitFor(() => readFileSync(`/proc/${shell.pid}/comm`, 'utf8') === 'zoom\n');
      expect((await source.snapshot(wants)).find((p) => p.pid === shell.pid)?.name).toBe('zoom');
      shell.kill('SIGKILL');
    } finally {
      source.close?.();
    }
  });

  it('stays quiet while a client runs, and sees its end at the next poll', async () => {
    const dir = await tempDir();
    const source = real();
    try {
      const zoom = await startAs(dir, 'zoom');
      expect((await source.snapshot(asking)).some((p) => p.pid === zoom.pid && p.name === 'zoom')).toBe(true);
      await source.snapshot(asking); // zoom no longer young
      const quiet = source.quietPolls;
      const other = spawn('/bin/sleep', ['30'], { stdio: 'ignore' });
      await new Promise((resolve) => other.once('spawn', resolve));
      expect((await source.snapshot(asking)).some((p) => p.pid === zoom.pid)).toBe(true);
      expect(source.quietPolls).toBe(quiet + 1);
      await stop(zoom);
      expect((await source.snapshot(asking)).some((p) => p.pid === zoom.pid)).toBe(false);
      other.kill('SIGKILL');
    } finally {
      source.close?.();
    }
  });

  it('lists /proc when more pids were handed out since the last poll than are worth looking up', async () => {
    const source = real();
    try {
      await source.snapshot(wants);
      const listed = source.listings;
      // Short-lived programs, more than a quiet poll looks up one by one.
      await new Promise((resolve) => spawn('/bin/sh', ['-c', `i=0; while [ $i -lt ${QUIET_MAX_PIDS + 20} ]; do /bin/true; i=$((i+1)); done`], { stdio: 'ignore' }).once('exit', resolve));
      await source.snapshot(wants);
      expect(source.listings).toBe(listed + 1);
    } finally {
      source.close?.();
    }
  });
});

describe('whether a task exists', () => {
  it('answers as a look-up under the real /proc does: a process, a thread, an ended one, another user\'s', async () => {
    const exists = taskExists('/proc/');
    const child = spawn('/bin/sleep', ['30'], { stdio: 'ignore' });
    await new Promise((resolve) => child.once('spawn', resolve));
    const pid = child.pid as number;
    // This process's own threads (V8's and libuv's): ids that resolve under /proc without being listed.
    const threads = readdirSync(`/proc/${process.pid}/task`).map(Number).filter((tid) => tid !== process.pid);
    const ended = await new Promise<number>((resolve) => {
      const short = spawn('/bin/true', [], { stdio: 'ignore' });
      short.once('exit', () => resolve(short.pid as number));
    });
    await new Promise((resolve) => setTimeout(resolve, 50)); // reaped by Node meanwhile
    for (const id of [process.pid, pid, 1, ...threads, ended, 2 ** 22 + 1]) expect(exists(id)).toBe(existsSync(`/proc/${id}`));
    expect(threads.length).toBeGreaterThan(0);
    expect(exists(ended)).toBe(false);
    expect(exists(0)).toBe(false);
    child.kill('SIGKILL');
  });

  it('looks under a stand-in /proc by path', async () => {
    const root = await fakeProc();
    const exists = taskExists(`${root}/`);
    expect(exists(30)).toBe(true);
    expect(exists(process.pid)).toBe(false); // a live pid, but not in the stand-in
  });
});

describe.runIf(existsSync('/usr/bin/python3'))('a quiet poll and a thread named like a client', () => {
  it('takes the thread for no process: the listing it causes shows processes alone', async () => {
    const source = linuxProcessSource();
    // A Python process (comm python3) whose second thread names itself zoom (prctl PR_SET_NAME, 15), then waits.
    const code = 'import ctypes, threading, sys\ndef run():\n    ctypes.CDLL(None).prctl(15, b"zoom", 0, 0, 0)\n    sys.stdin.read()\nthreading.Thread(target=run).start()\n';
    try {
      await source.snapshot(wants);
      const python = spawn('/usr/bin/python3', ['-c', code], { stdio: ['pipe', 'ignore', 'ignore'] });
      await new Promise((resolve) => python.once('spawn', resolve));
      const threadNamed = () => readdirSync(`/proc/${python.pid}/task`).some((t) => readFileSync(`/proc/${python.pid}/task/${t}/comm`, 'utf8') === 'zoom\n');
      await waitFor(threadNamed);
      const quiet = source.quietPolls;
      const list = await source.snapshot(wants);
      // The thread's name matters, so the quiet poll gave way (to a listing, or a catch-up that reads its status).
      expect(source.quietPolls).toBe(quiet);
      expect(list.some((p) => p.name === 'zoom')).toBe(false);
      expect(list.some((p) => p.pid === python.pid)).toBe(true);
      python.kill('SIGKILL');
    } finally {
      source.close?.();
    }
  });
});

async function waitFor(test: () => boolean): Promise<void> {
  for (let i = 0; i < 200; i++) {
    try {
      if (test()) return;
    } catch {
      // not there yet
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('timed out');
}

