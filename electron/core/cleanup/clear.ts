import { lstat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import type { ClientId } from './catalogue/types.js';
import { findClient } from './catalogue/catalogue.js';
import type { OsName } from '../platform/platform.js';
import { partsBetween, type ClearPlan, type ClearTarget } from './clear-plan.js';
import { HeldFolder, LinkOnTheWay } from './held-folder.js';
import { moveNoFollow, type RenameFn } from './safe-move.js';
import type { ProcessLister, RunningProcess } from './processes.js';
import type { Quarantine, QuarantineBatch } from './quarantine.js';

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
 * Carries out a plan. Per client: refuse while any of its processes runs. Per target: reach its folder again from
 * its root (home, or a redirected AppData) without following a link, check it is the folder planned, and that the
 * target in it is still the same file or folder (not a link, same device and inode). The move goes through that
 * very folder (held open on Linux, so a folder swapped for a link since cannot redirect it); afterwards the moved
 * item must be the planned one and every folder on the way unchanged, or it is moved back and reported.
 */
export async function executeClear(options: ClearOptions): Promise<ClearResult> {
  const { plan } = options;
  const result: ClearResult = { schema: 'meeting-guard/cleanup-clear@1', dryRun: options.dryRun, refusedClients: [], items: [] };
  for (const skip of plan.skipped) {
    result.items.push({ client: skip.client, path: skip.path, status: skip.reason.startsWith('kept') ? 'kept' : 'skipped', reason: skip.reason });
  }
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
        const outcome = await clearOne(target, batch, plan.useProc, options.quarantine.rename);
        result.items.push({ client, path: target.path, ...outcome });
      }
    }
  } finally {
    await batch?.discardIfEmpty();
  }
  if (batch && batch.manifest.items.length > 0) result.batchId = batch.id;
  return result;
}

async function clearOne(target: ClearTarget, batch: QuarantineBatch | undefined, useProc: boolean | undefined, renameFn?: RenameFn): Promise<Pick<ClearItemResult, 'status' | 'reason'>> {
  let parent: HeldFolder;
  try {
    parent = await HeldFolder.open(target.root, partsBetween(target.root, dirname(target.path)), { useProc });
  } catch (error) {
    if (error instanceof LinkOnTheWay) return { status: 'skipped', reason: 'a folder on its way is a link or junction: not cleared' };
    return { status: 'skipped', reason: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'gone since the scan' : 'its folder cannot be reached: not cleared' };
  }
  try {
    if (parent.dev !== target.parentDev || parent.ino !== target.parentIno) return { status: 'skipped', reason: 'its folder was replaced since the scan' };
    const from = parent.child(basename(target.path));
    const problem = await checkTarget(target, from);
    if (problem) return { status: 'skipped', reason: problem };
    if (!batch) return { status: 'would-clear' };
    const slot = batch.nextSlot();
    let how: 'renamed' | 'copied';
    try {
      how = await moveNoFollow(from, slot.path, renameFn);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === 'EBUSY' || code === 'EPERM' || code === 'EACCES' ? `in use or not permitted (${code})` : (code ?? (error as Error).message);
      return { status: 'skipped', reason: `could not be moved: ${why}` };
    }
    const moved = await lstat(slot.path).catch(() => undefined);
    // A rename keeps device and inode; a copy across volumes was compared byte for byte with what was reached.
    const same = moved !== undefined && !moved.isSymbolicLink() && (how === 'copied' || (moved.dev === target.dev && moved.ino === target.ino));
    if (!same || !(await parent.unchanged())) {
      // Never over something new: a rename would replace a file standing there now.
      const free = !(await lstat(from).then(() => true, () => false));
      const back = free && (await moveNoFollow(slot.path, from, renameFn).then(() => true, () => false));
      if (back) return { status: 'skipped', reason: 'changed while being moved: put back where it was, not cleared' };
      // Could not be put back (something new took its place): kept where undo can return it.
      batch.record({ originalPath: target.path, storedAs: slot.storedAs, type: target.type, client: target.client, locationId: target.locationId });
      await batch.save();
      return { status: 'skipped', reason: `changed while being moved and could not be put back: it is in quarantine batch ${batch.id}` };
    }
    batch.record({ originalPath: target.path, storedAs: slot.storedAs, type: target.type, client: target.client, locationId: target.locationId });
    await batch.save();
    return { status: 'cleared' };
  } finally {
    await parent.close();
  }
}

async function checkTarget(target: ClearTarget, reached: string): Promise<string | undefined> {
  const now = await lstat(reached).catch(() => undefined);
  if (!now) return 'gone since the scan';
  if (now.isSymbolicLink()) return 'became a link since the scan: not followed';
  if (now.dev !== target.dev || now.ino !== target.ino) return 'replaced since the scan';
  return undefined;
}

/** Exit code for a clear: anything refused or skipped makes it 1, so scripts notice. */
export function clearExitCode(result: ClearResult): 0 | 1 {
  return result.refusedClients.length > 0 || result.items.some((i) => i.status === 'skipped') ? 1 : 0;
}
