// The soak: the watcher's decision path (match → diff → reduce) over many poll cycles with a fake clock and a
// churning process list (meeting clients and recorders starting and quitting at random). Checks as it goes, keeping
// only the current call's bookkeeping so the check itself does not grow the heap.
import { builtInCatalogue } from '../../electron/core/calls/catalogue.js';
import { compileMatcher } from '../../electron/core/calls/match.js';
import { diffObservations, emptyObservation } from '../../electron/core/calls/diff.js';
import { initialCallState, reduce, type CallState, type Reduction } from '../../electron/core/calls/call-state.js';
import type { CallEvent } from '../../electron/core/calls/call-events.js';
import type { ProcessInfo } from '../../electron/core/calls/process-snapshot.js';

export interface SoakResult {
  cycles: number;
  calls: number;
  confirmedCalls: number;
  reminders: number;
  warnings: number;
  duplicateNotices: number;
  duplicateWarnings: number;
  duplicateReminders: number;
  missedEnds: number;
}

const POOL = ['zoom', 'CptHost', 'Teams', 'slack', 'obs', 'simplescreenrecorder', 'ffmpeg', 'bash', 'firefox', 'kworker'];
export type Reducer = (state: CallState, event: CallEvent) => Reduction;

/** `seed` makes the churn repeatable; `reducer` lets the benchmark run the same loop with a no-op peer. */
export function runSoak(cycles: number, seed = 1, reducer: Reducer = reduce): SoakResult {
  const catalogue = builtInCatalogue();
  const matcher = compileMatcher(catalogue, 'linux');
  let rnd = seed >>> 0 || 1;
  const next = () => ((rnd = (Math.imul(rnd, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const running = new Set<string>();
  let state = initialCallState;
  let last = emptyObservation;
  let now = 1_700_000_000_000;
  const result: SoakResult = { cycles, calls: 0, confirmedCalls: 0, reminders: 0, warnings: 0, duplicateNotices: 0, duplicateWarnings: 0, duplicateReminders: 0, missedEnds: 0 };
  // Bookkeeping for the current call only.
  let callId = 0;
  let confirmed = false;
  let reminded = 0;
  let resumes = 0;
  let warned = new Set<string>(); // recorder id|level warned in this call, while it keeps running
  const closeCall = () => {
    if (confirmed && reminded === 0) result.missedEnds++;
    if (reminded > 1 + resumes) result.duplicateReminders++;
  };
  let list: ProcessInfo[] = [];
  for (let i = 0; i < cycles; i++) {
    // Churn: now and then a process starts or quits; long quiet stretches in between, as on a real laptop.
    if (next() < 0.02) {
      const name = POOL[Math.floor(next() * POOL.length)]!;
      if (running.has(name)) running.delete(name);
      else running.add(name);
      list = [...running].map((n, k) => ({ pid: 100 + k, name: n }));
    }
    // Every few thousand cycles the whole lot quits (the end of the working day), so calls end cleanly.
    if (i % 5_000 === 4_000 && running.size) {
      running.clear();
      list = [];
    }
    now += 500;
    const observation = matcher.observe(list, [], []);
    const before = state.phase;
    for (const event of diffObservations(last, observation, now)) {
      const r = reducer(state, event);
      if (before === 'cleanup-reminder' && r.state.phase === 'in-call') resumes++;
      state = r.state;
      for (const effect of r.effects) {
        if (effect.type === 'show-notice') {
          if (effect.callId === callId) result.duplicateNotices++;
          else {
            closeCall();
            callId = effect.callId;
            confirmed = false;
            reminded = 0;
            resumes = 0;
            warned = new Set();
            result.calls++;
          }
        } else if (effect.type === 'warn-recorder') {
          const key = `${effect.recorder.id}|${effect.recorder.level}`;
          if (warned.has(key)) result.duplicateWarnings++;
          warned.add(key);
          result.warnings++;
        } else if (effect.type === 'remind-cleanup') {
          reminded++;
          result.reminders++;
        }
      }
    }
    // A recorder that quits and starts again is a new sighting and is warned about again: forget it once gone.
    for (const key of warned) if (!observation.recorders.has(key.slice(0, key.indexOf('|')))) warned.delete(key);
    if (state.phase === 'in-call' && state.callId === callId && !confirmed) {
      confirmed = true;
      result.confirmedCalls++;
    }
    last = observation;
  }
  // Everything quits and time passes: the last call must end with its reminder.
  list = [];
  for (let k = 0; k < 10; k++) {
    now += 500;
    const observation = matcher.observe(list, [], []);
    for (const event of diffObservations(last, observation, now)) {
      const r = reducer(state, event);
      state = r.state;
      for (const e of r.effects) {
        if (e.type !== 'remind-cleanup') continue;
        reminded++;
        result.reminders++;
      }
    }
    last = observation;
  }
  closeCall();
  return result;
}
