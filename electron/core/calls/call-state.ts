import type { CallEffect, CallEvent, CallPhase, CallSignalKind, RecorderSighting } from './call-events.js';
import { recorderWarning } from './warning-text.js';

export interface CallTimings {
  /** A call signal must last this long before the call counts (a helper that flashes up is not a call). */
  confirmMs: number;
  /** With every signal gone this long, the call has ended and the cleanup reminder is shown. */
  endGraceMs: number;
  /** A signal coming back this soon after the end resumes the same call (a client restart is not a new call). */
  resumeMs: number;
  /** A call the user started and no probe ever saw ends by itself after this long. */
  userCallMaxMs: number;
  /** After a join link, the call has this long to connect; if nothing is seen by then, it did not happen (no reminder). */
  joinIntentMs: number;
}

export const defaultTimings: CallTimings = { confirmMs: 1_000, endGraceMs: 1_000, resumeMs: 120_000, userCallMaxMs: 4 * 3_600_000, joinIntentMs: 180_000 };

export interface CallState {
  phase: CallPhase;
  /** 0 before the first call; each new call gets the next number. */
  callId: number;
  /** Active call signals by source (client id, or `user`), with the client's name. */
  sources: Readonly<Record<string, string>>;
  /** Every client seen in the current call, for the cleanup reminder. */
  clients: readonly string[];
  noticeShown: boolean;
  since: number;
  /** Running recorders, whether or not a call is on. */
  recorders: Readonly<Record<string, RecorderSighting>>;
  /** Recorders warned about in this call and still running, with the level warned at. */
  warned: Readonly<Record<string, RecorderSighting['level']>>;
  /** Until when a returning signal resumes the call that just ended (0: it does not). */
  resumeUntil: number;
  /** A join link was seen and no call signal yet: `starting` waits until then (0: no join link pending). */
  intentUntil: number;
  /** Which signal started the current call (the notice says what it was based on). */
  decidedBy?: CallSignalKind;
}

export const initialCallState: CallState = { phase: 'idle', callId: 0, sources: {}, clients: [], noticeShown: false, since: 0, recorders: {}, warned: {}, resumeUntil: 0, intentUntil: 0 };

export interface Reduction {
  state: CallState;
  effects: CallEffect[];
}

/** The call state machine: pure, time only from the events. */
export function reduce(state: CallState, event: CallEvent, timings: CallTimings = defaultTimings): Reduction {
  const effects: CallEffect[] = [];
  let next = applyEvent(rebaseIfClockWentBack(state, event.at, timings), event, effects, timings);
  next = applyTime(next, event.at, timings, effects);
  next = warnRecorders(next, effects);
  // Most events are the idle poll's tick, which changes nothing: no tray key is made for the same state.
  if (next !== state && (next.phase !== state.phase || trayKey(next) !== trayKey(state))) {
    effects.push({ type: 'update-tray', phase: next.phase, callId: next.callId, clients: [...next.clients], recorders: Object.values(next.recorders).map((r) => r.name) });
  }
  return { state: next, effects };
}

function applyEvent(state: CallState, event: CallEvent, effects: CallEffect[], timings: CallTimings): CallState {
  switch (event.type) {
    case 'call-signal-on':
      return addSource(state, event.source, event.name, event.at, event.evidence, effects, event.signal ?? 'process');
    case 'join-intent':
      return joinIntent(state, event.source, event.at, event.evidence, effects, timings);
    case 'user-start':
      return addSource(state, 'user', 'you', event.at, 'you said a call is starting', effects, 'person');
    case 'call-signal-off':
      return removeSource(state, event.source, event.at);
    case 'user-end': {
      if (!inCall(state.phase)) return state;
      // The person knows best: end now, without the grace period. Signals still on stay quiet until they change.
      effects.push({ type: 'remind-cleanup', callId: state.callId, clients: [...state.clients] });
      return { ...state, phase: 'cleanup-reminder', sources: {}, since: event.at, warned: {}, resumeUntil: 0 };
    }
    case 'reminder-dismissed':
      return state.phase === 'cleanup-reminder' ? { ...state, phase: 'idle', since: event.at, clients: [] } : state;
    case 'recorder-on':
      return { ...state, recorders: { ...state.recorders, [event.recorder.id]: event.recorder } };
    case 'recorder-off': {
      const { [event.id]: _gone, ...recorders } = state.recorders;
      const { [event.id]: _warned, ...warned } = state.warned;
      return { ...state, recorders, warned };
    }
    case 'tick':
      return state;
  }
}

