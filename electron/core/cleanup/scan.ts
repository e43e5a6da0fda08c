import { lstat } from 'node:fs/promises';
import type { OsName } from '../platform/platform.js';
import type { ClientId, DataLocation } from './catalogue/types.js';
import { findClient, locationsFor } from './catalogue/catalogue.js';
import { resolveLocation, type RedirectedFolders } from './paths.js';
import { walk, type WalkedFile } from './walk.js';
import { scanOneFile, sizeOnly, streamedBytes, type FileScanOptions } from './scan-file.js';
import type { OpenPoolScan, PoolScanOptions, ScanPool } from './scan-pool.js';
import type { JobFile } from './scan-messages.js';
import { FindingsTally } from './findings.js';
import { LocationEntries } from './location-entries.js';
import type { ClientScan, FileScan, LocationScan, ScanProgress, ScanReport } from './scan-report.js';

export { ENCRYPTED_NOTE } from './scan-file.js';

export interface ScanOptions {
  os: OsName;
  home: string;
  clients: readonly ClientId[];
  /** Windows' AppData where folder redirection moved it (paths.ts); the person's own scan only. */
  folders?: RedirectedFolders;
  /** Policy's extra paths, already validated to be inside home (see extra-paths.ts). */
  extraLocations?: readonly DataLocation[];
  signal?: AbortSignal;
  onProgress?: (progress: ScanProgress) => void;
  /** sql.js holds a database in memory: bigger databases are read as bytes instead. */
  maxSqliteBytes?: number;
  maxFilesPerLocation?: number;
  /** Files listed per location in the report; all are counted. */
  maxListedFiles?: number;
  /** Threads to scan on (scan-pool.ts) where the scan holds enough to be worth it; this thread when left out. */
  pool?: ScanPool;
  /** Size files with blocking calls (walk.ts): for a process with nothing else to do meanwhile, the CLI. */
  blockingWalk?: boolean;
}

// On this thread, two files in flight: one file's reads overlap the other's matching.
const FILES_IN_FLIGHT = 2;
// Below this (all locations together) a scan runs on this thread: starting threads would cost more than they save.
const POOL_MIN_BYTES = 8 * 1024 * 1024;

/**
 * A location as the walk found it, and what is left to do: scan its files, size them only, or nothing. Its files'
 * results go into `entries` as they finish; the walked list is let go once its files are handed out.
 */
interface PlannedLocation {
  client: ClientScan;
  result: LocationScan;
  files: readonly WalkedFile[];
  mode: 'scan' | 'size' | 'none';
  entries: LocationEntries;
  /** All its files have their results: only then is it in the report (a cancelled scan leaves the rest out). */
  done: boolean;
}

/**
 * Shows what each client keeps below `home`. Reads only; a cancelled scan returns what it has with `complete: false`.
 * Where the scan is worth threads, each location's files go to the pool as soon as the location is walked (largest
 * of those waiting first), so the threads scan while the walk lists the rest; otherwise every location is walked
 * first and scanned on this thread.
 */
