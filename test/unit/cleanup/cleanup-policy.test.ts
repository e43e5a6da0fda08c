import { describe, expect, it } from 'vitest';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDir, writeTree } from '../../support/temp.js';
import { clearRefusal, clientNamedIn, decideCleanup, readCleanupPolicy, type CleanupSettings } from '../../../electron/core/cleanup/cleanup-policy.js';
import { clientIds } from '../../../electron/core/cleanup/catalogue/catalogue.js';
import { makeCleanupCommand } from '../../../electron/core/cleanup/cleanup-command.js';
import type { CliIo } from '../../../electron/core/cli/io.js';
import { selectPlatform } from '../../../electron/core/platform/select-platform.js';
import { LINUX_POLICY_DIR } from '../../../electron/core/policy/policy-schema.js';
import { runCommand } from '../../../electron/core/ports/command-runner.js';

import { resolve } from '../../../electron/core/policy/resolve.js';

/** Resolved settings as the policy module gives them: machine policy and the person's preferences. */
function resolved(machine: Record<string, unknown>, preferences: Record<string, unknown> = {}): CleanupSettings {
  const layer = (values: Record<string, unknown>, origin: string) => Object.fromEntries(Object.entries(values).map(([k, value]) => [k, { value, origin }]));
  return resolve({ 'machine-policy': layer(machine, '/etc/meeting-guard/policy.json'), 'user-preference': layer(preferences, 'preferences.json') }).settings;
}
const cleanupPolicyFromSettings = (values: Record<string, unknown>) => decideCleanup(resolved(values));

/** A laptop in a temporary folder: machine policy below `root`, a user's home with their own preferences. */
async function laptop(policy: Record<string, unknown>, preferences: Record<string, unknown> = {}) {
  const root = await tempDir();
  const home = await tempDir();
  await writeTree(root, { [`${LINUX_POLICY_DIR.slice(1)}/meeting-guard.json`]: JSON.stringify(policy) }, 0o644);
  await writeTree(home, { '.config/Meeting Guard/preferences.json': JSON.stringify(preferences) });
  return { root, home, platform: selectPlatform('linux', { run: runCommand, root, home: '/nonexistent-home', env: {} }) };
}

describe('cleanup settings to the command\'s policy', () => {
  it('maps mode, clients and retention; no clients set means every client', () => {
    expect(cleanupPolicyFromSettings({ cleanupMode: 'remind', cleanupClients: ['zoom', 'teams'], quarantineDays: 30 }).policy).toEqual({
      mode: 'remind', clients: ['zoom', 'teams'], extraPaths: [], retentionDays: 30,
      decidedBy: { mode: 'organisation', clients: 'organisation', extraPaths: 'default', retentionDays: 'organisation' },
    });
    expect(cleanupPolicyFromSettings({}).policy).toMatchObject({ clients: clientIds, mode: 'clear-on-confirm', decidedBy: { mode: 'default', clients: 'default' } });
  });

  it('names an unknown client and keeps the known ones', () => {
    const { policy, problems } = cleanupPolicyFromSettings({ cleanupClients: ['zoom', 'skype'] });
    expect(policy.clients).toEqual(['zoom']);
    expect(problems).toEqual([expect.stringContaining('cleanupClients: "skype" is not a client Meeting Guard knows')]);
  });

  it('an extra path counts with the client it names; one naming none is reported, not cleared', () => {
    expect(clientNamedIn('Documents/Zoom')).toBe('zoom');
    expect(clientNamedIn('Documents/Microsoft Teams Exports')).toBe('teams');
    expect(clientNamedIn('Documents/zoomed-photos')).toBeUndefined();
    expect(clientNamedIn('Documents/Zoom and Slack')).toBeUndefined(); // two clients: whose is it?
    const { policy, problems } = cleanupPolicyFromSettings({ cleanupExtraPaths: ['Documents/Zoom', 'Downloads/chats'] });
    expect(policy.extraPaths).toEqual([{ client: 'zoom', path: 'Documents/Zoom' }]);
    expect(problems).toEqual([expect.stringContaining('cleanupExtraPaths entry 2 ("Downloads/chats"): names no meeting client')]);
  });
});