function addSource(state: CallState, source: string, name: string, at: number, evidence: string, effects: CallEffect[], signal: CallSignalKind): CallState {
  const sources = { ...state.sources, [source]: name };
  const clients = source === 'user' || state.clients.includes(source) ? state.clients : [...state.clients, source];
  switch (state.phase) {
    case 'idle':
    case 'cleanup-reminder': {
      const resumes = state.phase === 'cleanup-reminder' && at <= state.resumeUntil;
      if (resumes) return { ...state, phase: 'in-call', sources, clients, since: at };
      const callId = state.callId + 1;
      effects.push({ type: 'show-notice', callId, trigger: evidence, signal });
      return { ...state, phase: 'starting', callId, sources, clients: source === 'user' ? [] : [source], noticeShown: true, since: at, warned: {}, intentUntil: 0, decidedBy: signal };
    }
    case 'ended':
      return { ...state, phase: 'in-call', sources, clients, since: at };
    case 'starting':
      // The call a join link announced has connected: its notice is already shown; confirm from now.
      if (state.intentUntil > 0) return { ...state, sources, clients, since: at, intentUntil: 0 };
      return { ...state, sources, clients };
    case 'in-call':
      return { ...state, sources, clients };
  }
}

/** "About to start": the notice now, before the call connects; `starting` without a source until the call is seen. */
function joinIntent(state: CallState, source: string, at: number, evidence: string, effects: CallEffect[], t: CallTimings): CallState {
  if (state.phase !== 'idle' && state.phase !== 'cleanup-reminder') return state;
  const callId = state.callId + 1;
  effects.push({ type: 'show-notice', callId, trigger: evidence, signal: 'join-link' });
  return { ...state, phase: 'starting', callId, sources: {}, clients: [source], noticeShown: true, since: at, warned: {}, resumeUntil: 0, intentUntil: at + t.joinIntentMs, decidedBy: 'join-link' };
}

function removeSource(state: CallState, source: string, at: number): CallState {
  if (!(source in state.sources)) return state;
  const { [source]: _gone, ...sources } = state.sources;
  if (Object.keys(sources).length > 0) return { ...state, sources };
  if (state.phase === 'starting') return { ...state, phase: 'idle', sources, since: at, warned: {}, clients: [] };
  if (state.phase === 'in-call') return { ...state, phase: 'ended', sources, since: at };
  return { ...state, sources };
}

/**
 * The wall clock can jump back (a resume from sleep that corrects the time, a manual change). Waits measured from
 * `since` would then last as long as the jump (hours without the cleanup reminder), and a resume window would let a
 * new call pass as the old one without its notice: restart both waits from now instead.
 */
function rebaseIfClockWentBack(state: CallState, at: number, t: CallTimings): CallState {
  if (at >= state.since) return state;
  const resumeUntil = state.resumeUntil === 0 ? 0 : Math.min(state.resumeUntil, at + t.resumeMs);
  const intentUntil = state.intentUntil === 0 ? 0 : Math.min(state.intentUntil, at + t.joinIntentMs);
  return { ...state, since: at, resumeUntil, intentUntil };
}

function applyTime(state: CallState, now: number, t: CallTimings, effects: CallEffect[]): CallState {
  if (state.phase === 'starting' && state.intentUntil > 0) {
    // Waiting for the call a join link announced; nothing came (the person closed the window): no call, no reminder.
    return now >= state.intentUntil ? { ...state, phase: 'idle', since: now, clients: [], warned: {}, intentUntil: 0 } : state;
  }
  if (state.phase === 'starting' && now - state.since >= t.confirmMs) return { ...state, phase: 'in-call', since: now };
  if (state.phase === 'ended' && now - state.since >= t.endGraceMs) {
    effects.push({ type: 'remind-cleanup', callId: state.callId, clients: [...state.clients] });
    return { ...state, phase: 'cleanup-reminder', since: now, resumeUntil: now + t.resumeMs };
  }
  const onlyUser = Object.keys(state.sources).length === 1 && 'user' in state.sources;
  if (state.phase === 'in-call' && onlyUser && now - state.since >= t.userCallMaxMs) {
    effects.push({ type: 'remind-cleanup', callId: state.callId, clients: [...state.clients] });
    return { ...state, phase: 'cleanup-reminder', sources: {}, since: now, warned: {}, resumeUntil: 0 };
  }
  return state;
}

function warnRecorders(state: CallState, effects: CallEffect[]): CallState {
  if (!inCall(state.phase)) return state;
  let warned = state.warned;
  for (const recorder of Object.values(state.recorders)) {
    const before = warned[recorder.id];
    if (before === 'active' || before === recorder.level) continue;
    warned = { ...warned, [recorder.id]: recorder.level };
    effects.push({ type: 'warn-recorder', callId: state.callId, recorder, ...recorderWarning(recorder) });
  }
  return warned === state.warned ? state : { ...state, warned };
}

function inCall(phase: CallPhase): boolean {
  return phase === 'starting' || phase === 'in-call' || phase === 'ended';
}

function trayKey(state: CallState): string {
  return `${state.callId}|${state.clients.join(',')}|${Object.keys(state.recorders).sort().join(',')}`;
}
