import { describe, expect, it } from 'vitest';
import { builtInCatalogue } from '../../../electron/core/calls/catalogue.js';
import { compileMatcher } from '../../../electron/core/calls/match.js';
import { createCallWatcher, defaultWatcherSettings } from '../../../electron/core/calls/call-watcher.js';
import { initialCallState, reduce, type CallState } from '../../../electron/core/calls/call-state.js';
import type { CallEffect, CallEvent } from '../../../electron/core/calls/call-events.js';
import type { ProcessInfo, ProcessSource } from '../../../electron/core/calls/process-snapshot.js';
import { fakeClock } from '../calls/fake-clock.js';

const HOUR = 3_600_000;
const catalogue = builtInCatalogue();

/**
 * Timers run on monotonic time (as Node's do); `now()` is the wall clock, which sleep/resume or a time correction
 * moves by `jump`.
 */
function wallClock() {
  const fake = fakeClock();
  let offset = 0;
  return { clock: { ...fake.clock, now: () => fake.clock.now() + offset }, advance: fake.advance, jump: (ms: number) => void (offset += ms) };
}

function scripted() {
  let list: ProcessInfo[] = [];
  let hang = false;
  const source: ProcessSource = { snapshot: () => (hang ? new Promise<ProcessInfo[]>(() => undefined) : Promise.resolve(list)) };
  return { source, set: (names: string[]) => (list = names.map((name, i) => ({ pid: 100 + i, name }))), hang: (on: boolean) => (hang = on) };
}

function run(events: CallEvent[]): { state: CallState; effects: CallEffect[] } {
  let state = initialCallState;
  const effects: CallEffect[] = [];
  for (const e of events) {
    const r = reduce(state, e);
    state = r.state;
    effects.push(...r.effects.filter((x) => x.type !== 'update-tray'));
  }
  return { state, effects };
}

describe('the wall clock jumping (sleep and resume, time corrections)', () => {
  it('watcher: hours forward and back mid-call neither repeat the notice or warning nor lose the end of the call', async () => {
    const procs = scripted();
    const { clock, advance, jump } = wallClock();
    const effects: CallEffect[] = [];
    const problems: string[] = [];
    const watcher = createCallWatcher(
      { processes: procs.source, media: { check: async () => ({ signals: [], notes: [] }) }, matcher: compileMatcher(catalogue, 'linux'), catalogue, home: '/nonexistent', clock, recordingTraces: async () => [], onEffect: (e) => effects.push(e), onProblem: (p) => problems.push(p) },
      defaultWatcherSettings,
    );
    watcher.start();
    procs.set(['zoom', 'CptHost', 'obs']);
    await advance(2_000);
    jump(5 * HOUR); // the lid was closed for five hours
    await advance(2_000);
    jump(-8 * HOUR); // the time is corrected backwards
    await advance(2_000);
    procs.set(['zoom']); // the call ends …
    await advance(1_000);
    jump(-HOUR); // … and the clock goes back before the grace period is over
    await advance(3_000);
    await watcher.stop();
    expect(effects.filter((e) => e.type !== 'update-tray').map((e) => e.type)).toEqual(['show-notice', 'warn-recorder', 'remind-cleanup']);
    expect(problems).toEqual([]);
  });

  it('watcher: a process list that stops answering mid-call reports a problem each time but keeps the call', async () => {
    const procs = scripted();
    const { clock, advance } = wallClock();
    const effects: string[] = [];
    const problems: string[] = [];
    const watcher = createCallWatcher(
      { processes: procs.source, media: { check: async () => ({ signals: [], notes: [] }) }, matcher: compileMatcher(catalogue, 'linux'), catalogue, home: '/nonexistent', clock, recordingTraces: async () => [], onEffect: (e) => effects.push(e.type), onProblem: (p) => problems.push(p) },
      defaultWatcherSettings,
    );
    watcher.start();
    procs.set(['zoom', 'CptHost']);
    await advance(2_000);
    procs.hang(true);
    await advance(10_000);
    expect(watcher.state().phase).toBe('in-call');
    procs.hang(false);
    await advance(2_000);
    await watcher.stop();
    expect(problems.length).toBeGreaterThanOrEqual(2);
    expect(problems.every((p) => p === 'process list did not answer within 3000 ms')).toBe(true);
    expect(watcher.state()).toMatchObject({ phase: 'in-call', callId: 1 });
    expect(effects.filter((e) => e !== 'update-tray')).toEqual(['show-notice']);
  });

  it('reducer: after the clock went back, a new call outside the real resume window still gets its notice', () => {
    const at0 = 10 * HOUR;
    const on = (at: number): CallEvent => ({ type: 'call-signal-on', at, source: 'zoom', name: 'Zoom', evidence: 'CptHost' });
    const { effects } = run([
      on(at0),
      { type: 'tick', at: at0 + 1_500 },
      { type: 'call-signal-off', at: at0 + 60_000, source: 'zoom' },
      { type: 'tick', at: at0 + 62_000 }, // reminder; resume window open for 2 minutes
      { type: 'tick', at: at0 - 24 * HOUR }, // the clock goes back a day
      on(at0 - 24 * HOUR + 5 * 60_000), // a new call five real minutes later
    ]);
    expect(effects.map((e) => e.type)).toEqual(['show-notice', 'remind-cleanup', 'show-notice']);
  });

  it('reducer: a clock that goes back while the call is ending still reminds after the grace period, once', () => {
    const at0 = 10 * HOUR;
    const { effects } = run([
      { type: 'call-signal-on', at: at0, source: 'zoom', name: 'Zoom', evidence: 'CptHost' },
      { type: 'tick', at: at0 + 1_500 },
      { type: 'call-signal-off', at: at0 + 60_000, source: 'zoom' },
      { type: 'tick', at: at0 - 3 * HOUR },
      { type: 'tick', at: at0 - 3 * HOUR + 1_000 },
      { type: 'tick', at: at0 - 3 * HOUR + 2_000 },
      { type: 'tick', at: at0 + 5 * HOUR },
    ]);
    expect(effects.map((e) => e.type)).toEqual(['show-notice', 'remind-cleanup']);
  });
});
