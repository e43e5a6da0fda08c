import { openReader, type FileReader } from './file-reader.js';
import { findMatches, matchText, MAX_MATCH_BYTES } from './text-matcher.js';
import type { FindingKind, FindingsTally } from './findings.js';

export interface StreamScanOptions {
  chunkBytes?: number;
  signal?: AbortSignal;
  /** Called after each chunk with the bytes just read, for progress. */
  onBytes?: (bytes: number) => void;
  /** Stop after this many bytes (a log still growing while it is read). */
  maxBytes?: number;
  /** The file's size from the walk: a read that reaches it and comes back short is the end, no read more to find it. */
  size?: number;
  /** After each chunk, let the event loop run (blocking reads on a scanning thread: a cancel message gets in). */
  yieldEachChunk?: boolean;
}

const DEFAULT_CHUNK = 1024 * 1024;
// Windows overlap so a match across a chunk edge is seen whole once; UTF-16 doubles the longest match.
const OVERLAP = 2 * MAX_MATCH_BYTES + 16;
// Each window also starts with OVERLAP bytes that were already judged, so a match near the edge is checked with the
// bytes before it in view ("1.2.3.4.5" cut at "3.4.5" must not become an address).
const CARRY = 2 * OVERLAP;

export interface ScanBuffers {
  chunk: number;
  window: Buffer;
  /** Two read buffers: the next chunk is read while the current one is searched, so disk and CPU overlap. */
  spare: [Buffer, Buffer];
}

// Buffers are reused from file to file: allocated anew, each file's 3 MB would wait for a garbage collection that a
// thread scanning hundreds of megabytes gets late, and memory would grow with the tree. A small file uses the same
// buffers (it reads into the first one once), so a folder of cache entries allocates nothing per file.
const reusable: ScanBuffers[] = [];
const MAX_REUSABLE = 2; // the files a thread scans at once (scan.ts)

export function takeBuffers(chunk = DEFAULT_CHUNK): ScanBuffers {
  const i = reusable.findIndex((b) => b.chunk === chunk);
  if (i >= 0) return reusable.splice(i, 1)[0]!;
  return { chunk, window: Buffer.allocUnsafe(CARRY + chunk), spare: [Buffer.allocUnsafe(chunk), Buffer.allocUnsafe(chunk)] };
}

export function giveBack(buffers: ScanBuffers): void {
  if (buffers.chunk === DEFAULT_CHUNK && reusable.length < MAX_REUSABLE) reusable.push(buffers);
}

/** Reads a file by path (tests, tools); the scan itself goes through `scanStream` on the handle it already has. */
export async function scanFileStream(path: string, tally: FindingsTally, options: StreamScanOptions = {}): Promise<number> {
  const handle = await openReader(path);
  const buffers = takeBuffers(options.chunkBytes ?? DEFAULT_CHUNK);
  try {
    const first = await handle.read(buffers.spare[0], 0, buffers.chunk, 0);
    return await scanStream(handle, buffers, first, tally, options);
  } finally {
    await handle.close();
    giveBack(buffers);
  }
}

/**
 * Tallies what a file holds, chunk by chunk, starting from its first `firstBytes` already read into `spare[0]`:
 * memory stays at one chunk plus the overlap, whatever the file's size. Only masked forms reach the tally.
 */
export async function scanStream(handle: FileReader, buffers: ScanBuffers, firstBytes: number, tally: FindingsTally, options: StreamScanOptions = {}): Promise<number> {
  const { window, spare, chunk } = buffers;
  const minStart: Record<FindingKind, number> = { emails: 0, ipv4: 0, ipv6: 0, accountNames: 0, macAddresses: 0 };
  const maxBytes = options.maxBytes ?? Number.POSITIVE_INFINITY;
  let carried = 0;
  let windowOffset = 0; // absolute file offset of window[0]
  let judgedBefore = 0; // absolute offset below which every match start was already decided
  let bytesRead = 0;
  const readNext = (target: Buffer) => (bytesRead >= maxBytes ? Promise.resolve(0) : handle.read(target, 0, chunk, bytesRead));
  let turn = 0;
  let pending: Promise<number> = Promise.resolve(firstBytes);
  let acceptBefore = 0;
  let windowEnd = 0;
  const onMatch = (kind: FindingKind, start: number, end: number, wide: boolean) => {
    const absStart = windowOffset + start;
    if (absStart < judgedBefore || absStart < minStart[kind] || start >= acceptBefore) return;
    minStart[kind] = windowOffset + end;
    if (tally.count(kind)) tally.preview(kind, matchText(window, start, end, wide));
  };
  try {
    for (;;) {
      options.signal?.throwIfAborted();
      const n = await pending;
      const current = spare[turn]!;
      turn ^= 1;
      bytesRead += n;
      const final = n === 0 || (options.size !== undefined && bytesRead >= options.size && n < chunk);
      if (!final) pending = readNext(spare[turn]!);
      current.copy(window, carried, 0, n);
      windowEnd = carried + n;
      acceptBefore = final ? windowEnd : windowEnd - OVERLAP;
      findMatches(window, windowEnd, onMatch);
      if (n > 0) options.onBytes?.(n);
      if (final) break;
      if (options.yieldEachChunk) await new Promise((resolve) => setImmediate(resolve));
      // Matches starting in the last OVERLAP bytes are judged in the next window, with OVERLAP bytes of context.
      judgedBefore = windowOffset + acceptBefore;
      const keepFrom = Math.max(0, windowEnd - CARRY);
      window.copy(window, 0, keepFrom, windowEnd);
      windowOffset += keepFrom;
      carried = windowEnd - keepFrom;
    }
  } finally {
    await pending.catch(() => 0);
  }
  return bytesRead;
}
