import { lstat, readdir, rm } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { join, relative, sep } from 'node:path';
import { MANIFEST_NAME, readManifest, writeManifest, type QuarantineItem, type QuarantineManifest } from './quarantine-manifest.js';
import { moveNoFollow, type RenameFn } from './safe-move.js';
import { assertQuarantineLocation } from './paths.js';
import { HeldFolder, LinkOnTheWay } from './held-folder.js';
import { createModes } from './home-owner.js';
import { shownPath } from './shown-path.js';
import { restoreProblem, restoreItem } from './quarantine-restore.js';

export interface QuarantineOptions {
  /** The quarantine folder (see paths.ts quarantineFolder): absolute, strictly inside `home`. */
  root: string;
  /** The home whose data this quarantine holds: undo restores only inside it. */
  home: string;
  now: () => Date;
  retentionDays: number;
  rename?: RenameFn;
  /** The home's owner when it is not the user running Meeting Guard (root with --home): what is created is theirs. */
  owner?: { uid: number; gid: number };
  /** Tests turn /proc/self/fd off to exercise the fallback other systems use. */
  useProc?: boolean;
}

export interface UndoResult {
  restored: string[];
  skipped: Array<{ path: string; reason: string }>;
  /** A batch that failed the checks as a whole: reported, nothing of it touched. */
  problems: string[];
}

/**
 * Removed items wait here, with a manifest, until they expire; `undo` puts them back. Items are renamed to
 * numbers inside the batch so two files with the same name never collide. Nothing on disk is trusted: every folder
 * from the home down is reached without following a link, and a manifest (which anyone with the user's rights can
 * edit) is checked before anything is restored.
 */
export class Quarantine {
  private readonly rootParts: string[];

  constructor(private readonly options: QuarantineOptions) {
    // A relative root would put the person's data in whatever folder the process was started from.
    assertQuarantineLocation(options.home, options.root);
    this.rootParts = relative(options.home, options.root).split(sep);
  }

  get home(): string {
    return this.options.home;
  }

  /** The rename moves use (tests inject a failing one). */
  get rename(): RenameFn | undefined {
    return this.options.rename;
  }

  /** Opens a folder below the quarantine root (creating it for the home's owner when asked). */
  private hold(parts: readonly string[], create = false): Promise<HeldFolder> {
    // The last two folders of the root (Meeting Guard's own and the quarantine) and everything below are private.
    const modes = createModes(this.options.owner, Math.max(0, this.rootParts.length - 2));
    return HeldFolder.open(this.options.home, [...this.rootParts, ...parts], { useProc: this.options.useProc, ...(create ? { create: modes } : {}) });
  }

  async beginBatch(): Promise<QuarantineBatch> {
    const now = this.options.now();
    const id = `${now.toISOString().replace(/[:.]/g, '-')}-${randomBytes(3).toString('hex')}`;
    const folder = await this.hold([id], true);
    const items = await this.hold([id, 'items'], true).catch(async (error: unknown) => {
      await folder.close();
      throw error;
    });
    const expires = new Date(now.getTime() + this.options.retentionDays * 86_400_000);
    const manifest: QuarantineManifest = {
      schema: 'meeting-guard/quarantine@1', id, home: this.options.home, createdAt: now.toISOString(), expiresAt: expires.toISOString(), items: [],
    };
    await writeManifest(folder.child(MANIFEST_NAME), manifest, this.options.owner);
    return new QuarantineBatch(folder, items, manifest, this, this.options);
  }

  /**
   * Batches newest first. A folder whose manifest is missing, damaged or not its own is reported, never deleted
   * (its age is unknown); so is a quarantine reached through a link.
   */
  async list(): Promise<{ batches: QuarantineManifest[]; problems: string[] }> {
    let root: HeldFolder;
    try {
      root = await this.hold([]);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { batches: [], problems: [] };
      return { batches: [], problems: [`${this.options.root}: ${error instanceof LinkOnTheWay ? `${error.path} on the way is a link or not a folder: the quarantine is not read` : (error as Error).message}`] };
    }
    try {
      const batches: QuarantineManifest[] = [];
      const problems: string[] = [];
      for (const name of (await readdir(root.child('.'))).sort().reverse()) {
        const shown = join(this.options.root, name);
        const s = await lstat(root.child(name));
        if (!s.isDirectory()) {
          problems.push(`${shown}: not a batch folder (${s.isSymbolicLink() ? 'a link' : 'a file'}): left alone`);
          continue;
        }
        try {
          const manifest = await readManifest(root.child(join(name, MANIFEST_NAME)), join(shown, MANIFEST_NAME));
          if (manifest.id !== name) throw new Error(`${join(shown, MANIFEST_NAME)}: names batch "${manifest.id}", not its own folder`);
          batches.push(manifest);
        } catch (error) {
          problems.push(`${(error as Error).message}; its age is unknown, so it is kept: delete ${shown} yourself once it is not needed`);
        }
      }
      return { batches, problems };
    } finally {
      await root.close();
    }
  }

