import { lstat, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

export interface WalkedFile {
  path: string;
  size: number;
  /** Names in the same folder: LevelDB is recognised by its CURRENT file. */
  siblings: ReadonlySet<string>;
}

export interface WalkSkip {
  path: string;
  reason: string;
}

export interface WalkResult {
  files: WalkedFile[];
  skipped: WalkSkip[];
  /** More files than `maxFiles` were there; the rest were not listed. */
  truncated: boolean;
}

export interface WalkOptions {
  maxFiles: number;
  maxDepth: number;
  /** Relative paths (`/`-separated) that are listed as kept and not entered. */
  keep?: readonly string[];
  signal?: AbortSignal;
}

/**
 * Lists the regular files below `root` without following symbolic links or junctions: every entry is lstat'ed and
 * a link is reported, never entered. `root` itself may be a file.
 */
export async function walk(root: string, options: WalkOptions): Promise<WalkResult> {
  const result: WalkResult = { files: [], skipped: [], truncated: false };
  const keep = new Set((options.keep ?? []).map((k) => k.split('/').join(sep)));
  const stack: Array<{ path: string; depth: number; siblings: ReadonlySet<string> }> = [{ path: root, depth: 0, siblings: new Set() }];
  while (stack.length > 0) {
    options.signal?.throwIfAborted();
    const { path, depth, siblings: around } = stack.pop()!;
    const rel = relative(root, path);
    if (keep.has(rel)) {
      result.skipped.push({ path, reason: 'kept: clearing leaves it in place' });
      continue;
    }
    let stat;
    try {
      stat = await lstat(path);
    } catch (error) {
      if (path !== root) result.skipped.push({ path, reason: `cannot read: ${(error as NodeJS.ErrnoException).code ?? 'error'}` });
      continue;
    }
    if (stat.isSymbolicLink()) {
      result.skipped.push({ path, reason: 'link: not followed' });
    } else if (stat.isFile()) {
      if (result.files.length >= options.maxFiles) {
        result.truncated = true;
        continue;
      }
      result.files.push({ path, size: stat.size, siblings: around });
    } else if (stat.isDirectory()) {
      if (depth >= options.maxDepth) {
        result.skipped.push({ path, reason: `deeper than ${options.maxDepth} folders: not scanned` });
        continue;
      }
      let names: string[];
      try {
        names = await readdir(path);
      } catch (error) {
        result.skipped.push({ path, reason: `cannot list: ${(error as NodeJS.ErrnoException).code ?? 'error'}` });
        continue;
      }
      const siblings = new Set(names);
      for (const name of names.sort().reverse()) stack.push({ path: join(path, name), depth: depth + 1, siblings });
    } else {
      result.skipped.push({ path, reason: 'not a regular file (socket, pipe or device): not read' });
    }
  }
  return result;
}
