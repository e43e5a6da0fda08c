import { cp, copyFile, lstat, readdir, readlink, rename, rm, unlink, constants as fsc } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { join } from 'node:path';

export type RenameFn = (from: string, to: string) => Promise<void>;

/**
 * Moves a file or folder without following links: `rename` when both sides share a volume; otherwise copies
 * (links copied as links), checks the copy byte for byte, and only then removes the original.
 */
export async function moveNoFollow(from: string, to: string, renameFn: RenameFn = rename): Promise<'renamed' | 'copied'> {
  try {
    await renameFn(from, to);
    return 'renamed';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
  }
  const stat = await lstat(from);
  // cp merges into a folder that exists, and the clean-up below would then delete what was there before.
  if (await lstat(to).then(() => true, () => false)) throw Object.assign(new Error(`${to} already exists: nothing was moved`), { code: 'EEXIST' });
  try {
    if (stat.isDirectory()) {
      await cp(from, to, { recursive: true, verbatimSymlinks: true, dereference: false, errorOnExist: true, force: false, preserveTimestamps: true });
    } else {
      await copyFile(from, to, fsc.COPYFILE_EXCL);
    }
  } catch (error) {
    // A disk that fills up (or an entry cp cannot copy) leaves half a copy: remove it, the original is untouched.
    await rm(to, { recursive: true, force: true });
    throw error;
  }
  if ((await treeDigest(from)) !== (await treeDigest(to))) {
    await rm(to, { recursive: true, force: true });
    throw new Error('the copy did not match the original; the original was left in place');
  }
  if (stat.isDirectory()) await rm(from, { recursive: true });
  else await unlink(from);
  return 'copied';
}

/** One digest over names, types, link targets and contents of a tree; links are never followed. */
export async function treeDigest(path: string): Promise<string> {
  const hash = createHash('sha256');
  const visit = async (p: string, rel: string): Promise<void> => {
    const s = await lstat(p);
    if (s.isDirectory()) {
      hash.update(`d:${rel}\n`);
      for (const name of (await readdir(p)).sort()) await visit(join(p, name), `${rel}/${name}`);
    } else if (s.isSymbolicLink()) {
      hash.update(`l:${rel}:${await readlink(p)}\n`);
    } else if (!s.isFile()) {
      // A pipe, socket or device: opening it could block forever, and it holds no data of its own.
      hash.update(`o:${rel}:${s.mode}\n`);
    } else {
      hash.update(`f:${rel}:${s.size}\n`);
      await new Promise<void>((resolve, reject) => {
        createReadStream(p).on('data', (d) => hash.update(d)).on('end', resolve).on('error', reject);
      });
    }
  };
  await visit(path, '');
  return hash.digest('hex');
}
