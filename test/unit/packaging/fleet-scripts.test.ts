import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { statusInputs } from '../../support/status.js';
import { buildStatus, type StatusInputs } from '../../../electron/core/report/build-status.js';
import { formatStatus, jamfValue } from '../../../electron/core/report/formats.js';
import type { FleetStatus } from '../../../electron/core/report/status-model.js';
import { fakeTool, tempDir } from '../../support/temp.js';
import { PROJECT } from './maintainer-scripts.js';

const FLEET = join(PROJECT, 'build/fleet');
const sh = promisify(execFile);

function status(over: Partial<StatusInputs> = {}): FleetStatus {
  return buildStatus(statusInputs({ producer: 'app', os: 'linux', policy: { sources: ['/etc/meeting-guard/policies/managed/10-council.json'], errors: [] }, ...over }));
}
const busy = () => status({ recorders: ['OBS Studio', 'Loom'], policy: { sources: [], errors: ['quarantineDays: expected a whole number'] }, state: {} });

interface Run { code: number; stdout: string; stderr: string }
async function script(file: string, env: Record<string, string>): Promise<Run> {
  const shell = file.endsWith('.sh') && readFileSync(join(FLEET, file), 'utf8').startsWith('#!/bin/bash') ? 'bash' : 'sh';
  try {
    const { stdout, stderr } = await sh(shell, [join(FLEET, file)], { env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env } });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

/** Stands in for the installed app binary: prints what `report --format <f>` would and exits like it. */
async function fakeApp(dir: string, s: FleetStatus, format: 'intune' | 'jamf', code: number): Promise<string> {
  await fakeTool(join(dir, 'bin'), 'meeting-guard', { stdout: formatStatus(s, format), code });
  return join(dir, 'bin', 'meeting-guard');
}

/** What Intune does with discovery output: parse the JSON and check each rule's setting for type and value. */
function intuneEvaluate(stdout: string): Record<string, boolean> {
  const rules = JSON.parse(readFileSync(join(FLEET, 'intune-compliance-rules.json'), 'utf8')) as {
    Rules: { SettingName: string; Operator: string; DataType: string; Operand: unknown }[];
  };
  const output = JSON.parse(stdout) as Record<string, unknown>;
  const cmpVersion = (a: string, b: string) => {
    const [x, y] = [a, b].map((v) => v.split('.').map(Number));
    for (let i = 0; i < 4; i += 1) if ((x![i] ?? 0) !== (y![i] ?? 0)) return (x![i] ?? 0) - (y![i] ?? 0);
    return 0;
  };
  return Object.fromEntries(
    rules.Rules.map((r) => {
      const v = output[r.SettingName];
      const typed = { Boolean: typeof v === 'boolean', Int64: Number.isInteger(v), Version: typeof v === 'string' && /^\d+(\.\d+){1,3}$/.test(v), String: typeof v === 'string' }[r.DataType];
      expect(typed, `${r.SettingName} should be ${r.DataType}, got ${JSON.stringify(v)}`).toBe(true);
      const diff = r.DataType === 'Version' ? cmpVersion(v as string, r.Operand as string) : null;
      const ok = { IsEquals: diff === null ? v === r.Operand : diff === 0, GreaterEquals: (diff ?? 0) >= 0, LessEquals: (diff ?? 0) <= 0 }[r.Operator];
      return [r.SettingName, ok ?? false];
    }),
  );
}

/** What Jamf Pro keeps from an extension attribute: the text between <result> and </result>. */
function jamfResult(stdout: string): string {
  const m = /<result>(.*)<\/result>/s.exec(stdout);
  expect(m, `no <result> in ${stdout}`).not.toBeNull();
  return m![1]!;
}

describe('Intune discovery script for Linux', () => {
  it('prints the app\'s own answer, even when the app exits 1 for a finding', async () => {
    const dir = await tempDir();
    const s = busy();
    const run = await script('intune-discovery-linux.sh', { HOME: dir, MEETING_GUARD_APP: await fakeApp(dir, s, 'intune', 1) });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(formatStatus(s, 'intune'));
    expect(intuneEvaluate(run.stdout)).toEqual({ MeetingGuardDeviceManaged: true, MeetingGuardPolicyErrors: false, MeetingGuardRecorderActive: false, MeetingGuardVersion: true });
  });

  it('falls back to the status file and gives exactly the app\'s --format intune line', async () => {
    for (const s of [status(), busy()]) {
      const dir = await tempDir();
      await mkdir(join(dir, '.local/share/meeting-guard'), { recursive: true });
      await writeFile(join(dir, '.local/share/meeting-guard/status.json'), JSON.stringify(s, null, 2));
      const run = await script('intune-discovery-linux.sh', { HOME: dir, MEETING_GUARD_APP: join(dir, 'not-installed') });
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(formatStatus(s, 'intune'));
    }
  });

  it('uses the status file when the app fails without a report (exit 4), honouring XDG_DATA_HOME', async () => {
    const dir = await tempDir();
    const s = status();
    await fakeTool(join(dir, 'bin'), 'meeting-guard', { stderr: 'internal error', code: 4 });
    await mkdir(join(dir, 'data/meeting-guard'), { recursive: true });
    await writeFile(join(dir, 'data/meeting-guard/status.json'), JSON.stringify(s));
    const run = await script('intune-discovery-linux.sh', { HOME: join(dir, 'nohome'), XDG_DATA_HOME: join(dir, 'data'), MEETING_GUARD_APP: join(dir, 'bin/meeting-guard') });
    expect(run.stdout).toBe(formatStatus(s, 'intune'));
    expect(intuneEvaluate(run.stdout).MeetingGuardDeviceManaged).toBe(true);
  });

  it('fails (exit 1, message on stderr) when there is neither a report nor a status file', async () => {
    const dir = await tempDir();
    const run = await script('intune-discovery-linux.sh', { HOME: dir, MEETING_GUARD_APP: join(dir, 'none') });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/no report .* no readable status file/);
  });
});

