import { lstatSync, readdirSync, type Dirent, type Stats } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { isAbsolute, join, normalize, relative, sep } from 'node:path';

export interface WalkedFile {
  path: string;
  size: number;
  /** Names in the same folder: LevelDB is recognised by its CURRENT file. */
  siblings: ReadonlySet<string>;
  /**
   * The path's bytes where a name in it is not valid UTF-8 (Linux allows any bytes but '/' and NUL): `path` then
   * shows it with replacement characters, and only these bytes open it.
   */
  raw?: Buffer;
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
  /**
   * List folders and size files with blocking calls: for a process with nothing else to do meanwhile (the CLI), where a call costs a
   * few microseconds instead of a round trip through libuv's thread pool. The app's own thread leaves it off, so a
   * slow share never holds it up.
   */
  blocking?: boolean;
}

/**
 * `path` relative to `root`, as `path.relative` gives it ('' for the root itself), without its work (both paths
 * resolved against the working folder, then compared part by part) where `path` plainly lies below `root`: the walk
 * makes every path by joining listed names to its root, and the scan asks this three times per file.
 */
export function below(root: string, path: string): string {
  if (path.length > root.length + 1 && path[root.length] === sep && !root.endsWith(sep) && path.startsWith(root) && isAbsolute(root)) {
    const rest = path.slice(root.length + 1);
    if (!rest.startsWith(sep) && normalize(rest) === rest) return rest;
  }
  return relative(root, path);
}

/** What the folder's listing already said an entry is (d_type): a folder or link needs no lstat of its own. */
type Listed = 'folder' | 'link' | 'other' | undefined;

function listedAs(entry: Dirent<Buffer>): Listed {
  if (entry.isDirectory()) return 'folder';
  if (entry.isSymbolicLink()) return 'link';
  if (entry.isFIFO() || entry.isSocket() || entry.isCharacterDevice() || entry.isBlockDevice()) return 'other';
  // A file is still lstat'ed, for its size; so is an entry of unknown type (a file system without d_type).
  return undefined;
}

/**
 * Lists the regular files below `root` without following symbolic links or junctions: an entry the folder's listing
 * names a link is reported, never entered; every other entry but a folder is lstat'ed (its size, and what it is now)
 * and a link found then is reported too. `root` itself may be a file.
 */
export async function walk(root: string, options: WalkOptions): Promise<WalkResult> {
  const result: WalkResult = { files: [], skipped: [], truncated: false };
  const keep = new Set((options.keep ?? []).map((k) => k.split('/').join(sep)));
  const stack: Array<{ path: string; raw?: Buffer; depth: number; siblings: ReadonlySet<string>; listed?: Listed }> = [{ path: root, depth: 0, siblings: new Set() }];
  // A listed name is one part, without a separator: below a normalized root, `join(path, name)` (which normalizes the
  // whole path again, for every file) gives the same string as putting them together.
  const normalized = normalize(root) === root;
  const childOf = (path: string, name: string) => (!normalized ? join(path, name) : path.endsWith(sep) ? path + name : path + sep + name);
  const stat = options.blocking ? (path: string | Buffer) => lstatSync(path) : (path: string | Buffer) => lstat(path);
  // As bytes: a name that is not valid UTF-8 would come back as text that names no file.
  const list = options.blocking
    ? (path: string | Buffer) => readdirSync(path, { encoding: 'buffer', withFileTypes: true })
    : (path: string | Buffer) => readdir(path, { encoding: 'buffer', withFileTypes: true });
  while (stack.length > 0) {
    options.signal?.throwIfAborted();
    const { path, raw, depth, siblings: around, listed } = stack.pop()!;
    const rel = below(root, path);
    if (keep.has(rel)) {
      result.skipped.push({ path, reason: 'kept: clearing leaves it in place' });
      continue;
    }
    let found: Stats | undefined;
    if (listed === undefined) {
      try {
        found = await stat(raw ?? path);
      } catch (error) {
        if (path !== root) result.skipped.push({ path, reason: `cannot read: ${(error as NodeJS.ErrnoException).code ?? 'error'}` });
        continue;
      }
    }
    if (listed === 'link' || found?.isSymbolicLink()) {
      result.skipped.push({ path, reason: 'link: not followed' });
    } else if (found?.isFile()) {
      if (result.files.length >= options.maxFiles) {
        result.truncated = true;
        continue;
      }
      result.files.push(raw ? { path, size: found.size, siblings: around, raw } : { path, size: found.size, siblings: around });
    } else if (listed === 'folder' || found?.isDirectory()) {
      if (depth >= options.maxDepth) {
        result.skipped.push({ path, reason: `deeper than ${options.maxDepth} folders: not scanned` });
        continue;
      }
      let entries: Dirent<Buffer>[];
      try {
        entries = await list(raw ?? path);
      } catch (error) {
        result.skipped.push({ path, reason: `cannot list: ${(error as NodeJS.ErrnoException).code ?? 'error'}` });
        continue;
      }
      const names = entries.map((e) => e.name);
      const texts = names.map((n) => n.toString('utf8'));
      const siblings = new Set(texts);
      const order = names.map((_, i) => i).sort((a, b) => (texts[a]! < texts[b]! ? 1 : texts[a]! > texts[b]! ? -1 : Buffer.compare(names[b]!, names[a]!)));
      for (const i of order) {
        const name = names[i]!;
        const text = texts[i]!;
        const odd = raw !== undefined || !Buffer.from(text, 'utf8').equals(name);
        const child = childOf(path, text);
        const kind = listedAs(entries[i]!);
        stack.push(odd ? { path: child, raw: Buffer.concat([raw ?? Buffer.from(path), Buffer.from(sep), name]), depth: depth + 1, siblings, listed: kind } : { path: child, depth: depth + 1, siblings, listed: kind });
      }
    } else {
      result.skipped.push({ path, reason: 'not a regular file (socket, pipe or device): not read' });
    }
  }
  return result;
}
