import { lstat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, normalize, relative, sep } from 'node:path';
import type { QuarantineItem } from './quarantine-manifest.js';
import { HeldFolder, LinkOnTheWay } from './held-folder.js';
import { createModes } from './home-owner.js';
import { isInside } from './paths.js';
import { moveNoFollow, type RenameFn } from './safe-move.js';

/**
 * Why an item of a manifest must not be restored, or undefined. A manifest is data anyone with the user's rights can
 * edit, so its `originalPath` is taken as a claim: absolute, plain (no `..`), strictly inside the home the batch
 * was made for, outside the quarantine, and reached from the home without a link in any folder that exists.
 */
export async function restoreProblem(home: string, quarantineRoot: string, item: QuarantineItem, useProc?: boolean): Promise<string | undefined> {
  const path = item.originalPath;
  if (!isAbsolute(path)) return 'not an absolute path';
  if (normalize(path) !== path || path.endsWith(sep)) return 'not a plain path (it has "..", "." or a doubled separator)';
  const rel = relative(home, path);
  if (rel === '' || !isInside(home, path)) return `outside the home folder ${home}`;
  if (isInside(quarantineRoot, path) || isInside(path, quarantineRoot)) return 'inside Meeting Guard\'s own quarantine';
  const parents = rel.split(sep).slice(0, -1);
  // Every folder that exists on the way back must be a real folder; the missing ones are created at undo.
  for (let depth = parents.length; depth >= 0; depth--) {
    try {
      const held = await HeldFolder.open(home, parents.slice(0, depth), { useProc });
      await held.close();
      return undefined;
    } catch (error) {
      if (error instanceof LinkOnTheWay) return `${error.path} on the way is a link or not a folder`;
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return `cannot be checked (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
    }
  }
  return undefined;
}

/**
 * Puts one item back: its parent folders are reached (and made, for the home's owner) without following a link,
 * nothing new at the original place is overwritten, and the restored item must be the very one that was stored.
 */
export async function restoreItem(options: {
  home: string;
  items: HeldFolder;
  item: QuarantineItem;
  rename?: RenameFn;
  owner?: { uid: number; gid: number };
  useProc?: boolean;
}): Promise<{ restored: true } | { restored: false; reason: string }> {
  const { home, item } = options;
  const stored = options.items.child(basename(item.storedAs));
  const was = await lstat(stored).catch(() => undefined);
  if (!was) return { restored: false, reason: 'missing from the quarantine' };
  if (was.isSymbolicLink() || (item.type === 'folder') !== was.isDirectory()) return { restored: false, reason: 'what the quarantine holds is not what was stored: left in quarantine' };
  const parents = relative(home, dirname(item.originalPath)).split(sep).filter(Boolean);
  let parent: HeldFolder;
  try {
    parent = await HeldFolder.open(home, parents, { useProc: options.useProc, create: createModes(options.owner, Number.MAX_SAFE_INTEGER) });
  } catch (error) {
    const why = error instanceof LinkOnTheWay ? `${error.path} on the way is a link or not a folder` : (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return { restored: false, reason: `cannot restore: ${why}: left in quarantine` };
  }
  try {
    const target = parent.child(basename(item.originalPath));
    if (await lstat(target).then(() => true, () => false)) return { restored: false, reason: 'something new is there now: left in quarantine' };
    let how: 'renamed' | 'copied';
    try {
      how = await moveNoFollow(stored, target, options.rename);
    } catch (error) {
      return { restored: false, reason: `cannot restore: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
    }
    const now = await lstat(target).catch(() => undefined);
    // A rename keeps the inode; a copy across volumes was already compared byte for byte by moveNoFollow.
    const same = now !== undefined && !now.isSymbolicLink() && (how === 'copied' || (now.dev === was.dev && now.ino === was.ino));
    if (!same || !(await parent.unchanged())) {
      await moveNoFollow(target, stored, options.rename).catch(() => undefined);
      return { restored: false, reason: 'a folder on the way changed while restoring: left in quarantine' };
    }
    return { restored: true };
  } finally {
    await parent.close();
  }
}
