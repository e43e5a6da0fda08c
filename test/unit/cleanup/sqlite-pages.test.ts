import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFile, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDir } from '../../support/temp.js';
import { FindingsTally } from '../../../electron/core/cleanup/findings.js';
import { scanSqlite, scanSqlitePages } from '../../../electron/core/cleanup/sqlite-scan.js';
import { scanOneFile } from '../../../electron/core/cleanup/scan-file.js';
import { openReader } from '../../../electron/core/cleanup/file-reader.js';
import { writeSqlite } from './homes.js';

// Shapes from the bench corpus (bench/corpus/README.md): Zoom's 1024-byte pages, a participants table whose JSON
// details spill into overflow pages, an index on names, a WITHOUT ROWID table, Chromium's 4096-byte pages.
const rows = (n: number, row: (i: number) => string) => Array.from({ length: n }, (_, i) => row(i)).join(',');
const participants = (pageSize: number, encoding = 'UTF-8') => `
  PRAGMA page_size = ${pageSize}; PRAGMA encoding = '${encoding}';
  CREATE TABLE zoom_meet_participants (id INTEGER PRIMARY KEY, display_name TEXT, email TEXT, ip TEXT, details TEXT, avatar BLOB);
  CREATE INDEX by_name ON zoom_meet_participants(display_name, email);
  CREATE TABLE kv (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
  INSERT INTO zoom_meet_participants (display_name, email, ip, details, avatar) VALUES ${rows(600, (i) =>
    `('Person ${i}', 'p${i}@example.org', '192.0.2.${i % 250 + 1}', '${i % 5 === 0 ? JSON.stringify({ devices: Array.from({ length: 40 }, (_, d) => ({ mac: `a4:83:e7:12:${(d + 16).toString(16)}:${(i % 200 + 16).toString(16)}`, v6: `2001:db8::${i}:${d}` })) }) : '{}'}', x'00112233')`)};
  INSERT INTO kv VALUES ${rows(300, (i) => `('lastUser${i}', 'u${i}@example.com')`)};
`;

async function both(path: string) {
  const pages = new FindingsTally();
  const handle = await openReader(path);
  const size = (await stat(path)).size;
  const result = await scanSqlitePages(handle, size, pages).finally(() => handle.close());
  // Read again with blocking reads, as a scanning thread reads: the same cells must come out.
  const blocking = new FindingsTally();
  const sync = await openReader(path, true);
  await scanSqlitePages(sync, size, blocking).finally(() => sync.close());
  const whole = new FindingsTally();
  await scanSqlite(await readFile(path), whole);
  return { pages: pages.toJSON(), blocking: blocking.toJSON(), whole: whole.toJSON(), result };
}

describe('SQLite read page by page', () => {
  for (const [pageSize, encoding] of [[1024, 'UTF-8'], [4096, 'UTF-8'], [1024, 'UTF-16le'], [512, 'UTF-16be']] as const) {
    it(`finds what sql.js finds, cell for cell (${pageSize}-byte pages, ${encoding}, overflow pages, index, WITHOUT ROWID)`, async () => {
      const path = join(await tempDir(), 'participants.db');
      await writeSqlite(path, participants(pageSize, encoding));
      const { pages, blocking, whole, result } = await both(path);
      expect(pages).toEqual(whole);
      expect(blocking).toEqual(whole);
      expect(pages.emails.count).toBe(900);
      expect(pages.macAddresses.count).toBe(120 * 40);
      expect(result.tables).toBe(2);
    });
  }

  it('never lets one cell run into the next, wherever a batch of cells ends, in every reader', async () => {
    // A key-value row as clients keep them: a setting's text in one column, an address in the next. The first
    // column's value is one character, too short for an account name, whichever cell follows it.
    for (const encoding of ['UTF-8', 'UTF-16le', 'UTF-16be']) {
      const path = join(await tempDir(), 'settings.db');
      await writeSqlite(path, `PRAGMA encoding = '${encoding}'; CREATE TABLE s (k TEXT, v TEXT);
        INSERT INTO s VALUES ${rows(3000, (i) => (i % 10 === 0 ? `('display_name=Ann ${i}', 'u${i}@example.org')` : `('display_name=${i % 10}', 'u${i}@example.org')`))};`);
      const { pages, blocking, whole } = await both(path);
      expect(pages.accountNames.count, encoding).toBe(300);
      expect(blocking, encoding).toEqual(pages);
      expect(whole, encoding).toEqual(pages);
      expect(pages.emails.count, encoding).toBe(3000);
    }
  });

  it('says it cannot follow a damaged page, and the scan falls back to sql.js or bytes and says so', async () => {
    const dir = await tempDir();
    const path = join(dir, 'damaged.db');
    await writeSqlite(path, participants(1024));
    const bytes = await readFile(path);
    // The last table leaf page (type 13) is no longer a b-tree page.
    let leaf = bytes.length / 1024 - 1;
    while (bytes[leaf * 1024] !== 13) leaf--;
    bytes[leaf * 1024] = 0x07;
    await writeFile(path, bytes);
    const handle = await openReader(path, true);
    await expect(scanSqlitePages(handle, bytes.length, new FindingsTally()).finally(() => handle.close())).rejects.toThrow(/not a b-tree page/);
    const entry = await scanOneFile(dir, { path, size: bytes.length, siblings: new Set() }, {});
    expect(entry.kind).toBe('sqlite');
    expect(entry.findings?.emails.count).toBeGreaterThan(0);
    const cut = join(dir, 'cut.db');
    await writeFile(cut, bytes.subarray(0, 1024 * 3));
    await truncate(cut, 1024 * 3);
    const short = await scanOneFile(dir, { path: cut, size: 1024 * 3, siblings: new Set() }, {});
    expect(short.note).toMatch(/read as bytes/);
  });

  it('reads a damaged database the same in the engine (blocking reads) as in the walk (reads that do not block)', async () => {
    const dir = await tempDir();
    const path = join(dir, 'source.db');
    await writeSqlite(path, participants(1024));
    const good = await readFile(path);
    const outcome = async (bytes: Buffer, sync: boolean) => {
      const file = join(dir, sync ? 'sync.db' : 'async.db');
      await writeFile(file, bytes);
      const handle = await openReader(file, sync);
      const tally = new FindingsTally();
      try {
        const { rows } = await scanSqlitePages(handle, bytes.length, tally).then((r) => ({ rows: r.rowsRead }));
        return { rows, findings: tally.toJSON() };
      } catch (error) {
        return { failed: (error as Error).name };
      } finally {
        await handle.close();
      }
    };
    const unchanged = JSON.stringify(await outcome(good, true));
    const seen = new Set<string>();
    // Bytes changed anywhere past the schema page: cell pointers, varints, serial types, child and overflow page
    // numbers, page types. Either both readers give up on the database, or they find the same.
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.integer({ min: 1024, max: good.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 }), async (changes) => {
        const bytes = Buffer.from(good);
        for (const [at, value] of changes) bytes[at] = value;
        const engine = await outcome(bytes, true);
        expect(engine).toEqual(await outcome(bytes, false));
        seen.add('failed' in engine ? 'gave up' : JSON.stringify(engine) === unchanged ? 'same' : 'read otherwise');
      }),
      { numRuns: 120 },
    );
    // The damage did make both readers give up on some databases and read others differently from the intact one.
    expect([...seen].sort()).toEqual(['gave up', 'read otherwise', 'same']);
  });
});
