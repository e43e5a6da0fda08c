import { stat } from 'node:fs/promises';
import { dirname, relative, sep } from 'node:path';

/**
 * Why a policy file or folder cannot be trusted, or undefined when it can: it must belong to the administrator
 * (uid 0) and be writable by nobody else. Anyone who could edit it could otherwise switch off what IT set.
 * `path`, when given, is put into the fix so it can be pasted as it is.
 */
export function unsafeBecause(info: { uid: number; mode: number }, trustedUid: number, owner: string, path?: string): string | undefined {
  const target = path ? ` ${path}` : '';
  if (info.uid !== trustedUid) return `is owned by user id ${info.uid}, not root (fix: chown ${owner}${target})`;
  if ((info.mode & 0o022) !== 0) {
    const who = (info.mode & 0o002) !== 0 ? 'everyone' : 'its group';
    return `is writable by ${who} (fix: chmod go-w${target})`;
  }
  return undefined;
}

/**
 * The same rule for every folder above `dir`, up to and including `root` (the file system root on a laptop), as
 * Chrome checks its policy folders: whoever may write to a parent may rename the policy folder away and put their
 * own in its place, so one unsafe parent makes the folder untrusted. A world-writable parent with the sticky bit
 * (/tmp) is refused too: the sticky bit stops deleting others' entries, not creating a missing one.
 * Returns the reason, naming the parent as the laptop shows it ("/etc/meeting-guard").
 */
export async function unsafeParent(dir: string, root: string, trustedUid: number, owner: string): Promise<string | undefined> {
  for (let folder = dirname(dir); ; folder = dirname(folder)) {
    const rel = relative(root, folder);
    if (rel.startsWith('..')) return undefined; // above the root of this laptop's view (a test's stand-in root)
    const shown = `/${rel.split(sep).join('/')}`;
    const info = await stat(folder).catch(() => undefined);
    const why = info && unsafeBecause(info, trustedUid, owner, shown);
    if (why) return `its parent folder ${shown} ${why}`;
    if (rel === '' || folder === dirname(folder)) return undefined;
  }
}
