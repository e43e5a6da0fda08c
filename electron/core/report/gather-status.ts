import type { Platform } from '../platform/platform.js';
import { appPaths } from '../platform/app-paths.js';
import { jsonFilePreferences } from '../policy/preferences.js';
import { readSettings } from '../policy/read-settings.js';
import type { Resolution } from '../policy/resolve.js';
import { readAppState } from '../state/app-state.js';
import { compileMatcher } from '../calls/match.js';
import { catalogueOrBuiltIn, plainSettings } from '../app/watcher-config.js';
import { VERSION } from '../version.js';
import { buildStatus, splitRecorders } from './build-status.js';
import type { FleetStatus } from './status-model.js';

/** The policy part of the status: where managed values came from, and what was wrong, for a person to fix. */
export function policySummary(resolution: Resolution): { sources: string[]; errors: string[] } {
  const sources = new Set<string>();
  for (const setting of Object.values(resolution.settings)) {
    if ((setting.source === 'machine-policy' || setting.source === 'user-policy') && setting.origin) sources.add(setting.origin);
  }
  const errors = resolution.problems.map((p) => `${p.origin}${p.setting ? `: ${p.setting}` : ''}: ${p.message}`);
  return { sources: [...sources].sort(), errors };
}

/** One live look at everything the fleet status reports. Each part that fails becomes a problem, not a crash. */
export async function gatherStatus(platform: Platform, options: { producer: FleetStatus['producer']; now: Date }): Promise<FleetStatus> {
  const { os, host } = platform;
  const paths = appPaths(os, host.home, host.env);
  const problems: string[] = [];
  const settings = readSettings(platform.policy, jsonFilePreferences(paths.preferencesFile));
  // The process list waits only for policy (which names extra recorders), never for the slower device check.
  const seen = settings.then(async (resolution) => {
    const { catalogue, problem } = catalogueOrBuiltIn(plainSettings(resolution.settings));
    if (problem) problems.push(problem);
    const matcher = compileMatcher(catalogue, os);
    try {
      // The matcher's own wants, as the watcher asks: a name cut to 15 bytes is looked up in full only when it begins
      // a longer catalogue name (not for every kernel thread called kworker/...).
      const observed = matcher.observe(await platform.processes.snapshot({ wantArgs: matcher.wantArgs, wantFullName: matcher.wantFullName }));
      // One look through the call probes, so the report can say which signals this laptop has.
      await platform.media.check({ pids: observed.pids, clients: observed.running });
      return observed.recorders.values();
    } catch (error) {
      problems.push(`the list of running programs could not be read: ${(error as Error).message}`);
      return [];
    }
  });
  const [device, resolution, stateRead, recorders] = await Promise.all([platform.device.check(), settings, readAppState(paths.stateFile), seen]);
  if (stateRead.problem) problems.push(stateRead.problem);
  return buildStatus({
    producer: options.producer,
    version: VERSION,
    os,
    now: options.now,
    device,
    policy: policySummary(resolution),
    state: stateRead.state,
    ...splitRecorders(recorders),
    cleanupMode: resolution.settings.cleanupMode.value,
    problems,
    callSignals: platform.media.status?.() ?? [],
  });
}
