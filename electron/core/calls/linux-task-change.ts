import { closeSync, openSync, readlinkSync, readSync, statSync } from 'node:fs';

/** The inode of the initial pid namespace: PROC_PID_INIT_INO in the kernel's include/linux/proc_ns.h. */
export const INIT_PID_NAMESPACE = 'pid:[4026531836]';

/**
 * What the kernel counts about tasks, read in two small system calls. The last two fields of /proc/loadavg are
 * the number of tasks (processes and threads) and the pid handed out last (proc(5)). In the initial pid namespace
 * every new task anywhere on the machine takes its pid from that counter, so the same last pid means nothing
 * started. The link count of /proc itself is a constant plus the number of processes, threads not included: the
 * kernel's fs/proc/root.c (`proc_root_getattr`) adds `nr_processes()` to it. Together they tell an idle poll that
 * nothing changed, and a busier one how many processes it should see.
 */
export interface TaskCounters {
  tasks: number;
  lastPid: number;
  /** /proc's link count: a constant (its other folders) plus the processes that exist. */
  links: number;
}

/**
 * Reads the counters, or undefined where they cannot be trusted: inside a container the pid counter covers only
 * the container while the counts are the machine's (a start outside could hide an end inside), and a file that
 * cannot be read or parsed says nothing.
 *
 * Given the counters read `since` an earlier moment, and the same task count and last pid now, it returns those
 * without asking for /proc's link count: no task started (the last pid), so none ended either (the count), and the
 * kernel counts a process out in the same step as its last task (`__unhash_process` in kernel/exit.c lowers both
 * `nr_threads` and the process count). A quiet poll then costs one read.
 */
export function taskCounters(procPrefix: string, readLoadavg: () => string | undefined): TaskCounterReader {
  let usable: boolean | undefined;
  const tail = () => {
    usable ??= inInitialPidNamespace(procPrefix);
    return usable ? tasksAndLastPid(readLoadavg()) : undefined;
  };
  const read = (since?: TaskCounters) => {
    const now = tail();
    if (now && since && now.tasks === since.tasks && now.lastPid === since.lastPid) return since;
    const links = now && statSync(procPrefix, { throwIfNoEntry: false })?.nlink;
    return now && links ? { ...now, links } : undefined;
  };
  return Object.assign(read, { tail });
}

export interface TaskCounterReader {
  (since?: TaskCounters): TaskCounters | undefined;
  /** The task count and last pid alone (one read, no link count), under the same conditions. */
  tail(): { tasks: number; lastPid: number } | undefined;
}

export const sameCounters = (a: TaskCounters, b: TaskCounters): boolean => a.lastPid === b.lastPid && a.tasks === b.tasks && a.links === b.links;

/** "0.52 0.58 0.59 2/467 12345" → 467 tasks, last pid 12345: the running count before the slash changes all the time. */
export function tasksAndLastPid(loadavg: string | undefined): { tasks: number; lastPid: number } | undefined {
  if (loadavg === undefined) return undefined;
  // Read from the end by hand: every idle poll parses this line, and a regular expression with its match array
  // costs more than the rest of a quiet poll's parsing.
  let end = loadavg.length;
  while (end > 0 && isSpace(loadavg.charCodeAt(end - 1))) end--;
  const pidStart = digitsBefore(loadavg, end);
  if (pidStart === end || pidStart === 0 || loadavg.charCodeAt(pidStart - 1) !== 32) return undefined;
  const tasksStart = digitsBefore(loadavg, pidStart - 1);
  if (tasksStart === pidStart - 1 || tasksStart === 0 || loadavg.charCodeAt(tasksStart - 1) !== 47) return undefined;
  return { tasks: Number(loadavg.slice(tasksStart, pidStart - 1)), lastPid: Number(loadavg.slice(pidStart, end)) };
}

/** Where the run of ASCII digits that ends at `end` starts (`end` itself when there is none). */
function digitsBefore(text: string, end: number): number {
  let start = end;
  while (start > 0 && text.charCodeAt(start - 1) >= 48 && text.charCodeAt(start - 1) <= 57) start--;
  return start;
}

/** What `\s` matches in the ASCII range, the only range loadavg's line holds. */
const isSpace = (code: number): boolean => code === 32 || (code >= 9 && code <= 13);

/**
 * A small file of the real /proc read through one handle kept open: the kernel makes the text anew at each read
 * from offset 0, so a poll costs one pread instead of open, read and close. A failed read opens it again.
 */
export function keptFileReader(path: string, size = 256): { read(): string | undefined; close(): void } {
  const buffer = Buffer.allocUnsafe(size);
  let fd: number | undefined;
  const close = () => {
    if (fd !== undefined) closeQuietly(fd);
    fd = undefined;
  };
  return {
    read() {
      for (let attempt = 0; attempt < 2; attempt++) {
        try {
          fd ??= openSync(path, 'r');
          return buffer.toString('latin1', 0, readSync(fd, buffer, 0, buffer.length, 0));
        } catch {
          close();
        }
      }
      return undefined;
    },
    close,
  };
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // already closed
  }
}

/** Whether the /proc at `procPrefix` is seen from the initial pid namespace (its `self/ns/pid` link names it). */
export function inInitialPidNamespace(procPrefix: string): boolean {
  try {
    return readlinkSync(`${procPrefix}self/ns/pid`) === INIT_PID_NAMESPACE;
  } catch {
    return false;
  }
}
