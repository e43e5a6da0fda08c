import { describe, expect, it } from 'vitest';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDir, writeTree } from '../../support/temp.js';
import { scanClients, ENCRYPTED_NOTE } from '../../../electron/core/cleanup/scan.js';
import { scanReportSchema } from '../../../electron/core/cleanup/scan-report.js';
import { linuxHome, writeSqlite, zoomLog } from './homes.js';
import { heldScanPool } from '../../support/held-scan-pool.js';

describe('scan', () => {
  it('reads a Linux home: SQLite as a database, encrypted stores reported, LevelDB and logs streamed', async () => {
    const home = await tempDir();
    await linuxHome(home);
    const report = scanReportSchema.parse(await scanClients({ os: 'linux', home, clients: ['zoom', 'slack'] }));
    const zoom = report.clients.find((c) => c.id === 'zoom')!;
    const data = zoom.locations.find((l) => l.id === 'zoom.linux.data')!;
    const db = data.files.find((f) => f.path === 'zoomus.zmdb.default.noenc.rlock.db')!;
    expect(db.kind).toBe('sqlite');
    expect(db.findings?.emails.previews).toEqual(['j***@example.org']);
    expect(db.findings?.ipv4.previews).toEqual(['203.0.113.x']);
    const enc = data.files.find((f) => f.path === 'zoomus.enc.db')!;
    expect(enc).toMatchObject({ kind: 'encrypted', note: ENCRYPTED_NOTE });
    expect(zoom.findings.emails.count).toBe(3); // database, zoomus.conf, log
    const slack = report.clients.find((c) => c.id === 'slack')!;
    const ldb = slack.locations[0]!.files.find((f) => f.path.endsWith('000003.log'))!;
    expect(ldb.kind).toBe('leveldb');
    expect(ldb.findings?.emails.previews).toEqual(['s***@example.com']);
    expect(JSON.stringify(report)).not.toContain('jane.doe@');
  });

  it('reads the Windows layout below AppData, keeps Teams backgrounds out, leaves WAM alone', async () => {
    const home = await tempDir();
    const teams = 'AppData/Local/Packages/MSTeams_8wekyb3d8bbwe/LocalCache/Microsoft/MSTeams';
    await writeTree(home, {
      [`${teams}/Logs/MSTeams_2024-05-02.log`]: 'user=jane.doe@example.org ip=192.0.2.10\n',
      [`${teams}/Backgrounds/Uploads/beach.png`]: 'png',
      'AppData/Local/Microsoft/OneAuth/accounts/a.json': '{"upn":"jane.doe@example.org"}',
    });
    await writeSqlite(join(home, 'AppData/Roaming/Zoom/data/local_dns_cache.db'), "CREATE TABLE dns(host TEXT, addr TEXT); INSERT INTO dns VALUES('zoom.us','2001:db8:1:2::10');");
    const report = await scanClients({ os: 'windows', home, clients: ['teams', 'zoom'] });
    const t = report.clients[0]!;
    const newTeams = t.locations.find((l) => l.id === 'teams.windows.new')!;
    expect(newTeams.findings.emails.count).toBe(1);
    expect(newTeams.skipped.some((s) => s.path.endsWith('Backgrounds') && s.reason.startsWith('kept'))).toBe(true);
    const wam = t.locations.find((l) => l.id === 'teams.windows.wam')!;
    expect(wam).toMatchObject({ exists: true, clear: 'never', files: [] });
    expect(report.clients[1]!.findings.ipv6.previews).toEqual(['2001:db8:1:x:x:x:x:x']);
  });

  it('reads the macOS layout, expanding only the last path segment of vendor cache names', async () => {
    const home = await tempDir();
    await writeTree(home, {
      'Library/Application Support/zoom.us/data/viper.ini': 'display_name=Jane Doe\n',
      'Library/Logs/zoom.us/zoom.log': zoomLog,
      'Library/Caches/com.cisco.webex.meetings/Cache.db-wal': 'host 198.51.100.20',
      'Library/Caches/com.cisco.webex.webexmta/x': 'mta',
      'Library/Caches/com.cisco.other/x': 'not webex meetings',
      'Documents/Zoom/2024-05-02 Standup/video1.mp4': 'mp4 with jane.doe@example.org in metadata',
    });
    const report = await scanClients({ os: 'macos', home, clients: ['zoom', 'webex'] });
    const [zoom, webex] = report.clients;
    expect(zoom!.findings.accountNames.previews).toEqual(['J***']);
    const recordings = zoom!.locations.find((l) => l.id === 'zoom.macos.recordings')!;
    expect(recordings).toMatchObject({ clear: 'consent', findings: { emails: { count: 0 } } });
    expect(recordings.files[0]?.note).toBe('your own file: contents not read');
    const caches = webex!.locations.filter((l) => l.id === 'webex.macos.caches').map((l) => l.path.split('/').pop());
    expect(caches).toEqual(['com.cisco.webex.meetings', 'com.cisco.webex.webexmta']);
  });

  it('reports a link inside a client folder and never reads through it', async () => {
    const home = await tempDir();
    await writeTree(home, { '.zoom/logs/a.log': 'x\n', 'Documents/secret.txt': 'boss@example.org 192.0.2.1\n' });
    await symlink(join(home, 'Documents'), join(home, '.zoom/logs/docs'));
    const report = await scanClients({ os: 'linux', home, clients: ['zoom'] });
    const logs = report.clients[0]!.locations.find((l) => l.id === 'zoom.linux.logs')!;
    expect(logs.skipped).toEqual([{ path: join(home, '.zoom/logs/docs'), reason: 'link: not followed' }]);
    expect(logs.findings.emails.count).toBe(0);
  });

  it('streams a large log, reports progress and can be cancelled', async () => {
    const home = await tempDir();
    await mkdir(join(home, '.zoom/logs'), { recursive: true });
    const block = 'DEBUG heartbeat ok seq=1 latency=12ms\n'.repeat(100_000);
    await writeFile(join(home, '.zoom/logs/big.log'), block + zoomLog);
    const seen: number[] = [];
    const report = await scanClients({ os: 'linux', home, clients: ['zoom'], onProgress: (p) => seen.push(p.bytesDone) });
    expect(report.clients[0]!.findings.emails.count).toBe(1);
    expect(seen.at(-1)).toBe(block.length + zoomLog.length);
    expect(seen.length).toBeGreaterThan(3); // one file, reported chunk by chunk
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    const controller = new AbortController();
    controller.abort();
    const cancelled = await scanClients({ os: 'linux', home, clients: ['zoom'], signal: controller.signal });
    expect(cancelled.complete).toBe(false);
  });

  it('hands a pool without `open` its files once, and a cancel while it scans leaves nothing unheard', async () => {
    const home = await tempDir();
    await mkdir(join(home, '.zoom/logs'), { recursive: true });
    await writeFile(join(home, '.zoom/logs/big.log'), 'DEBUG heartbeat ok seq=1 latency=12ms\n'.repeat(230_000) + zoomLog); // 8 MiB: to the pool
    const held = heldScanPool();
    let scans = 0;
    const pool = { ...held.pool, scan: (...args: Parameters<typeof held.pool.scan>) => ((scans += 1), held.pool.scan(...args)) };
    const unheard: unknown[] = [];
    const hear = (reason: unknown) => unheard.push(reason);
    process.on('unhandledRejection', hear);
    try {
      const controller = new AbortController();
      const scan = scanClients({ os: 'linux', home, clients: ['zoom'], pool, signal: controller.signal });
      await held.waiting();
      controller.abort();
      expect((await scan).complete).toBe(false);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(scans).toBe(1);
      expect(unheard).toEqual([]);
    } finally {
      process.off('unhandledRejection', hear);
    }
  });

  it('lists and previews the same files whichever order the threads finish them in', async () => {
    const home = await tempDir();
    // A Chromium cache folder (Simple Cache entry names, chromium.org "Very Simple Backend") of Slack's, more files
    // than a location lists, holding log lines in Zoom's shape (homes.ts) with values that differ file by file and
    // repeat across files; and a log big enough (8 MiB in all) that the scan goes to a pool.
    const cache = '.config/Slack/Cache/Cache_Data';
    const tree: Record<string, string> = {};
    for (let i = 0; i < 700; i++) {
      const user = ['jane.doe', 'sam.smith', 'ann.lee', 'raj.patel', 'li.wei', 'ola.nowak', 'tom.ek'][(i * 5) % 7];
      tree[`${cache}/${(i * 2654435761 % 2 ** 32).toString(16).padStart(16, '0')}_0`] = zoomLog.replace('jane.doe', user!).replace('192.0.2.44', `192.0.2.${i % 9}`);
    }
    await writeTree(home, tree);
    await mkdir(join(home, '.zoom/logs'), { recursive: true });
    await writeFile(join(home, '.zoom/logs/big.log'), 'DEBUG heartbeat ok seq=1 latency=12ms\n'.repeat(230_000) + zoomLog);
    const scan = (pool?: ReturnType<typeof heldScanPool>) => {
      pool?.release(Number.MAX_SAFE_INTEGER);
      return scanClients({ os: 'linux', home, clients: ['zoom', 'slack'], pool: pool?.pool, maxListedFiles: 100 });
    };
    const reversed = heldScanPool({ order: 'reversed' });
    const [here, inOrder, backwards] = await Promise.all([scan(), scan(heldScanPool()), scan(reversed)]);
    expect(reversed.scanned).toBe(701);
    const data = backwards.clients.find((c) => c.id === 'slack')!.locations.find((l) => l.id === 'slack.linux.data')!;
    expect(data.files).toHaveLength(100);
    expect(data.filesNotListed).toBe(600);
    expect(data.findings.emails.count).toBe(700);
    expect(data.findings.emails.previews).toHaveLength(5);
    expect(JSON.stringify(backwards)).toBe(JSON.stringify(here));
    expect(JSON.stringify(inOrder)).toBe(JSON.stringify(here));
  });
});
