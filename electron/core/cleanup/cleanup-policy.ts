import type { Platform } from '../platform/platform.js';
import { appPaths } from '../platform/app-paths.js';
import type { Settings } from '../policy/policy-schema.js';
import { jsonFilePreferences } from '../policy/preferences.js';
import { readSettings } from '../policy/read-settings.js';
import { clientCatalogue, clientIds, findClient } from './catalogue/catalogue.js';
import type { ClientId } from './catalogue/types.js';
import type { CleanupMode } from './clear.js';
import type { ExtraPath } from './extra-paths.js';

/** What policy decides for cleanup; the policy module resolves it, the command and the app only obey it. */
export interface CleanupPolicy {
  mode: CleanupMode;
  clients: readonly ClientId[];
  /** Extra folders per client; validated by extraLocations to lie inside the user's home. */
  extraPaths: readonly ExtraPath[];
  retentionDays: number;
}

type CleanupSettings = Pick<Settings, 'cleanupMode' | 'cleanupClients' | 'cleanupExtraPaths' | 'quarantineDays'>;
const CLEANUP_KEYS: readonly string[] = ['cleanupMode', 'cleanupClients', 'cleanupExtraPaths', 'quarantineDays'];

/**
 * Turns the cleanup settings into the command's plain values. An extra path counts with the client it names
 * ("Documents/Zoom" is Zoom's), because a folder is cleared only while its client is not running; a path that
 * names no client cannot be checked that way, so it is reported and left alone.
 */
export function cleanupPolicyFromSettings(settings: CleanupSettings): { policy: CleanupPolicy; problems: string[] } {
  const problems: string[] = [];
  // A former id (teams-classic) counts as the product it now belongs to.
  const known: ClientId[] = [...new Set(settings.cleanupClients.flatMap((id) => findClient(id)?.id ?? []))];
  for (const id of settings.cleanupClients.filter((c) => !findClient(c))) {
    problems.push(`cleanupClients: "${id}" is not a client Meeting Guard knows; use one of ${clientIds.join(', ')}`);
  }
  const clients = known.length > 0 ? known : clientIds;
  const extraPaths: ExtraPath[] = [];
  settings.cleanupExtraPaths.forEach((path, i) => {
    const client = clientNamedIn(path);
    if (client) extraPaths.push({ client, path });
    else problems.push(`cleanupExtraPaths entry ${i + 1} ("${path}"): names no meeting client (${clientIds.join(', ')}), so Meeting Guard cannot check that the program writing it has quit`);
  });
  return { policy: { mode: settings.cleanupMode, clients, extraPaths, retentionDays: settings.quarantineDays }, problems };
}

/** The client whose id or name is a word of one of the path's folder names, e.g. "Documents/Zoom Exports". */
export function clientNamedIn(path: string): ClientId | undefined {
  const words = new Set(path.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean));
  const named = clientCatalogue.filter((c) => c.id !== 'browser' && (words.has(c.id) || c.name.toLowerCase().split(/\s+/).every((w) => words.has(w))));
  return named.length === 1 ? named[0]!.id : undefined;
}

/**
 * Reads the cleanup settings as the app would for the user whose home is `home`: machine policy from this
 * computer, preferences from that home (IT inspecting another user's home with --home gets that user's choices).
 */
export async function readCleanupPolicy(platform: Platform, home: string, env: NodeJS.ProcessEnv): Promise<{ policy: CleanupPolicy; problems: string[] }> {
  const resolution = await readSettings(platform.policy, jsonFilePreferences(appPaths(platform.os, home, env).preferencesFile));
  const values = {
    cleanupMode: resolution.settings.cleanupMode.value,
    cleanupClients: resolution.settings.cleanupClients.value,
    cleanupExtraPaths: resolution.settings.cleanupExtraPaths.value,
    quarantineDays: resolution.settings.quarantineDays.value,
  };
  const fromPolicy = resolution.problems
    .filter((p) => p.setting === undefined || CLEANUP_KEYS.includes(p.setting))
    .map((p) => `${p.origin}${p.setting ? `: ${p.setting}` : ''}: ${p.message}`);
  const derived = cleanupPolicyFromSettings(values);
  return { policy: derived.policy, problems: [...fromPolicy, ...derived.problems] };
}
