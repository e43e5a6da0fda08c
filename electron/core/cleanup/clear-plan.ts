import { lstat, readdir } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import { HeldFolder, LinkOnTheWay } from './held-folder.js';
import type { OsName } from '../platform/platform.js';
import type { ClientId, DataLocation } from './catalogue/types.js';
import { findClient, locationsFor } from './catalogue/catalogue.js';
import { baseFolder, resolveLocation, type RedirectedFolders } from './paths.js';

/** One thing a clear will move, with the identity it had when planned: a swap before the move is detected. */
export interface ClearTarget {
  client: ClientId;
  locationId: string;
  path: string;
  /** The folder the location is below (home, or a redirected AppData): no link may sit between it and the target. */
  root: string;
  type: 'file' | 'folder';
  dev: number;
  ino: number;
  /** The folder it is in, as reached from `root` without a link: the move goes through that very folder. */
  parentDev: number;
  parentIno: number;
}

export interface PlanSkip {
  client: ClientId;
  path: string;
  reason: string;
}

export interface ClearPlan {
  os: OsName;
  home: string;
  targets: ClearTarget[];
  skipped: PlanSkip[];
  /** Tests turn /proc/self/fd off to exercise the fallback other systems use. */
  useProc?: boolean;
}

/**
 * Lists what a clear would move: only catalogue locations marked `clear` (never shared sign-in stores; recordings
 * only when asked separately). A location with `keep` entries is cleared item by item around them.
 */
export async function planClear(options: {
  os: OsName;
  home: string;
  clients: readonly ClientId[];
  extraLocations?: readonly DataLocation[];
  includeRecordings?: boolean;
  folders?: RedirectedFolders;
  useProc?: boolean;
}): Promise<ClearPlan> {
  const plan: ClearPlan = { os: options.os, home: options.home, targets: [], skipped: [], ...(options.useProc === undefined ? {} : { useProc: options.useProc }) };
  for (const id of options.clients) {
    const client = findClient(id);
    if (!client) continue;
    const locations = [...locationsFor(client, options.os), ...(options.extraLocations ?? []).filter((l) => l.id.startsWith(`${id}.`))];
    for (const location of locations) {
      const allowed = location.clear === 'clear' || (location.clear === 'consent' && options.includeRecordings === true);
      if (!allowed) continue;
      const root = baseFolder(options.home, location.base, options.folders);
      for (const path of await resolveLocation(options.home, location, options.folders)) {
        await addTargets(plan, { client: client.id, location, root }, path, (location.keep ?? []).map((k) => k.split('/').join(sep)), '');
      }
    }
  }
  return plan;
}

interface TargetOf {
  client: ClientId;
  location: DataLocation;
  root: string;
}

async function addTargets(plan: ClearPlan, of: TargetOf, path: string, keep: string[], rel: string): Promise<void> {
  const { client, location } = of;
  let parent: HeldFolder;
  try {
    parent = await HeldFolder.open(of.root, partsBetween(of.root, dirname(path)), { useProc: plan.useProc });
  } catch (error) {
    if (error instanceof LinkOnTheWay) plan.skipped.push({ client, path, reason: 'a folder on its way is a link or junction: not cleared' });
    return;
  }
  // Looked at inside the folder just reached, so what is recorded is that folder's entry and no other.
  const stat = await lstat(parent.child(basename(path))).catch(() => undefined);
  await parent.close();
  if (!stat) return;
  if (stat.isSymbolicLink()) {
    plan.skipped.push({ client, path, reason: 'is a link: not followed, not cleared' });
    return;
  }
  const type = stat.isDirectory() ? 'folder' : 'file';
  const keepsBelow = keep.some((k) => k.startsWith(rel === '' ? '' : `${rel}${sep}`) && k !== rel);
  if (keep.includes(rel)) {
    plan.skipped.push({ client, path, reason: 'kept: clearing leaves it in place' });
    return;
  }
  if (type === 'folder' && keepsBelow) {
    for (const name of (await readdir(path)).sort()) {
      await addTargets(plan, of, join(path, name), keep, rel === '' ? name : join(rel, name));
    }
    return;
  }
  plan.targets.push({ client, locationId: location.id, path, root: of.root, type, dev: stat.dev, ino: stat.ino, parentDev: parent.dev, parentIno: parent.ino });
}

/** The folder names from `root` down to `path` (empty for the root itself). */
export function partsBetween(root: string, path: string): string[] {
  return relative(root, path).split(sep).filter(Boolean);
}
