import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { runCliProcess } from '../../support/cli.js';
import { tempDir, writeTree } from '../../support/temp.js';
import { runCli } from '../../../electron/core/cli/run-cli.js';
import { runCommand } from '../../../electron/core/ports/command-runner.js';
import { selectPlatform } from '../../../electron/core/platform/select-platform.js';

const fixtures = fileURLToPath(new URL('../../fixtures/policy/', import.meta.url));
const asRoot = process.getuid?.() === 0;

describe('meeting-guard policy --check FILE (the real CLI process)', () => {
  it('accepts a regedit export (UTF-16LE) and lists what it sets per hive', async () => {
    const run = await runCliProcess(['policy', '--check', join(fixtures, 'policy-export.reg')]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Windows registry export (.reg)');
    expect(run.stdout).toContain('ok (machine)  organisationName = "Example \\"Quoted\\" Council"');
    expect(run.stdout).toContain('ok (machine)  extraRecorders = ["obs64.exe","Camtasia.exe"]');
    expect(run.stdout).toContain('ok (user)  cleanupMode = "remind"');
    expect(run.stdout).toContain('No problems found.');
  });

  it('names each mistake in a hand-written .reg file and exits 1', async () => {
    const run = await runCliProcess(['policy', '--check', join(fixtures, 'wrong-vendor.reg'), '--json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { valid: boolean; problems: { origin: string; setting?: string; message: string }[] };
    expect(report.valid).toBe(false);
    const lines = report.problems.map((p) => `${p.setting ?? ''}: ${p.message}`);
    expect(lines.some((l) => /vendor key is MeetingGuardProject/.test(l))).toBe(true);
    expect(lines.some((l) => /dword must be 8 hexadecimal digits/.test(l))).toBe(true);
    expect(lines).toContain('cleanupMode: must be one of off, remind, clear-on-confirm');
    expect(lines).toContain('allowSnooze: is REG_SZ; expected REG_DWORD 1 (on) or 0 (off)');
  });

  it('reads the Custom Settings form of a user-scoped mobileconfig', async () => {
    const run = await runCliProcess(['policy', '--check', join(fixtures, 'custom-settings.mobileconfig')]);
    expect(run.stdout).toContain('ok (user)  cleanupMode = "remind"');
    // hideQuit is machine-only, so a user-scoped profile cannot set it.
    expect(run.stdout).toMatch(/hideQuit: can only be set for the whole machine/);
    expect(run.code).toBe(1);
  });

  it('reports a broken JSON file with its line, and a missing file with exit code 3', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'policy.json'), '{\n  "cleanupMode": "remind"\n  "hideQuit": true\n}\n');
    const broken = await runCliProcess(['policy', '--check', 'policy.json'], { cwd: dir });
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/policy\.json: not valid JSON: .*line 3, column 3/);
    const missing = await runCliProcess(['policy', '--check', 'nope.json'], { cwd: dir });
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('cannot read nope.json: ENOENT');
  });

  it('rejects a stray argument as a usage error', async () => {
    const run = await runCliProcess(['policy', 'extra']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('use --check FILE');
  });
});

describe.skipIf(!asRoot)('meeting-guard policy --json on a Linux host', () => {
  it('shows value, source, lock and origin of every setting, with user preferences below policy', async () => {
    const root = await tempDir();
    const home = join(root, 'home/ada');
    await writeTree(root, { 'etc/meeting-guard/policies/managed/org.json': '{"cleanupMode": "off", "helpLink": "ftp://x"}' }, 0o644);
    await writeTree(home, { '.config/Meeting Guard/preferences.json': '{"cleanupMode": "remind", "snoozeMinutes": 15}' });
    const host = { run: runCommand, root, home, env: {} };
    let stdout = '';
    const io = { stdout: (t: string) => void (stdout += t), stderr: () => undefined, readStdin: async () => '', env: {}, cwd: root };
    const code = await runCli(['policy', '--json'], { io, platform: async () => selectPlatform('linux', host) });
    const report = JSON.parse(stdout);
    expect(code).toBe(1);
    expect(report.schema).toBe('meeting-guard/policy@1');
    expect(report.settings.cleanupMode).toEqual({ value: 'off', source: 'machine-policy', locked: true, policyKey: 'cleanupMode', origin: '/etc/meeting-guard/policies/managed/org.json' });
    expect(report.settings.snoozeMinutes).toMatchObject({ value: 15, source: 'user-preference', locked: false });
    expect(report.problems).toEqual([
      { layer: 'machine-policy', origin: '/etc/meeting-guard/policies/managed/org.json', setting: 'helpLink', message: 'links must start with https: or mailto:, not ftp:' },
    ]);
  });
});
