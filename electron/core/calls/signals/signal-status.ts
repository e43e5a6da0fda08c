import { z } from 'zod';
import type { MediaProbe, MediaSignal } from '../media-signal.js';

/**
 * Which call signals this laptop has: each is available, unavailable (and why: a tool missing, no access to a
 * folder) or not applicable on this OS. Shown in the status window, the tray tooltip and `report`, so a signal that
 * cannot be read is said, never taken as "no call".
 */
export const signalIdSchema = z.enum(['processes', 'microphone', 'camera', 'screen', 'call-state', 'teams-log', 'join-link']);
export type SignalId = z.infer<typeof signalIdSchema>;

export const signalStatusSchema = z.object({
  signal: signalIdSchema,
  state: z.enum(['available', 'unavailable', 'not-applicable']),
  /** Where it is read from, or why it cannot be, in words a person can act on. */
  detail: z.string(),
});
export type SignalStatus = z.infer<typeof signalStatusSchema>;

/** The detail of a signal no check has read yet: said in the status window, not taken as "not visible" in the tray. */
export const NOT_READ_YET = 'not read yet';

export const SIGNAL_LABELS: Record<SignalId, string> = {
  processes: 'Meeting apps running',
  microphone: 'Microphone in use',
  camera: 'Camera in use',
  screen: 'Screen being captured',
  'call-state': 'Call declared by the app',
  'teams-log': "Teams' own call log",
  'join-link': 'Join link opened',
};

/** "Microphone in use: not visible on this Mac without …" — one line per signal that is not available. */
export function describeStatus(s: SignalStatus): string {
  return `${SIGNAL_LABELS[s.signal]}: ${s.state === 'available' ? 'yes' : s.state === 'not-applicable' ? 'not on this system' : 'not visible'} (${s.detail})`;
}

/** Several probes as one: signals and notes joined, each probe's statuses kept (a later probe's line wins). */
export function combineProbes(...probes: MediaProbe[]): MediaProbe {
  return {
    async check(hint) {
      const results = await Promise.all(probes.map((p) => p.check(hint)));
      const signals: MediaSignal[] = results.flatMap((r) => r.signals);
      return { signals, notes: results.flatMap((r) => r.notes) };
    },
    status() {
      const byId = new Map<SignalId, SignalStatus>();
      for (const probe of probes) for (const s of probe.status?.() ?? []) byId.set(s.signal, s);
      return [...byId.values()];
    },
    close() {
      for (const probe of probes) probe.close?.();
    },
  };
}

/** Fixed facts about an OS (join links on macOS arrive as Apple events, not arguments), as a probe of no signals. */
export function fixedStatus(statuses: SignalStatus[]): MediaProbe {
  return { check: async () => ({ signals: [], notes: [] }), status: () => statuses };
}
