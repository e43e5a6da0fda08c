import { createHash } from 'node:crypto';
import { lstat, readdir, readFile, readlink } from 'node:fs/promises';
import { join, relative } from 'node:path';

/**
 * Every path below `root` with its type, mode, owner and content digest (or link target): the before/after picture
 * the cleanup attack tests compare. Links are recorded, never followed. `skip` leaves out a subtree (the targets).
 */
export async function treeSnapshot(root: string, skip: (rel: string) => boolean = () => false): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const visit = async (path: string): Promise<void> => {
    const rel = relative(root, path);
    if (rel && skip(rel)) return;
    const s = await lstat(path).catch(() => undefined);
    if (!s) return; // removed while being read: the comparison shows it missing
    const who = `${s.mode.toString(8)}:${s.uid}:${s.gid}`;
    if (s.isSymbolicLink()) out.set(rel, `link:${who}:${await readlink(path)}`);
    else if (s.isDirectory()) {
      out.set(rel, `dir:${who}`);
      for (const name of (await readdir(path)).sort()) await visit(join(path, name));
    } else out.set(rel, `file:${who}:${createHash('sha256').update(await readFile(path)).digest('hex')}`);
  };
  await visit(root);
  return out;
}

/** The differences between two snapshots, one line each, for a readable failure. */
export function snapshotDiff(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): string[] {
  const lines: string[] = [];
  for (const [rel, was] of before) if (after.get(rel) !== was) lines.push(`${rel}: ${was} -> ${after.get(rel) ?? 'missing'}`);
  for (const [rel, now] of after) if (!before.has(rel)) lines.push(`${rel}: new ${now}`);
  return lines;
}
