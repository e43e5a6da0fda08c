/**
 * Microsoft Teams' own logs, read line by line. Two formats:
 *
 * - new Teams (2.x), `MSTeams_*.log`: `… <INFO> … HfpVoipCallCoordinatorImpl: NotifyCallActive callId: <guid>causeId: …`
 *   when a call connects, `NotifyCallEnded callId: <guid>…` or `TeamsCallTracker: CallEnded fired: <guid>` when one
 *   ends. Teams runs calls side by side: an incoming call that rings during a meeting and is declined logs
 *   `reportIncomingCall` and `NotifyCallEnded` for its own id, never `NotifyCallActive`, so calls are tracked by id
 *   and only an id seen active can end one. Several id-less `NotifyCallActive` lines accompany each activation.
 * - classic Teams `logs.txt`: `eventData: s::;m::1;a::1` (call joined), `a::3` (left), `a::0` (screen shared);
 *   `a::4` / `a::5` are not calls. Classic lines carry no call id.
 *
 * Presence (`availability: Busy`) is not a call: someone may set it by hand or be "Busy" from the calendar.
 */
export type TeamsLogFormat = 'new' | 'classic';

export interface TeamsLogState {
  /** Call ids seen active and not yet ended (new Teams). */
  active: readonly string[];
  /** A call is on but Teams gave no id (classic Teams, or an id-less new-Teams line): the next end line ends it. */
  anonymous: boolean;
  sharing: boolean;
  format?: TeamsLogFormat;
}

export const initialTeamsLogState: TeamsLogState = { active: [], anonymous: false, sharing: false };

export interface TeamsLineEffect {
  state: TeamsLogState;
  /** Set when the line was a call line: what it meant, for the evidence a person sees. */
  meaning?: string;
}

const GUID = '([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})';
const ACTIVE = /\b(?:NotifyCallActive|reportCallActive)\b/;
const ENDED = /\bNotifyCallEnded\b|\bCallEnded fired\b/;
const ID_AFTER = new RegExp(`(?:callId: |fired: )${GUID}`, 'i');
const CLASSIC = /eventData: s::;m::1;a::(\d+)/;

/** Classic Teams quitting normally; a crash writes no such line, which is why the live path also watches its process. */
const SESSION_END = /-- info -- session-end fired/;

export function applyTeamsLine(state: TeamsLogState, line: string): TeamsLineEffect {
  if (SESSION_END.test(line) && teamsInCall(state)) return { state: teamsExited(state), meaning: 'classic Teams quit, which ends its call' };
  const classic = CLASSIC.exec(line);
  if (classic) return applyClassic({ ...state, format: 'classic' }, Number(classic[1]));
  if (ACTIVE.test(line)) {
    const id = ID_AFTER.exec(line)?.[1]?.toLowerCase();
    const next: TeamsLogState = { ...state, format: 'new' };
    if (id) {
      if (state.active.includes(id)) return { state: next };
      return { state: { ...next, active: [...state.active, id], anonymous: false }, meaning: `Teams call ${short(id)} connected` };
    }
    // Teams writes id-less duplicates next to the line with the id; alone, they still mean a call is on.
    if (state.active.length > 0 || state.anonymous) return { state: next };
    return { state: { ...next, anonymous: true }, meaning: 'Teams call connected (no call id in the line)' };
  }
  if (ENDED.test(line)) {
    const id = ID_AFTER.exec(line)?.[1]?.toLowerCase();
    const next: TeamsLogState = { ...state, format: 'new' };
    if (id && state.active.includes(id)) {
      const active = state.active.filter((a) => a !== id);
      return { state: { ...next, active, sharing: active.length > 0 && state.sharing }, meaning: `Teams call ${short(id)} ended` };
    }
    if (id) return { state: next, meaning: `a Teams call that never connected here ended (${short(id)}): a declined or missed call, not the meeting` };
    if (state.anonymous && state.active.length === 0) return { state: { ...next, anonymous: false, sharing: false }, meaning: 'Teams call ended' };
    return { state: next };
  }
  return { state };
}

