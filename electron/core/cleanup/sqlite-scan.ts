import type { FileReader } from './file-reader.js';
import { createRequire } from 'node:module';
import type { SqlJsStatic } from 'sql.js';
import { findMatches, matchText, type MatchSink } from './text-matcher.js';
import { engineInput } from './engine.js';
import { findInTrees } from './sqlite-engine-walk.js';
import type { FindingKind, FindingsTally } from './findings.js';
import { readSqliteText, type SqliteDatabase, type SqliteText } from './sqlite-pages.js';
import { readDeletedText, type SqliteLayout } from './sqlite-deleted.js';

let sqlJs: Promise<SqlJsStatic> | undefined;

/**
 * Loaded on first use, not on import: the WASM module costs start-up time that most commands never need. Loaded
 * with a runtime `require` so bundlers leave sql.js as the package it is (it finds its .wasm through __dirname).
 */
function loadSqlJs(): Promise<SqlJsStatic> {
  sqlJs ??= (async () => {
    try {
      const load = createRequire(import.meta.url);
      const init = load('sql.js') as (config?: { locateFile?: (file: string) => string }) => Promise<SqlJsStatic>;
      const wasm = load.resolve('sql.js/dist/sql-wasm.wasm');
      return await init({ locateFile: () => wasm });
    } catch (error) {
      // Said as what it is, so the report does not blame the database.
      throw new Error(`SQLite reader unavailable (${(error as Error).message.split('\n')[0]})`);
    }
  })();
  return sqlJs;
}

export interface SqliteScanResult {
  tables: number;
  rowsRead: number;
  /** Findings in what the database kept of deleted rows (sqlite-deleted.ts); the page reader alone reads those. */
  inDeletedRows?: number;
}

type Encoding = 'utf8' | 'utf16le' | 'utf16be';
const BATCH = 64 * 1024;
// Between two values: a byte no pattern takes in and that ends an account name's value (';': not a letter, digit or
// space, no punctuation of an address), so one cell's text never runs into the next one's. With a byte a name's value
// may hold (0x01 before), "display_name=1" ran on into the next cell's e-mail address and counted as a name, or not,
// as a batch happened to end. Two bytes in UTF-16, so each value starts on a character.
const SEPARATOR = 0x3b;

/**
 * Text values go through the matcher in batches: many short cells (host names, addresses) cost one pass over a
 * batch, not one call each. A value longer than a batch is matched on its own.
 */
class ValueBatch implements MatchSink, SqliteText {
  private batch = Buffer.allocUnsafe(BATCH);
  private used = 0;
  // Whether the matches being told are of text in the engine (`trees`), not in the batch.
  private inEngine = false;

  constructor(private readonly tally: FindingsTally) {}

  found(kind: FindingKind, start: number, end: number, wide: boolean): void {
    if (this.tally.count(kind)) this.tally.preview(kind, matchText(this.inEngine ? engineInput() : this.batch, start, end, wide));
  }

  /** The tables' trees, read and matched by the engine (sqlite-engine-walk.ts). */
  trees(db: SqliteDatabase, roots: readonly number[], signal?: AbortSignal): number {
    this.flush();
    this.inEngine = true;
    try {
      return findInTrees(db, roots, this, signal);
    } finally {
      this.inEngine = false;
    }
  }

  toTell(tell: Int32Array): void {
    this.tally.toTell(tell);
  }

  counted(kind: FindingKind, n: number): void {
    this.tally.countMore(kind, n);
  }

  /** One text value, added to the batch (the batch is matched first when full). */
  text(bytes: Uint8Array, start: number, end: number, encoding: Encoding): void {
    const length = end - start;
    const wide = encoding !== 'utf8';
    if (this.used + length + 2 > this.batch.length) this.flush();
    if (length + 4 > this.batch.length) this.batch = Buffer.allocUnsafe(length + 4);
    const batch = this.batch;
    let used = this.used;
    // A batch starts with a separator too, so its first value has the same bytes before it as every other, wherever
    // a batch happens to end (the engine's walk starts its batches so too).
    if (used === 0) {
      batch[used++] = SEPARATOR;
      if (wide) batch[used++] = 0;
    }
    // Most cells are short (a host name, an address): copied by hand, as a copy call costs more than its bytes.
    if (length <= 64) for (let i = 0; i < length; i++) batch[used + i] = bytes[start + i]!;
    else batch.set(bytes.subarray(start, end), used);
    if (encoding === 'utf16be') batch.subarray(used, used + length - (length % 2)).swap16();
    used += length;
    batch[used++] = SEPARATOR;
    if (wide) batch[used++] = 0;
    this.used = used;
  }

  flush(): void {
    if (this.used > 0) findMatches(this.batch, this.used, this);
    this.used = 0;
  }
}

/**
 * Reads a SQLite database's text cells page by page through the open handle (sqlite-pages.ts): memory stays at a
 * block and a record, whatever the database's size. Never opened for writing, so the scan cannot change it.
 */
export async function scanSqlitePages(handle: FileReader, size: number, tally: FindingsTally, signal?: AbortSignal): Promise<SqliteScanResult> {
  const match = new ValueBatch(tally);
  const { tables, rows, layout } = await readSqliteText(handle, size, match, signal);
  match.flush();
  return { tables, rowsRead: rows, inDeletedRows: await addDeletedRows(handle, layout, tally, signal) };
}

/** What the database kept of deleted rows (sqlite-deleted.ts), added to `tally`: the matches added. */
async function addDeletedRows(handle: FileReader, layout: SqliteLayout, tally: FindingsTally, signal?: AbortSignal): Promise<number> {
  if (layout.firstTrunk === 0) return 0;
  const found = () => Object.values(tally.toJSON()).reduce((sum, kind) => sum + kind.count, 0);
  const before = found();
  const deleted = new ValueBatch(tally);
  try {
    await readDeletedText(handle, layout, deleted, signal);
  } catch (error) {
    // Bytes no check foresaw: what the live rows gave stands, and the reading of deleted ones ends there.
    if (signal?.aborted) throw error;
  }
  deleted.flush();
  return found() - before;
}

const quoteId = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * The fallback where the page reader cannot follow a database: sql.js holds the whole file in memory (the caller
 * enforces the size cap), and every text value of every table goes through the same matcher.
 */
export async function scanSqlite(bytes: Uint8Array, tally: FindingsTally, signal?: AbortSignal): Promise<SqliteScanResult> {
  const SQL = await loadSqlJs();
  const db = new SQL.Database(bytes);
  const match = new ValueBatch(tally);
  let rowsRead = 0;
  try {
    const tables = db.exec("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")[0]?.values ?? [];
    for (const [table] of tables) {
      signal?.throwIfAborted();
      const columns = (db.exec(`PRAGMA table_info(${quoteId(String(table))})`)[0]?.values ?? []).map((row) => String(row[1]));
      if (columns.length === 0) continue;
      const stmt = db.prepare(`SELECT ${columns.map(quoteId).join(', ')} FROM ${quoteId(String(table))}`);
      try {
        while (stmt.step()) {
          rowsRead++;
          for (const value of stmt.get()) {
            if (typeof value !== 'string' || value.length <= 2) continue;
            const buf = Buffer.from(value, 'utf8');
            match.text(buf, 0, buf.length, 'utf8');
          }
          if (rowsRead % 4096 === 0) signal?.throwIfAborted();
        }
      } finally {
        stmt.free();
      }
    }
    match.flush();
    return { tables: tables.length, rowsRead };
  } finally {
    db.close();
  }
}
