import type { DeviceStatus } from '../device/types.js';
import type { OsName } from '../platform/platform.js';
import type { AppState } from '../state/app-state.js';
import { STATUS_SCHEMA, type FleetStatus } from './status-model.js';
import { scrubDeep } from './scrub.js';
import type { SignalStatus } from '../calls/signals/signal-status.js';

export interface StatusInputs {
  producer: FleetStatus['producer'];
  version: string;
  os: OsName;
  now: Date;
  device: DeviceStatus;
  policy: { sources: readonly string[]; errors: readonly string[] };
  state: AppState;
  recorders: readonly string[];
  /** Ambiguous recorders seen running (may be idle). */
  recordersPresent?: readonly string[];
  cleanupMode: string;
  problems?: readonly string[];
  /** Which call signals the probes can read on this laptop. */
  callSignals?: readonly SignalStatus[];
}

/** Recorders seen, split as the status reports them: capturing now, or tray tools running that may be idle. */
export function splitRecorders(seen: Iterable<{ name: string; level: string }>): { recorders: string[]; recordersPresent: string[] } {
  const all = [...seen];
  return {
    recorders: all.filter((r) => r.level === 'active').map((r) => r.name),
    recordersPresent: all.filter((r) => r.level !== 'active').map((r) => r.name),
  };
}

/**
 * Builds the one status every format and the status file come from. It is not parsed with fleetStatusSchema on the
 * way out (that was 39 zod schemas built and a parse at every `report`): its type is the schema's own, each rule a
 * type cannot carry holds by construction (the ISO times come from toISOString or from the state file's own datetime
 * check, the count is an array's length), and each object is written out field by field in the schema's order, so
 * nothing the schema would strip or reorder gets through. The tests parse every format's output with the schema.
 */
export function buildStatus(input: StatusInputs): FleetStatus {
  const status: FleetStatus = {
    schema: STATUS_SCHEMA,
    generatedAt: input.now.toISOString(),
    producer: input.producer,
    version: input.version,
    os: input.os,
    device: {
      verdict: input.device.verdict,
      managedBy: [...input.device.managedBy],
      signals: input.device.evidence.map((e) => ({ signal: e.signal, status: e.status })),
    },
    policy: { sources: [...input.policy.sources], errorCount: input.policy.errors.length, errors: [...input.policy.errors] },
    notice: { lastAcknowledgedAt: input.state.lastNoticeAcknowledgedAt ?? null },
    recorders: { active: [...new Set(input.recorders)].sort(), present: [...new Set(input.recordersPresent ?? [])].sort() },
    cleanup: { mode: input.cleanupMode, lastClearedAt: input.state.lastCleanupAt ?? null },
    problems: [...(input.problems ?? [])],
    callSignals: (input.callSignals ?? []).map((s) => ({ signal: s.signal, state: s.state, detail: s.detail })),
  };
  return scrubDeep(status);
}