describe('who decided, in the refusal', () => {
  it('names the organisation only when a policy set the mode; otherwise the person\'s setting and where to change it', () => {
    for (const mode of ['off', 'remind'] as const) {
      const byIt = clearRefusal(decideCleanup(resolved({ cleanupMode: mode }, { cleanupMode: 'clear-on-confirm' })).policy);
      expect(byIt).toMatch(/by your organisation: nothing was moved/);
      const own = clearRefusal(decideCleanup(resolved({}, { cleanupMode: mode })).policy, { preferencesFile: '/home/ada/.config/Meeting Guard/preferences.json' });
      expect(own).not.toMatch(/organisation/);
      expect(own).toContain('in your own settings: nothing was moved. To clear, choose "Clear on confirm" for "Meeting data after a call" in Meeting Guard\'s Settings, or set "cleanupMode": "clear-on-confirm" in /home/ada/.config/Meeting Guard/preferences.json');
    }
    expect(clearRefusal(decideCleanup(resolved({})).policy)).toBeUndefined();
  });
});

describe('the cleanup command reads policy like the app', () => {
  it('machine policy from this computer, preferences from the home being cleaned', async () => {
    const { home, platform } = await laptop({ cleanupClients: ['zoom'], quarantineDays: 3 }, { cleanupMode: 'clear-on-confirm' });
    const { policy, problems } = await readCleanupPolicy(platform, home, {});
    expect(policy).toMatchObject({ mode: 'clear-on-confirm', clients: ['zoom'], extraPaths: [], retentionDays: 3, decidedBy: { mode: 'person', clients: 'organisation' } });
    expect(problems).toEqual([]);
    // The same policy without that user's preferences: the default mode.
    expect((await readCleanupPolicy(platform, await tempDir(), {})).policy).toMatchObject({ mode: 'clear-on-confirm', decidedBy: { mode: 'default' } });
  });

  it('a bad cleanup value in policy is named; the rest still counts', async () => {
    const { home, platform } = await laptop({ cleanupMode: 'sometimes', quarantineDays: 3 });
    const { policy, problems } = await readCleanupPolicy(platform, home, {});
    expect(policy).toMatchObject({ mode: 'clear-on-confirm', retentionDays: 3, decidedBy: { mode: 'default' } });
    expect(problems).toEqual([expect.stringMatching(/meeting-guard\.json: cleanupMode: .*off, remind, clear-on-confirm/)]);
  });

  async function run(argv: string[], world: Awaited<ReturnType<typeof laptop>>) {
    let stdout = '';
    let stderr = '';
    const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), readStdin: async () => '', env: {}, cwd: world.home };
    const command = makeCleanupCommand({ listProcesses: () => async () => [] });
    const code = await command.run([...argv, '--home', world.home], { io, platform: async () => world.platform });
    return { code, stdout, stderr };
  }

  it('IT turning cleanup off wins over the user\'s own choice', async () => {
    const world = await laptop({ cleanupMode: 'off' }, { cleanupMode: 'clear-on-confirm' });
    await writeTree(world.home, { '.zoom/logs/a.log': 'jane@example.org\n' });
    const r = await run(['--clear', '--yes'], world);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('turned off');
    expect(await readdir(join(world.home, '.zoom/logs'))).toEqual(['a.log']);
  });

  it('clears policy\'s extra paths with their client, and reports the ones it cannot attribute', async () => {
    const world = await laptop({ cleanupMode: 'clear-on-confirm', cleanupExtraPaths: ['Documents/Zoom', 'Downloads/chats'] });
    await writeTree(world.home, { 'Documents/Zoom/chat.txt': 'bob@example.org\n', 'Downloads/chats/c.txt': 'x' });
    const r = await run(['--clear', '--yes', '--client', 'zoom'], world);
    expect(r.stdout).toContain(`cleared: ${join(world.home, 'Documents/Zoom')}`);
    expect(r.stderr).toContain('cleanupExtraPaths entry 2 ("Downloads/chats"): names no meeting client');
    expect(await readdir(join(world.home, 'Downloads/chats'))).toEqual(['c.txt']);
    expect(r.code).toBe(1);
  });
});
