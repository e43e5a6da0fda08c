import { lstat, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

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
}

/**
 * Lists the regular files below `root` without following symbolic links or junctions: every entry is lstat'ed and
 * a link is reported, never entered. `root` itself may be a file.
 */
export async function walk(root: string, options: WalkOptions): Promise<WalkResult> {
  const result: WalkResult = { files: [], skipped: [], truncated: false };
  const keep = new Set((options.keep ?? []).map((k) => k.split('/').join(sep)));
  const stack: Array<{ path: string; raw?: Buffer; depth: number; siblings: ReadonlySet<string> }> = [{ path: root, depth: 0, siblings: new Set() }];
  while (stack.length > 0) {
    options.signal?.throwIfAborted();
    const { path, raw, depth, siblings: around } = stack.pop()!;
    const rel = relative(root, path);
    if (keep.has(rel)) {
      result.skipped.push({ path, reason: 'kept: clearing leaves it in place' });
      continue;
    }
    let stat;
    try {
      stat = await lstat(raw ?? path);
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
      result.files.push(raw ? { path, size: stat.size, siblings: around, raw } : { path, size: stat.size, siblings: around });
    } else if (stat.isDirectory()) {
      if (depth >= options.maxDepth) {
        result.skipped.push({ path, reason: `deeper than ${options.maxDepth} folders: not scanned` });
        continue;
      }
      let names: Buffer[];
      try {
        // As bytes: a name that is not valid UTF-8 would come back as text that names no file.
        names = await readdir(raw ?? path, { encoding: 'buffer' });
      } catch (error) {
        result.skipped.push({ path, reason: `cannot list: ${(error as NodeJS.ErrnoException).code ?? 'error'}` });
        continue;
      }
      const texts = names.map((n) => n.toString('utf8'));
      const siblings = new Set(texts);
      const order = names.map((_, i) => i).sort((a, b) => (texts[a]! < texts[b]! ? 1 : texts[a]! > texts[b]! ? -1 : Buffer.compare(names[b]!, names[a]!)));
      for (const i of order) {
        const name = names[i]!;
        const text = texts[i]!;
        const odd = raw !== undefined || !Buffer.from(text, 'utf8').equals(name);
        const child = join(path, text);
        stack.push(odd ? { path: child, raw: Buffer.concat([raw ?? Buffer.from(path), Buffer.from(sep), name]), depth: depth + 1, siblings } : { path: child, depth: depth + 1, siblings });
      }
    } else {
      result.skipped.push({ path, reason: 'not a regular file (socket, pipe or device): not read' });
    }
  }
  return result;
}