function applyClassic(state: TeamsLogState, action: number): TeamsLineEffect {
  switch (action) {
    case 1:
      return { state: { ...state, anonymous: true }, meaning: 'classic Teams call joined (a::1)' };
    case 3:
      return { state: { ...state, anonymous: false, sharing: false }, meaning: 'classic Teams call left (a::3)' };
    case 0:
      return { state: { ...state, anonymous: true, sharing: true }, meaning: 'classic Teams screen shared in a call (a::0)' };
    default:
      return { state };
  }
}

export function teamsInCall(state: TeamsLogState): boolean {
  return state.active.length > 0 || state.anonymous;
}

/** Teams exited (or crashed, which writes no end line): no call of its survives that. */
export function teamsExited(state: TeamsLogState): TeamsLogState {
  return { ...state, active: [], anonymous: false, sharing: false };
}

export interface TeamsLogJudgement {
  state: TeamsLogState;
  /** The lines that changed the call state, in order, with what each meant. */
  evidence: string[];
  /** At least one line was a Teams call line (without any, a log may simply predate every call). */
  sawCallLines: boolean;
  /** The text has lines in either Teams log layout (without any, it is not a Teams log at all). */
  looksLikeTeamsLog: boolean;
}

/** The call lines shown as evidence: the latest decide; a day of calls is hundreds of lines nobody reads. */
const EVIDENCE_LINES = 100;
/** Every line `applyTeamsLine` acts on holds one of these; all others leave the state as it is. */
const CALL_LINE_WORDS = /session-end fired|eventData: s::;m::1;a::|NotifyCallActive|reportCallActive|NotifyCallEnded|CallEnded fired/g;

/**
 * Feeds every call line of `text` through the tracker, in order, from `state` (a whole pasted log: from the start).
 * The lines are found by one search for their words, never by splitting the text: a pasted log may be tens of
 * megabytes (50 MB of newlines took 1.7 GB and 38 s as an array of lines).
 */
export function judgeTeamsLog(text: string, state: TeamsLogState = initialTeamsLogState): TeamsLogJudgement {
  let evidence: string[] = [];
  let unlisted = 0;
  let sawCallLines = false;
  let nextLine = 0;
  for (const match of text.matchAll(CALL_LINE_WORDS)) {
    if (match.index < nextLine) continue; // a second call word on a line already read
    const start = text.lastIndexOf('\n', match.index) + 1;
    const newline = text.indexOf('\n', match.index);
    nextLine = newline < 0 ? text.length : newline + 1;
    const line = text.slice(start, newline < 0 ? text.length : newline).replace(/\r$/, '');
    const effect = applyTeamsLine(state, line);
    state = effect.state;
    if (!effect.meaning) continue;
    sawCallLines = true;
    evidence.push(`${effect.meaning}: ${line.trim().slice(0, 200)}`);
    // Kept to the latest lines, trimmed in batches so a log of a million call lines stays one pass.
    if (evidence.length >= 2 * EVIDENCE_LINES) {
      unlisted += evidence.length - EVIDENCE_LINES;
      evidence = evidence.slice(-EVIDENCE_LINES);
    }
  }
  if (evidence.length > EVIDENCE_LINES) {
    unlisted += evidence.length - EVIDENCE_LINES;
    evidence = evidence.slice(-EVIDENCE_LINES);
  }
  if (unlisted > 0) evidence.unshift(`(${unlisted} earlier call line${unlisted === 1 ? '' : 's'} not listed; the latest ${EVIDENCE_LINES} follow)`);
  return { state, evidence, sawCallLines, looksLikeTeamsLog: sawCallLines || NEW_LINE.test(text) || CLASSIC_LINE.test(text) };
}

/** New Teams: `2026-07-26T11:24:22.599057+01:00 0x00006de8 <INFO> module: text`. */
const NEW_LINE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:[+-]\d\d:\d\d|Z) 0x[0-9a-f]+ <\w+> /im;
/** Classic Teams (Electron 1.x): `Tue Mar 03 2020 09:12:44 GMT+0100 (…) <6132> -- info -- text`. */
const CLASSIC_LINE = /^\w{3} \w{3} \d\d \d{4} \d\d:\d\d:\d\d GMT[+-]\d{4} .*<\d+> -- \w+ -- /m;

function short(id: string): string {
  return id.slice(0, 8);
}
