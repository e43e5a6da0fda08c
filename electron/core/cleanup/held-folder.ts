import { existsSync } from 'node:fs';
import { constants as fsc, lstat, mkdir, open, rm, type FileHandle } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Who owns what Meeting Guard creates in a home, and with which mode (see home-owner.ts). */
export interface CreateAs {
  mode: number;
  owner?: { uid: number; gid: number };
}

export interface HoldOptions {
  /** How to make a missing folder, by its index in `parts`; without it a missing folder is ENOENT. */
  create?: (index: number) => CreateAs;
  /** Tests turn /proc/self/fd off to exercise the path-checking fallback other systems use. */
  useProc?: boolean;
}

export class LinkOnTheWay extends Error {
  readonly code = 'ELINK';
  constructor(readonly path: string) {
    super(`${path} is a link or junction, or not a folder: not followed`);
  }
}

const PROC_FD = '/proc/self/fd';
/** Linux reaches an open folder by /proc/self/fd/N whatever its path has become since: an openat without openat. */
export const procFdAvailable = (): boolean => process.platform === 'linux' && existsSync(PROC_FD);

/**
 * A folder reached from `root` one name at a time, never through a link. Where /proc/self/fd exists the folder is
 * held open and `child(name)` names an entry of exactly that folder, however its path is swapped afterwards (a
 * rename or unlink through it cannot land anywhere else). Elsewhere `child` is the plain path and `unchanged()`
 * re-checks every folder on the way, so a swap is at least detected after the fact.
 */
export class HeldFolder {
  private constructor(
    readonly path: string,
    readonly dev: number,
    readonly ino: number,
    private readonly handle: FileHandle | undefined,
    private readonly chain: readonly { path: string; dev: number; ino: number }[],
  ) {}

  /**
   * Opens `root` (followed: the home as given) and then each of `parts` below it without following a link. A
   * missing folder is created when `create` says how; otherwise ENOENT is thrown.
   */
  static async open(root: string, parts: readonly string[], options: HoldOptions = {}): Promise<HeldFolder> {
    const useProc = options.useProc ?? procFdAvailable();
    let handle = useProc ? await open(root, fsc.O_RDONLY | fsc.O_DIRECTORY) : undefined;
    let via = handle ? `${PROC_FD}/${handle.fd}` : root;
    let path = root;
    const first = handle ? await handle.stat() : await lstat(root);
    const chain = [{ path: root, dev: first.dev, ino: first.ino }];
    try {
      for (const [index, name] of parts.entries()) {
        if (name === '' || name === '.' || name === '..' || name.includes('/')) throw new LinkOnTheWay(join(path, name));
        const next = join(via, name);
        path = join(path, name);
        if (options.create) await makeFolder(next, options.create(index));
        if (useProc) {
          const opened = await open(next, fsc.O_RDONLY | fsc.O_DIRECTORY | fsc.O_NOFOLLOW).catch((error: NodeJS.ErrnoException) => {
            throw error.code === 'ELOOP' || error.code === 'ENOTDIR' ? new LinkOnTheWay(path) : error;
          });
          await handle?.close();
          handle = opened;
          via = `${PROC_FD}/${opened.fd}`;
          const s = await opened.stat();
          chain.push({ path, dev: s.dev, ino: s.ino });
        } else {
          const s = await lstat(next);
          if (!s.isDirectory() || s.isSymbolicLink()) throw new LinkOnTheWay(path);
          via = next;
          chain.push({ path, dev: s.dev, ino: s.ino });
        }
      }
    } catch (error) {
      await handle?.close();
      throw error;
    }
    const last = chain[chain.length - 1]!;
    return new HeldFolder(path, last.dev, last.ino, handle, chain);
  }

  /** A name inside this very folder (through /proc/self/fd where available). */
  child(name: string): string {
    return this.handle ? `${PROC_FD}/${this.handle.fd}/${name}` : join(this.path, name);
  }

  /** Every folder on the way still is the one opened, and none became a link (always so for a held handle). */
  async unchanged(): Promise<boolean> {
    if (this.handle) return true;
    for (const step of this.chain.slice(1)) {
      const s = await lstat(step.path).catch(() => undefined);
      if (!s || s.isSymbolicLink() || s.dev !== step.dev || s.ino !== step.ino) return false;
    }
    return true;
  }

  async close(): Promise<void> {
    await this.handle?.close();
  }
}

async function makeFolder(path: string, as: CreateAs): Promise<void> {
  try {
    await mkdir(path, { mode: as.mode });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return;
    throw error;
  }
  // Made by us just now, so its owner is set before anything is put inside it.
  if (as.owner) {
    const handle = await open(path, fsc.O_RDONLY | fsc.O_DIRECTORY | fsc.O_NOFOLLOW);
    try {
      await handle.chown(as.owner.uid, as.owner.gid);
      await handle.chmod(as.mode);
    } finally {
      await handle.close();
    }
  }
}

/** Runs `work` with the folder held, closing it afterwards whatever happens. */
export async function withFolder<T>(root: string, parts: readonly string[], options: HoldOptions, work: (folder: HeldFolder) => Promise<T>): Promise<T> {
  const folder = await HeldFolder.open(root, parts, options);
  try {
    return await work(folder);
  } finally {
    await folder.close();
  }
}

/**
 * Removes `path` (a file or a whole folder) below `root`, reaching its folder without following a link, so a linked
 * parent (~/.local/share pointing elsewhere) cannot turn the removal of Meeting Guard's own folder into another's.
 * A path that is not there is fine; a link on the way throws LinkOnTheWay and nothing is removed.
 */
export async function removeBelow(root: string, path: string): Promise<void> {
  const parts = relative(root, path).split(sep).filter(Boolean);
  const name = parts.pop();
  if (name === undefined || name === '..' || parts.includes('..')) throw new LinkOnTheWay(path);
  try {
    await withFolder(root, parts, {}, (folder) => rm(folder.child(name), { recursive: true, force: true }));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
