/** What the watcher observed: a recorder or recording trace found running, with how sure we are. */
export interface RecorderSighting {
  id: string;
  name: string;
  /** `active`: it is capturing (or always does when running); `present`: a resident tool that may not be recording. */
  level: 'active' | 'present';
  category: string;
  pid?: number;
  evidence: string;
}

/**
 * Which signal said a call is on, part of every call event and of the notice it shows: an in-call helper process,
 * the microphone or camera held by the client, the client declaring a call (a power assertion on macOS, Teams' own
 * log), a join link in the client's arguments (about to start), or the person.
 */
export type CallSignalKind = 'process' | 'microphone' | 'camera' | 'power-assertion' | 'teams-log' | 'join-link' | 'person';

/** Inputs of the call state machine. Every event carries the time it was observed, from the injected clock. */
export type CallEvent =
  | { type: 'call-signal-on'; at: number; source: string; name: string; evidence: string; signal?: CallSignalKind }
  /** A client was started with a join link: show the notice now, before the call connects. */
  | { type: 'join-intent'; at: number; source: string; name: string; evidence: string }
  | { type: 'call-signal-off'; at: number; source: string }
  | { type: 'recorder-on'; at: number; recorder: RecorderSighting }
  | { type: 'recorder-off'; at: number; id: string }
  | { type: 'user-start'; at: number }
  | { type: 'user-end'; at: number }
  | { type: 'reminder-dismissed'; at: number }
  | { type: 'tick'; at: number };

export type CallPhase = 'idle' | 'starting' | 'in-call' | 'ended' | 'cleanup-reminder';

/** Outputs: plain data the shell turns into windows, notifications and the tray; the CLI prints them. */
export type CallEffect =
  | { type: 'show-notice'; callId: number; trigger: string; signal?: CallSignalKind }
  | { type: 'warn-recorder'; callId: number; recorder: RecorderSighting; message: string; advice: string }
  | { type: 'remind-cleanup'; callId: number; clients: string[] }
  | { type: 'update-tray'; phase: CallPhase; callId: number; clients: string[]; recorders: string[] };
