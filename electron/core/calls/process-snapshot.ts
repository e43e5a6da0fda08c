/** One running process as the call watcher needs it. */
export interface ProcessInfo {
  pid: number;
  /** The executable's file name (Windows with `.exe`), never truncated where the OS allows recovering it. */
  name: string;
  /** Full path of the executable, when the OS gave it cheaply. */
  path?: string;
  /** Command-line arguments, read only for processes whose catalogue entry inspects them (ffmpeg). */
  args?: readonly string[];
  /** macOS bundle identifier of the enclosing .app. */
  bundleId?: string;
}

export interface SnapshotOptions {
  /** Ignore any cache and read everything again (benchmarks, and a periodic check against pid reuse). */
  fresh?: boolean;
  /** Which processes need their arguments (see WantArgs); none when left out. */
  wantArgs?: WantArgs;
  /**
   * Linux cuts names to 15 bytes; recovering the full name costs two more reads. Given the cut name (lower case),
   * answer whether the full one matters (it may be a catalogue name). Every cut name is recovered when left out.
   */
  wantFullName?: WantArgs;
  /**
   * Which processes the caller acts on (the watcher: clients, in-call helpers, recorders). Given it, while no
   * process in the list matters, a source may skip following processes that end and ones that start but do not
   * matter (they cannot change the caller's answer): the list it returns may then hold ended processes and lack
   * new ones. It is exact again from the first snapshot that finds a process that matters, or a fresh one.
   */
  matters?: (info: ProcessInfo) => boolean;
}

/**
 * A process list per OS behind one interface; each OS module `satisfies` it. A source may return the very same
 * array as last time when nothing changed (callers then skip their work); it must never mutate a returned array.
 */
export interface ProcessSource {
  snapshot(options?: SnapshotOptions): Promise<ProcessInfo[]>;
  /**
   * The same answer at once, from a source whose reads block anyway (/proc on Linux). A caller then arms no timer
   * for it: a timeout cannot cut short work that never yields, and an idle poll stays a few reads with no timer.
   */
  snapshotNow?(options?: SnapshotOptions): ProcessInfo[];
  /** Releases what the source keeps open between snapshots, if anything. */
  close?(): void;
  /**
   * The entries that set `list` apart from `earlier` (those that ended, were replaced, in their old and new form,
   * or started), when `list` is the snapshot that came right after `earlier` and the source knows; undefined
   * otherwise. Lets a caller whose answer depends only on a few processes skip looking at the others again.
   */
  changedSince?(list: readonly ProcessInfo[], earlier: readonly ProcessInfo[]): readonly ProcessInfo[] | undefined;
}

/**
 * Which processes need their arguments read: given a normalised name (lower case, no `.exe`), answer true for
 * the few tools the catalogue inspects. Reading arguments for every process would double the cost of a snapshot.
 */
export type WantArgs = (normalisedName: string) => boolean;
