import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultTimings, initialCallState, reduce, type CallState } from '../../../electron/core/calls/call-state.js';
import type { CallEffect, CallEvent, RecorderSighting } from '../../../electron/core/calls/call-events.js';

const obs: RecorderSighting = { id: 'obs', name: 'OBS Studio', level: 'active', category: 'streaming', evidence: 'obs runs' };
const loom: RecorderSighting = { id: 'loom', name: 'Loom', level: 'present', category: 'screen-recorder', evidence: 'Loom runs' };
const on = (at: number, source = 'zoom', name = 'Zoom'): CallEvent => ({ type: 'call-signal-on', at, source, name, evidence: `${name} helper` });
const off = (at: number, source = 'zoom'): CallEvent => ({ type: 'call-signal-off', at, source });
const tick = (at: number): CallEvent => ({ type: 'tick', at });

function run(events: CallEvent[], state: CallState = initialCallState) {
  const effects: CallEffect[] = [];
  const phases: string[] = [];
  for (const event of events) {
    const result = reduce(state, event);
    state = result.state;
    effects.push(...result.effects);
    phases.push(state.phase);
  }
  return { state, effects, phases, kinds: effects.filter((e) => e.type !== 'update-tray').map((e) => e.type) };
}

describe('call state machine: scenarios', () => {
  const table: { name: string; events: CallEvent[]; phases: string[]; kinds: string[] }[] = [
    {
      name: 'a call: notice at the start, reminder after the grace period',
      events: [on(0), tick(500), tick(1000), off(5000), tick(5500), tick(6000)],
      phases: ['starting', 'starting', 'in-call', 'ended', 'ended', 'cleanup-reminder'],
      kinds: ['show-notice', 'remind-cleanup'],
    },
    {
      name: 'a helper that flashes up and goes is not a call: no reminder',
      events: [on(0), off(300), tick(2000)],
      phases: ['starting', 'idle', 'idle'],
      kinds: ['show-notice'],
    },
    {
      name: 'a brief gap inside the grace period is the same call',
      events: [on(0), tick(1000), off(3000), on(3500), tick(5000)],
      phases: ['starting', 'in-call', 'ended', 'in-call', 'in-call'],
      kinds: ['show-notice'],
    },
    {
      name: 'a client restart after the reminder resumes the call: no second notice',
      events: [on(0), tick(1000), off(3000), tick(4000), on(20_000), tick(21_000), off(30_000), tick(31_000)],
      phases: ['starting', 'in-call', 'ended', 'cleanup-reminder', 'in-call', 'in-call', 'ended', 'cleanup-reminder'],
      kinds: ['show-notice', 'remind-cleanup', 'remind-cleanup'],
    },
    {
      name: 'long after a call, a signal is a new call with a new notice',
      events: [on(0), tick(1000), off(3000), tick(4000), on(4000 + defaultTimings.resumeMs + 1)],
      phases: ['starting', 'in-call', 'ended', 'cleanup-reminder', 'starting'],
      kinds: ['show-notice', 'remind-cleanup', 'show-notice'],
    },
    {
      name: 'two clients at once: the call ends when the last one does',
      events: [on(0), on(100, 'teams', 'Teams'), tick(1000), off(2000), tick(4000), off(5000, 'teams'), tick(6000)],
      phases: ['starting', 'starting', 'in-call', 'in-call', 'in-call', 'ended', 'cleanup-reminder'],
      kinds: ['show-notice', 'remind-cleanup'],
    },
    {
      name: 'the user starts and ends a call from the tray',
      events: [{ type: 'user-start', at: 0 }, tick(1000), { type: 'user-end', at: 9000 }, { type: 'reminder-dismissed', at: 9500 }],
      phases: ['starting', 'in-call', 'cleanup-reminder', 'idle'],
      kinds: ['show-notice', 'remind-cleanup'],
    },
    {
      name: 'a recorder running before the call is warned about when the call starts, once',
      events: [{ type: 'recorder-on', at: 0, recorder: obs }, on(100), tick(1200), tick(2000)],
      phases: ['idle', 'starting', 'in-call', 'in-call'],
      kinds: ['show-notice', 'warn-recorder'],
    },
    {
      name: 'a recorder that stops and starts again in the call is warned about again',
      events: [on(0), { type: 'recorder-on', at: 100, recorder: obs }, { type: 'recorder-off', at: 200, id: 'obs' }, { type: 'recorder-on', at: 300, recorder: obs }],
      phases: ['starting', 'starting', 'starting', 'starting'],
      kinds: ['show-notice', 'warn-recorder', 'warn-recorder'],
    },
    {
      name: 'an idle tray tool gets the soft warning, and the strong one when it starts capturing',
      events: [on(0), { type: 'recorder-on', at: 100, recorder: loom }, { type: 'recorder-on', at: 200, recorder: { ...loom, level: 'active' } }],
      phases: ['starting', 'starting', 'starting'],
      kinds: ['show-notice', 'warn-recorder', 'warn-recorder'],
    },
    {
      name: 'no warning outside a call',
      events: [{ type: 'recorder-on', at: 0, recorder: obs }, tick(5000)],
      phases: ['idle', 'idle'],
      kinds: [],
    },
  ];

  it.each(table)('$name', ({ events, phases, kinds }) => {
    const result = run(events);
    expect(result.phases).toEqual(phases);
    expect(result.kinds).toEqual(kinds);
  });

  it('names the program and what to do in a warning, softer for a tool that may be idle', () => {
    const strong = run([on(0), { type: 'recorder-on', at: 1, recorder: obs }]).effects.find((e) => e.type === 'warn-recorder');
    const soft = run([on(0), { type: 'recorder-on', at: 1, recorder: loom }]).effects.find((e) => e.type === 'warn-recorder');
    expect(strong).toMatchObject({ message: expect.stringContaining('OBS Studio is recording'), advice: expect.stringContaining('Stop OBS Studio') });
    expect(soft).toMatchObject({ message: expect.stringContaining('may be idle') });
  });
});

