import { describe, expect, it } from 'vitest';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDir } from '../../support/temp.js';
import { scanOneFile, DELETED_ROWS_NOTE } from '../../../electron/core/cleanup/scan-file.js';
import { writeSqlite } from './homes.js';

// Zoom's meeting history as the bench corpus has it (bench/corpus/README.md: 1024-byte pages, participants with
// display name, e-mail and IP), then "cleared" the way a client clears it: its rows deleted. Whether SQLite
// overwrites what it frees is the secure_delete pragma (sqlite.org/pragma.html#pragma_secure_delete).
const history = (secureDelete: boolean, deleteWhere: string) => `
  PRAGMA page_size = 1024; PRAGMA secure_delete = ${secureDelete ? 'ON' : 'OFF'};
  CREATE TABLE zoom_meet_participants (id INTEGER PRIMARY KEY, meet_id INTEGER, display_name TEXT, email TEXT, ip TEXT);
  INSERT INTO zoom_meet_participants (meet_id, display_name, email, ip) VALUES ${Array.from({ length: 2000 }, (_, i) => `(${Math.floor(i / 20)}, 'Person ${i}', 'p${i}@example.org', '192.0.2.${(i % 250) + 1}')`).join(',')};
  DELETE FROM zoom_meet_participants WHERE ${deleteWhere};`;

async function scan(sql: string) {
  const dir = await tempDir();
  const path = join(dir, 'meetings_0.db');
  await writeSqlite(path, sql);
  const entry = await scanOneFile(dir, { path, size: (await stat(path)).size, siblings: new Set() }, {});
  return { entry, path, dir };
}

describe('what a database keeps of deleted rows', () => {
  it('counts the text of deleted rows still in freed pages, and says so', async () => {
    // Meetings 20 to 79 cleared: 1,200 rows, whole pages of them freed.
    const { entry } = await scan(history(false, 'meet_id BETWEEN 20 AND 79'));
    const emails = entry.findings?.emails.count ?? 0;
    // 800 rows live; of the 1,200 deleted, those on freed pages (not the few left in pages that keep live rows).
    expect(emails).toBeGreaterThan(800 + 1000);
    expect(emails).toBeLessThanOrEqual(800 + 1200);
    expect(entry.note).toBe(DELETED_ROWS_NOTE);
  });

  it('counts nothing more where SQLite overwrote what it freed (secure_delete), and says nothing', async () => {
    const { entry } = await scan(history(true, 'meet_id BETWEEN 20 AND 79'));
    expect(entry.findings?.emails.count).toBe(800);
    expect(entry.note).toBeUndefined();
  });

  it('never counts a live row twice: a page freed while the tree was balanced holds copies of rows that moved', async () => {
    // SQLite's own builds leave such pages (a table cleared of every other meeting with the sqlite3 shell: 26 freed
    // pages holding 341 addresses of rows that live on). Made here by hand so the case is certain: a live leaf's
    // bytes copied to a page at the end, which the header then names as the freelist's one trunk's one leaf.
    const { path, dir } = await scan(history(false, '0'));
    const bytes = await readFile(path);
    const pages = bytes.length / 1024;
    let leaf = 2;
    while (bytes[(leaf - 1) * 1024] !== 13) leaf++;
    const trunk = Buffer.alloc(1024);
    trunk.writeUInt32BE(1, 4);
    trunk.writeUInt32BE(pages + 2, 8);
    const copy = bytes.subarray((leaf - 1) * 1024, leaf * 1024);
    const grown = Buffer.concat([bytes, trunk, copy]);
    grown.writeUInt32BE(pages + 2, 28);
    grown.writeUInt32BE(pages + 1, 32);
    grown.writeUInt32BE(2, 36);
    await writeFile(path, grown);
    expect(copy.toString('latin1').match(/p\d+@example\.org/g)?.length).toBeGreaterThan(10);
    const entry = await scanOneFile(dir, { path, size: grown.length, siblings: new Set() }, {});
    expect(entry.findings?.emails.count).toBe(2000);
    expect(entry.findings?.ipv4.count).toBe(2000);
    expect(entry.note).toBeUndefined();
  });

  it('reads a damaged freelist without failing: a trunk naming itself, or pages outside the file', async () => {
    const { path, dir } = await scan(history(false, 'meet_id BETWEEN 20 AND 79'));
    const bytes = await readFile(path);
    const trunk = bytes.readUInt32BE(32);
    expect(trunk).toBeGreaterThan(0);
    const at = (trunk - 1) * 1024;
    bytes.writeUInt32BE(trunk, at); // the next trunk: itself
    bytes.writeUInt32BE(0x7fffffff, at + 8); // its first leaf: far outside the file
    await writeFile(path, bytes);
    const entry = await scanOneFile(dir, { path, size: bytes.length, siblings: new Set() }, {});
    expect(entry.findings?.emails.count).toBeGreaterThanOrEqual(800);
    expect(entry.findings?.emails.count).toBeLessThanOrEqual(2000);
  });

  it('keeps the live rows\' findings whatever bytes the freed pages hold', async () => {
    const { path, dir } = await scan(history(false, 'meet_id BETWEEN 20 AND 79'));
    const clean = await readFile(path);
    // The freed pages: the trunk's list (it is the only trunk in a freelist this short).
    const trunk = clean.readUInt32BE(32);
    const leaves = Array.from({ length: clean.readUInt32BE((trunk - 1) * 1024 + 4) }, (_, i) => clean.readUInt32BE((trunk - 1) * 1024 + 8 + 4 * i));
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let round = 0; round < 12; round++) {
      const bytes = Buffer.from(clean);
      for (const page of [trunk, ...leaves]) for (let k = 0; k < 24; k++) bytes[(page - 1) * 1024 + (next() % 1024)] = next() % 256;
      await writeFile(path, bytes);
      const entry = await scanOneFile(dir, { path, size: bytes.length, siblings: new Set() }, {});
      expect(entry.note === undefined || entry.note === DELETED_ROWS_NOTE, entry.note).toBe(true);
      expect(entry.findings?.emails.count).toBeGreaterThanOrEqual(800);
    }
  });
});
