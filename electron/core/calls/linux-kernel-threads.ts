import { inInitialPidNamespace, keptFileReader } from './linux-task-change.js';

/** Room for the children of kthreadd on a large machine (each pid and its space: 8 bytes at most). */
const CHILDREN_MAX_BYTES = 64 * 1024;

/**
 * The pids of the kernel's own threads, so a listing of /proc need not open and read each one's name: there are
 * several per core (kworker, ksoftirqd, migration, cpuhp) and more per device, often a large share of all
 * processes, and none of them can be a meeting app or a recorder.
 *
 * Every kernel thread is a child of kthreadd, pid 2 of the first pid namespace, and /proc/2/task/2/children lists
 * them (proc(5); the kernel's CONFIG_PROC_CHILDREN, on in the common distributions' kernels). The programs the
 * kernel itself starts (module loading, core dump handlers: kernel/umh.c) are its children too; none of them is a
 * program a person runs. proc(5) warns that the list may miss children that start or end while it is read: one
 * missed is read like any other process, so the answer is only ever a subset of the truth.
 *
 * The reader is undefined where pid 2 cannot be trusted to be kthreadd: another pid namespace (a container, where
 * pid 2 is whatever ran second there) or a stand-in tree without that namespace link. The file is kept open and
 * read again from its start at each listing (seq_file rebuilds it), so each listing costs one read; over a stand-in
 * tree (`keepOpen` false) it is opened each time.
 */
export function kernelThreadReader(prefix: string, readSmall: (path: string) => string | undefined, keepOpen: boolean): { read(): Set<number> | undefined; close(): void } | undefined {
  if (!inInitialPidNamespace(prefix) || readSmall(`${prefix}2/comm`) !== 'kthreadd\n') return undefined;
  const path = `${prefix}2/task/2/children`;
  const kept = keepOpen ? keptFileReader(path, CHILDREN_MAX_BYTES) : undefined;
  return {
    read: () => {
      const text = kept ? kept.read() : readSmall(path);
      return text === undefined ? undefined : pidsEndedBySpace(text);
    },
    close: () => kept?.close(),
  };
}

/**
 * The pids of a children file ("3 4 5 "), each one ended by its space: a pid cut off at the end of a full buffer
 * has none and is left out, rather than taken for a shorter one.
 */
export function pidsEndedBySpace(text: string): Set<number> {
  const pids = new Set<number>();
  let value = 0;
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      value = value * 10 + (code - 48);
      digits++;
      continue;
    }
    if (code === 32 && digits > 0) pids.add(value);
    value = 0;
    digits = 0;
  }
  return pids;
}