export async function scanClients(options: ScanOptions): Promise<ScanReport> {
  const report: ScanReport = { schema: 'meeting-guard/cleanup-scan@1', os: options.os, home: options.home, complete: true, clients: [] };
  const progress = { filesDone: 0, bytesDone: 0 };
  const fileOptions: FileScanOptions = { maxSqliteBytes: options.maxSqliteBytes, signal: options.signal };
  const planned: PlannedLocation[] = [];
  // What the locations to scan hold in all (each one's bytes, summed as the walk finds them).
  let walkedBytes = 0;
  const maxListed = options.maxListedFiles ?? 500;
  const say = (client: string, files: number, bytes: number) => {
    progress.filesDone += files;
    progress.bytesDone += bytes;
    options.onProgress?.({ client, ...progress });
  };
  // Opened once the walk has found enough to scan: from then on each location's files go to the threads as soon as
  // it is walked, while the walk lists the next one.
  let threaded: ThreadedScan | undefined;
  try {
    options.signal?.throwIfAborted();
    for (const id of options.clients) {
      const client = findClient(id);
      if (!client) continue;
      const locations = [...locationsFor(client, options.os), ...(options.extraLocations ?? []).filter((l) => l.id.startsWith(`${id}.`))];
      // Keys in the report schema's order (scan-report.ts): the report is printed as built.
      const scan: ClientScan = { id: client.id, name: client.name, vendorAction: client.vendorAction, ...(client.limits ? { limits: client.limits } : {}), locations: [], bytes: 0, findings: new FindingsTally().toJSON() };
      report.clients.push(scan);
      for (const location of locations) {
        for (const path of await resolveLocation(options.home, location, options.folders)) {
          const p = await planLocation(scan, path, location, options, maxListed);
          planned.push(p);
          if (p.mode !== 'scan') continue;
          walkedBytes += p.result.bytes;
          if (threaded) threaded.add(p);
          else if (options.pool && walkedBytes >= POOL_MIN_BYTES) {
            // Enough to go to the threads: they start now, on what is walked so far, while the rest is walked.
            threaded = new ThreadedScan(options.pool, fileOptions, say);
            for (const q of planned) if (q.mode === 'scan') threaded.add(q);
          }
        }
      }
    }
    if (threaded) {
      for (const p of planned) if (p.mode === 'size') await scanOnThisThread(p, options, fileOptions, say);
      // Files finish in any order on the threads: the last word names the client a scan on this thread ends with.
      const last = planned.findLast((p) => p.mode !== 'none' && p.entries.files > 0);
      await threaded.finish();
      if (last) options.onProgress?.({ client: last.client.id, ...progress });
    } else {
      for (const p of planned) if (p.mode !== 'none') await scanOnThisThread(p, options, fileOptions, say);
    }
  } catch (error) {
    // The threads' part stops at the same signal; its end is awaited, so no thread works past the scan's end.
    await threaded?.finish().catch(() => undefined);
    if (!options.signal?.aborted) throw error;
    report.complete = false;
  }
  // What is finished goes into the report, in the clients' and locations' order.
  for (const p of planned) if (p.done) addLocation(p);
  for (const client of report.clients) {
    const tally = new FindingsTally();
    for (const location of client.locations) tally.addAll(location.findings);
    client.findings = tally.toJSON();
  }
  return report;
}

async function planLocation(client: ClientScan, path: string, location: DataLocation, options: ScanOptions, maxListed: number): Promise<PlannedLocation> {
  // Keys in the report schema's order (scan-report.ts): the report is printed as built.
  const result: LocationScan = {
    id: location.id, path, exists: false, clear: location.clear, signsOut: location.signsOut, holds: [...location.holds],
    ...(location.note ? { note: location.note } : {}),
    bytes: 0, files: [], filesNotListed: 0, skipped: [], findings: new FindingsTally().toJSON(),
  };
  const none: PlannedLocation = { client, result, files: [], mode: 'none', entries: new LocationEntries(0, maxListed), done: true };
  const stat = await lstat(path).catch(() => undefined);
  if (!stat) return none;
  result.exists = true;
  if (stat.isSymbolicLink()) {
    result.skipped.push({ path, reason: 'link: not followed, never cleared' });
    return none;
  }
  // Shared sign-in stores are only named; recordings are only sized: their contents are the user's business.
  if (location.clear === 'never') return none;
  const walked = await walk(path, { maxFiles: options.maxFilesPerLocation ?? 50_000, maxDepth: 32, keep: location.keep, signal: options.signal, blocking: options.blockingWalk });
  result.skipped.push(...walked.skipped);
  if (walked.truncated) result.skipped.push({ path, reason: 'too many files: the rest were not scanned' });
  result.bytes = walked.files.reduce((sum, f) => sum + f.size, 0);
  return { client, result, files: walked.files, mode: location.clear === 'consent' ? 'size' : 'scan', entries: new LocationEntries(walked.files.length, maxListed), done: false };
}

