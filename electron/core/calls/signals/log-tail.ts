import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Follows the newest file in a folder whose name matches, the way `tail -F` does: it remembers where it stopped and
 * reads only what was added. A new newest file (the app rotated its log, or started a new one at launch) is read
 * from its start; a file that shrank (truncated) is read again from its start; at the very first look only the
 * last `initialBytes` are read, to learn the current state without reading a whole day's log.
 */
export interface LogTailOptions {
  dir: string;
  match: (fileName: string) => boolean;
  initialBytes?: number;
  /** Never read more than this in one go: a log that grew by gigabytes is skipped to its last part. */
  maxReadBytes?: number;
}

export type TailRead =
  /** `unreadable`: lines left out because they held a NUL (a log cut by a crash or power loss is padded with zeros). */
  | { kind: 'lines'; file: string; lines: string[]; rotated: boolean; unreadable?: number }
  | { kind: 'missing' }
  | { kind: 'denied'; message: string }
  | { kind: 'error'; message: string };

export function createLogTail({ dir, match, initialBytes = 1024 * 1024, maxReadBytes = 8 * 1024 * 1024 }: LogTailOptions) {
  let file: string | undefined;
  let ino = 0;
  let offset = 0;
  let partial = '';

  async function newest(): Promise<{ path: string; size: number; ino: number } | undefined> {
    let best: { path: string; size: number; ino: number; mtime: number } | undefined;
    for (const name of await readdir(dir)) {
      if (!match(name)) continue;
      const path = join(dir, name);
      try {
        const s = await stat(path);
        if (s.isFile() && (!best || s.mtimeMs > best.mtime || (s.mtimeMs === best.mtime && path > best.path))) best = { path, size: s.size, ino: s.ino, mtime: s.mtimeMs };
      } catch {
        // Removed between the listing and the stat (rotation): the next look sees the new one.
      }
    }
    return best;
  }

  return {
    async read(): Promise<TailRead> {
      let latest;
      try {
        latest = await newest();
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
        if (code === 'EACCES' || code === 'EPERM') return { kind: 'denied', message: (error as Error).message };
        return { kind: 'error', message: (error as Error).message };
      }
      if (!latest) return { kind: 'missing' };
      const first = file === undefined;
      const rotated = !first && (latest.path !== file || latest.ino !== ino);
      const truncated = !first && !rotated && latest.size < offset;
      if (first) offset = Math.max(0, latest.size - initialBytes);
      else if (rotated || truncated) offset = 0;
      if (first || rotated || truncated) partial = '';
      let midLine = first && offset > 0;
      file = latest.path;
      ino = latest.ino;
      // Fell far behind: keep the last part, where the current state is.
      if (latest.size - offset > maxReadBytes) {
        offset = latest.size - maxReadBytes;
        partial = '';
        midLine = true;
      }
      if (latest.size <= offset) return { kind: 'lines', file, lines: [], rotated };
      let text: string;
      try {
        const handle = await open(latest.path, 'r');
        try {
          const buffer = Buffer.alloc(latest.size - offset);
          const { bytesRead } = await handle.read(buffer, 0, buffer.length, offset);
          // A log's first bytes may be a UTF-8 byte-order mark, which is no part of its first line.
          const bom = offset === 0 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? 3 : 0;
          text = buffer.subarray(bom, bytesRead).toString('utf8');
          offset += bytesRead;
        } finally {
          await handle.close();
        }
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EACCES' || code === 'EPERM') return { kind: 'denied', message: (error as Error).message };
        return { kind: 'error', message: (error as Error).message };
      }
      const lines = (partial + text).split(/\r?\n/);
      partial = lines.pop() ?? '';
      // Starting mid-file, the first line is a fragment of one.
      if (midLine) lines.shift();
      // As the input layer treats a NUL anywhere: not text. Only those lines are left out; the log goes on after them.
      const readable = lines.filter((line) => !line.includes('\u0000'));
      const unreadable = lines.length - readable.length;
      return { kind: 'lines', file, lines: readable, rotated: rotated || truncated, ...(unreadable > 0 ? { unreadable } : {}) };
    },
  };
}
