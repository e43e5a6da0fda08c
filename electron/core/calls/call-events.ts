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

/** Inputs of the call state machine. Every event carries the time it was observed, from the injected clock. */
export type CallEvent =
  | { type: 'call-signal-on'; at: number; source: string; name: string; evidence: string }
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
  | { type: 'show-notice'; callId: number; trigger: string }
  | { type: 'warn-recorder'; callId: number; recorder: RecorderSighting; message: string; advice: string }
  | { type: 'remind-cleanup'; callId: number; clients: string[] }
  | { type: 'update-tray'; phase: CallPhase; callId: number; clients: string[]; recorders: string[] };
