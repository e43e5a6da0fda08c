import { lstat, mkdir, readdir, rm } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { readManifest, writeManifest, type QuarantineItem, type QuarantineManifest } from './quarantine-manifest.js';
import { moveNoFollow, type RenameFn } from './safe-move.js';
import { assertQuarantineLocation } from './paths.js';

export interface QuarantineOptions {
  /** The quarantine folder (see paths.ts quarantineFolder): absolute, strictly inside `home`. */
  root: string;
  /** The home whose data this quarantine holds: undo restores only inside it. */
  home: string;
  now: () => Date;
  retentionDays: number;
  rename?: RenameFn;
}

export interface UndoResult {
  restored: string[];
  skipped: Array<{ path: string; reason: string }>;
}

/**
 * Removed items wait here, with a manifest, until they expire; `undo` puts them back. Items are renamed to
 * numbers inside the batch so two files with the same name never collide.
 */
export class Quarantine {
  constructor(private readonly options: QuarantineOptions) {
    // A relative root would put the person's data in whatever folder the process was started from.
    assertQuarantineLocation(options.home, options.root);
  }

  async beginBatch(): Promise<QuarantineBatch> {
    const now = this.options.now();
    const id = `${now.toISOString().replace(/[:.]/g, '-')}-${randomBytes(3).toString('hex')}`;
    const dir = join(this.options.root, id);
    await mkdir(join(dir, 'items'), { recursive: true, mode: 0o700 });
    const expires = new Date(now.getTime() + this.options.retentionDays * 86_400_000);
    const manifest: QuarantineManifest = { schema: 'meeting-guard/quarantine@1', id, createdAt: now.toISOString(), expiresAt: expires.toISOString(), items: [] };
    await writeManifest(dir, manifest);
    return new QuarantineBatch(dir, manifest, this.options.rename);
  }

  /** Batches newest first; a folder whose manifest is damaged is reported, never deleted (its age is unknown). */
  async list(): Promise<{ batches: QuarantineManifest[]; problems: string[] }> {
    const names = await readdir(this.options.root).catch(() => [] as string[]);
    const batches: QuarantineManifest[] = [];
    const problems: string[] = [];
    for (const name of names.sort().reverse()) {
      try {
        batches.push(await readManifest(join(this.options.root, name)));
      } catch (error) {
        problems.push((error as Error).message);
      }
    }
    return { batches, problems };
  }

  async undo(batchId?: string): Promise<UndoResult & { batchId?: string }> {
    const { batches } = await this.list();
    const batch = batchId ? batches.find((b) => b.id === batchId) : batches.find((b) => b.items.some((i) => i.state === 'stored'));
    if (!batch) return { restored: [], skipped: [] };
    const dir = join(this.options.root, batch.id);
    const result: UndoResult = { restored: [], skipped: [] };
    for (const item of [...batch.items].reverse()) {
      if (item.state !== 'stored') continue;
      if (await exists(item.originalPath)) {
        result.skipped.push({ path: item.originalPath, reason: 'something new is there now: left in quarantine' });
        continue;
      }
      try {
        await mkdir(dirname(item.originalPath), { recursive: true });
        await moveNoFollow(join(dir, item.storedAs), item.originalPath, this.options.rename);
        item.state = 'restored';
        result.restored.push(item.originalPath);
        await writeManifest(dir, batch);
      } catch (error) {
        result.skipped.push({ path: item.originalPath, reason: `cannot restore: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
      }
    }
    if (batch.items.every((i) => i.state === 'restored')) await rm(dir, { recursive: true, force: true });
    return { ...result, batchId: batch.id };
  }

  /** Deletes batches past their expiry. `rm` unlinks links inside without following them. */
  async purgeExpired(): Promise<string[]> {
    const now = this.options.now().getTime();
    const { batches } = await this.list();
    const purged: string[] = [];
    for (const batch of batches) {
      if (Date.parse(batch.expiresAt) > now) continue;
      await rm(join(this.options.root, batch.id), { recursive: true, force: true });
      purged.push(batch.id);
    }
    return purged;
  }
}

export class QuarantineBatch {
  constructor(
    readonly dir: string,
    readonly manifest: QuarantineManifest,
    private readonly renameFn?: RenameFn,
  ) {}

  get id(): string {
    return this.manifest.id;
  }

  /** Moves `path` in; the manifest is rewritten after every item so an interrupted clear can still be undone. */
  async store(path: string, info: Pick<QuarantineItem, 'type' | 'client' | 'locationId'>): Promise<void> {
    const storedAs = `items/${this.manifest.items.length}`;
    await moveNoFollow(path, join(this.dir, storedAs), this.renameFn);
    this.manifest.items.push({ originalPath: path, storedAs, state: 'stored', ...info });
    await writeManifest(this.dir, this.manifest);
  }

  /** A batch that received nothing (dry run, everything refused) leaves no trace. */
  async discardIfEmpty(): Promise<void> {
    if (this.manifest.items.length === 0) await rm(this.dir, { recursive: true, force: true });
  }
}

async function exists(path: string): Promise<boolean> {
  return lstat(path).then(() => true, () => false);
}
