import { describe, expect, it } from 'vitest';
import { builtInCatalogue } from '../../../electron/core/calls/catalogue.js';
import { compileMatcher } from '../../../electron/core/calls/match.js';
import { createCallWatcher, defaultWatcherSettings } from '../../../electron/core/calls/call-watcher.js';
import type { CallEffect } from '../../../electron/core/calls/call-events.js';
import type { ProcessInfo, ProcessSource } from '../../../electron/core/calls/process-snapshot.js';
import type { MediaProbe } from '../../../electron/core/calls/media-signal.js';
import type { Clock } from '../../../electron/core/calls/clock.js';
import { fakeClock } from './fake-clock.js';

const catalogue = builtInCatalogue();

function setup(processes: ProcessSource, media: MediaProbe = { check: async () => ({ signals: [], notes: [] }) }, idleIntervalMs = 500) {
  const { clock, advance, pending } = fakeClock();
  // Every timer the watcher arms, by its delay.
  const armed: number[] = [];
  const counting: Clock = { ...clock, setTimeout: (fn, ms) => (armed.push(ms), clock.setTimeout(fn, ms)) };
  const effects: CallEffect[] = [];
  const problems: string[] = [];
  const watcher = createCallWatcher(
    { processes, media, matcher: compileMatcher(catalogue, 'linux'), catalogue, home: '/nonexistent', clock: counting, recordingTraces: async () => [], onEffect: (e) => effects.push(e), onProblem: (p) => problems.push(p) },
    { ...defaultWatcherSettings, intervalMs: 500, idleIntervalMs },
  );
  return { watcher, advance, pending, armed, effects, problems, kinds: () => effects.filter((e) => e.type !== 'update-tray').map((e) => e.type) };
}

/** A process list the test changes between polls. */
function scripted() {
  let list: ProcessInfo[] = [];
  let calls = 0;
  return {
    source: { snapshot: async () => (calls++, list) } satisfies ProcessSource,
    set: (names: string[]) => (list = names.map((name, i) => ({ pid: 100 + i, name }))),
    calls: () => calls,
  };
}

