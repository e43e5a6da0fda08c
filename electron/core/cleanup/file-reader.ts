import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';

/** O_NOFOLLOW where the OS has it: opening a path that became a symbolic link fails instead of reading its target. */
export const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;

/** One open file, read at positions: the scan opens each file once and reads it through this. */
export interface FileReader {
  read(buffer: Uint8Array, offset: number, length: number, position: number): Promise<number>;
  /**
   * The same read, blocking, where the reader was opened to block (a scanning thread): a database's thousands of
   * page reads then cost no promise each (sqlite-pages.ts).
   */
  readNow?(buffer: Uint8Array, offset: number, length: number, position: number): number;
  readAll(): Promise<Buffer>;
  close(): Promise<void>;
  /** Closes a reader opened to block, at once. */
  closeNow?(): void;
}

/**
 * Opens a file for reading, never following a final link. `sync` on a scanning thread: a thread of its own may
 * block, and a folder of thousands of small cache files then costs three system calls each instead of three round
 * trips through libuv's thread pool (open, read, close), which on a busy machine take longer than the reading. The
 * app's own thread and tests read asynchronously.
 */
export async function openReader(path: string | Buffer, sync = false): Promise<FileReader> {
  if (!sync) {
    const handle = await open(path, constants.O_RDONLY | NO_FOLLOW);
    return {
      read: async (buffer, offset, length, position) => (await handle.read(buffer, offset, length, position)).bytesRead,
      readAll: () => handle.readFile(),
      close: () => handle.close(),
    };
  }
  return openReaderNow(path);
}

/** `openReader(path, true)` without the promise: a scanning thread's blocking reader. */
export function openReaderNow(path: string | Buffer): FileReader {
  const fd = openSync(path, constants.O_RDONLY | NO_FOLLOW);
  return {
    read: (buffer, offset, length, position) => Promise.resolve(readSync(fd, buffer, offset, length, position)),
    readNow: (buffer, offset, length, position) => readSync(fd, buffer, offset, length, position),
    readAll: () => {
      const size = fstatSync(fd).size;
      const out = Buffer.allocUnsafe(size);
      let n = 0;
      while (n < size) {
        const got = readSync(fd, out, n, size - n, n);
        if (got === 0) break;
        n += got;
      }
      return Promise.resolve(out.subarray(0, n));
    },
    close: () => Promise.resolve(closeSync(fd)),
    closeNow: () => closeSync(fd),
  };
}
