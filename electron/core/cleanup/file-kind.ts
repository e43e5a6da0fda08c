import { basename } from 'node:path';

export type FileKind = 'sqlite' | 'encrypted' | 'leveldb' | 'bytes';

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
const DATABASE_NAME = /\.(?:db|sqlite|sqlite3|db3)$/i;
const LEVELDB_FILE = /\.(?:ldb|log)$/i;

/**
 * Decides how to read a file from its first bytes (read by the caller through the one handle it reads the file
 * with), never from its name alone: a `.db` without the SQLite header whose first 4 KiB look random is an encrypted
 * store (Zoom's SQLCipher `*.enc.db`), not text.
 */
export function fileKindOf(head: Uint8Array, path: string, siblings: ReadonlySet<string>): FileKind {
  const bytes = head.subarray(0, Math.min(head.length, 4096));
  const n = bytes.length;
  if (n >= 16 && Buffer.from(bytes.buffer, bytes.byteOffset, 16).equals(SQLITE_HEADER)) return 'sqlite';
  const name = basename(path);
  if (DATABASE_NAME.test(name) && n >= 512 && entropy(bytes) > 7.2) return 'encrypted';
  // Chromium's Local Storage and IndexedDB folders are LevelDB: a CURRENT file beside MANIFEST-* and *.ldb/*.log.
  if (LEVELDB_FILE.test(name) && siblings.has('CURRENT')) return 'leveldb';
  return 'bytes';
}

/** Shannon entropy in bits per byte: about 8 for encrypted or compressed data, far lower for text and SQLite. */
export function entropy(bytes: Uint8Array): number {
  const counts = new Uint32Array(256);
  for (const b of bytes) counts[b]! += 1;
  let h = 0;
  for (const c of counts) {
    if (c === 0) continue;
    const p = c / bytes.length;
    h -= p * Math.log2(p);
  }
  return h;
}
