import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEVICE_RECHECK_MS } from '../../../electron/core/app/device-checks.js';
import { createEffects } from '../../../electron/core/app/guard-effects.js';
import type { NotificationRequest } from '../../../electron/core/app/guard-ports.js';
import type { Guard } from '../../../electron/core/app/guard.js';
import type { DeviceStatus } from '../../../electron/core/device/types.js';
import type { MenuAction } from '../../../electron/core/menu/tray-menu.js';
import type { HostEnvironment } from '../../../electron/core/platform/platform.js';
import { selectPlatform } from '../../../electron/core/platform/select-platform.js';
import { LINUX_POLICY_DIR } from '../../../electron/core/policy/policy-schema.js';
import { resolve } from '../../../electron/core/policy/resolve.js';
import { recordingGuard, type ShellLog } from '../../support/recording-guard.js';
import { fakeClock } from '../calls/fake-clock.js';

// Shaped after `realm list` on a joined machine and `realm list` on a laptop joined to nothing (see the fixtures
// of test/fixtures/device/linux); the probe itself is replaced here, the verdict shape is the CLI's own.
const managed: DeviceStatus = { schema: 'meeting-guard/device@1', os: 'linux', verdict: 'managed', summary: 'Joined to the domain ad.example.org', organisation: 'ad.example.org', managedBy: ['realmd'], evidence: [] };
const notManaged: DeviceStatus = { ...managed, verdict: 'not-managed', summary: 'Not joined to a domain and not enrolled', managedBy: [] };
delete (notManaged as Partial<DeviceStatus>).organisation;

const made: string[] = [];
const guards: Guard[] = [];
afterEach(async () => {
  await Promise.all(guards.splice(0).map((g) => g.stop()));
  await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function guardOn(policy: Record<string, unknown>, device: () => DeviceStatus, argv: string[] = []) {
  const base = await mkdtemp(join(tmpdir(), 'mg-guard-'));
  made.push(base);
  const root = join(base, 'root');
  const home = join(base, 'home');
  await Promise.all([mkdir(join(root, LINUX_POLICY_DIR), { recursive: true }), mkdir(join(root, 'proc'), { recursive: true }), mkdir(home, { recursive: true })]);
  await writeFile(join(root, LINUX_POLICY_DIR, 'meeting-guard.json'), JSON.stringify(policy), { mode: 0o644 });
  const host: HostEnvironment = { run: async (command) => ({ kind: 'missing' as const, command }), root, home, env: { HOME: home } };
  const checks = { count: 0 };
  const platform = { ...selectPlatform('linux', host), device: { check: async () => (checks.count++, device()) } };
  const time = fakeClock(Date.parse('2026-01-15T09:00:00Z'));
  const { guard, log } = await recordingGuard({ platform, clock: time.clock, argv });
  guards.push(guard);
  return { guard, log, time, checks };
}

const lastTray = (log: ShellLog) => log.trays.at(-1);

describe('createGuard: the running app wired once from ports', () => {
  it('draws the tray at start and again once the device check answers', async () => {
    const { guard, log } = await guardOn({ organisationName: 'Harbourline' }, () => managed);
    expect(log.trays).toHaveLength(0);
    expect(await guard.start()).toBe('running');
    await vi.waitFor(() => expect(lastTray(log)?.model.items[0]).toMatchObject({ id: 'device-status', label: expect.stringContaining('ad.example.org') }));
    expect(lastTray(log)?.state).toBe('managed-idle');
  });

  it('routes every tray menu item: screens open, the call starts and ends, the help link, quit', async () => {
    const { guard, log } = await guardOn({ helpLink: 'https://intranet.example.org/meetings' }, () => managed);
    await guard.start();
    const open: [MenuAction, string][] = [['show-notice', 'notice'], ['cleanup', 'cleanup'], ['settings', 'settings'], ['what-we-keep', 'kept'], ['about', 'status']];
    for (const [action, screen] of open) {
      guard.select(action);
      expect(log.windows.at(-1)).toEqual({ screen, focus: true });
    }
    guard.select('start-call');
    expect(guard.callState().phase).not.toBe('idle');
    expect(lastTray(log)?.model.items.map((i) => i.id)).toContain('end-call');
    guard.select('end-call');
    expect(lastTray(log)?.model.items.map((i) => i.id)).toContain('start-call');
    guard.select('help');
    await vi.waitFor(() => expect(log.opened).toEqual(['https://intranet.example.org/meetings']));
    expect(log.quits).toBe(0);
    guard.select('quit');
    expect(log.quits).toBe(1);
  });

  it('a login start when startAtLogin is off quits before drawing anything', async () => {
    const { guard, log, checks } = await guardOn({ startAtLogin: false }, () => managed, ['/opt/Meeting Guard/meeting-guard', '--autostart']);
    expect(await guard.start()).toBe('quit');
    expect(log.quits).toBe(1);
    expect(log.trays).toHaveLength(0);
    expect(checks.count).toBe(0);
  });

  it('checks the device again every 30 minutes and says "not managed" once, not at every check', async () => {
    const { guard, log, time, checks } = await guardOn({}, () => notManaged);
    await guard.start();
    await vi.waitFor(() => expect(log.notifications).toHaveLength(1));
    expect(lastTray(log)?.state).toBe('not-managed');
    await time.advance(DEVICE_RECHECK_MS - 1);
    expect(checks.count).toBe(1);
    await time.advance(1);
    await vi.waitFor(() => expect(checks.count).toBe(2));
    expect(log.notifications).toHaveLength(1);
    await guard.stop();
    await time.advance(DEVICE_RECHECK_MS * 2);
    expect(checks.count).toBe(2);
  });
});

describe('effects: a snoozed reminder', () => {
  const settings = resolve({}).settings;
  const reminder = { type: 'remind-cleanup' as const, callId: 4, clients: ['Zoom'] };

  function effectsWith(phase: 'cleanup-reminder' | 'idle') {
    const shown: NotificationRequest[] = [];
    const scheduled: { ms: number; run: () => void }[] = [];
    const call = { phase, callId: 4 };
    const effects = createEffects({
      windows: { open: () => undefined, close: () => undefined, savePdf: async () => ({ saved: false }) },
      notifier: { show: (r) => void shown.push(r) },
      settings: () => settings,
      locale: () => 'en-GB',
      renderTray: () => undefined,
      callState: () => call,
      schedule: (ms, run) => void scheduled.push({ ms, run }),
    });
    return { effects, shown, scheduled, call };
  }

  it('comes back after the snooze while the reminder still stands', () => {
    const { effects, shown, scheduled } = effectsWith('cleanup-reminder');
    effects.carryOut(reminder);
    expect(shown).toHaveLength(1);
    expect(shown[0]?.snooze).toMatchObject({ minutes: 60, label: 'Remind me in 60 minutes' });
    shown[0]?.snooze?.onSnooze();
    expect(scheduled.map((s) => s.ms)).toEqual([60 * 60_000]);
    scheduled[0]?.run();
    expect(shown).toHaveLength(2);
  });

  it('is dropped when the person has moved on (a new call, or dismissed) before the snooze ends', () => {
    const { effects, shown, scheduled, call } = effectsWith('cleanup-reminder');
    effects.carryOut(reminder);
    shown[0]?.snooze?.onSnooze();
    call.phase = 'idle';
    scheduled[0]?.run();
    expect(shown).toHaveLength(1);
  });
});
