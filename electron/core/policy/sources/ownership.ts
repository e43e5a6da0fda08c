/**
 * Why a policy file or folder cannot be trusted, or undefined when it can: it must belong to the administrator
 * (uid 0) and be writable by nobody else. Anyone who could edit it could otherwise switch off what IT set.
 */
export function unsafeBecause(info: { uid: number; mode: number }, trustedUid: number, owner: string): string | undefined {
  if (info.uid !== trustedUid) return `is owned by user id ${info.uid}, not root (fix: chown ${owner})`;
  if ((info.mode & 0o022) !== 0) {
    const who = (info.mode & 0o002) !== 0 ? 'everyone' : 'its group';
    return `is writable by ${who} (fix: chmod go-w)`;
  }
  return undefined;
}