describe('call watcher poll loop (fake clock)', () => {
  it('turns process changes into a call with notice, warning and reminder', async () => {
    const procs = scripted();
    const { watcher, advance, kinds, effects } = setup(procs.source);
    watcher.start();
    await advance(500);
    procs.set(['zoom', 'CptHost', 'obs']);
    await advance(1_500);
    procs.set(['zoom']);
    await advance(2_500);
    await watcher.stop();
    expect(kinds()).toEqual(['show-notice', 'warn-recorder', 'remind-cleanup']);
    expect(effects.find((e) => e.type === 'warn-recorder')).toMatchObject({ recorder: { name: 'OBS Studio' } });
  });

  it('never starts a poll while the previous one is still running', async () => {
    let inFlight = 0;
    let overlapped = false;
    let release: () => void = () => undefined;
    const slow: ProcessSource = {
      snapshot: () => {
        inFlight++;
        if (inFlight > 1) overlapped = true;
        return new Promise((resolve) => (release = () => (inFlight--, resolve([]))));
      },
    };
    const { watcher, advance } = setup(slow);
    watcher.start();
    await advance(2_000); // four intervals pass while the first poll hangs: the probe timeout ends it
    release();
    await advance(2_000);
    // stop() waits for the poll in flight, which ends at the latest when its probe times out.
    const stopped = watcher.stop();
    await advance(defaultWatcherSettings.probeTimeoutMs);
    await stopped;
    expect(overlapped).toBe(false);
  });

  it('closes its media probe when it stops, so a probe that keeps a program running between checks ends it', async () => {
    const procs = scripted();
    let closed = 0;
    const media: MediaProbe = { check: async () => ({ signals: [], notes: [] }), close: () => void closed++ };
    const { watcher, advance } = setup(procs.source, media);
    watcher.start();
    await advance(1_000);
    expect(closed).toBe(0);
    await watcher.stop();
    expect(closed).toBe(1);
  });

  it('reports a probe that does not answer in time and carries on polling', async () => {
    let calls = 0;
    const hanging: ProcessSource = { snapshot: () => (calls++ === 0 ? new Promise(() => undefined) : Promise.resolve([])) };
    const { watcher, advance, problems } = setup(hanging);
    watcher.start();
    await advance(defaultWatcherSettings.probeTimeoutMs + 1_000);
    await watcher.stop();
    expect(problems).toEqual([`process list did not answer within ${defaultWatcherSettings.probeTimeoutMs} ms`]);
    expect(calls).toBeGreaterThan(1);
  });

  it('takes a blocking source at its word: no probe timer, the same calls, and a failure reported as a problem', async () => {
    let list: ProcessInfo[] = [];
    let calls = 0;
    let failNext = false;
    const blocking: ProcessSource = {
      snapshot: () => Promise.reject(new Error('the watcher asked a blocking source for a promise')),
      snapshotNow: () => {
        calls++;
        if (failNext) {
          failNext = false;
          throw new Error('/proc could not be listed');
        }
        return list;
      },
    };
    let mediaChecks = 0;
    const { watcher, advance, pending, armed, kinds, problems } = setup(blocking, { check: async () => (mediaChecks++, { signals: [], notes: [] }) });
    watcher.start();
    await advance(1_000);
    list = [{ pid: 100, name: 'zoom' }, { pid: 101, name: 'CptHost' }, { pid: 102, name: 'obs' }];
    await advance(1_500);
    failNext = true;
    await advance(500);
    list = [{ pid: 100, name: 'zoom' }];
    await advance(2_500);
    await watcher.stop();
    expect(kinds()).toEqual(['show-notice', 'warn-recorder', 'remind-cleanup']);
    expect(problems).toEqual(['/proc could not be listed']);
    // The only probe timeouts armed are the media probe's, one a check: none for the process list.
    expect(mediaChecks).toBeGreaterThan(0);
    expect(armed.filter((ms) => ms === defaultWatcherSettings.probeTimeoutMs)).toHaveLength(mediaChecks);
    expect(calls).toBeGreaterThan(8);
    expect(pending()).toBe(0);
  });

  it('asks for microphone/camera only while a meeting client runs', async () => {
    const procs = scripted();
    let checks = 0;
    const media: MediaProbe = { check: async () => (checks++, { signals: [{ device: 'microphone', label: 'Chromium input', source: 'test' }], notes: [] }) };
    const { watcher, advance, kinds } = setup(procs.source, media);
    watcher.start();
    await advance(5_000);
    expect(checks).toBe(0);
    procs.set(['chromium']);
    await advance(3_000);
    await watcher.stop();
    expect(checks).toBeGreaterThan(0);
    expect(kinds()).toEqual(['show-notice']);
  });

  for (const idle of [500, 2_000]) {
    it(`asks for a fresh process list once a minute, not on every poll (polls every ${idle} ms)`, async () => {
      const fresh: boolean[] = [];
      const source: ProcessSource = { snapshot: async (o) => (fresh.push(o?.fresh ?? false), []) };
      const { watcher, advance } = setup(source, undefined, idle);
      watcher.start();
      await advance(150_000);
      await watcher.stop();
      expect(fresh.length).toBeGreaterThan(150_000 / idle / 2);
      // At 0, 60 and 120 s: the first poll and then once per refresh period, at either pace.
      expect(fresh.filter(Boolean).length).toBe(Math.floor(150_000 / defaultWatcherSettings.fullRefreshMs) + 1);
      expect(fresh[0]).toBe(true);
    });
  }

  it('polls slowly while nothing happens and fast once a meeting app runs', async () => {
    const procs = scripted();
    const { watcher, advance } = setup(procs.source, undefined, 2_000);
    watcher.start();
    await advance(10_000);
    const idlePolls = procs.calls();
    procs.set(['zoom']);
    await advance(2_000); // the slow poll that notices zoom
    const before = procs.calls();
    await advance(10_000);
    await watcher.stop();
    expect(idlePolls).toBe(1 + 10_000 / 2_000);
    expect(procs.calls() - before).toBe(10_000 / 500);
  });
});

describe('matching only what changed', () => {
  /** A source that says which entries set each list apart from the one before, as the Linux source does. */
  function withChanges() {
    let list: ProcessInfo[] = [];
    let previous: ProcessInfo[] = [];
    let entries: ProcessInfo[] = [];
    const source: ProcessSource = {
      snapshot: async () => list,
      changedSince: (now, earlier) => (now === list && earlier === previous ? entries : undefined),
    };
    const add = (pid: number, name: string) => {
      const info = { pid, name };
      previous = list;
      list = [...list, info];
      entries = [info];
    };
    return { source, add };
  }

  it('skips matching when only unrelated programs started, and still sees a recorder start', async () => {
    const procs = withChanges();
    const catalogueMatcher = compileMatcher(catalogue, 'linux');
    let observed = 0;
    const matcher = { ...catalogueMatcher, observe: (...args: Parameters<typeof catalogueMatcher.observe>) => (observed++, catalogueMatcher.observe(...args)) };
    const { clock, advance } = fakeClock();
    const effects: CallEffect[] = [];
    const watcher = createCallWatcher({ processes: procs.source, media: { check: async () => ({ signals: [], notes: [] }) }, matcher, catalogue, home: '/nonexistent', clock, recordingTraces: async () => [], onEffect: (e) => effects.push(e) }, { ...defaultWatcherSettings, intervalMs: 500, idleIntervalMs: 500 });
    procs.add(100, 'zoom');
    procs.add(101, 'CptHost');
    watcher.start();
    await advance(500);
    const afterCall = observed;
    procs.add(102, 'sleep');
    await advance(500);
    procs.add(103, 'git');
    await advance(500);
    expect(observed).toBe(afterCall); // two polls with new lists, neither matched again
    procs.add(104, 'obs');
    await advance(500);
    await watcher.stop();
    expect(observed).toBe(afterCall + 1);
    expect(effects.map((e) => e.type)).toContain('warn-recorder');
  });
});
