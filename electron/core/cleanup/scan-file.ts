import { relative } from 'node:path';
import type { WalkedFile } from './walk.js';
import { detectFileKind } from './file-kind.js';
import { scanFileStream } from './stream-scan.js';
import { scanSqlite } from './sqlite-scan.js';
import { FindingsTally } from './findings.js';
import type { FileScan } from './scan-report.js';

export const ENCRYPTED_NOTE = 'encrypted: contents not readable, removed as a whole';
export const DEFAULT_MAX_SQLITE_BYTES = 64 * 1024 * 1024;

export interface FileScanOptions {
  maxSqliteBytes?: number;
  signal?: AbortSignal;
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
export function sizeOnly(root: string, file: WalkedFile): FileScan {
  return { path: relative(root, file.path) || '.', size: file.size, kind: 'bytes', note: 'your own file: contents not read' };
}

/**
 * Reads one file the way its kind asks for: SQLite as a database (up to the size cap), encrypted stores not at all,
 * everything else streamed as bytes. Errors become a note on the file; only cancellation is thrown.
 */
export async function scanOneFile(root: string, file: Pick<WalkedFile, 'path' | 'size' | 'siblings'>, options: FileScanOptions): Promise<FileScan> {
  const entry: FileScan = { path: relative(root, file.path) || '.', size: file.size, kind: 'bytes' };
  const tally = new FindingsTally();
  try {
    entry.kind = await detectFileKind(file.path, file.siblings);
    if (entry.kind === 'encrypted') {
      entry.note = ENCRYPTED_NOTE;
      return entry;
    }
    if (entry.kind === 'sqlite') {
      const cap = options.maxSqliteBytes ?? DEFAULT_MAX_SQLITE_BYTES;
      if (file.size <= cap) {
        const done = await scanSqlite(file.path, tally, options.signal).then(() => true, (error: unknown) => {
          if (options.signal?.aborted) throw error;
          const message = (error as Error).message;
          entry.note = message.startsWith('SQLite reader') ? `${message}: read as bytes` : 'damaged or unreadable database: read as bytes';
          return false;
        });
        if (done) return withFindings(entry, tally);
      } else {
        entry.note = `database larger than ${Math.round(cap / 1048576)} MB: read as bytes`;
      }
    }
    if (entry.kind === 'leveldb') entry.note = 'LevelDB: read as bytes; compressed blocks are not decoded';
    await scanFileStream(file.path, tally, { signal: options.signal, onBytes: options.onBytes, sizeHint: file.size });
    return withFindings(entry, tally);
  } catch (error) {
    if (options.signal?.aborted) throw error;
    entry.note = `not read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`;
    return entry;
  }
}

function withFindings(entry: FileScan, tally: FindingsTally): FileScan {
  if (tally.total > 0) entry.findings = tally.toJSON();
  return entry;
}
