import { createRequire } from 'node:module';
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { writeTree } from '../../support/temp.js';

/** Builds a real SQLite file with sql.js: tables shaped like the clients' own (names from Zoom's KB and DFIR notes). */
export async function writeSqlite(path: string, sql: string): Promise<void> {
  const load = createRequire(import.meta.url);
  const init = load('sql.js') as () => Promise<{ Database: new () => { run(sql: string): void; export(): Uint8Array; close(): void } }>;
  const SQL = await init();
  const db = new SQL.Database();
  db.run(sql);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, Buffer.from(db.export()));
  db.close();
}

// Log lines in the shape of Zoom's Linux zoom_stdout.log / Teams' logs.txt (public bug reports quote both).
export const zoomLog = [
  '[2024-05-02 10:11:12.345] [INFO] [CmmNetworkMgr] connect to 192.0.2.44:8801 via udp',
  '[2024-05-02 10:11:12.400] [INFO] [ZoomLogin] login user: jane.doe@example.org',
  '[2024-05-02 10:11:12.512] [DEBUG] ice candidate 2001:db8:85a3::8a2e:370:7334 relay',
  '[2024-05-02 10:11:13.001] [DEBUG] zWebService::OnRequestDone seq=42 version 5.17.11.3835',
  '',
].join('\n');

/** A Linux home with Zoom and Slack data as the real clients leave it. */
export async function linuxHome(home: string): Promise<void> {
  await writeTree(home, {
    '.zoom/logs/zoom_stdout.log': zoomLog,
    '.config/zoomus.conf': '[General]\nuserEmailAddress=jane.doe@example.org\ndisplayName=Jane Doe\n',
    '.config/Slack/logs/browser.log': 'INFO connected to wss://wss-primary.slack.com from 198.51.100.7\n',
    '.config/Slack/Local Storage/leveldb/CURRENT': 'MANIFEST-000001\n',
    'Documents/notes.txt': 'my own notes, jane.doe@example.org\n',
  });
  // Chromium Local Storage keeps strings as UTF-16LE behind a 0x00 prefix byte.
  await writeFile(join(home, '.config/Slack/Local Storage/leveldb/000003.log'), Buffer.concat([
    Buffer.from([0x00]), Buffer.from('{"email":"sam.smith@example.com"}', 'utf16le'),
  ]));
  await writeSqlite(join(home, '.zoom/data/zoomus.zmdb.default.noenc.rlock.db'),
    "CREATE TABLE zoom_kv(key TEXT PRIMARY KEY, value TEXT, section TEXT);" +
    "INSERT INTO zoom_kv VALUES('com.zoom.client.lastloginemail','jane.doe@example.org','ZoomChat');" +
    "INSERT INTO zoom_kv VALUES('conf.timezone','Europe/London','General');" +
    "CREATE TABLE local_dns_cache(host TEXT, ip TEXT, ttl INTEGER);" +
    "INSERT INTO local_dns_cache VALUES('zoom.us','203.0.113.9',300);");
  // SQLCipher databases have no plain header: random bytes from the first page on.
  await writeFile(join(home, '.zoom/data/zoomus.enc.db'), randomBytes(8192));
}
