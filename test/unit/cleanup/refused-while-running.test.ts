import { describe, expect, it } from 'vitest';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDir, writeTree } from '../../support/temp.js';
import { planClear } from '../../../electron/core/cleanup/clear-plan.js';
import { executeClear } from '../../../electron/core/cleanup/clear.js';
import { Quarantine } from '../../../electron/core/cleanup/quarantine.js';
import { processListerFrom } from '../../../electron/core/cleanup/processes.js';
import { linuxProcessSource } from '../../../electron/core/calls/linux-processes.js';
import { quarantineFolder } from '../../../electron/core/cleanup/paths.js';
import { runCliProcess } from '../../support/cli.js';
import { runNamed } from './running.js';

// These start real processes named like a meeting client, which every other clear on this machine sees: vitest.config.ts
// runs this file with the other process-starting files, after the files that clear (see "machine processes" there).
describe('a clear refuses while the client runs (real processes)', () => {
  it('the CLI refuses, naming the process and its pid (exit 1), and moves nothing', async () => {
    const home = await tempDir();
    await writeTree(home, {
      '.config/teams-for-linux/logs/main.log': 'jane.doe@example.org',
      '.config/Meeting Guard/preferences.json': '{"cleanupMode":"clear-on-confirm"}',
    });
    const child = await runNamed('teams-for-linux');
    const run = await runCliProcess(['cleanup', '--clear', '--yes', '--client', 'teams', '--home', home]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`Refused for Microsoft Teams: teams-for-linux (pid ${child.pid}) is running`);
    expect(await readdir(join(home, '.config/teams-for-linux/logs'))).toEqual(['main.log']);
  });

  it('the clear itself refuses, naming the process, and leaves the folder as it was', async () => {
    const home = await tempDir();
    const log = '.config/teams-for-linux/Local Storage/leveldb/000003.log';
    await writeTree(home, { [log]: 'jane.doe@example.org' });
    const child = await runNamed('teams');
    const plan = await planClear({ os: 'linux', home, clients: ['teams'] });
    const quarantine = new Quarantine({ root: quarantineFolder('linux', home), home, now: () => new Date('2026-01-10T09:00:00Z'), retentionDays: 7 });
    const result = await executeClear({ os: 'linux', plan, dryRun: false, listProcesses: processListerFrom(linuxProcessSource()), quarantine });
    expect(result.refusedClients[0]?.running).toContainEqual({ pid: child.pid, name: 'teams' });
    // Other process-starting files run their own stand-ins at the same time, so the reason is matched, not the full list.
    expect(result.items).toEqual([
      { client: 'teams', path: join(home, '.config/teams-for-linux'), status: 'skipped', reason: expect.stringMatching(/\bteams\b.* is running: quit it first$/) },
    ]);
    expect(await readFile(join(home, log), 'utf8')).toBe('jane.doe@example.org');
  });
});