describe('Jamf Pro extension attribute script', () => {
  const user = () => process.env.USER ?? 'root';

  it('prints the app\'s own <result> line', async () => {
    const dir = await tempDir();
    const s = busy();
    const run = await script('jamf-extension-attribute.sh', { MEETING_GUARD_USER: user(), MEETING_GUARD_HOME: dir, MEETING_GUARD_APP: await fakeApp(dir, s, 'jamf', 1) });
    expect(run.code).toBe(0);
    expect(jamfResult(run.stdout)).toBe(jamfValue(s));
    // A smart group "Extension attribute like recorders=Loom,OBS Studio;" matches.
    expect(jamfResult(run.stdout)).toContain('recorders=Loom,OBS Studio;');
  });

  it('falls back to the console user\'s status file with the same pairs, plus when it was written', async () => {
    for (const s of [status(), busy(), status({ recorders: ['Rec<order>; v2'] })]) {
      const dir = await tempDir();
      await mkdir(join(dir, 'Library/Application Support/Meeting Guard'), { recursive: true });
      await writeFile(join(dir, 'Library/Application Support/Meeting Guard/status.json'), JSON.stringify(s, null, 2));
      const run = await script('jamf-extension-attribute.sh', { MEETING_GUARD_USER: user(), MEETING_GUARD_HOME: dir, MEETING_GUARD_APP: join(dir, 'none') });
      expect(run.code).toBe(0);
      expect(jamfResult(run.stdout)).toBe(`${jamfValue(s)}; from-status-file=${s.generatedAt}`);
    }
  });

  it('still answers Jamf (exit 0, device=unknown) when there is nothing to read', async () => {
    const dir = await tempDir();
    const run = await script('jamf-extension-attribute.sh', { MEETING_GUARD_USER: 'ana', MEETING_GUARD_HOME: dir, MEETING_GUARD_APP: join(dir, 'none') });
    expect(run.code).toBe(0);
    expect(jamfResult(run.stdout)).toMatch(/^device=unknown; error=.*ana$/);
  });
});

describe('Windows scripts (PowerShell is not available here: checked as text)', () => {
  const ps = (name: string) => readFileSync(join(FLEET, name), 'utf8');

  it('the compliance discovery fallback names exactly the settings of the shipped rules file', () => {
    const rules = JSON.parse(readFileSync(join(FLEET, 'intune-compliance-rules.json'), 'utf8')) as { Rules: { SettingName: string }[] };
    const block = /\$result = \[ordered\]@\{([^}]*)\}/.exec(ps('intune-discovery-windows.ps1'))![1]!;
    const keys = [...block.matchAll(/^\s*(\w+)\s*=/gm)].map((m) => m[1]);
    expect(keys).toEqual(rules.Rules.map((r) => r.SettingName));
    expect(Object.keys(JSON.parse(formatStatus(status(), 'intune')) as object)).toEqual(keys);
  });

  it('both scripts look for the per-machine install path and the documented status file', () => {
    for (const name of ['intune-discovery-windows.ps1', 'intune-win32-detection.ps1']) {
      expect(ps(name)).toContain("Join-Path $env:ProgramFiles 'Meeting Guard\\Meeting Guard.exe'");
    }
    expect(ps('intune-discovery-windows.ps1')).toContain('Users\\*\\AppData\\Local\\MeetingGuard\\status.json');
    expect(ps('intune-discovery-windows.ps1')).toContain("@('report', '--format', 'intune')");
  });
});
