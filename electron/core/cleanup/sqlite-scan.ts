import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { SqlJsStatic } from 'sql.js';
import { findMatches } from './text-matcher.js';
import { maskers } from './stream-scan.js';
import type { FindingsTally } from './findings.js';

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
}

const quoteId = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Reads a SQLite database as a database: every text value of every table goes through the same matcher as files do.
 * The caller enforces the size cap (sql.js holds the whole file in memory). The file is read once into memory and
 * never opened for writing, so the scan cannot change it.
 */
export async function scanSqlite(path: string, tally: FindingsTally, signal?: AbortSignal): Promise<SqliteScanResult> {
  const SQL = await loadSqlJs();
  const db = new SQL.Database(await readFile(path));
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
          for (const value of stmt.get()) if (typeof value === 'string' && value.length > 2) scanValue(value, tally);
          if (rowsRead % 4096 === 0) signal?.throwIfAborted();
        }
      } finally {
        stmt.free();
      }
    }
    return { tables: tables.length, rowsRead };
  } finally {
    db.close();
  }
}

function scanValue(value: string, tally: FindingsTally): void {
  const buf = Buffer.from(value, 'utf8');
  findMatches(buf, buf.length, (kind, found) => tally.add(kind, found, maskers[kind]));
}
