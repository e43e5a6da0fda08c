import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDir, writeTree } from '../../support/temp.js';
import { runCliProcess } from '../../support/cli.js';
import { scanReportSchema } from '../../../electron/core/cleanup/scan-report.js';
import { linuxHome } from './homes.js';

/** The user's own choice, in the preferences file of that home (the CLI reads it as the app would). */
const allowClearing = (home: string) => writeTree(home, { '.config/Meeting Guard/preferences.json': '{"cleanupMode":"clear-on-confirm"}' });

describe('meeting-guard cleanup (real CLI process)', () => {
  it('scans another home as JSON with masked previews only', async () => {
    const home = await tempDir();
    await linuxHome(home);
    const run = await runCliProcess(['cleanup', '--scan', '--client', 'zoom', '--json', '--home', home]);
    expect(run.code).toBe(0);
    const report = scanReportSchema.parse(JSON.parse(run.stdout));
    expect(report.clients.map((c) => c.id)).toEqual(['zoom']);
    expect(report.clients[0]!.findings.emails.previews).toEqual(['j***@example.org']);
    expect(run.stdout).not.toContain('jane.doe@example.org');
  });

  it('prints the report as its schema reads it, key for key in the schema\'s order, for every client', async () => {
    const home = await tempDir();
    await linuxHome(home);
    // A location with a note of its own and a client with limits (Teams on Linux), a file with a note (encrypted).
    await writeTree(home, { '.config/teams-for-linux/Local Storage/leveldb/000003.log': 'user ann@example.org', '.zoom/data/zoomus.enc.db': 'x'.repeat(10) });
    const run = await runCliProcess(['cleanup', '--scan', '--json', '--home', home]);
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout);
    expect(JSON.stringify(printed)).toBe(JSON.stringify(scanReportSchema.parse(printed)));
    const teams = printed.clients.find((c: { id: string }) => c.id === 'teams');
    expect(teams.limits).toBeDefined();
    expect(teams.locations.some((l: { note?: string }) => l.note)).toBe(true);
  });

  it('refuses --clear without --yes (exit 2), clears with --yes (exit 0) and undoes', async () => {
    const home = await tempDir();
    await linuxHome(home);
    await allowClearing(home);
    const refused = await runCliProcess(['cleanup', '--clear', '--client', 'zoom', '--home', home]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('add --yes');
    expect(await readdir(join(home, '.zoom'))).toEqual(['data', 'logs']);
    const done = await runCliProcess(['cleanup', '--clear', '--yes', '--client', 'zoom', '--home', home]);
    expect(done.code).toBe(0);
    expect(done.stdout).toContain('does not guarantee erasure on SSDs');
    expect(await readdir(join(home, '.zoom'))).toEqual([]);
    const undo = await runCliProcess(['cleanup', '--undo', '--home', home]);
    expect(undo.code).toBe(0);
    expect((await readdir(join(home, '.zoom'))).sort()).toEqual(['data', 'logs']);
  });

  it('records "last cleared" in the user\'s own state file when something moved, never in another user\'s home', async () => {
    const home = await tempDir();
    await linuxHome(home);
    await allowClearing(home);
    const env = { HOME: home, XDG_CONFIG_HOME: '', XDG_DATA_HOME: '' };
    const stateFile = join(home, '.config/Meeting Guard/state.json');
    const dry = await runCliProcess(['cleanup', '--clear', '--dry-run', '--client', 'zoom'], { env });
    expect(dry.code).toBe(0);
    expect(existsSync(stateFile)).toBe(false);
    const before = Date.now();
    const done = await runCliProcess(['cleanup', '--clear', '--yes', '--client', 'zoom'], { env });
    expect(done.code).toBe(0);
    const state = JSON.parse(await readFile(stateFile, 'utf8')) as { lastCleanupAt: string };
    expect(Date.parse(state.lastCleanupAt)).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);

    const other = await tempDir();
    await linuxHome(other);
    await allowClearing(other);
    const elsewhere = await runCliProcess(['cleanup', '--clear', '--yes', '--client', 'zoom', '--home', other], { env });
    expect(elsewhere.code).toBe(0);
    expect(await readdir(join(other, '.zoom'))).toEqual([]);
    expect(existsSync(join(other, '.config/Meeting Guard/state.json'))).toBe(false);
  });

  it('the person\'s own "remind" clears nothing and says it is their setting and where to change it, not the organisation\'s', async () => {
    const home = await tempDir();
    await linuxHome(home);
    await writeTree(home, { '.config/Meeting Guard/preferences.json': '{"cleanupMode":"remind"}' });
    const run = await runCliProcess(['cleanup', '--clear', '--yes', '--client', 'zoom', '--home', home]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('set to remind only');
    expect(run.stderr).toContain(`in your own settings: nothing was moved. To clear, choose "Clear on confirm"`);
    expect(run.stderr).toContain(join(home, '.config/Meeting Guard/preferences.json'));
    expect(run.stderr).not.toContain('organisation');
    expect((await readdir(join(home, '.zoom'))).sort()).toEqual(['data', 'logs']);
  });

  it('clears at the default mode (clear-on-confirm: the person asked with --yes, and undo is there)', async () => {
    const home = await tempDir();
    await linuxHome(home);
    const run = await runCliProcess(['cleanup', '--clear', '--yes', '--client', 'zoom', '--home', home]);
    expect(run.code).toBe(0);
    expect(await readdir(join(home, '.zoom'))).toEqual([]);
  });

  it('rejects an unknown client as a usage error', async () => {
    const run = await runCliProcess(['cleanup', '--scan', '--client', 'skype']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown client');
  });
});