// Random interleavings of signals, recorders and user actions, at increasing times.
const sources = ['zoom', 'teams', 'browser-chrome'];
const recorders = [obs, loom, { ...loom, level: 'active' as const }];
const stepArb = fc.tuple(
  fc.integer({ min: 0, max: 3_000 }),
  fc.oneof(
    fc.record({ type: fc.constant('call-signal-on' as const), source: fc.constantFrom(...sources) }),
    fc.record({ type: fc.constant('call-signal-off' as const), source: fc.constantFrom(...sources) }),
    fc.record({ type: fc.constant('recorder-on' as const), recorder: fc.constantFrom(...recorders) }),
    fc.record({ type: fc.constant('recorder-off' as const), id: fc.constantFrom('obs', 'loom') }),
    fc.constantFrom({ type: 'user-start' as const }, { type: 'user-end' as const }, { type: 'reminder-dismissed' as const }, { type: 'tick' as const }),
  ),
);

function toEvents(steps: [number, Record<string, unknown>][]): CallEvent[] {
  let at = 0;
  return steps.map(([gap, step]) => {
    at += gap;
    if (step.type === 'call-signal-on') return { ...step, at, name: String(step.source), evidence: 'test' } as CallEvent;
    return { ...step, at } as CallEvent;
  });
}

/** Feeds the events; only signals that are on can go off (the diff never sends anything else). */
function realistic(events: CallEvent[]): CallEvent[] {
  const active = new Set<string>();
  const running = new Set<string>();
  return events.filter((e) => {
    if (e.type === 'call-signal-on') return !active.has(e.source) && active.add(e.source) !== undefined;
    if (e.type === 'call-signal-off') return active.delete(e.source);
    if (e.type === 'recorder-off') return running.delete(e.id);
    if (e.type === 'recorder-on') running.add(e.recorder.id);
    return true;
  });
}

function closeAll(events: CallEvent[]): CallEvent[] {
  const last = events.at(-1)?.at ?? 0;
  const open = new Set<string>();
  for (const e of events) {
    if (e.type === 'call-signal-on') open.add(e.source);
    if (e.type === 'call-signal-off') open.delete(e.source);
  }
  return [...[...open].map((source) => off(last + 1, source)), tick(last + 2 + defaultTimings.endGraceMs)];
}

describe('call state machine: properties', () => {
  it('every started call ends with one cleanup reminder once its signals are gone', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 60 }), (steps) => {
        const events = realistic(toEvents(steps));
        const closed = run([...events, ...closeAll(events)]);
        // Only a call the user started (and no probe saw) may still be on: it waits for "the call has ended".
        if (!['idle', 'cleanup-reminder'].includes(closed.state.phase)) expect(Object.keys(closed.state.sources)).toEqual(['user']);
        const end = closed.state.phase === 'idle' || closed.state.phase === 'cleanup-reminder' ? [] : [{ type: 'user-end', at: Number.MAX_SAFE_INTEGER } as CallEvent];
        const { state, effects } = run([...events, ...closeAll(events), ...end]);
        expect(['idle', 'cleanup-reminder']).toContain(state.phase);
        const notices = effects.filter((e) => e.type === 'show-notice').map((e) => e.callId);
        const reminders = new Set(effects.filter((e) => e.type === 'remind-cleanup').map((e) => e.callId));
        // A call that was confirmed (reached in-call) must have been reminded about.
        for (const callId of notices) if (confirmedCalls(events, effects).has(callId)) expect(reminders.has(callId)).toBe(true);
      }),
    );
  });

  it('never reminds without a call, and shows the notice once per call', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 60 }), (steps) => {
        const { effects } = run(realistic(toEvents(steps)));
        const notices = effects.filter((e) => e.type === 'show-notice').map((e) => e.callId);
        expect(new Set(notices).size).toBe(notices.length);
        for (const reminder of effects.filter((e) => e.type === 'remind-cleanup')) expect(notices).toContain(reminder.callId);
      }),
    );
  });

  it('never warns twice about the same recorder at the same level while it keeps running in one call', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 80 }), (steps) => {
        const events = realistic(toEvents(steps));
        let state = initialCallState;
        const warned = new Map<string, string>();
        for (const event of events) {
          if (event.type === 'recorder-off') for (const key of [...warned.keys()]) if (key.endsWith(`|${event.id}`)) warned.delete(key);
          const result = reduce(state, event);
          state = result.state;
          for (const effect of result.effects) {
            if (effect.type !== 'warn-recorder') continue;
            const key = `${effect.callId}|${effect.recorder.id}`;
            expect(warned.get(key)).not.toBe(effect.recorder.level);
            expect(warned.get(key)).not.toBe('active');
            warned.set(key, effect.recorder.level);
          }
        }
      }),
    );
  });
});

function confirmedCalls(_events: CallEvent[], effects: CallEffect[]): Set<number> {
  return new Set(effects.filter((e) => e.type === 'update-tray' && e.phase === 'in-call').map((e) => e.callId));
}
