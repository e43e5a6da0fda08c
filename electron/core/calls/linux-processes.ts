import { closeSync, existsSync, openSync, readdirSync, readlinkSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import type { ProcessInfo, ProcessSource, SnapshotOptions, WantArgs } from './process-snapshot.js';
import { keptFileReader, sameCounters, taskCounters, type TaskCounterReader, type TaskCounters } from './linux-task-change.js';
import { commHandles, handleBudget } from './linux-comm-handles.js';
import { caughtUpList, newProcessPids } from './linux-new-processes.js';
import { quietLook, taskExists, unlistedLatest, type QuietTrail } from './linux-quiet-poll.js';
import { kernelThreadReader } from './linux-kernel-threads.js';

/** The kernel cuts /proc/<pid>/comm to 15 bytes (TASK_COMM_LEN 16 with the NUL), see proc(5). */
const COMM_MAX = 15;
/** How many of the latest processes are remembered, and how many of them a poll reads to find those that ended. */
const RECENT_MAX = 256;
const RECENT_CHECKS = 64;
/**
 * At a source's first listing, the processes among this many of the latest pids handed out are read again at the
 * next poll, like any process first seen later (see linuxProcessSource). A launcher's fork execs moments after it
 * was handed its pid, so one caught in between holds one of the latest; 64 leaves room for others started around
 * it. An older process that execs later is seen by the watcher's periodic fresh snapshot.
 */
export const FIRST_LOOK_YOUNG_PIDS = 64;

export interface LinuxProcessOptions {
  procRoot?: string;
  /**
   * Skip listing /proc when the kernel's task counters show nothing started or ended, and look up only the new pids
   * when no process ended but those just seen (see linux-task-change.ts). Default on.
   */
  taskHint?: boolean;
  /** Keep `/proc/<pid>/comm` open between snapshots (see linux-comm-handles.ts). Default: on for the real /proc. */
  keepHandles?: boolean;
}

/**
 * Reads /proc directly: no child process. Synchronous reads into one shared buffer are the cheapest way from Node
 * (an async read costs a thread-pool round trip per file), and a few hundred tiny reads take about a millisecond.
 * Entries are cached by pid, so a poll only reads processes that are new since the last one; `fresh` re-reads all
 * (the watcher does that now and then, which catches an exec or a reused pid). A process seen for the first time is
 * read once more at the next poll: a launcher forks and then execs, and a poll in between would otherwise remember
 * the launcher's name for that pid until the next fresh snapshot. Names are read through handles kept open on the
 * real /proc, so even a fresh snapshot costs one read per process.
 *
 * A poll lists /proc only when it must. When no task started or ended since the last poll (the kernel's counters,
 * see linux-task-change.ts) it returns the previous list. When tasks did start, it looks up only the pids handed
 * out since (linux-new-processes.ts), re-reads those first seen last time and drops those of them that ended. When
 * the kernel then counts fewer processes than the list holds, it reads the latest processes it knows, newest
 * first, until the ended ones are found (most programs that end started lately). If the counts agree, the list is
 * complete. That is the common busy poll (short-lived programs started somewhere); anything else lists /proc.
 */
export function linuxProcessSource(options: LinuxProcessOptions = {}) {
  const procRoot = options.procRoot ?? '/proc';
  const buffer = Buffer.allocUnsafe(64 * 1024);
  // Two maps used in turn, so a poll allocates no new map (less garbage to collect in a process that runs all day).
  let cache = new Map<number, ProcessInfo | null>();
  let spare = new Map<number, ProcessInfo | null>();
  let lastList: ProcessInfo[] = [];
  // Pids read for the first time by the previous snapshot, and those of this one (swapped like the maps).
  let young = new Set<number>();
  let nextYoung = new Set<number>();
  let lastWantArgs: WantArgs | undefined;
  let lastWantFullName: WantArgs | undefined;

  const readSmall = (path: string): string | undefined => {
    let fd: number | undefined;
    try {
      fd = openSync(path, 'r');
      const n = readSync(fd, buffer, 0, buffer.length, 0);
      return buffer.toString('utf8', 0, n);
    } catch {
      return undefined; // The process ended between readdir and read, or is not ours to read.
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  };

  // String concatenation, not path.join: this runs for every process and join normalises each time.
  const prefix = procRoot.endsWith('/') ? procRoot : `${procRoot}/`;
  const keep = options.keepHandles ?? prefix === '/proc/';
  const loadavg = keep ? keptFileReader(`${prefix}loadavg`) : undefined;
  const counters: TaskCounterReader = options.taskHint === false ? Object.assign(() => undefined, { tail: () => undefined }) : taskCounters(prefix, loadavg ? loadavg.read : () => readSmall(`${prefix}loadavg`));
  // The counters as read before the last listing or catch-up, and /proc's link count less the processes a listing
  // saw while no counter moved (undefined until such a listing: then every poll that sees a change lists).
  let seenCounters: TaskCounters | undefined;
  let linksOffset: number | undefined;
  const gone = new Set<number>();
  const replaced = new Map<number, ProcessInfo>();
  let listings = 0;
  let quietPolls = 0;
  // Pids in the order they were first seen, the latest last (at most RECENT_MAX): when the kernel counts fewer
  // processes than the list holds, the ones that ended are nearly always among those that started lately.
  let recent: number[] = [];
  // Whether every process is in sight, so that the kernel's count of them can stand in for status reads (see
  // newProcessPids): not when /proc hides other users' processes (hidepid=2), which the count still includes.
  let everyProcessInSight: boolean | undefined;
  const countsEveryProcess = () => (everyProcessInSight ??= !hidesProcesses(readSmall(`${prefix}self/mountinfo`), procRoot));
  const handles = keep ? commHandles(prefix, buffer, handleBudget(readSmall(`${prefix}self/limits`))) : undefined;
  const readLoose = (pid: number) => readSmall(`${prefix}${pid}/comm`);
  const readComm = handles ? (pid: number) => handles.read(pid) : readLoose;
  // Quiet polls (linux-quiet-poll.ts). The `matters` the list's entries were sorted with and the pids of those that
  // matter; whether the list is exact (a quiet poll lets ends and uninteresting starts go by, and only a listing
  // makes it exact again); the last pid a quiet poll looked up to; the latest pids not there yet at the last look.
  let countedFor: ((info: ProcessInfo) => boolean) | undefined;
  const mattering = new Set<number>();
  let exact = true;
  let quietTo = 0;
  let unsettled: number[] = [];
  const exists = taskExists(prefix);
  // Kernel threads are listed without reading their names (linux-kernel-threads.ts); asked once, at the first listing.
  let kernelThreads: ReturnType<typeof kernelThreadReader> | null = null;

  /** Keeps the pids of the entries that matter: from the changes when sorted with the same `matters`, else anew. */
  const recount = (matters: ((info: ProcessInfo) => boolean) | undefined, ended: readonly ProcessInfo[], added: readonly ProcessInfo[]) => {
    if (!matters) {
      countedFor = undefined;
      return;
    }
    if (countedFor !== matters) {
      countedFor = matters;
      mattering.clear();
      for (const info of lastList) if (matters(info)) mattering.add(info.pid);
      return;
    }
    for (const info of ended) if (matters(info)) mattering.delete(info.pid);
    for (const info of added) if (matters(info)) mattering.add(info.pid);
  };

  /**
   * `seen` is the entry from the last look, when it was read with the same wants: a fresh snapshot reads every name
   * again, and a process whose short name is unchanged and had nothing more read keeps that entry (no new string,
   * object or look-up per process, which is most of a fresh snapshot's cost beyond the reads themselves).
   */
  const readOne = (pid: number, wantArgs: WantArgs, wantFullName: WantArgs, seen?: ProcessInfo | null, readName = readComm): ProcessInfo | null => {
    const raw = readName(pid);
    if (raw === undefined) return null;
    const comm = raw.endsWith('\n') ? raw.slice(0, -1) : raw;
    if (seen && seen.name === comm && seen.args === undefined && comm.length < COMM_MAX) return seen;
    const dir = `${prefix}${pid}/`;
    let name = comm;
    let args: string[] | undefined;
    const lower = comm.toLowerCase();
    const truncated = comm.length >= COMM_MAX && Buffer.byteLength(comm) >= COMM_MAX && wantFullName(lower);
    if (truncated || wantArgs(lower)) {
      const argv = (readSmall(`${dir}cmdline`) ?? '').split('\0');
      if (argv.at(-1) === '') argv.pop();
      // Kernel threads have no command line and no exe link: asking for the link would only throw.
      if (truncated && argv.length > 0) name = fullName(comm, argv[0], () => safeReadlink(`${dir}exe`));
      args = argv.slice(1);
    }
    const info: ProcessInfo = { pid, name };
    if (args && wantArgs(name.toLowerCase())) info.args = args;
    return info;
  };

  /** Reads a young pid again: its new entry when it now runs another program (it exec'd after the last poll). */
  const recheck = (pid: number, known: ProcessInfo | null, wantArgs: WantArgs, wantFullName: WantArgs): ProcessInfo | undefined => {
    const again = readOne(pid, wantArgs, wantFullName);
    return again === null || known === null || again.name === known.name ? undefined : again;
  };

  /** The latest list, and what set it apart from the one before (the watcher then matches only that). */
  let lastChange: { from: ProcessInfo[]; to: ProcessInfo[]; entries: readonly ProcessInfo[] } | undefined;
  const publish = (list: ProcessInfo[], entries: readonly ProcessInfo[]) => {
    lastChange = { from: lastList, to: list, entries };
    lastList = list;
  };

  const listOf = (map: Map<number, ProcessInfo | null>): ProcessInfo[] => {
    const list: ProcessInfo[] = [];
    for (const info of map.values()) if (info) list.push(info);
    return list;
  };

  /**
   * The list brought up to date without listing /proc, or undefined when that cannot be done exactly: young pids
   * re-read (an exec shows, an end drops them), new pids looked up, and the result trusted only when no counter
   * moved meanwhile and the kernel's process count equals the list's.
   */
  const catchUp = (now: TaskCounters, wantArgs: WantArgs, wantFullName: WantArgs, matters: SnapshotOptions['matters']): ProcessInfo[] | undefined => {
    if (linksOffset === undefined || seenCounters === undefined) return undefined;
    gone.clear();
    replaced.clear();
    for (const pid of young) {
      const known = cache.get(pid) ?? null;
      // Most young ones are short-lived programs that have ended: a look-up says so, where a failed read would throw
      // (an error object and its stack, ten times the cost of the look-up).
      const again = existsSync(`${prefix}${pid}`) ? readOne(pid, wantArgs, wantFullName) : null;
      // One that could not be read before says nothing by failing again (another user's, under hidepid=1).
      if (again === null) {
        if (known !== null) gone.add(pid);
      } else if (known !== null && again.name !== known.name) replaced.set(pid, again);
    }
    const implied = countsEveryProcess() ? now.links - linksOffset - (cache.size - gone.size) : undefined;
    const pids = newProcessPids(prefix, seenCounters.lastPid, now.lastPid, readSmall, (pid) => cache.has(pid), implied);
    if (pids === undefined) return undefined;
    const added = pids.map((pid) => readOne(pid, wantArgs, wantFullName));
    // More processes listed than the kernel counts: look for the ended ones among the latest, newest first.
    let surplus = cache.size - gone.size + pids.length - (now.links - linksOffset);
    for (let i = recent.length - 1, checks = 0; surplus > 0 && i >= 0 && checks < RECENT_CHECKS; i--) {
      const pid = recent[i] as number;
      if (young.has(pid) || gone.has(pid) || !cache.get(pid)) continue; // unknown or never readable: no answer
      checks++;
      if (!existsSync(`${prefix}${pid}`) || readComm(pid) === undefined) {
        gone.add(pid);
        surplus--;
      }
    }
    const after = counters(now);
    if (after === undefined || !sameCounters(after, now) || after.links - linksOffset !== cache.size - gone.size + pids.length) return undefined;
    const ended: ProcessInfo[] = [];
    for (const pid of gone) {
      const info = cache.get(pid);
      if (info) ended.push(info);
      cache.delete(pid);
      handles?.release(pid);
    }
    for (const [pid, info] of replaced) {
      const before = cache.get(pid);
      if (before) ended.push(before);
      cache.set(pid, info);
    }
    young.clear();
    if (gone.size > 0) recent = recent.filter((pid) => !gone.has(pid));
    pids.forEach((pid, i) => {
      cache.set(pid, added[i] ?? null);
      young.add(pid);
      recent.push(pid);
    });
    if (recent.length > RECENT_MAX) recent = recent.slice(-RECENT_MAX);
    seenCounters = now;
    const shown = added.filter((info): info is ProcessInfo => info !== null);
    const arrived = [...replaced.values(), ...shown];
    if (ended.length > 0 || arrived.length > 0) publish(caughtUpList(lastList, gone, replaced, shown), [...ended, ...arrived]);
    recount(matters, ended, arrived);
    return lastList;
  };

  /**
   * A quiet poll (linux-quiet-poll.ts): true when nothing that matters started or ended since the last one, so the
   * list stands as it was; false when /proc must be listed. Each process that matters is asked for by its pid: one
   * that ended (a browser closed, a recorder stopped) makes the poll list, so its end shows at once. Its pid
   * cannot have gone to another process meanwhile without the pid counter wrapping, which also lists.
   */
  const quietPoll = (since: number, wantArgs: WantArgs, wantFullName: WantArgs, matters: (info: ProcessInfo) => boolean): boolean => {
    const tail = counters.tail();
    if (tail === undefined) return false;
    for (const pid of mattering) if (!exists(pid)) return false;
    const trail: QuietTrail = { young, unsettled };
    const read = (pid: number) => readOne(pid, wantArgs, wantFullName, undefined, readLoose);
    const tracked = (pid: number) => (mattering.has(pid) ? (cache.get(pid) ?? undefined) : undefined);
    if (!quietLook(since, tail.lastPid, trail, exists, read, matters, tracked)) return false;
    unsettled = trail.unsettled;
    quietTo = tail.lastPid;
    quietPolls++;
    exact = false;
    return true;
  };

  const source: ProcessSource & Required<Pick<ProcessSource, 'snapshotNow'>> & { readonly listings: number; readonly quietPolls: number } = {
    async snapshot(options?: SnapshotOptions) {
      return source.snapshotNow(options);
    },
    snapshotNow({ fresh = false, wantArgs = () => false, wantFullName = () => true, matters }: SnapshotOptions = {}) {
      // Entries read with other wants (a new catalogue's matcher) are never kept as they were.
      const sameWants = wantArgs === lastWantArgs && wantFullName === lastWantFullName;
      lastWantArgs = wantArgs;
      lastWantFullName = wantFullName;
      // The caller says what matters: only a new process that does, or the end of one, can change its answer.
      const quiet = !fresh && sameWants && matters !== undefined && countedFor === matters && lastList.length > 0;
      if (quiet && seenCounters && quietPoll(exact ? seenCounters.lastPid : quietTo, wantArgs, wantFullName, matters)) return lastList;
      // Read before listing, so a task that starts while we list shows up as a change next time.
      const now = counters(exact ? seenCounters : undefined);
      if (now && seenCounters && exact && !fresh && lastList.length > 0) {
        if (sameCounters(now, seenCounters)) {
          gone.clear();
          replaced.clear();
          for (const pid of young) {
            const again = recheck(pid, cache.get(pid) ?? null, wantArgs, wantFullName);
            if (again) replaced.set(pid, again);
          }
          young.clear();
          const ended = [...replaced.keys()].map((pid) => cache.get(pid)).filter((info): info is ProcessInfo => !!info);
          for (const [pid, info] of replaced) cache.set(pid, info);
          if (replaced.size > 0) publish(caughtUpList(lastList, gone, replaced, []), [...replaced.values()]);
          recount(matters, ended, [...replaced.values()]);
          return lastList;
        }
        const caught = catchUp(now, wantArgs, wantFullName, matters);
        if (caught) return caught;
      }
      const next = spare;
      next.clear();
      nextYoung.clear();
      let changed = false;
      const firstLook = cache.size === 0;
      // A first listing finds every process at once. Only one holding one of the latest pids can be a launcher's
      // fork that has yet to exec; the rest have run since before the listing, so reading them all again at the
      // next poll (a few milliseconds, most of the watcher's second poll) would find nothing. Without the counters
      // the listing cannot tell which are the latest: all are read again, as before.
      const youngFrom = firstLook && now ? now.lastPid - FIRST_LOOK_YOUNG_PIDS : Number.NEGATIVE_INFINITY;
      listings++;
      if (kernelThreads === null) kernelThreads = kernelThreadReader(prefix, readSmall, keep);
      const kernel = kernelThreads?.read();
      for (const entry of readdirSync(procRoot)) {
        const code = entry.charCodeAt(0);
        if (code < 48 || code > 57) continue; // only the numeric folders are processes
        const pid = Number(entry);
        const previous = cache.get(pid);
        // Kept with no name, like a process that cannot be read: counted, never matched, asked about again at the
        // next listing (a kernel thread's pid goes to another task only after the pid counter wraps).
        if (kernel?.has(pid)) {
          next.set(pid, null);
          if (previous !== null) {
            changed = true;
            handles?.release(pid);
          }
          continue;
        }
        const known = fresh ? undefined : previous;
        if (known === undefined) {
          const info = readOne(pid, wantArgs, wantFullName, sameWants ? previous : undefined);
          // A fresh listing that reads a process as it was keeps its entry: when every one reads the same, the
          // list is the same array and the watcher does not match every process again (its once-a-minute refresh).
          const same = previous !== undefined && sameWants && sameInfo(previous, info);
          next.set(pid, same ? previous : info);
          if (!same) changed = true;
          // After the counter wraps, pids above the last one were handed out before it: also read again (harmless).
          if (previous === undefined && pid > youngFrom) nextYoung.add(pid);
          continue;
        }
        next.set(pid, known);
        const again = young.has(pid) ? recheck(pid, known, wantArgs, wantFullName) : undefined;
        if (again) {
          next.set(pid, again);
          changed = true;
        }
      }
      if (next.size !== cache.size) changed = true;
      const after = now && counters(now);
      // Tasks started or ended while it listed: the offset cannot be calibrated from this listing, but when every
      // process is in sight the offset is a constant of the kernel (its other folders), so one calibrated earlier
      // still holds, and the next poll can catch up instead of listing again (the counts it checks tell the rest).
      if (now && after && sameCounters(now, after)) linksOffset = now.links - next.size;
      else if (!now || !countsEveryProcess()) linksOffset = undefined;
      seenCounters = now;
      handles?.keepOnly(next);
      recent = recent.filter((pid) => next.has(pid));
      // A first listing finds every process at once: none of them is a latest one.
      if (!firstLook) for (const pid of nextYoung) recent.push(pid);
      if (recent.length > RECENT_MAX) recent = recent.slice(-RECENT_MAX);
      spare = cache;
      cache = next;
      const seen = young;
      young = nextYoung;
      nextYoung = seen;
      exact = true;
      unsettled = now ? unlistedLatest(now.lastPid, next) : [];
      // The same array back when nothing changed lets the watcher skip matching: most polls see no change.
      if (changed) {
        lastList = listOf(next);
        lastChange = undefined;
        countedFor = undefined;
      }
      recount(matters, [], []);
      return lastList;
    },
    close() {
      handles?.close();
      loadavg?.close();
      kernelThreads?.close();
    },
    changedSince(list, earlier) {
      return lastChange && lastChange.to === list && lastChange.from === earlier ? lastChange.entries : undefined;
    },
    /** How many snapshots listed /proc (benchmarks and tests: the rest were answered from the counters). */
    get listings() {
      return listings;
    },
    /** How many snapshots a quiet look answered (linux-quiet-poll.ts), for benchmarks and tests. */
    get quietPolls() {
      return quietPolls;
    },
  };
  return source;
}

/** Whether two reads of a pid found the same process: the same name, path and arguments (or neither found one). */
function sameInfo(a: ProcessInfo | null, b: ProcessInfo | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.name !== b.name || a.path !== b.path || a.bundleId !== b.bundleId) return false;
  if (a.args === b.args) return true;
  return a.args !== undefined && b.args !== undefined && a.args.length === b.args.length && a.args.every((arg, i) => arg === b.args?.[i]);
}

/**
 * A 15-byte comm may be a cut-off name: take the argv[0] or executable file name when it starts with the comm
 * (a program may rewrite argv[0]; the exe link then still tells the truth).
 */
export function fullName(comm: string, argv0: string | undefined, exe: () => string | undefined): string {
  for (const read of [() => (argv0 ? basename(argv0) : undefined), exe]) {
    const candidate = read();
    if (candidate && candidate.length > comm.length && candidate.startsWith(comm)) return candidate;
  }
  return comm;
}

function safeReadlink(path: string): string | undefined {
  try {
    return basename(readlinkSync(path).replace(/ \(deleted\)$/, ''));
  } catch {
    return undefined;
  }
}

/**
 * Whether the proc file system mounted at `root` hides other users' processes: `hidepid=2` or `invisible` among its
 * options (proc(5), "Mount options"; `hidepid=1` / `noaccess` leave them listed, only unreadable). A stand-in tree
 * that is not a mount point hides nothing.
 */
export function hidesProcesses(mountinfo: string | undefined, root: string): boolean {
  const mountPoint = root.length > 1 && root.endsWith('/') ? root.slice(0, -1) : root;
  for (const line of (mountinfo ?? '').split('\n')) {
    // "22 27 0:21 / /proc rw,relatime - proc proc rw,hidepid=2": the mount point is the fifth field, then the
    // file system's own options after the " - " separator, its type and its source.
    const fields = line.split(' ');
    if (fields[4] !== mountPoint) continue;
    const tail = line.slice(line.indexOf(' - ') + 3).split(' ');
    if (tail[0] === 'proc' && /(^|,)hidepid=(2|invisible)(,|$)/.test(tail[2] ?? '')) return true;
  }
  return false;
}
