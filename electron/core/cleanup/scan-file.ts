import { below, type WalkedFile } from './walk.js';
import { fileKindOf } from './file-kind.js';
import { giveBack, scanStream, takeBuffers, type ScanBuffers } from './stream-scan.js';
import { openReader, type FileReader } from './file-reader.js';
import { scanSqlite, scanSqlitePages } from './sqlite-scan.js';
import { SqlitePageError } from './sqlite-pages.js';
import { FindingsTally } from './findings.js';
import type { FileScan } from './scan-report.js';

export const ENCRYPTED_NOTE = 'encrypted: contents not readable, removed as a whole';
/** Said of a database whose deleted rows' text is still in the file (sqlite-deleted.ts). */
export const DELETED_ROWS_NOTE = 'still holds text of deleted history (kept in the file until the space is used again): counted with the rest, cleared with the file';
export const LEVELDB_NOTE = 'LevelDB: read as bytes; compressed blocks are not decoded';
export const DEFAULT_MAX_SQLITE_BYTES = 64 * 1024 * 1024;
/** Above this a file is sized, not read: a 50 GB sparse log would otherwise be read to its end. */
export const DEFAULT_MAX_READ_BYTES = 256 * 1024 * 1024;

export interface FileScanOptions {
  /** sql.js (the fallback where pages cannot be read) holds a database in memory: bigger ones are read as bytes. */
  maxSqliteBytes?: number;
  maxReadBytes?: number;
  signal?: AbortSignal;
  /** Read with blocking calls: on a scanning thread, which nothing else waits on (file-reader.ts). */
  sync?: boolean;
  /** Bytes read so far, chunk by chunk, for progress on big files. */
  onBytes?: (bytes: number) => void;
}

/**
 * Forwards a file's read progress and keeps its sum: when the file is done, progress counts only the part not yet
 * streamed (databases and encrypted stores are not streamed at all).
 */
export function streamedBytes(forward: (bytes: number) => void = () => undefined): { onBytes: (bytes: number) => void; readonly total: number } {
  let total = 0;
  return {
    onBytes: (bytes) => {
      total += bytes;
      forward(bytes);
    },
    get total() {
      return total;
    },
  };
}

/** The file as the report shows it when its contents are the user's own business (recordings). */
export function sizeOnly(root: string, file: Pick<WalkedFile, 'path' | 'size'>): FileScan {
  return { ...entryOf(root, file), note: 'your own file: contents not read' };
}

/** A file's entry before it is read: its path below the location, its size, bytes until its first chunk says more. */
export function entryOf(root: string, file: Pick<WalkedFile, 'path' | 'size'>): FileScan {
  return { path: below(root, file.path) || '.', size: file.size, kind: 'bytes' };
}

/** Above this a file is sized, not read (`maxReadBytes`, by default DEFAULT_MAX_READ_BYTES). */
export const readLimit = (options: FileScanOptions): number => options.maxReadBytes ?? DEFAULT_MAX_READ_BYTES;

export type ScannedFile = Pick<WalkedFile, 'path' | 'size' | 'siblings'> & { raw?: Uint8Array };

/** A file already opened, and its first chunk read into `buffers.spare[0]` (scan-file-now.ts hands these on). */
export interface OpenedFile {
  handle: FileReader;
  buffers: ScanBuffers;
  first: number;
}

/**
 * Reads one file the way its kind asks for, through one handle opened once: its first chunk tells the kind, then
 * SQLite is read page by page (sql.js only where a page cannot be followed), encrypted stores not at all, everything
 * else streamed as bytes. A file over the read limit is only sized (it is still cleared whole). Errors become a note
 * on the file; only cancellation is thrown.
 */
export async function scanOneFile(root: string, file: ScannedFile, options: FileScanOptions, opened?: OpenedFile): Promise<FileScan> {
  const entry = entryOf(root, file);
  const limit = readLimit(options);
  if (file.size > limit && !opened) {
    entry.note = `larger than ${Math.round(limit / 1048576)} MB: not read, cleared whole`;
    return entry;
  }
  const tally = new FindingsTally();
  let handle: FileReader | undefined = opened?.handle;
  const buffers = opened?.buffers ?? takeBuffers();
  try {
    handle ??= await openReader(file.raw ? Buffer.from(file.raw) : file.path, options.sync);
    const first = opened ? opened.first : await handle.read(buffers.spare[0], 0, buffers.chunk, 0);
    entry.kind = fileKindOf(buffers.spare[0].subarray(0, first), file.path, file.siblings);
    if (entry.kind === 'encrypted') {
      entry.note = ENCRYPTED_NOTE;
      return entry;
    }
    if (entry.kind === 'sqlite' && (await readDatabase(handle, file.size, tally, entry, options))) return withFindings(entry, tally);
    if (entry.kind === 'leveldb') entry.note = LEVELDB_NOTE;
    // The database's fallback may have read into the buffers: the first chunk is read again then.
    const again = entry.kind === 'sqlite' ? await handle.read(buffers.spare[0], 0, buffers.chunk, 0) : first;
    await scanStream(handle, buffers, again, tally, { signal: options.signal, onBytes: options.onBytes, size: file.size, maxBytes: limit, yieldEachChunk: options.sync });
    return withFindings(entry, tally);
  } catch (error) {
    return notRead(entry, error, options);
  } finally {
    await handle?.close();
    giveBack(buffers);
  }
}

/**
 * A database read page by page; where a page cannot be followed, sql.js reads the whole file (up to its cap); where
 * neither can, false, and the caller reads the file as bytes. Findings of a failed attempt are thrown away with it.
 */
async function readDatabase(handle: FileReader, size: number, tally: FindingsTally, entry: FileScan, options: FileScanOptions): Promise<boolean> {
  const pages = new FindingsTally();
  try {
    const { inDeletedRows = 0 } = await scanSqlitePages(handle, size, pages, options.signal);
    tally.addAll(pages.toJSON());
    if (inDeletedRows > 0) entry.note = DELETED_ROWS_NOTE;
    return true;
  } catch (error) {
    if (options.signal?.aborted || !(error instanceof SqlitePageError)) throw error;
  }
  const cap = options.maxSqliteBytes ?? DEFAULT_MAX_SQLITE_BYTES;
  if (size > cap) {
    entry.note = `database pages not readable and larger than ${Math.round(cap / 1048576)} MB: read as bytes`;
    return false;
  }
  const whole = new FindingsTally();
  try {
    await scanSqlite(await handle.readAll(), whole, options.signal);
    tally.addAll(whole.toJSON());
    return true;
  } catch (error) {
    if (options.signal?.aborted) throw error;
    const message = (error as Error).message;
    entry.note = message.startsWith('SQLite reader') ? `${message}: read as bytes` : 'damaged or unreadable database: read as bytes';
    return false;
  }
}
/** A file the scan could not read: noted on its entry, unless the scan was cancelled (thrown on). */
export function notRead(entry: FileScan, error: unknown, options: FileScanOptions): FileScan {
  if (options.signal?.aborted) throw error;
  entry.note = `not read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`;
  return entry;
}

export function withFindings(entry: FileScan, tally: FindingsTally): FileScan {
  if (tally.total > 0) entry.findings = tally.toJSON();
  return entry;
}
