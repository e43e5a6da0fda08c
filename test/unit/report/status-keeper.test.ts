import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../../support/temp.js';
import { fakeClock } from '../calls/fake-clock.js';
import type { RecorderSighting } from '../../../electron/core/calls/call-events.js';
import type { DeviceStatus } from '../../../electron/core/device/types.js';
import { resolve } from '../../../electron/core/policy/resolve.js';
import { appStatusSource } from '../../../electron/core/report/app-status.js';
import { formatStatus } from '../../../electron/core/report/formats.js';
import { createStatusKeeper, writeStatusFile } from '../../../electron/core/report/status-keeper.js';
import { fleetStatusSchema, type FleetStatus } from '../../../electron/core/report/status-model.js';
import { updateAppState } from '../../../electron/core/state/app-state.js';

const managed: DeviceStatus = {
  schema: 'meeting-guard/device@1',
  os: 'linux',
  verdict: 'managed',
  managedBy: ['Active Directory (realmd)'],
  organisation: 'council.example',
  summary: 'Joined to council.example.',
  evidence: [{ signal: 'realm', status: 'positive', detail: 'joined', weight: 'decisive' }],
} as unknown as DeviceStatus;
const obs: RecorderSighting = { id: 'obs', name: 'OBS Studio', level: 'active', category: 'screen-recorder', evidence: 'obs (pid 7)' };
const loom: RecorderSighting = { id: 'loom', name: 'Loom', level: 'present', category: 'screen-recorder', evidence: 'loom (pid 8)' };

/** The app's status source over plain variables the test changes, writing into memory. */
function world() {
  const { clock, advance } = fakeClock(Date.parse('2026-11-23T09:00:00Z'));
  const vars = { device: managed as DeviceStatus | undefined, recorders: {} as Record<string, RecorderSighting>, policy: {} as Record<string, unknown> };
  const writes: { at: number; text: string }[] = [];
  const problems: string[] = [];
  const keeper = createStatusKeeper({
    file: '/status.json',
    clock,
    snapshot: appStatusSource({
      os: 'linux',
      stateFile: '/nonexistent/state.json',
      readState: async () => ({ state: {} }),
      now: () => new Date(clock.now()),
      device: () => vars.device,
      resolution: () => resolve({ 'machine-policy': Object.fromEntries(Object.entries(vars.policy).map(([k, v]) => [k, { value: v, origin: '/etc/meeting-guard/policies/managed/10.json' }])) }),
      call: () => ({ recorders: vars.recorders }),
    }),
    write: async (_path, text) => void writes.push({ at: clock.now(), text }),
    onProblem: (p) => problems.push(p),
  });
  const last = (): FleetStatus => fleetStatusSchema.parse(JSON.parse(writes.at(-1)!.text));
  return { clock, advance, vars, writes, problems, keeper, last };
}

describe('the running app\'s status file', () => {
  it('a burst of changes at start-up becomes one write of one line of JSON', async () => {
    const w = world();
    w.keeper.start();
    w.keeper.changed();
    w.vars.recorders = { obs, loom };
    w.keeper.changed();
    await w.advance(1_000);
    await w.keeper.stop();
    expect(w.writes).toHaveLength(1);
    const text = w.writes[0]!.text;
    expect(text.endsWith('\n')).toBe(true);
    expect(text.trimEnd()).not.toContain('\n');
    expect(w.last()).toMatchObject({ producer: 'app', device: { verdict: 'managed' }, recorders: { active: ['OBS Studio'], present: ['Loom'] }, cleanup: { mode: 'clear-on-confirm' } });
  });

  it('writes at most once per 5 seconds however often things change, and never loses the last change', async () => {
    const w = world();
    w.keeper.start();
    await w.advance(1_000);
    for (let i = 0; i < 20; i++) {
      w.vars.policy = { quarantineDays: i };
      w.keeper.changed();
      await w.advance(500);
    }
    await w.advance(10_000);
    await w.keeper.stop();
    const gaps = w.writes.slice(1).map((write, i) => write.at - w.writes[i]!.at);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(5_000);
    expect(w.writes.length).toBeLessThanOrEqual(4);
    expect(w.last().policy.sources).toEqual(['/etc/meeting-guard/policies/managed/10.json']);
    expect(w.writes.at(-1)!.at).toBeLessThanOrEqual(Date.parse('2026-11-23T09:00:00Z') + 1_000 + 10_000 + 5_000);
  });

  it('with nothing changing, still writes every 15 minutes so a reader can tell it is running', async () => {
    const w = world();
    w.keeper.start();
    await w.advance(60 * 60_000);
    await w.keeper.stop();
    expect(w.writes.map((x) => new Date(x.at).toISOString().slice(11, 19))).toEqual(['09:00:01', '09:15:01', '09:30:01', '09:45:01']);
    expect(w.last().generatedAt).toBe('2026-11-23T09:45:01.000Z');
  });

  it('writes nothing before the first device check has answered', async () => {
    const w = world();
    w.vars.device = undefined;
    w.keeper.start();
    await w.advance(5_000);
    expect(w.writes).toEqual([]);
    w.vars.device = managed;
    w.keeper.changed();
    await w.advance(5_000);
    await w.keeper.stop();
    expect(w.writes).toHaveLength(1);
  });

  it('a failed write is reported with the file, and the next change writes again', async () => {
    const { clock, advance } = fakeClock();
    const problems: string[] = [];
    let fail = true;
    let written = 0;
    const keeper = createStatusKeeper({
      file: '/full-disk/status.json',
      clock,
      snapshot: async () => ({}) as FleetStatus,
      write: async () => {
        if (fail) throw new Error('ENOSPC: no space left on device');
        written++;
      },
      onProblem: (p) => problems.push(p),
    });
    keeper.start();
    await advance(1_000);
    fail = false;
    keeper.changed();
    await advance(5_000);
    await keeper.stop();
    expect(problems).toEqual(['the status file /full-disk/status.json could not be written: ENOSPC: no space left on device']);
    expect(written).toBe(1);
  });

  it('reports the state file\'s times, and the Linux fleet script reads the file it wrote', async () => {
    const home = await tempDir();
    const file = join(home, '.local/share/meeting-guard/status.json');
    const stateFile = join(home, '.config/Meeting Guard/state.json');
    await updateAppState(stateFile, { lastNoticeAcknowledgedAt: '2026-11-23T08:00:00.000Z', lastCleanupAt: '2026-11-23T08:30:00.000Z' });
    const { clock, advance } = fakeClock(Date.parse('2026-11-23T09:00:00Z'));
    const keeper = createStatusKeeper({
      file,
      clock,
      snapshot: appStatusSource({ os: 'linux', stateFile, now: () => new Date(clock.now()), device: () => managed, resolution: () => resolve({}), call: () => ({ recorders: { obs } }) }),
      write: writeStatusFile,
    });
    keeper.start();
    await advance(1_000);
    await keeper.stop();
    const status = fleetStatusSchema.parse(JSON.parse(await readFile(file, 'utf8')));
    expect(status).toMatchObject({ notice: { lastAcknowledgedAt: '2026-11-23T08:00:00.000Z' }, cleanup: { lastClearedAt: '2026-11-23T08:30:00.000Z' } });
    expect(await readdir(join(home, '.local/share/meeting-guard'))).toEqual(['status.json']);
    const script = fileURLToPath(new URL('../../../build/fleet/intune-discovery-linux.sh', import.meta.url));
    const { stdout } = await promisify(execFile)('sh', [script], { env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home, MEETING_GUARD_APP: join(home, 'not-installed') } });
    expect(stdout).toBe(formatStatus(status, 'intune'));
  });
});
