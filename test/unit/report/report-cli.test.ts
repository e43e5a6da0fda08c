import { afterEach, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fleetStatusSchema } from '../../../electron/core/report/status-model.js';
import { fixture } from '../../support/fixtures.js';
import { runCliProcess } from '../../support/cli.js';
import { fakeTool, tempDir, writeTree } from '../../support/temp.js';

const running: ChildProcess[] = [];
afterEach(() => {
  for (const child of running.splice(0)) child.kill('SIGKILL');
});

/** A real process whose name is a recorder's: a copy of `sleep` called `name`. */
async function startProgram(dir: string, name: string, args: string[] = ['30']): Promise<void> {
  const path = join(dir, name);
  await copyFile('/bin/sleep', path);
  const child = spawn(path, args, { stdio: 'ignore' });
  running.push(child);
  await new Promise((r) => setTimeout(r, 100));
}

async function world() {
  const home = await tempDir();
  const bin = join(home, 'bin');
  await fakeTool(bin, 'realm', { stdout: fixture('device/linux/realm-ad.txt') });
  await writeTree(home, { '.config/Meeting Guard/state.json': JSON.stringify({ lastNoticeAcknowledgedAt: '2026-11-22T14:00:00.000Z' }) });
  const env = { HOME: home, PATH: `${bin}:/usr/bin:/bin`, XDG_CONFIG_HOME: '', XDG_DATA_HOME: '' };
  return { home, bin, env };
}

describe('meeting-guard report', () => {
  it('reports the verdict, the acknowledgement and a recorder running now, by name', async () => {
    const { bin, env } = await world();
    await startProgram(bin, 'simplescreenrecorder');
    const run = await runCliProcess(['report', '--format', 'json'], { env });
    const status = fleetStatusSchema.parse(JSON.parse(run.stdout));
    expect(status).toMatchObject({
      producer: 'cli',
      os: 'linux',
      device: { verdict: 'managed', managedBy: ['Active Directory'] },
      notice: { lastAcknowledgedAt: '2026-11-22T14:00:00.000Z' },
      cleanup: { lastClearedAt: null },
    });
    expect(status.recorders.active).toContain('SimpleScreenRecorder');
    expect(run.code).toBe(0);
  });

  it('jamf output is one <result> element Jamf can read', async () => {
    const { env } = await world();
    const run = await runCliProcess(['report', '--format', 'jamf'], { env });
    expect(run.stdout).toMatch(/^<result>device=managed; policy-errors=0; recorders=none; notice-ack=2026-11-22T14:00:00.000Z; cleanup=never; version=\d+\.\d+\.\d+<\/result>\n$/);
  });

  it('intune output is compact JSON with the compliance settings', async () => {
    const { env } = await world();
    const run = await runCliProcess(['report', '--format', 'intune'], { env });
    expect(JSON.parse(run.stdout)).toMatchObject({ MeetingGuardDeviceManaged: true, MeetingGuardPolicyErrors: 0, MeetingGuardRecorderActive: false });
  });

  it('exits 0 on a personal laptop too (a fleet script under set -e gets the report), and says so in text', async () => {
    const { bin, env } = await world();
    await fakeTool(bin, 'realm', { stdout: '' });
    const run = await runCliProcess(['report'], { env });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Device:     not-managed');
  });

  it('rejects an unknown format with the list of formats', async () => {
    const run = await runCliProcess(['report', '--format', 'xml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown format "xml"; expected one of text, json, jamf, intune');
  });
});
