import { readlinkSync } from 'node:fs';

/** The inode of the initial pid namespace: PROC_PID_INIT_INO in the kernel's include/linux/proc_ns.h. */
export const INIT_PID_NAMESPACE = 'pid:[4026531836]';

/** Answers whether the set of tasks may have changed since it was last asked; `true` whenever it cannot tell. */
export type TaskChangeHint = () => boolean;

/**
 * Tells from one small read whether any task (process or thread) started or ended since the last call, so an idle
 * poll need not list /proc. The last two fields of /proc/loadavg are the number of tasks that exist and the pid
 * handed out last (proc(5)). In the initial pid namespace every new task anywhere on the machine takes a pid from
 * that counter, so the same last pid means nothing started; with nothing started, the same count means nothing ended.
 * Inside a container the counter covers only the container while the count is the machine's, so a start outside
 * could hide an end inside: there (and where the files are unreadable) the hint always answers "may have changed".
 */
export function taskChangeHint(procPrefix: string, readSmall: (path: string) => string | undefined): TaskChangeHint {
  let usable: boolean | undefined;
  let last: string | undefined;
  return () => {
    usable ??= readNamespace(`${procPrefix}self/ns/pid`) === INIT_PID_NAMESPACE;
    if (!usable) return true;
    const tail = tasksAndLastPid(readSmall(`${procPrefix}loadavg`));
    const changed = tail === undefined || tail !== last;
    last = tail;
    return changed;
  };
}

/** "0.52 0.58 0.59 2/467 12345\n" → "467 12345": the running count before the slash changes all the time. */
export function tasksAndLastPid(loadavg: string | undefined): string | undefined {
  if (loadavg === undefined) return undefined;
  const slash = loadavg.indexOf('/');
  if (slash < 0) return undefined;
  const tail = loadavg.slice(slash + 1).trimEnd();
  return /^\d+ \d+$/.test(tail) ? tail : undefined;
}

function readNamespace(path: string): string | undefined {
  try {
    return readlinkSync(path);
  } catch {
    return undefined;
  }
}
