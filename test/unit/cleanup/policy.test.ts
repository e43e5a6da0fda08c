import { describe, expect, it } from 'vitest';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDir, writeTree } from '../../support/temp.js';
import { makeCleanupCommand } from '../../../electron/core/cleanup/cleanup-command.js';
import type { CleanupPolicy } from '../../../electron/core/cleanup/cleanup-policy.js';
import { clientIds } from '../../../electron/core/cleanup/catalogue/catalogue.js';
import { selectPlatform } from '../../../electron/core/platform/select-platform.js';
import { runCommand } from '../../../electron/core/ports/command-runner.js';
import type { CliIo } from '../../../electron/core/cli/io.js';

const byPolicy = { mode: 'organisation', clients: 'organisation', extraPaths: 'organisation', retentionDays: 'organisation' } as const;
const defaultCleanupPolicy: CleanupPolicy = { mode: 'clear-on-confirm', clients: clientIds, extraPaths: [], retentionDays: 7, decidedBy: byPolicy };

async function run(argv: string[], home: string, policy: Partial<CleanupPolicy>) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), readStdin: async () => '', env: {}, cwd: home };
  const platform = selectPlatform('linux', { run: runCommand, root: '/', home, env: {} });
  const command = makeCleanupCommand({ policy: async () => ({ ...defaultCleanupPolicy, ...policy }), listProcesses: () => async () => [] });
  const code = await command.run(argv, { io, platform: async () => platform });
  return { code, stdout, stderr };
}

describe('cleanup obeys policy', () => {
  it('refuses to clear when policy turns cleanup off or to remind only, but still scans', async () => {
    const home = await tempDir();
    await writeTree(home, { '.zoom/logs/a.log': 'jane@example.org\n' });
    for (const mode of ['off', 'remind'] as const) {
      const r = await run(['--clear', '--yes'], home, { mode });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(mode === 'off' ? 'turned off' : 'remind only');
    }
    expect(await readdir(join(home, '.zoom'))).toEqual(['logs']);
    expect((await run(['--scan'], home, { mode: 'off' })).stdout).toContain('1 e-mail address (j***@example.org)');
  });

  it('clears policy extra paths inside home and reports the ones outside', async () => {
    const home = await tempDir();
    await writeTree(home, { 'Zoom-exports/chat.txt': 'bob@example.org\n' });
    const r = await run(['--clear', '--yes', '--client', 'zoom'], home, {
      extraPaths: [{ client: 'zoom', path: 'Zoom-exports' }, { client: 'zoom', path: '/etc' }],
    });
    expect(r.stdout).toContain(`cleared: ${join(home, 'Zoom-exports')}`);
    expect(r.stderr).toContain('extra path 2 ("/etc"): must be inside the user\'s home folder');
    expect(r.code).toBe(1);
  });

  it('only clears the clients policy allows', async () => {
    const home = await tempDir();
    await writeTree(home, { '.config/Slack/logs/browser.log': 'x' });
    await expect(run(['--clear', '--yes', '--client', 'slack'], home, { clients: ['zoom'] })).rejects.toMatchObject({
      exitCode: 1,
      message: "cleanup: your organisation's policy does not allow clearing slack",
    });
    expect(await readdir(join(home, '.config/Slack'))).toEqual(['logs']);
  });
});
