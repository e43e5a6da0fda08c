import type { CallState } from '../calls/call-state.js';
import type { DeviceStatus } from '../device/types.js';
import type { OsName } from '../platform/platform.js';
import type { Resolution } from '../policy/resolve.js';
import { readAppState, type StateRead } from '../state/app-state.js';
import { VERSION } from '../version.js';
import { buildStatus, splitRecorders } from './build-status.js';
import { policySummary } from './gather-status.js';
import type { FleetStatus } from './status-model.js';
import type { SignalStatus } from '../calls/signals/signal-status.js';

export interface AppStatusDeps {
  os: OsName;
  stateFile: string;
  now: () => Date;
  device: () => DeviceStatus | undefined;
  resolution: () => Resolution;
  call: () => Pick<CallState, 'recorders'>;
  /** What the app could not check lately (a probe that failed), said in the status rather than hidden. */
  problems?: () => readonly string[];
  /** Which call signals the probes can read (the platform's media probe, as of its last check). */
  callSignals?: () => readonly SignalStatus[];
  /** Reads the state file (tests on a fake clock pass one that does no I/O). */
  readState?: (file: string) => Promise<StateRead>;
}

/**
 * The fleet status as the running app knows it: the same model `meeting-guard report` builds, from what the app
 * already holds (no second device check or process list), with `producer: "app"`.
 */
export function appStatusSource(deps: AppStatusDeps): () => Promise<FleetStatus | undefined> {
  return async () => {
    const device = deps.device();
    if (!device) return undefined;
    const resolution = deps.resolution();
    const stateRead = await (deps.readState ?? readAppState)(deps.stateFile);
    return buildStatus({
      producer: 'app',
      version: VERSION,
      os: deps.os,
      now: deps.now(),
      device,
      policy: policySummary(resolution),
      state: stateRead.state,
      ...splitRecorders(Object.values(deps.call().recorders)),
      cleanupMode: resolution.settings.cleanupMode.value,
      problems: [...(deps.problems?.() ?? []), ...(stateRead.problem ? [stateRead.problem] : [])],
      callSignals: deps.callSignals?.() ?? [],
    });
  };
}
