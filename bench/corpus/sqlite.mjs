// SQLite shapes: Zoom's unencrypted databases, a meeting history with participants, Chromium's Cookies (README.md).
import { createRequire } from 'node:module';

let SQL;
async function sqlJs() {
  SQL ??= await createRequire(import.meta.url)('sql.js')();
  return SQL;
}

/**
 * Builds one database in memory and returns its bytes. `kind` picks the shape; rows are added until the file is
 * about `targetBytes`. Page size as the real client uses: Zoom 1024, Chromium 4096.
 */
export async function sqliteDatabase(rand, v, kind, targetBytes) {
  const S = await sqlJs();
  const db = new S.Database();
  const pageSize = kind === 'cookies' ? 4096 : 1024;
  db.run(`PRAGMA page_size = ${pageSize}; PRAGMA auto_vacuum = NONE;`);
  const rowsFor = (perRow) => Math.max(1, Math.floor(targetBytes / perRow));
  db.run('BEGIN');
  if (kind === 'settings') {
    db.run('CREATE TABLE zoom_kv (key TEXT PRIMARY KEY, value TEXT, section TEXT)');
    const stmt = db.prepare('INSERT OR REPLACE INTO zoom_kv VALUES (?, ?, ?)');
    for (let i = 0, n = rowsFor(90); i < n; i++) {
      const r = rand.int(20);
      const value = r === 0 ? v.email() : r === 1 ? v.ipv4() : r === 2 ? v.mac() : r < 8 ? String(rand.int(2)) : `${v.version()}`;
      stmt.run([`com.zoom.client.${v.hex(6)}.${i}`, value, rand.pick(['ZoomChat', 'General', 'Meeting', 'VideoPreview'])]);
    }
    stmt.free();
  } else if (kind === 'dns') {
    db.run('CREATE TABLE dns_cache (host TEXT, ip TEXT, ip6 TEXT, ttl INTEGER, updated INTEGER)');
    db.run('CREATE INDEX dns_host ON dns_cache(host)');
    const stmt = db.prepare('INSERT INTO dns_cache VALUES (?, ?, ?, ?, ?)');
    for (let i = 0, n = rowsFor(110); i < n; i++) stmt.run([`${v.hex(5)}.zoom.us`, v.ipv4(), rand.chance(0.3) ? v.ipv6() : null, 300, 1714640000 + i]);
    stmt.free();
  } else if (kind === 'meetings') {
    db.run('CREATE TABLE zoom_meet_history (meet_id INTEGER PRIMARY KEY, topic TEXT, host_name TEXT, host_email TEXT, join_time INTEGER, duration INTEGER)');
    db.run('CREATE TABLE zoom_meet_participants (id INTEGER PRIMARY KEY, meet_id INTEGER, display_name TEXT, email TEXT, ip TEXT, details TEXT)');
    db.run('CREATE INDEX participants_meet ON zoom_meet_participants(meet_id, display_name)');
    const meet = db.prepare('INSERT INTO zoom_meet_history VALUES (?, ?, ?, ?, ?, ?)');
    const part = db.prepare('INSERT INTO zoom_meet_participants (meet_id, display_name, email, ip, details) VALUES (?, ?, ?, ?, ?)');
    for (let m = 1, n = rowsFor(2600); m <= n; m++) {
      meet.run([m, rand.pick(['Ward round handover', 'Weekly 1:1', 'Board meeting', 'Clinic 14:30']), v.person(), v.email(), 1714640000 + m * 3600, rand.int(7200)]);
      for (let p = 0, k = 2 + rand.int(8); p < k; p++) {
        // Some rows carry a long JSON blob: longer than a 1024-byte page, so the value spills into overflow pages.
        const details = rand.chance(0.2)
          ? JSON.stringify({ devices: Array.from({ length: 12 }, () => ({ mac: v.mac(), local: v.ipv4(), v6: v.ipv6(), label: v.person() })) })
          : JSON.stringify({ role: rand.pick(['host', 'attendee', 'panelist']), os: 'linux' });
        part.run([m, v.person(), rand.chance(0.7) ? v.email() : null, v.ipv4(), details]);
      }
    }
    meet.free();
    part.free();
  } else {
    // Chromium's cookies table, as Slack's and teams-for-linux's Electron profiles keep it.
    db.run('CREATE TABLE meta(key LONGVARCHAR NOT NULL UNIQUE PRIMARY KEY, value LONGVARCHAR)');
    db.run("INSERT INTO meta VALUES ('version', '21'), ('last_compatible_version', '18')");
    db.run('CREATE TABLE cookies(creation_utc INTEGER NOT NULL, host_key TEXT NOT NULL, top_frame_site_key TEXT NOT NULL, name TEXT NOT NULL, value TEXT NOT NULL, encrypted_value BLOB NOT NULL, path TEXT NOT NULL, expires_utc INTEGER NOT NULL, is_secure INTEGER NOT NULL, is_httponly INTEGER NOT NULL, last_access_utc INTEGER NOT NULL, has_expires INTEGER NOT NULL, is_persistent INTEGER NOT NULL, priority INTEGER NOT NULL, samesite INTEGER NOT NULL, source_scheme INTEGER NOT NULL, source_port INTEGER NOT NULL, last_update_utc INTEGER NOT NULL)');
    const stmt = db.prepare('INSERT INTO cookies VALUES (?, ?, \'\', ?, \'\', ?, \'/\', ?, 1, 1, ?, 1, 1, 1, 0, 2, 443, ?)');
    for (let i = 0, n = rowsFor(260); i < n; i++) {
      const enc = new Uint8Array(64 + rand.int(100));
      for (let j = 0; j < enc.length; j++) enc[j] = rand.int(256);
      enc.set([0x76, 0x31, 0x31]); // "v11": Chromium's prefix on Linux
      stmt.run([13360000000000000 + i, rand.pick(['.slack.com', '.app.slack.com', 'teams.microsoft.com', '.login.microsoftonline.com']), rand.pick(['d', 'd-s', 'b', 'x', 'ESTSAUTH', 'MUID']), enc, 13390000000000000, 13360000000000000 + i, 13360000000000000 + i]);
    }
    stmt.free();
  }
  db.run('COMMIT');
  const bytes = Buffer.from(db.export());
  db.close();
  return bytes;
}
