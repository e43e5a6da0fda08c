import type { ProcessSource } from './process-snapshot.js';
import type { MediaProbe } from './media-signal.js';
import type { SignalStatus } from './signals/signal-status.js';

/**
 * The two Platform fields call detection adds; each OS's platform (platform/<os>-platform.ts) spreads its set, made
 * by <os>-call-probes.ts, into its Platform. One file per OS, so that a Platform loads no other OS's probes.
 */
export interface CallProbes {
  processes: ProcessSource;
  media: MediaProbe;
}

export const processesStatus = (detail: string): SignalStatus => ({ signal: 'processes', state: 'available', detail });
export const joinLinkStatus = (state: SignalStatus['state'], detail: string): SignalStatus => ({ signal: 'join-link', state, detail });
