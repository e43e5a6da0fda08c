import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDir } from '../../support/temp.js';
import { scanOneFile, type FileScanOptions } from '../../../electron/core/cleanup/scan-file.js';
import { scanFileNow } from '../../../electron/core/cleanup/scan-file-now.js';
import { writeSqlite, zoomLog } from './homes.js';

// What a scanning thread's blocking path gives must be what the general path gives, for every kind of file a home
// holds (shapes: bench/corpus/README.md) and for the odd ones: empty, missing, a link, a file that grew or shrank
// since the walk, one a chunk long, a database, an encrypted store, LevelDB.
describe('a scanning thread reads small files in one blocking read', () => {
  it('gives the same entry and progress as the general path, and hands on what one read does not settle', async () => {
    const dir = await tempDir();
    const leveldb = join(dir, 'Local Storage/leveldb');
    await mkdir(leveldb, { recursive: true });
    await writeFile(join(leveldb, 'CURRENT'), 'MANIFEST-000001\n');
    await writeFile(join(leveldb, '000003.log'), Buffer.from('\u0001_https://zoom.us\u0000\u0001{"userEmail":"ann@example.org"}', 'latin1'));
    const files: Record<string, Buffer | string> = {
      'zoom.log': zoomLog,
      'empty.log': '',
      'cache_entry': Buffer.concat([randomBytes(200), Buffer.from(' from 192.0.2.7 user sam@example.com '), randomBytes(3000)]),
      'settings.json': JSON.stringify({ displayName: 'Jane Doe', lastIp: '198.51.100.4', mac: 'a4:83:e7:12:34:5f' }),
      'wide.txt': Buffer.from('mail=sam.smith@example.com;', 'utf16le'),
      'zoomus.enc.db': randomBytes(8192),
      'chunk.log': Buffer.alloc(1024 * 1024, 'x 10.1.2.3 '),
      'big.log': Buffer.alloc(1024 * 1024 + 7, 'y fe80::1:2 '),
    };
    for (const [name, body] of Object.entries(files)) await writeFile(join(dir, name), body);
    await writeSqlite(join(dir, 'meetings.db'), "CREATE TABLE p (name TEXT, email TEXT); INSERT INTO p VALUES ('Ann', 'ann@example.org');");
    await symlink('/etc/hostname', join(dir, 'link.log'));
    const cases = [
      ...Object.keys(files).map((name) => ({ path: join(dir, name), size: Buffer.byteLength(files[name]!) })),
      { path: join(dir, 'meetings.db'), size: 8192 },
      { path: join(leveldb, '000003.log'), size: 64, siblings: new Set(['CURRENT', '000003.log']) },
      { path: join(dir, 'missing.log'), size: 10 },
      { path: join(dir, 'link.log'), size: 10 },
      // The walk saw another size: the file grew, or shrank, since.
      { path: join(dir, 'zoom.log'), size: 10 },
      { path: join(dir, 'zoom.log'), size: 100_000 },
    ];
    for (const c of cases) {
      const file = { siblings: new Set<string>(), ...c };
      const progress = { now: 0, general: 0 };
      const options = (key: 'now' | 'general'): FileScanOptions => ({ sync: true, onBytes: (n) => (progress[key] += n) });
      const now = await scanFileNow(dir, file, options('now'));
      expect(now, file.path).toEqual(await scanOneFile(dir, file, options('general')));
      expect(progress.now, file.path).toBe(progress.general);
    }
    // The ones read whole were read without a promise.
    expect(scanFileNow(dir, { path: join(dir, 'settings.json'), size: Buffer.byteLength(files['settings.json']!), siblings: new Set() }, { sync: true })).not.toBeInstanceOf(Promise);
    expect(scanFileNow(dir, { path: join(dir, 'meetings.db'), size: 8192, siblings: new Set() }, { sync: true })).toBeInstanceOf(Promise);
  });

  it('stops on a cancelled scan, as the general path does', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'zoom.log'), zoomLog);
    const controller = new AbortController();
    controller.abort();
    expect(() => scanFileNow(dir, { path: join(dir, 'zoom.log'), size: zoomLog.length, siblings: new Set() }, { sync: true, signal: controller.signal })).toThrow();
  });
});
