// Writes a home folder shaped like meeting clients' real data, deterministic from a seed (README.md: shapes, shares
// and sources). Usage: node bench/corpus/generate.mjs <dir> [megabytes=200] [seed=20]
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prng, smallFileSize, values } from './values.mjs';
import { jsonDocument, logLine, utf16Log, zoomConf } from './text.mjs';
import { cacheEntry, leveldbLog, leveldbTable, randomBytes } from './binary.mjs';
import { sqliteDatabase } from './sqlite.mjs';

/** Shares of the total bytes by shape (README.md explains them). */
export const shares = { logs: 0.3, sqlite: 0.25, cache: 0.2, leveldb: 0.12, json: 0.1, utf16: 0.03 };

const MB = 1024 * 1024;

async function put(path, bytes) {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, bytes);
  return bytes.length;
}

async function logFile(path, size, rand, v, style) {
  await mkdir(dirname(path), { recursive: true });
  const out = createWriteStream(path);
  const clock = { ms: rand.int(86400000) };
  for (let written = 0; written < size; ) {
    let text = '';
    while (text.length < 256 * 1024 && written + text.length < size) text += logLine(rand, v, style, clock);
    const chunk = Buffer.from(text);
    written += chunk.length;
    if (!out.write(chunk)) await new Promise((r) => out.once('drain', r));
  }
  await new Promise((resolve, reject) => out.end((e) => (e ? reject(e) : resolve())));
}

/** Splits `total` bytes into files of `min`..`max` bytes. */
function sizes(rand, total, min, max) {
  const out = [];
  for (let left = total; left > 0; ) {
    const s = Math.min(left, min + rand.int(Math.max(1, max - min)));
    out.push(s);
    left -= s;
  }
  return out;
}

/** Writes the corpus below `home`; returns { bytes, files, byShape } with what was written. */
export async function generateCorpus(home, megabytes = 200, seed = 20) {
  const rand = prng(seed);
  const v = values(rand);
  const total = megabytes * MB;
  const byShape = {};
  let files = 0;
  const add = (shape, bytes) => {
    byShape[shape] = (byShape[shape] ?? 0) + bytes;
    files += 1;
  };
  const slack = join(home, '.config/Slack');
  const teams = join(home, '.config/teams-for-linux');
  const teamsProfile = join(teams, 'Partitions/teams-4-linux');

  // Logs: Zoom half, Slack and teams-for-linux the rest.
  const logs = [[join(home, '.zoom/logs'), 'zoom', 0.5], [join(slack, 'logs'), 'slack', 0.3], [join(teams, 'logs'), 'electron', 0.2]];
  for (const [dir, style, part] of logs) {
    for (const [i, size] of sizes(rand, total * shares.logs * part, 1 * MB, 8 * MB).entries()) {
      const name = style === 'zoom' ? `zoom_${20240502 + i}.log` : style === 'slack' ? (i === 0 ? 'browser.log' : `browser${i}.log`) : i === 0 ? 'main.log' : `main.old${i}.log`;
      await logFile(join(dir, name), size, rand, v, style);
      add('logs', size);
    }
  }

  // SQLite: Zoom's settings, DNS cache and meeting history; Chromium cookies; one encrypted store, never read.
  const sqliteTotal = total * shares.sqlite;
  const dbs = [
    [join(home, '.zoom/data/zoomus.zmdb.default.noenc.rlock.db'), 'settings', 0.08],
    [join(home, '.zoom/data/local_dns_cache.db'), 'dns', 0.12],
    [join(slack, 'Cookies'), 'cookies', 0.04],
    [join(teamsProfile, 'Cookies'), 'cookies', 0.04],
  ];
  for (const [i, size] of sizes(rand, sqliteTotal * 0.68, 6 * MB, 24 * MB).entries()) dbs.push([join(home, `.zoom/data/meetings_${i}.db`), 'meetings', size / sqliteTotal]);
  for (const [path, kind, part] of dbs) add('sqlite', await put(path, await sqliteDatabase(rand, v, kind, sqliteTotal * part)));
  add('sqlite', await put(join(home, '.zoom/data/zoomus.enc.db'), randomBytes(rand, Math.round(sqliteTotal * 0.04))));

  // HTTP cache: many small entries in two Electron profiles.
  for (const [dir, part] of [[join(slack, 'Cache/Cache_Data'), 0.5], [join(teamsProfile, 'Cache/Cache_Data'), 0.5]]) {
    for (let written = 0; written < total * shares.cache * part; ) {
      const size = smallFileSize(rand);
      written += await put(join(dir, `${v.hex(16)}_0`), cacheEntry(rand, v, size));
      files += 1;
      byShape.cache = (byShape.cache ?? 0) + size;
    }
    await put(join(dir, 'index'), randomBytes(rand, 24));
  }

  // LevelDB: Slack's Local Storage and teams-for-linux's IndexedDB.
  for (const [dir, part] of [[join(slack, 'Local Storage/leveldb'), 0.5], [join(teamsProfile, 'IndexedDB/https_teams.microsoft.com_0.indexeddb.leveldb'), 0.5]]) {
    await put(join(dir, 'CURRENT'), Buffer.from('MANIFEST-000001\n'));
    await put(join(dir, 'LOCK'), Buffer.alloc(0));
    await put(join(dir, 'MANIFEST-000001'), randomBytes(rand, 300));
    let n = 3;
    for (const size of sizes(rand, total * shares.leveldb * part, 512 * 1024, 4 * MB)) {
      const log = n === 3;
      add('leveldb', await put(join(dir, `${String(n).padStart(6, '0')}.${log ? 'log' : 'ldb'}`), log ? leveldbLog(rand, v, size) : leveldbTable(rand, v, size)));
      n += 2;
    }
  }

  // JSON settings and storage.
  add('json', await put(join(home, '.config/zoomus.conf'), Buffer.from(zoomConf(rand, v))));
  add('json', await put(join(teams, 'config.json'), Buffer.from(jsonDocument(rand, v, 'settings', 0))));
  for (const [i, size] of sizes(rand, total * shares.json, 256 * 1024, 6 * MB).entries()) {
    add('json', await put(join(slack, 'storage', i === 0 ? 'root-state.json' : `slack-users-${i}.json`), Buffer.from(jsonDocument(rand, v, 'storage', size))));
  }

  // UTF-16LE logs with a byte-order mark.
  for (const [i, size] of sizes(rand, total * shares.utf16, 256 * 1024, 2 * MB).entries()) {
    let text = '';
    const clock = { ms: 0 };
    while (text.length * 2 < size) text += logLine(rand, v, 'electron', clock);
    add('utf16', await put(join(home, `.zoom/logs/install_${i}.log`), utf16Log(text)));
  }
  const bytes = Object.values(byShape).reduce((s, b) => s + b, 0);
  return { bytes, files, byShape };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir, mb = '200', seed = '20'] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: node bench/corpus/generate.mjs <dir> [megabytes] [seed]');
    process.exit(2);
  }
  const t0 = performance.now();
  const result = await generateCorpus(dir, Number(mb), Number(seed));
  console.log(JSON.stringify({ ...result, seconds: Math.round(performance.now() - t0) / 1000 }));
}
