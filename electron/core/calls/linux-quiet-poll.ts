import { existsSync } from 'node:fs';
import { constants } from 'node:os';
import type { ProcessInfo } from './process-snapshot.js';

/**
 * How many of the latest pids of a range are looked up once more at the next poll when they were not there. The
 * kernel hands a pid out (alloc_pid, which moves loadavg's last pid) before the task can be looked up under /proc
 * (attach_pid, later in copy_process, kernel/fork.c): a fork still under way while the poll looks is not ended,
 * only not there yet. A fork can sleep in between (cgroup locks, memory), and several run at once on a busy
 * machine; one that takes longer than a poll is caught by the watcher's periodic fresh listing.
 */
export const SETTLING_PIDS = 16;

/**
 * At most this many pids handed out since the last poll are looked at one by one; past that, listing /proc costs
 * less. A pid that no task holds any more (most of them) costs about 0.4 µs to rule out (taskExists), so 1024 of
 * them cost about what a listing of 400 processes does (0.3–0.7 ms cold), before the listing's look-up of every
 * entry and the matching of a whole new list.
 */
export const QUIET_MAX_PIDS = 1024;

/** What a quiet look carries from one poll to the next: the pids first seen (read again, an exec shows) and those not there yet. */
export interface QuietTrail {
  young: Set<number>;
  unsettled: number[];
}

/**
 * Of the processes in the list, only those that play a part in an observation (meeting clients, helpers,
 * recorders: the caller's `matters`) are followed to their end (the caller asks for each by its pid); any other one
 * that ends changes nothing. So besides those, a quiet poll looks only at what may be new.
 * - the pids handed out after `from`, up to `to` (loadavg's last pid then and now), each looked up;
 * - the ones first seen last time, read again: a launcher forks and then execs into the client;
 * - those of the latest pids that were not there yet (see SETTLING_PIDS).
 * A thread's id resolves under /proc too (proc(5)), so a thread is read like a process here; that is harmless,
 * because only a name that matters stops the quiet poll, and the caller then lists /proc, which shows processes
 * alone. True when nothing that matters is new (`trail` then holds this poll's young and unsettled pids); false
 * when something may be, or the range cannot be looked at pid by pid (the counter wrapped at pid_max, or too many
 * pids were handed out), and the caller must list /proc: `trail` is then left as it was.
 */
export function quietLook(from: number, to: number, trail: QuietTrail, exists: (pid: number) => boolean, read: (pid: number) => ProcessInfo | null, matters: (info: ProcessInfo) => boolean, tracked: (pid: number) => ProcessInfo | undefined): boolean {
  if (to < from || to - from > QUIET_MAX_PIDS) return false;
  const young: number[] = [];
  const unsettled: number[] = [];
  // Whether it exists first: most of these are short-lived programs that have ended, and a failed open would throw
  // (an error object and its stack, ten times the cost of the look-up).
  const probe = (pid: number) => (exists(pid) ? read(pid) : null);
  const look = (pid: number, settling: boolean): boolean => {
    const info = probe(pid);
    if (info === null) {
      if (settling) unsettled.push(pid);
      return true;
    }
    young.push(pid);
    return !matters(info);
  };
  // The young ones: read again.
  for (const pid of trail.young) {
    const info = probe(pid);
    const known = tracked(pid);
    // One that matters and is listed changes nothing by running on under its name; any other change does.
    if (known ? info === null || info.name !== known.name : info !== null && matters(info)) return false;
  }
  for (const pid of trail.unsettled) if (pid <= from && !look(pid, false)) return false;
  const settleFrom = to - SETTLING_PIDS;
  for (let pid = from + 1; pid <= to; pid++) if (!look(pid, pid > settleFrom)) return false;
  trail.young.clear();
  for (const pid of young) trail.young.add(pid);
  trail.unsettled = unsettled;
  return true;
}

/** The latest pids up to `to` that a listing did not find: forks that may still be under way (see SETTLING_PIDS). */
export function unlistedLatest(to: number, listed: ReadonlyMap<number, unknown>): number[] {
  const out: number[] = [];
  for (let pid = Math.max(1, to - SETTLING_PIDS + 1); pid <= to; pid++) if (!listed.has(pid)) out.push(pid);
  return out;
}

const killBinding = (process as unknown as { _kill?: (pid: number, signal: number) => number })._kill;

/**
 * Whether a task with this id exists, asked of the kernel under `prefix` (a /proc, the real one or a stand-in).
 * For the real /proc, without a path: kill(2) with signal 0 sends nothing and answers ESRCH when no task holds the
 * id (a thread's id included, like a look-up under /proc; EPERM for another user's: it exists). Node's documented
 * process.kill throws on ESRCH, so an error object for each ended pid, which most of them are; `process._kill`,
 * which it calls, returns the error number instead. It costs about 0.4 µs where the look-up under /proc costs 2.3 µs
 * (the kernel makes and drops a dentry for each miss). Elsewhere, or where a runtime lacks `_kill`: the look-up.
 */
export function taskExists(prefix: string): (pid: number) => boolean {
  const kill = killBinding;
  if (prefix !== '/proc/' || typeof kill !== 'function') return (pid) => existsSync(`${prefix}${pid}`);
  const noSuchTask = -constants.errno.ESRCH;
  return (pid) => pid > 0 && kill.call(process, pid, 0) !== noSuchTask;
}
