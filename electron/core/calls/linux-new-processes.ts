import { existsSync, readdirSync } from 'node:fs';
import type { ProcessInfo } from './process-snapshot.js';

/**
 * At most this many new pids are looked up one by one in a poll (2–5 µs each when the task has ended, as most
 * have); past that, listing /proc costs less (0.3–0.6 ms for 400 processes, then a look-up of every entry and
 * matching the whole new list).
 */
export const MAX_NEW_PIDS = 256;

/**
 * The processes among the pids handed out after `from`, up to `to`. Each pid is looked up: a thread's id resolves
 * under /proc too (proc(5): /proc/<tid> exists but is not listed), so a task is kept only when its status says it
 * leads its own thread group (`Tgid` equal to its pid). A task that ended before it was read is no process of
 * ours. Undefined when the range cannot be read this way (the pid counter wrapped, too many pids, a status without
 * a Tgid line); the caller then lists /proc.
 *
 * `newProcesses` is how many new processes the kernel's process count implies if no process known before ended
 * (the count less the known ones), when the caller can trust that count. Ended older processes only lower it, so
 * when it equals the number of live new tasks, every one of them is a process and no status needs reading: the
 * common busy poll (a script's short-lived programs, none of them threads).
 */
export function newProcessPids(prefix: string, from: number, to: number, readSmall: (path: string) => string | undefined, known: (pid: number) => boolean, newProcesses?: number): number[] | undefined {
  if (to < from || to - from > MAX_NEW_PIDS) return undefined;
  const live: number[] = [];
  for (let pid = from + 1; pid <= to; pid++) if (!known(pid) && existsSync(`${prefix}${pid}`)) live.push(pid);
  if (live.length === newProcesses) return live;
  const pids: number[] = [];
  // Threads of a process found here: a new program's threads take the pids right after its own (a Node or
  // Electron process starts a dozen), and one listing of its task folder spares a status read for each.
  let threads: Set<string> | undefined;
  for (const pid of live) {
    if (threads?.has(String(pid))) continue;
    const status = readSmall(`${prefix}${pid}/status`);
    if (status === undefined) continue; // ended since: the counters read after the look-ups tell whether to list
    const group = threadGroupOf(status);
    if (group === undefined) return undefined;
    if (group !== pid) continue;
    pids.push(pid);
    // A process with one thread (its status says so) has no others to list.
    if (threadCountOf(status) === 1) continue;
    const tasks = safeList(`${prefix}${pid}/task`);
    if (tasks.length > 1) for (const task of tasks) (threads ??= new Set()).add(task);
  }
  return pids;
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** The `Tgid:` line of /proc/<pid>/status (proc(5)): the pid of the process a task belongs to. */
export function threadGroupOf(status: string): number | undefined {
  const match = /^Tgid:\s*(\d+)\s*$/m.exec(status);
  return match ? Number(match[1]) : undefined;
}

/** The `Threads:` line of /proc/<pid>/status (proc(5)): how many threads the process has; undefined without one. */
export function threadCountOf(status: string): number | undefined {
  const match = /^Threads:\s*(\d+)\s*$/m.exec(status);
  return match ? Number(match[1]) : undefined;
}

/**
 * Whether pid `a` comes before `b` in a listing of /proc. Node's readdir returns names sorted as strings (libuv's
 * scandir sorts with strcmp), so "10" < "100" < "99"; compared here without making strings.
 */
export function listedBefore(a: number, b: number): boolean {
  let x = a;
  let y = b;
  const da = digits(a);
  const db = digits(b);
  if (da < db) x *= 10 ** (db - da);
  else if (db < da) y *= 10 ** (da - db);
  return x === y ? da < db : x < y;
}

function digits(n: number): number {
  let count = 1;
  for (let limit = 10; n >= limit && count < 16; limit *= 10) count++;
  return count;
}

/**
 * `list` (in listing order) with `gone` pids left out, `replaced` entries swapped in by pid, and `added` merged in
 * where a listing would have put them: a list caught up this way equals the one a full listing gives. Each change
 * is placed by a binary search and a splice, so a poll that changes a few entries of a few hundred costs no walk
 * over them all.
 */
export function caughtUpList(list: readonly ProcessInfo[], gone: ReadonlySet<number>, replaced: ReadonlyMap<number, ProcessInfo>, added: readonly ProcessInfo[]): ProcessInfo[] {
  const out = list.slice();
  for (const pid of gone) {
    const at = placeOf(out, pid);
    if (out[at]?.pid === pid) out.splice(at, 1);
  }
  for (const [pid, info] of replaced) {
    const at = placeOf(out, pid);
    if (out[at]?.pid === pid) out[at] = info;
  }
  for (const info of added) out.splice(placeOf(out, info.pid), 0, info);
  return out;
}

/** The index of the first entry not listed before `pid` (where it is, or would go). */
function placeOf(list: readonly ProcessInfo[], pid: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (listedBefore((list[mid] as ProcessInfo).pid, pid)) low = mid + 1;
    else high = mid;
  }
  return low;
}
