import { stat } from 'node:fs/promises';
import type { CreateAs } from './held-folder.js';

/**
 * Who should own what Meeting Guard creates in `home`: the home's owner. Run by that person nothing is changed (their
 * own umask and ownership apply); run as root for another user's home (IT with --home), every folder and manifest
 * it creates is given to that user, so their own apps keep working and they can list and undo the batch.
 */
export async function homeOwner(home: string): Promise<{ uid: number; gid: number } | undefined> {
  const me = process.getuid?.();
  if (me === undefined) return undefined; // Windows: ownership follows the profile's ACLs
  const s = await stat(home);
  return s.uid === me ? undefined : { uid: s.uid, gid: s.gid };
}

/**
 * The modes the user would get: shared parents such as ~/.local and ~/.local/share are 0755 (what a login shell's
 * umask 022 gives), Meeting Guard's own folders 0700 (they hold the person's meeting data).
 */
export function createModes(owner: { uid: number; gid: number } | undefined, privateFrom: number): (index: number) => CreateAs {
  return (index) => ({ mode: index >= privateFrom ? 0o700 : 0o755, ...(owner ? { owner } : {}) });
}