type Say = (client: string, files: number, bytes: number) => void;

/**
 * The scanned locations' files on the pool's threads, each location's handed over once it is walked (all at once
 * where the pool takes them only so). Each result goes to its location as it comes, by the file's walk index in that
 * location: the pool keeps none, so only the entries the report lists stay alive.
 */
class ThreadedScan {
  private readonly files: JobFile[] = [];
  private readonly owner: PlannedLocation[] = [];
  private readonly first = new Map<PlannedLocation, number>();
  private readonly located: PlannedLocation[] = [];
  private readonly run: OpenPoolScan;

  constructor(pool: ScanPool, fileOptions: FileScanOptions, say: Say) {
    const scanOptions: PoolScanOptions = {
      maxSqliteBytes: fileOptions.maxSqliteBytes,
      signal: fileOptions.signal,
      onBytes: (n, i) => say(this.owner[i]!.client.id, 0, n),
      onFile: (i, streamed, entry) => {
        const p = this.owner[i]!;
        p.entries.add(i - this.first.get(p)!, entry);
        say(p.client.id, 1, Math.max(0, this.files[i]!.size - streamed));
      },
    };
    pool.start?.();
    this.run = pool.open?.(scanOptions) ?? inOneGo(pool, scanOptions);
  }

  add(p: PlannedLocation): void {
    this.first.set(p, this.files.length);
    const batch = p.files.map((f) => ({ ...f, root: p.result.path }));
    for (const f of batch) {
      this.files.push(f);
      this.owner.push(p);
    }
    p.files = [];
    this.located.push(p);
    this.run.add(batch);
  }

  async finish(): Promise<void> {
    this.run.end();
    await this.run.done;
    for (const p of this.located) p.done = true;
  }
}

/**
 * A pool's `scan` as an open scan: the files are kept until the end, then handed over in one go. Ended once: a
 * cancelled scan ends it again on its way out, and a second `scan` then would fail with nobody to hear it.
 */
function inOneGo(pool: ScanPool, options: PoolScanOptions): OpenPoolScan {
  const files: JobFile[] = [];
  let settle: ((run: Promise<void>) => void) | undefined;
  const done = new Promise<void>((resolve) => (settle = resolve));
  return {
    add: (batch) => void files.push(...batch),
    end: () => {
      const start = settle;
      settle = undefined;
      start?.(pool.scan(files, options));
    },
    done,
  };
}

function addLocation(p: PlannedLocation): void {
  const { result, client } = p;
  Object.assign(result, p.entries.result());
  client.locations.push(result);
  client.bytes += result.bytes;
}

async function scanOnThisThread(p: PlannedLocation, options: ScanOptions, fileOptions: FileScanOptions, say: Say): Promise<void> {
  const root = p.result.path;
  const client = p.client.id;
  await forEachBounded(p.files, FILES_IN_FLIGHT, async (file, i) => {
    const streamed = streamedBytes((n) => say(client, 0, n));
    const entry = p.mode === 'size' ? sizeOnly(root, file) : await scanOneFile(root, file, { ...fileOptions, onBytes: streamed.onBytes }).catch((error: unknown) => failed(root, file, error, options));
    p.entries.add(i, entry);
    say(client, 1, Math.max(0, file.size - streamed.total));
  });
  p.files = [];
  p.done = true;
}

function failed(root: string, file: WalkedFile, error: unknown, options: ScanOptions): FileScan {
  if (options.signal?.aborted) throw error;
  return { ...sizeOnly(root, file), note: `not read: ${(error as Error).message}` };
}

/** Runs `fn` over `items` (with each one's index) with at most `limit` in flight. */
async function forEachBounded<T>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}
