import type { Platform } from '../platform/platform.js';
import { appPaths } from '../platform/app-paths.js';
import type { ResolvedSetting, ResolvedSettings } from '../policy/resolve.js';
import { jsonFilePreferences } from '../policy/preferences.js';
import { readSettings } from '../policy/read-settings.js';
import { clientCatalogue, clientIds, findClient } from './catalogue/catalogue.js';
import type { ClientId } from './catalogue/types.js';
import type { CleanupMode } from './clear.js';
import type { ExtraPath } from './extra-paths.js';

/** Who set a cleanup value: a refusal names "your organisation" only when policy did. */
export type DecidedBy = 'organisation' | 'person' | 'default';

/**
 * The one cleanup decision: the app's IPC, the CLI, the tray and the reminder all obey it (none reads the settings
 * for cleanup on its own).
 */
export interface CleanupPolicy {
  mode: CleanupMode;
  clients: readonly ClientId[];
  /** Extra folders per client; validated by extraLocations to lie inside the user's home. */
  extraPaths: readonly ExtraPath[];
  retentionDays: number;
  decidedBy: { mode: DecidedBy; clients: DecidedBy; extraPaths: DecidedBy; retentionDays: DecidedBy };
}

const CLEANUP_KEYS = ['cleanupMode', 'cleanupClients', 'cleanupExtraPaths', 'quarantineDays'] as const;
type Given<T> = Pick<ResolvedSetting<T>, 'value' | 'source'>;
export type CleanupSettings = { [K in (typeof CLEANUP_KEYS)[number]]: Given<ResolvedSettings[K]['value']> };

export function decidedBy(setting: Pick<ResolvedSetting<unknown>, 'source'>): DecidedBy {
  if (setting.source === 'machine-policy' || setting.source === 'user-policy') return 'organisation';
  return setting.source === 'user-preference' ? 'person' : 'default';
}

/**
 * Turns the resolved cleanup settings into plain values, with who decided each. An extra path counts with the
 * client it names ("Documents/Zoom" is Zoom's), because a folder is cleared only while its client is not running;
 * a path that names no client cannot be checked that way, so it is reported and left alone.
 */
export function decideCleanup(settings: CleanupSettings): { policy: CleanupPolicy; problems: string[] } {
  const problems: string[] = [];
  const wanted = settings.cleanupClients.value;
  // A former id (teams-classic) counts as the product it now belongs to.
  const known: ClientId[] = [...new Set(wanted.flatMap((id) => findClient(id)?.id ?? []))];
  for (const id of wanted.filter((c) => !findClient(c))) {
    problems.push(`cleanupClients: "${id}" is not a client Meeting Guard knows; use one of ${clientIds.join(', ')}`);
  }
  // Not set or empty means every client the catalogue knows (the setting's documented meaning).
  const clients = known.length > 0 ? known : clientIds;
  const extraPaths: ExtraPath[] = [];
  settings.cleanupExtraPaths.value.forEach((path, i) => {
    const client = clientNamedIn(path);
    if (client) extraPaths.push({ client, path });
    else problems.push(`cleanupExtraPaths entry ${i + 1} ("${path}"): names no meeting client (${clientIds.join(', ')}), so Meeting Guard cannot check that the program writing it has quit`);
  });
  const policy: CleanupPolicy = {
    mode: settings.cleanupMode.value,
    clients,
    extraPaths,
    retentionDays: settings.quarantineDays.value,
    decidedBy: {
      mode: decidedBy(settings.cleanupMode),
      clients: decidedBy(settings.cleanupClients),
      extraPaths: decidedBy(settings.cleanupExtraPaths),
      retentionDays: decidedBy(settings.quarantineDays),
    },
  };
  return { policy, problems };
}

/** The client whose id or name is a word of one of the path's folder names, e.g. "Documents/Zoom Exports". */
export function clientNamedIn(path: string): ClientId | undefined {
  const words = new Set(path.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean));
  const named = clientCatalogue.filter((c) => c.id !== 'browser' && (words.has(c.id) || c.name.toLowerCase().split(/\s+/).every((w) => words.has(w))));
  return named.length === 1 ? named[0]!.id : undefined;
}

/**
 * Why a clear is refused under this decision, or undefined when clearing is allowed. Names who decided: "your
 * organisation" only when a policy set it; otherwise the person's own setting and where to change it.
 */
export function clearRefusal(policy: Pick<CleanupPolicy, 'mode' | 'decidedBy'>, where: { preferencesFile?: string } = {}): string | undefined {
  if (policy.mode === 'clear-on-confirm') return undefined;
  const what = policy.mode === 'off' ? 'turned off' : 'set to remind only (Meeting Guard shows what meeting clients keep; the client\'s own sign-out and reset clear it)';
  switch (policy.decidedBy.mode) {
    case 'organisation':
      return `Cleanup is ${what} by your organisation: nothing was moved. Ask your IT team if it should be cleared.`;
    case 'person':
    case 'default': {
      const whose = policy.decidedBy.mode === 'person' ? 'in your own settings' : 'by default';
      const file = where.preferencesFile ? `, or set "cleanupMode": "clear-on-confirm" in ${where.preferencesFile}` : '';
      return `Cleanup is ${what} ${whose}: nothing was moved. To clear, choose "Clear on confirm" for "Meeting data after a call" in Meeting Guard's Settings${file}.`;
    }
  }
}

/** Why clearing `client` is refused under this decision (only policy can narrow the clients), or undefined. */
export function clientRefusal(policy: Pick<CleanupPolicy, 'clients' | 'decidedBy'>, client: ClientId, name: string = client): string | undefined {
  if (policy.clients.includes(client)) return undefined;
  return policy.decidedBy.clients === 'organisation'
    ? `your organisation's policy does not allow clearing ${name}`
    : `${name} is not among the clients to clear`;
}

/** Names the cleanup settings among a resolution's problems. */
export function cleanupProblems(problems: readonly { origin: string; setting?: string; message: string }[]): string[] {
  return problems
    .filter((p) => p.setting === undefined || (CLEANUP_KEYS as readonly string[]).includes(p.setting))
    .map((p) => `${p.origin}${p.setting ? `: ${p.setting}` : ''}: ${p.message}`);
}

/**
 * Reads the cleanup settings as the app would for the user whose home is `home`: machine policy from this
 * computer, preferences from that home (IT inspecting another user's home with --home gets that user's choices).
 */
export async function readCleanupPolicy(platform: Platform, home: string, env: NodeJS.ProcessEnv): Promise<{ policy: CleanupPolicy; problems: string[] }> {
  const resolution = await readSettings(platform.policy, jsonFilePreferences(appPaths(platform.os, home, env).preferencesFile));
  const derived = decideCleanup(resolution.settings);
  return { policy: derived.policy, problems: [...cleanupProblems(resolution.problems), ...derived.problems] };
}
