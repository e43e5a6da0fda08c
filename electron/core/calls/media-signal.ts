import { z } from 'zod';
import type { SignalStatus } from './signals/signal-status.js';

/**
 * "Something is using the microphone / camera / screen", and which process, as far as the OS says without
 * privileges. A signal names at least one of pid, process name or app id so it can be matched to the catalogue.
 */
export const mediaSignalSchema = z.object({
  /** `call`: the process itself declares a call (a power assertion, its own log), not a device. */
  device: z.enum(['microphone', 'camera', 'screen', 'call']),
  pid: z.number().int().positive().optional(),
  processName: z.string().optional(),
  /** macOS bundle id or Windows package family name. */
  appId: z.string().optional(),
  /** The stream's own name, e.g. PulseAudio `application.name` ("ZOOM VoiceEngine"). */
  label: z.string().optional(),
  /** Which probe said so, for the evidence a person sees. */
  source: z.string(),
  /** For `call`: what declared it (`power-assertion`: pmset; `teams-log`: Teams' own log). */
  via: z.enum(['power-assertion', 'teams-log']).optional(),
});
export type MediaSignal = z.infer<typeof mediaSignalSchema>;

export interface MediaCheckHint {
  /** Processes worth attributing a device to (meeting clients and recorders): per-process scans look only here. */
  pids?: readonly number[];
  /** Meeting clients whose process runs, by id: a client's own log is read only while it runs, and ends with it. */
  clients?: ReadonlySet<string>;
}

export interface MediaProbe {
  /** Never throws: a tool that is missing or slow yields no signals and a note. */
  check(hint?: MediaCheckHint): Promise<{ signals: MediaSignal[]; notes: string[] }>;
  /** Which signals this probe gives on this laptop, as of its last check (see signals/signal-status.ts). */
  status?(): SignalStatus[];
  /** Ends what the probe keeps running between checks (Linux: its pw-dump monitor). */
  close?(): void;
}

/** For an OS (macOS) or a setup where nothing can be read without privileges: says so instead of guessing. */
export function noMediaProbe(note: string, status: SignalStatus[] = []): MediaProbe {
  return { check: async () => ({ signals: [], notes: [note] }), status: () => status };
}
