import { engine, engineInput, matchInput, room } from './engine.js';
import { MAX_RECORD_BYTES, SqlitePageError, type SqliteDatabase } from './sqlite-pages.js';
import type { MatchSink } from './text-matcher.js';

// What the engine's walk answers (wasm/cleanup-matcher/sqlite-walk.ts).
const DONE = 0;
const NEED_BLOCK = 1;
const TEXT = 2;
const FAILURES: Readonly<Record<number, (page: number) => string>> = {
  [-1]: (p) => `page ${p} outside the file`,
  [-2]: (p) => `page ${p} cut short`,
  [-3]: (p) => `page ${p} is not a b-tree page`,
  [-4]: (p) => `cells outside page ${p}`,
  [-5]: (p) => `cell outside page ${p}`,
  [-6]: (p) => `varint outside its page (page ${p})`,
  [-7]: (p) => `record runs past its cell (page ${p})`,
  [-8]: () => 'record too large',
  [-9]: () => 'overflow chain broken',
  [-10]: (p) => `page ${p} reached twice`,
};

const BLOCK = 256 * 1024;

/**
 * Reads the tables' b-trees (`roots`) of a database whose reader blocks (a scanning thread) in the engine: it walks
 * the pages, reads the records and writes their text, and asks for a block of the file or for its text to be
 * matched, a few times a megabyte; no JavaScript runs per page or cell. The same reading as sqlite-pages.ts's walk,
 * which reads the schema table first (its pages are marked in `db.visited`). Returns the rows read; throws a
 * `SqlitePageError` where a page cannot be followed. The text `sink` is told of lies in `engineInput()`.
 */
export function findInTrees(db: SqliteDatabase, roots: readonly number[], sink: MatchSink, signal?: AbortSignal): number {
  const readNow = db.readNow;
  const e = engine();
  // The engine's memory, from its input on: the text, a record put together, a block, a page, the stack of pages
  // still to read (a tree holds each page once), a byte per page read. Grown once to the largest database read;
  // pages of it never written are never resident.
  const payload = e.textRoom(MAX_RECORD_BYTES);
  const block = payload + MAX_RECORD_BYTES;
  const page = block + BLOCK;
  const stack = page + 65536;
  const visited = stack + 4 * (db.pages + 2);
  room(visited + db.pages + 1);
  engineInput().set(db.visited, visited);
  const encoding = db.encoding === 'utf8' ? 0 : db.encoding === 'utf16le' ? 1 : 2;
  e.openDatabase(db.pageSize, db.usable, db.pages, encoding, MAX_RECORD_BYTES, payload, block, page, stack, visited);
  for (const root of roots) {
    e.openTree(root);
    for (let step = e.walk(); step !== DONE; step = e.walk()) {
      if (step === NEED_BLOCK) {
        signal?.throwIfAborted();
        const offset = (e.neededPage() - 1) * db.pageSize;
        const start = offset - (offset % BLOCK);
        e.blockRead(start, readNow(engineInput(), block, BLOCK, start));
      } else if (step === TEXT) {
        matchInput(e.textBytes(), sink);
        e.textTaken();
      } else throw new SqlitePageError((FAILURES[step] ?? (() => `unreadable (${step})`))(e.failedPage()));
    }
  }
  return e.rowsRead();
}
