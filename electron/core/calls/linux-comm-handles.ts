import { closeSync, openSync, readSync } from 'node:fs';

/** How many handles a source may keep when the limit cannot be read (a quarter of the common 1024). */
const FALLBACK_BUDGET = 256;
/** Enough for a very busy workstation; beyond it names are read the ordinary way. */
const MAX_BUDGET = 4096;

/**
 * Open handles on `/proc/<pid>/comm`, kept from one snapshot to the next so that reading every process's name again
 * costs one read instead of open, read and close (opening is two thirds of the cost of a cold snapshot).
 *
 * A handle names the process, not the number: the kernel answers ESRCH on it once that process has ended, even when
 * its pid has been handed to a new process (proc(5); the file holds the process's `struct pid`). A failed read
 * therefore drops the handle and opens the path again, which is exactly the check against pid reuse that a fresh
 * snapshot is for. The name itself is read anew on every call, so an exec or a `prctl(PR_SET_NAME)` shows.
 *
 * Only the real /proc has that guarantee (a stand-in tree in a test would keep serving a deleted file), so sources
 * over another root do not keep handles. Node opens files close-on-exec: probes started later do not inherit them.
 */
export interface CommHandles {
  /** The name as the kernel has it now (without the line's newline), or undefined when the process is gone or unreadable. */
  read(pid: number): string | undefined;
  /** Closes the handle of a process found ended without a read through it. */
  release(pid: number): void;
  /** Closes the handles of processes that are no longer listed. */
  keepOnly(listed: ReadonlyMap<number, unknown>): void;
  /** Closes every handle (tests, and a source that is replaced). */
  close(): void;
  readonly size: number;
}

export function commHandles(prefix: string, buffer: Buffer, budget: number): CommHandles {
  const handles = new Map<number, number>();

  // Without the newline the kernel ends the line with: one string made, not two.
  const readFd = (fd: number): string => {
    const n = readSync(fd, buffer, 0, buffer.length, 0);
    return buffer.toString('utf8', 0, n > 0 && buffer[n - 1] === 0x0a ? n - 1 : n);
  };

  const drop = (pid: number, fd: number) => {
    handles.delete(pid);
    try {
      closeSync(fd);
    } catch {
      // already closed: nothing to release
    }
  };

  return {
    read(pid) {
      const kept = handles.get(pid);
      if (kept !== undefined) {
        try {
          return readFd(kept);
        } catch {
          drop(pid, kept); // that process ended; the pid may now belong to another one, opened below
        }
      }
      let fd: number | undefined;
      try {
        fd = openSync(`${prefix}${pid}/comm`, 'r');
        const text = readFd(fd);
        if (handles.size < budget) {
          handles.set(pid, fd);
          fd = undefined;
        }
        return text;
      } catch {
        return undefined; // ended between listing and reading, or not ours to read
      } finally {
        if (fd !== undefined) closeSync(fd);
      }
    },
    release(pid) {
      const fd = handles.get(pid);
      if (fd !== undefined) drop(pid, fd);
    },
    keepOnly(listed) {
      for (const [pid, fd] of handles) if (!listed.has(pid)) drop(pid, fd);
    },
    close() {
      for (const [pid, fd] of handles) drop(pid, fd);
    },
    get size() {
      return handles.size;
    },
  };
}

/**
 * A quarter of the soft limit on open files (`Max open files` in /proc/self/limits), so the handles never crowd out
 * the app's own files: Node raises the soft limit to the hard one at start, an Electron main process may keep 1024.
 */
export function handleBudget(limits: string | undefined): number {
  const line = limits?.split('\n').find((l) => l.startsWith('Max open files'));
  const soft = line?.slice('Max open files'.length).trim().split(/\s+/)[0];
  if (soft === undefined) return FALLBACK_BUDGET;
  if (soft === 'unlimited') return MAX_BUDGET;
  const value = Number(soft);
  return Number.isInteger(value) && value > 0 ? Math.min(MAX_BUDGET, Math.floor(value / 4)) : FALLBACK_BUDGET;
}
