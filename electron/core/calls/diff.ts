import type { CallEvent } from './call-events.js';
import type { Observation } from './match.js';

export const emptyObservation: Observation = { calls: new Map(), intents: new Map(), running: new Set(), recorders: new Map(), pids: [] };

/** Edge-triggered: only what changed between two observations becomes an event, followed by one tick. */
export function diffObservations(before: Observation, after: Observation, at: number): CallEvent[] {
  const events: CallEvent[] = [];
  for (const [source, call] of after.calls) {
    if (!before.calls.has(source)) events.push({ type: 'call-signal-on', at, source, name: call.name, evidence: call.evidence, signal: call.signal });
  }
  // A join link seen for the first time; the very first observation is not a "start" (those processes were already running).
  if (before !== emptyObservation) {
    for (const [key, intent] of after.intents) {
      if (!before.intents.has(key)) events.push({ type: 'join-intent', at, source: intent.client, name: intent.name, evidence: intent.evidence });
    }
  }
  for (const source of before.calls.keys()) {
    if (!after.calls.has(source)) events.push({ type: 'call-signal-off', at, source });
  }
  for (const [id, recorder] of after.recorders) {
    const old = before.recorders.get(id);
    if (!old || old.level !== recorder.level) events.push({ type: 'recorder-on', at, recorder });
  }
  for (const id of before.recorders.keys()) {
    if (!after.recorders.has(id)) events.push({ type: 'recorder-off', at, id });
  }
  events.push({ type: 'tick', at });
  return events;
}
