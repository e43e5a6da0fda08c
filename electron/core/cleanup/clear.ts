import { lstat, realpath } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { ClientId } from './catalogue/types.js';
import { findClient } from './catalogue/catalogue.js';
import type { OsName } from '../platform/platform.js';
import type { ClearPlan, ClearTarget } from './clear-plan.js';
import type { ProcessLister, RunningProcess } from './processes.js';
import type { Quarantine } from './quarantine.js';

export type CleanupMode = 'off' | 'remind' | 'clear-on-confirm';

export interface ClearItemResult {
  client: ClientId;
  path: string;
  status: 'cleared' | 'would-clear' | 'skipped' | 'kept';
  reason?: string;
}

export interface ClearResult {
  schema: 'meeting-guard/cleanup-clear@1';
  dryRun: boolean;
  batchId?: string;
  refusedClients: Array<{ client: ClientId; running: RunningProcess[] }>;
  items: ClearItemResult[];
}

export interface ClearOptions {
  os: OsName;
  plan: ClearPlan;
  dryRun: boolean;
  listProcesses: ProcessLister;
  quarantine: Quarantine;
}

/**
 * Carries out a plan. Per client: refuse while any of its processes runs. Per target: re-check just before the
 * move that it is still the same file or folder (not a link, same device and inode) and that its real path is where
 * the catalogue says, with no link anywhere between its root (home, or a redirected AppData) and it. Anything that
 * fails a check is skipped and said so.
 */
export async function executeClear(options: ClearOptions): Promise<ClearResult> {
  const { plan } = options;
  const result: ClearResult = { schema: 'meeting-guard/cleanup-clear@1', dryRun: options.dryRun, refusedClients: [], items: [] };
  for (const skip of plan.skipped) {
    result.items.push({ client: skip.client, path: skip.path, status: skip.reason.startsWith('kept') ? 'kept' : 'skipped', reason: skip.reason });
  }
  // Each root's real path, once: a target's real path must be exactly its root's real path plus the planned rest.
  const realRoots = new Map<string, Promise<string | undefined>>();
  const realRoot = (root: string) => {
    if (!realRoots.has(root)) realRoots.set(root, realpath(root).catch(() => undefined));
    return realRoots.get(root)!;
  };
  const clients = [...new Set(plan.targets.map((t) => t.client))];
  const batch = options.dryRun ? undefined : await options.quarantine.beginBatch();
  try {
    for (const client of clients) {
      const names = findClient(client)?.processes[options.os] ?? [];
      const running = await options.listProcesses(names);
      const targets = plan.targets.filter((t) => t.client === client);
      if (running.length > 0) {
        result.refusedClients.push({ client, running });
        const who = [...new Set(running.map((p) => p.name))].join(', ');
        for (const t of targets) result.items.push({ client, path: t.path, status: 'skipped', reason: `${who} is running: quit it first` });
        continue;
      }
      for (const target of targets) {
        const problem = await checkTarget(target, await realRoot(target.root));
        if (problem) {
          result.items.push({ client, path: target.path, status: 'skipped', reason: problem });
        } else if (!batch) {
          result.items.push({ client, path: target.path, status: 'would-clear' });
        } else {
          try {
            await batch.store(target.path, { type: target.type, client, locationId: target.locationId });
            result.items.push({ client, path: target.path, status: 'cleared' });
          } catch (error) {
            const code = (error as NodeJS.ErrnoException).code;
            const why = code === 'EBUSY' || code === 'EPERM' || code === 'EACCES' ? `in use or not permitted (${code})` : (code ?? (error as Error).message);
            result.items.push({ client, path: target.path, status: 'skipped', reason: `could not be moved: ${why}` });
          }
        }
      }
    }
  } finally {
    await batch?.discardIfEmpty();
  }
  if (batch && batch.manifest.items.length > 0) result.batchId = batch.id;
  return result;
}

async function checkTarget(target: ClearTarget, realRoot: string | undefined): Promise<string | undefined> {
  const now = await lstat(target.path).catch(() => undefined);
  if (!now) return 'gone since the scan';
  if (now.isSymbolicLink()) return 'became a link since the scan: not followed';
  if (now.dev !== target.dev || now.ino !== target.ino) return 'replaced since the scan';
  if (realRoot === undefined) return 'its folder cannot be resolved: not cleared';
  const expected = join(realRoot, relative(target.root, target.path));
  const actual = await realpath(target.path).catch(() => undefined);
  if (actual !== expected) return 'a folder on its way is a link or junction: not cleared';
  return undefined;
}

/** Exit code for a clear: anything refused or skipped makes it 1, so scripts notice. */
export function clearExitCode(result: ClearResult): 0 | 1 {
  return result.refusedClients.length > 0 || result.items.some((i) => i.status === 'skipped') ? 1 : 0;
}
