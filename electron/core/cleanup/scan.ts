import { lstat } from 'node:fs/promises';
import type { OsName } from '../platform/platform.js';
import type { ClientId, DataLocation } from './catalogue/types.js';
import { findClient, locationsFor } from './catalogue/catalogue.js';
import { resolveLocation, type RedirectedFolders } from './paths.js';
import { walk, type WalkedFile } from './walk.js';
import { scanOneFile, sizeOnly, streamedBytes, type FileScanOptions } from './scan-file.js';
import type { ScanPool } from './scan-pool.js';
import { FindingsTally } from './findings.js';
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
  /** Threads to scan on (scan-pool.ts) where a location holds enough to be worth it; this thread when left out. */
  pool?: ScanPool;
}

// On this thread, two files in flight: one file's reads overlap the other's matching.
const FILES_IN_FLIGHT = 2;
// Below this a location is scanned on this thread: starting threads would cost more than they save.
const POOL_MIN_BYTES = 8 * 1024 * 1024;

/** Shows what each client keeps below `home`. Reads only; a cancelled scan returns what it has with `complete: false`. */
export async function scanClients(options: ScanOptions): Promise<ScanReport> {
  const report: ScanReport = { schema: 'meeting-guard/cleanup-scan@1', os: options.os, home: options.home, complete: true, clients: [] };
  const progress = { filesDone: 0, bytesDone: 0 };
  const fileOptions: FileScanOptions = { maxSqliteBytes: options.maxSqliteBytes, signal: options.signal };
  const { pool } = options;
  try {
    options.signal?.throwIfAborted();
    for (const id of options.clients) {
      const client = findClient(id);
      if (!client) continue;
      const locations = [...locationsFor(client, options.os), ...(options.extraLocations ?? []).filter((l) => l.id.startsWith(`${id}.`))];
      const tally = new FindingsTally();
      const scan: ClientScan = { id: client.id, name: client.name, vendorAction: client.vendorAction, locations: [], bytes: 0, findings: tally.toJSON() };
      if (client.limits) scan.limits = client.limits;
      report.clients.push(scan);
      for (const location of locations) {
        for (const path of await resolveLocation(options.home, location, options.folders)) {
          const result = await scanLocation(path, location, options, fileOptions, pool, (files, bytes) => {
            progress.filesDone += files;
            progress.bytesDone += bytes;
            options.onProgress?.({ client: client.id, ...progress });
          });
          scan.locations.push(result);
          scan.bytes += result.bytes;
          tally.addAll(result.findings);
        }
      }
      scan.findings = tally.toJSON();
    }
  } catch (error) {
    if (!options.signal?.aborted) throw error;
    report.complete = false;
  }
  return report;
}

async function scanLocation(
  path: string,
  location: DataLocation,
  options: ScanOptions,
  fileOptions: FileScanOptions,
  pool: ScanPool | undefined,
  onProgress: (files: number, bytes: number) => void,
): Promise<LocationScan> {
  const tally = new FindingsTally();
  const result: LocationScan = {
    id: location.id, path, exists: false, clear: location.clear, signsOut: location.signsOut, holds: [...location.holds],
    bytes: 0, files: [], filesNotListed: 0, skipped: [], findings: tally.toJSON(),
  };
  if (location.note) result.note = location.note;
  const stat = await lstat(path).catch(() => undefined);
  if (!stat) return result;
  result.exists = true;
  if (stat.isSymbolicLink()) {
    result.skipped.push({ path, reason: 'link: not followed, never cleared' });
    return result;
  }
  // Shared sign-in stores are only named; recordings are only sized: their contents are the user's business.
  if (location.clear === 'never') return result;
  const walked = await walk(path, { maxFiles: options.maxFilesPerLocation ?? 50_000, maxDepth: 32, keep: location.keep, signal: options.signal });
  result.skipped.push(...walked.skipped);
  if (walked.truncated) result.skipped.push({ path, reason: 'too many files: the rest were not scanned' });
  const total = walked.files.reduce((sum, f) => sum + f.size, 0);
  const entries = pool && location.clear !== 'consent' && total >= POOL_MIN_BYTES
    ? await pool.scan(path, walked.files, {
        maxSqliteBytes: fileOptions.maxSqliteBytes,
        signal: fileOptions.signal,
        onBytes: (n) => onProgress(0, n),
        onFile: (i, streamed) => onProgress(1, Math.max(0, walked.files[i]!.size - streamed)),
      })
    : await scanOnThisThread(path, walked.files, location, options, fileOptions, onProgress);
  const maxListed = options.maxListedFiles ?? 500;
  result.bytes = total;
  for (const entry of entries) {
    if (entry.findings) tally.addAll(entry.findings);
    if (result.files.length < maxListed) result.files.push(entry);
    else result.filesNotListed += 1;
  }
  result.findings = tally.toJSON();
  return result;
}

function scanOnThisThread(
  path: string,
  files: readonly WalkedFile[],
  location: DataLocation,
  options: ScanOptions,
  fileOptions: FileScanOptions,
  onProgress: (files: number, bytes: number) => void,
): Promise<FileScan[]> {
  return mapBounded(files, FILES_IN_FLIGHT, async (file) => {
    const streamed = streamedBytes((n) => onProgress(0, n));
    const entry =
      location.clear === 'consent'
        ? sizeOnly(path, file)
        : await scanOneFile(path, file, { ...fileOptions, onBytes: streamed.onBytes }).catch((error: unknown) => failed(path, file, error, options));
    onProgress(1, Math.max(0, file.size - streamed.total));
    return entry;
  });
}

function failed(root: string, file: WalkedFile, error: unknown, options: ScanOptions): FileScan {
  if (options.signal?.aborted) throw error;
  return { ...sizeOnly(root, file), note: `not read: ${(error as Error).message}` };
}

/** Runs `fn` over `items` with at most `limit` in flight, keeping the results in the items' order. */
async function mapBounded<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}
