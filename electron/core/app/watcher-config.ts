import type { Catalogue } from '../calls/catalogue-schema.js';
import { builtInCatalogue, effectiveCatalogue } from '../calls/catalogue.js';
import { defaultWatcherSettings, type WatcherSettings } from '../calls/call-watcher.js';
import { settingKeys, type Settings } from '../policy/policy-schema.js';
import type { ResolvedSettings } from '../policy/resolve.js';
import { catalogueOverridesFromPolicy } from './catalogue-from-policy.js';

type PaceSettings = Pick<Settings, 'pollIntervalSeconds'>;
type CatalogueSettings = Pick<Settings, 'extraMeetingClients' | 'ignoredMeetingClients' | 'extraRecorders' | 'ignoredRecorders'>;

/**
 * IT's `pollIntervalSeconds` sets the pace while nothing is going on (no call, no meeting app running): that is
 * almost all of the day, so it is what decides the cost. During a call, and while a meeting app runs, the watcher
 * keeps its fast pace so a recorder is named within about a second; a policy interval shorter than that pace
 * speeds it up too, never slows it down.
 */
export function watcherSettingsFromPolicy(settings: PaceSettings, base: WatcherSettings = defaultWatcherSettings): WatcherSettings {
  const idleIntervalMs = settings.pollIntervalSeconds * 1_000;
  return { ...base, idleIntervalMs, intervalMs: Math.min(base.intervalMs, idleIntervalMs) };
}

/** The catalogue the watcher uses: the built-in one with IT's additions and ignores from policy. */
export function catalogueFromPolicy(settings: CatalogueSettings): Catalogue {
  return effectiveCatalogue(catalogueOverridesFromPolicy(settings));
}

/** The same, never throwing: a policy the catalogue refuses leaves the built-in one in force, with the reason. */
export function catalogueOrBuiltIn(settings: CatalogueSettings): { catalogue: Catalogue; problem?: string } {
  try {
    return { catalogue: catalogueFromPolicy(settings) };
  } catch (error) {
    return { catalogue: builtInCatalogue(), problem: `${(error as Error).message}; the built-in catalogue applies` };
  }
}

/** Equal keys mean the same catalogue, so a policy change that touched other settings does not rebuild the matcher. */
export function catalogueKey(settings: CatalogueSettings): string {
  const { extraMeetingClients, ignoredMeetingClients, extraRecorders, ignoredRecorders } = settings;
  return JSON.stringify([extraMeetingClients, ignoredMeetingClients, extraRecorders, ignoredRecorders]);
}

/** The values alone, for the pure functions of this folder (they do not care where a value came from). */
export function plainSettings(resolved: ResolvedSettings): Settings {
  return Object.fromEntries(settingKeys.map((key) => [key, resolved[key].value])) as Settings;
}

/**
 * Follows policy for the watcher: `update` answers true only when the catalogue lists changed, so the shell swaps
 * the matcher then and not on every policy read.
 */
export function catalogueFollower(initial: CatalogueSettings) {
  let key = catalogueKey(initial);
  let current = catalogueOrBuiltIn(initial);
  return {
    current: () => current,
    update(settings: CatalogueSettings): boolean {
      const next = catalogueKey(settings);
      if (next === key) return false;
      key = next;
      current = catalogueOrBuiltIn(settings);
      return true;
    },
  };
}
