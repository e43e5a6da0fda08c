import { describe, expect, it } from 'vitest';
import { PolicyService, type Timers, type Watcher } from '../../../electron/core/policy/policy-service.js';
import { memoryPreferences } from '../../../electron/core/policy/preferences.js';
import type { PolicyReadout, PolicySource } from '../../../electron/core/policy/policy-source.js';
import type { Resolution } from '../../../electron/core/policy/resolve.js';

/** Timers that run only when the test says time has passed. */
function manualTimers() {
  let pending: { id: number; at: number; run: () => void }[] = [];
  let now = 0;
  let next = 0;
  const timers: Timers = {
    setTimeout: (run, ms) => {
      pending.push({ id: ++next, at: now + ms, run });
      return next;
    },
    clearTimeout: (id) => void (pending = pending.filter((t) => t.id !== id)),
  };
  const advance = async (ms: number) => {
    now += ms;
    for (const due of pending.filter((t) => t.at <= now)) {
      pending = pending.filter((t) => t !== due);
      due.run();
    }
    await new Promise((r) => setImmediate(r));
  };
  return { timers, advance, count: () => pending.length };
}

function switchableSource(initial: PolicyReadout['machine']) {
  let machine = initial;
  let reads = 0;
  const source: PolicySource = { watchPaths: () => ['/policy'], read: async () => (reads++, { machine, user: {}, problems: [] }) };
  return { source, set: (m: PolicyReadout['machine']) => void (machine = m), reads: () => reads };
}

function manualWatch() {
  const watched = new Map<string, () => void>();
  const closed: string[] = [];
  const watch: Watcher = (path, onChange) => {
    watched.set(path, onChange);
    return { close: () => closed.push(path) };
  };
  return { watch, fire: (path: string) => watched.get(path)?.(), closed };
}

describe('PolicyService', () => {
  it('re-reads on its interval and emits only when the settings changed', async () => {
    const clock = manualTimers();
    const src = switchableSource({ hideQuit: { value: true, origin: 'f' } });
    const service = new PolicyService({ source: src.source, preferences: memoryPreferences(), intervalMs: 60_000, timers: clock.timers, watch: manualWatch().watch });
    const seen: Resolution[] = [];
    service.onChange((r) => seen.push(r));
    const first = await service.start();
    expect(first.settings.hideQuit.value).toBe(true);
    expect(seen).toHaveLength(1);
    await clock.advance(60_000);
    expect(src.reads()).toBe(2);
    expect(seen).toHaveLength(1);
    src.set({ hideQuit: { value: false, origin: 'f' } });
    await clock.advance(60_000);
    expect(seen).toHaveLength(2);
    expect(seen[1]?.settings.hideQuit).toMatchObject({ value: false, locked: true });
    service.stop();
  });

  it('re-reads soon after a watched folder changes, once per burst of events', async () => {
    const clock = manualTimers();
    const watcher = manualWatch();
    const src = switchableSource({});
    const service = new PolicyService({ source: src.source, preferences: memoryPreferences(), intervalMs: 60_000, settleMs: 500, timers: clock.timers, watch: watcher.watch });
    await service.start();
    src.set({ cleanupMode: { value: 'off', origin: 'f' } });
    watcher.fire('/policy');
    watcher.fire('/policy');
    watcher.fire('/policy');
    await clock.advance(500);
    expect(src.reads()).toBe(2);
    expect(service.current()?.settings.cleanupMode.value).toBe('off');
  });

  it('stop() cancels its timers and closes its watchers', async () => {
    const clock = manualTimers();
    const watcher = manualWatch();
    const src = switchableSource({});
    const service = new PolicyService({ source: src.source, preferences: memoryPreferences(), timers: clock.timers, watch: watcher.watch });
    await service.start();
    expect(clock.count()).toBe(1);
    service.stop();
    expect(clock.count()).toBe(0);
    expect(watcher.closed).toEqual(['/policy']);
    await clock.advance(10 * 60_000);
    expect(src.reads()).toBe(1);
  });

  it('lets the user change an editable preference, refuses a locked or IT-only one', async () => {
    const prefs = memoryPreferences();
    const src = switchableSource({ cleanupMode: { value: 'clear-on-confirm', origin: 'HKLM' } });
    const service = new PolicyService({ source: src.source, preferences: prefs, timers: manualTimers().timers, watch: manualWatch().watch });
    await service.start();
    expect(await service.setPreference('cleanupMode', 'off')).toEqual({ ok: false, message: 'cleanupMode is set by your organisation' });
    expect(await service.setPreference('hideQuit', true)).toEqual({ ok: false, message: 'hideQuit is not a setting you can change' });
    expect(await service.setPreference('snoozeMinutes', 1)).toEqual({ ok: false, message: 'snoozeMinutes: must be at least 5' });
    const done = await service.setPreference('snoozeMinutes', 45);
    expect(done.ok && done.resolution.settings.snoozeMinutes).toMatchObject({ value: 45, source: 'user-preference' });
    expect(await prefs.get('snoozeMinutes')).toBe(45);
    service.stop();
  });
});
