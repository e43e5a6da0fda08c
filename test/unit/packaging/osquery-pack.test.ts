import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Database, SqlJsStatic } from 'sql.js';
import { buildStatus } from '../../../electron/core/report/build-status.js';
import { decide } from '../../../electron/core/device/decide.js';
import { judgeDsregcmd } from '../../../electron/core/device/windows/dsregcmd.js';
import { fixture } from '../../support/fixtures.js';
import { PROJECT } from './maintainer-scripts.js';

/**
 * osquery speaks SQLite, so the shipped queries run here in SQLite (sql.js) over tables laid out like osquery's:
 * core `users` (username, directory) and `file` (path, mtime, size); fleetd's `file_lines` (path, line: one row
 * per line, in order) and `parse_json` (path, fullkey, key, value: objects flattened with "/" joined keys and array
 * indexes, per fleetdm/fleet orbit/pkg/table/dataflattentable). This checks the SQL and the paths, not osquery.
 */
const pack = JSON.parse(readFileSync(join(PROJECT, 'build/fleet/osquery-pack.json'), 'utf8')) as {
  queries: Record<string, { query: string; platform: string; interval: number; description: string }>;
};

const status = buildStatus({
  producer: 'app',
  version: '0.1.0',
  os: 'linux',
  now: new Date('2026-11-23T09:30:00.000Z'),
  device: decide('windows', [judgeDsregcmd(fixture('device/windows/dsregcmd-entra-joined.txt'))]),
  policy: { sources: [], errors: ['quarantineDays: expected a whole number'] },
  state: { lastCleanupAt: '2026-11-23T08:00:00.000Z' },
  recorders: ['OBS Studio', 'Loom'],
  cleanupMode: 'remind',
});
const text = JSON.stringify(status, null, 2);

function flatten(value: unknown, prefix: string, out: [string, string, string][]): void {
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}/${k}` : k, out);
  } else out.push([prefix, prefix.split('/').pop()!, value === null ? '' : String(value)]);
}

async function osqueryLike(homes: Record<string, string>, statusPaths: string[]): Promise<Database> {
  const SQL = (await (createRequire(import.meta.url)('sql.js') as () => Promise<SqlJsStatic>)()) as SqlJsStatic;
  const db = new SQL.Database();
  db.run('CREATE TABLE users (username TEXT, directory TEXT); CREATE TABLE file (path TEXT, mtime INTEGER, size INTEGER);');
  db.run('CREATE TABLE file_lines (path TEXT, line TEXT); CREATE TABLE parse_json (path TEXT, fullkey TEXT, key TEXT, value TEXT);');
  for (const [name, dir] of Object.entries(homes)) db.run('INSERT INTO users VALUES (?, ?)', [name, dir]);
  for (const path of statusPaths) {
    db.run('INSERT INTO file VALUES (?, ?, ?)', [path, 1795426200, text.length]);
    for (const line of text.split('\n')) db.run('INSERT INTO file_lines VALUES (?, ?)', [path, line]);
    const rows: [string, string, string][] = [];
    flatten(status, '', rows);
    for (const r of rows) db.run('INSERT INTO parse_json VALUES (?, ?, ?, ?)', [path, ...r]);
  }
  return db;
}

function rows(db: Database, sql: string): Record<string, unknown>[] {
  const [result] = db.exec(sql);
  if (!result) return [];
  return result.values.map((v) => Object.fromEntries(result.columns.map((c, i) => [c, v[i]])));
}

describe('osquery pack for the status file', () => {
  it('is a valid pack: every query has a platform, an interval and a description', () => {
    for (const q of Object.values(pack.queries)) {
      expect(['darwin', 'linux', 'windows']).toContain(q.platform);
      expect(q.interval).toBeGreaterThanOrEqual(60);
      expect(q.description.length).toBeGreaterThan(20);
    }
  });

  it('finds each user\'s status file with the core file table, on each OS', async () => {
    const cases = {
      linux: [{ ana: '/home/ana', bo: '/home/bo' }, '/home/ana/.local/share/meeting-guard/status.json'],
      darwin: [{ ana: '/Users/ana', bo: '/Users/bo' }, '/Users/ana/Library/Application Support/Meeting Guard/status.json'],
      windows: [{ ana: 'C:\\Users\\ana', bo: 'C:\\Users\\bo' }, 'C:\\Users\\ana\\AppData\\Local\\MeetingGuard\\status.json'],
    } as const;
    for (const [os, [homes, path]] of Object.entries(cases)) {
      const name = `meeting_guard_status_file_${os === 'darwin' ? 'macos' : os}`;
      const db = await osqueryLike(homes, [path]);
      expect(rows(db, pack.queries[name]!.query), name).toEqual([{ username: 'ana', path, mtime: 1795426200, size: text.length }]);
    }
  });

  it('reads the fields out of the status file with file_lines and SQLite JSON functions', async () => {
    const path = '/home/ana/.local/share/meeting-guard/status.json';
    const db = await osqueryLike({ ana: '/home/ana', bo: '/home/bo' }, [path]);
    expect(rows(db, pack.queries.meeting_guard_status_lines_linux!.query)).toEqual([
      {
        username: 'ana',
        path,
        schema: 'meeting-guard/status@1',
        generated_at: '2026-11-23T09:30:00.000Z',
        version: '0.1.0',
        device: 'managed',
        policy_errors: 1,
        recorders_active: 2,
        notice_acknowledged_at: null,
        last_cleared_at: '2026-11-23T08:00:00.000Z',
      },
    ]);
  });

  it('reads the fields with Fleet\'s parse_json table on macOS and Windows', async () => {
    for (const [name, path, home] of [
      ['meeting_guard_status_fleet_macos', '/Users/ana/Library/Application Support/Meeting Guard/status.json', '/Users/ana'],
      ['meeting_guard_status_fleet_windows', 'C:\\Users\\ana\\AppData\\Local\\MeetingGuard\\status.json', 'C:\\Users\\ana'],
    ] as const) {
      const db = await osqueryLike({ ana: home }, [path, '/elsewhere/status.json']);
      const got = Object.fromEntries(rows(db, pack.queries[name]!.query).map((r) => [r.fullkey, r.value]));
      expect(got, name).toEqual({
        schema: 'meeting-guard/status@1',
        generatedAt: '2026-11-23T09:30:00.000Z',
        version: '0.1.0',
        'device/verdict': 'managed',
        'policy/errorCount': '1',
        'notice/lastAcknowledgedAt': '',
        'cleanup/lastClearedAt': '2026-11-23T08:00:00.000Z',
        'recorders/active/0': 'Loom',
        'recorders/active/1': 'OBS Studio',
      });
    }
  });
});