  async undo(batchId?: string): Promise<UndoResult & { batchId?: string }> {
    const { batches, problems: unreadable } = await this.list();
    const batch = batchId ? batches.find((b) => b.id === batchId) : batches.find((b) => b.items.some((i) => i.state === 'stored'));
    if (!batch) return { restored: [], skipped: [], problems: unreadable };
    const result: UndoResult = { restored: [], skipped: [], problems: [] };
    // The whole batch is checked before anything moves: one item pointing outside the home means the manifest was
    // edited, and none of it is trusted.
    const home = this.options.home;
    if (batch.home !== undefined && batch.home !== home) {
      result.problems.push(`batch ${batch.id} was made for the home folder ${batch.home}, not ${home}: left untouched`);
    }
    for (const item of batch.items.filter((i) => i.state === 'stored')) {
      const problem = await restoreProblem(home, this.options.root, item, this.options.useProc);
      if (problem) result.problems.push(`batch ${batch.id}: ${shownPath(item.originalPath, home)}: ${problem}: the batch is left untouched`);
    }
    if (result.problems.length > 0) return { ...result, batchId: batch.id };
    let folder: HeldFolder | undefined;
    let items: HeldFolder;
    try {
      folder = await this.hold([batch.id]);
      items = await this.hold([batch.id, 'items']);
    } catch (error) {
      await folder?.close();
      const why = error instanceof LinkOnTheWay ? `${error.path} is a link or not a folder` : (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      return { ...result, problems: [`batch ${batch.id}: ${why}: left untouched`], batchId: batch.id };
    }
    try {
      for (const item of [...batch.items].reverse()) {
        if (item.state !== 'stored') continue;
        const outcome = await restoreItem({ home, items, item, rename: this.options.rename, owner: this.options.owner, useProc: this.options.useProc });
        if (outcome.restored) {
          item.state = 'restored';
          result.restored.push(item.originalPath);
          await writeManifest(folder.child(MANIFEST_NAME), batch, this.options.owner);
        } else {
          result.skipped.push({ path: item.originalPath, reason: outcome.reason });
        }
      }
    } finally {
      await items.close();
      await folder.close();
    }
    if (batch.items.every((i) => i.state === 'restored')) await this.remove(batch.id);
    return { ...result, batchId: batch.id };
  }

  /** Deletes batches past their expiry; a batch whose manifest or expiry cannot be read is reported, not kept silently. */
  async purgeExpired(): Promise<{ purged: string[]; problems: string[] }> {
    const now = this.options.now().getTime();
    const { batches, problems } = await this.list();
    const purged: string[] = [];
    for (const batch of batches) {
      if (Date.parse(batch.expiresAt) > now) continue;
      await this.remove(batch.id);
      purged.push(batch.id);
    }
    return { purged, problems };
  }

  /** Removes one batch folder, reached without following a link; `rm` unlinks links inside without following them. */
  async remove(id: string): Promise<void> {
    const root = await this.hold([]);
    try {
      await rm(root.child(id), { recursive: true, force: true });
    } finally {
      await root.close();
    }
  }
}

export class QuarantineBatch {
  constructor(
    private readonly folder: HeldFolder,
    private readonly items: HeldFolder,
    readonly manifest: QuarantineManifest,
    private readonly quarantine: Quarantine,
    private readonly options: Pick<QuarantineOptions, 'rename' | 'owner'>,
  ) {}

  get id(): string {
    return this.manifest.id;
  }

  get dir(): string {
    return this.folder.path;
  }

  /** Where the next item goes, inside this very batch folder. */
  nextSlot(): { storedAs: string; path: string } {
    const n = this.manifest.items.length;
    return { storedAs: `items/${n}`, path: this.items.child(String(n)) };
  }

  /**
   * Moves `from` in; the manifest is rewritten after every item so an interrupted clear can still be undone.
   * `from` may be a path through a held folder; `originalPath` is what the person and undo see.
   */
  async store(from: string, info: Pick<QuarantineItem, 'type' | 'client' | 'locationId'> & { originalPath?: string }): Promise<void> {
    const { storedAs, path } = this.nextSlot();
    await moveNoFollow(from, path, this.options.rename);
    this.record({ originalPath: info.originalPath ?? from, storedAs, type: info.type, client: info.client, locationId: info.locationId });
    await this.save();
  }

  /** Records an item already moved into `nextSlot()` (the clear verifies it before it counts). */
  record(item: Omit<QuarantineItem, 'state'>): void {
    this.manifest.items.push({ ...item, state: 'stored' });
  }

  async save(): Promise<void> {
    await writeManifest(this.folder.child(MANIFEST_NAME), this.manifest, this.options.owner);
  }

  /** A batch that received nothing (dry run, everything refused) leaves no trace; the folders are let go. */
  async discardIfEmpty(): Promise<void> {
    await this.items.close();
    await this.folder.close();
    if (this.manifest.items.length === 0) await this.quarantine.remove(this.manifest.id);
  }
}
