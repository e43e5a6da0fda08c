import type { Platform } from '../platform/platform.js';
import { appPaths } from '../platform/app-paths.js';
import { jsonFilePreferences } from '../policy/preferences.js';
import { readSettings } from '../policy/read-settings.js';
import type { Resolution } from '../policy/resolve.js';
import { readAppState } from '../state/app-state.js';
import { compileMatcher } from '../calls/match.js';
import { effectiveCatalogue } from '../calls/catalogue.js';
import { catalogueOverridesFromPolicy } from '../app/catalogue-from-policy.js';
import { VERSION } from '../version.js';
import { buildStatus } from './build-status.js';
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
  const [device, resolution, stateRead, processes] = await Promise.all([
    platform.device.check(),
    readSettings(platform.policy, jsonFilePreferences(paths.preferencesFile)),
    readAppState(paths.stateFile),
    platform.processes.snapshot().catch((error: Error) => {
      problems.push(`the list of running programs could not be read: ${error.message}`);
      return [];
    }),
  ]);
  if (stateRead.problem) problems.push(stateRead.problem);
  let recorders: string[] = [];
  let recordersPresent: string[] = [];
  try {
    const matcher = compileMatcher(effectiveCatalogue(catalogueOverridesFromPolicy(valuesOf(resolution))), os);
    const withArgs = processes.some((p) => matcher.wantArgs(p.name.toLowerCase().replace(/\.exe$/, '')))
      ? await platform.processes.snapshot({ wantArgs: matcher.wantArgs })
      : processes;
    const seen = [...matcher.observe(withArgs).recorders.values()];
    recorders = seen.filter((r) => r.level === 'active').map((r) => r.name);
    recordersPresent = seen.filter((r) => r.level !== 'active').map((r) => r.name);
  } catch (error) {
    problems.push(`recorders could not be checked: ${(error as Error).message}`);
  }
  return buildStatus({
    producer: options.producer,
    version: VERSION,
    os,
    now: options.now,
    device,
    policy: policySummary(resolution),
    state: stateRead.state,
    recorders,
    recordersPresent,
    cleanupMode: resolution.settings.cleanupMode.value,
    problems,
  });
}

function valuesOf(resolution: Resolution) {
  const s = resolution.settings;
  return {
    extraMeetingClients: s.extraMeetingClients.value,
    ignoredMeetingClients: s.ignoredMeetingClients.value,
    extraRecorders: s.extraRecorders.value,
    ignoredRecorders: s.ignoredRecorders.value,
  };
}
