import { open } from 'node:fs/promises';
import { constants } from 'node:fs';
import { findMatches, MAX_MATCH_BYTES } from './text-matcher.js';
import { maskEmail, maskIpv4, maskIpv6, maskName } from './mask.js';
import type { FindingKind, FindingsTally } from './findings.js';

export interface StreamScanOptions {
  chunkBytes?: number;
  /** The file's size when known: a small file gets buffers its size, not a full chunk's. */
  sizeHint?: number;
  signal?: AbortSignal;
  /** Called after each chunk with the bytes just read, for progress. */
  onBytes?: (bytes: number) => void;
}

const DEFAULT_CHUNK = 1024 * 1024;
const MIN_CHUNK = 64 * 1024;
// Windows overlap so a match across a chunk edge is seen whole once; UTF-16 doubles the longest match.
const OVERLAP = 2 * MAX_MATCH_BYTES + 16;
// Each window also starts with OVERLAP bytes that were already judged, so a match near the edge is checked with the
// bytes before it in view ("1.2.3.4.5" cut at "3.4.5" must not become an address).
const CARRY = 2 * OVERLAP;

export const maskers: Record<FindingKind, (value: string) => string> = {
  emails: maskEmail,
  ipv4: maskIpv4,
  ipv6: maskIpv6,
  accountNames: maskName,
};

/** O_NOFOLLOW where the OS has it: opening a path that became a symbolic link fails instead of reading its target. */
export const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;

interface ScanBuffers {
  chunk: number;
  window: Buffer;
  /** Two read buffers: the next chunk is read while the current one is searched, so disk and CPU overlap. */
  spare: [Buffer, Buffer];
}

// Full-size buffers are reused from file to file: allocated anew, each file's 3 MB would wait for a garbage
// collection that a thread scanning hundreds of megabytes gets late, and memory would grow with the tree.
const reusable: ScanBuffers[] = [];
const MAX_REUSABLE = 2; // the files a thread scans at once (scan.ts)

function takeBuffers(chunk: number): ScanBuffers {
  const i = reusable.findIndex((b) => b.chunk === chunk);
  if (i >= 0) return reusable.splice(i, 1)[0]!;
  return { chunk, window: Buffer.allocUnsafe(CARRY + chunk), spare: [Buffer.allocUnsafe(chunk), Buffer.allocUnsafe(chunk)] };
}

function giveBack(buffers: ScanBuffers): void {
  if (buffers.chunk === DEFAULT_CHUNK && reusable.length < MAX_REUSABLE) reusable.push(buffers);
}

/**
 * Reads a file in fixed-size chunks into reused buffers and tallies what it holds: memory stays at one chunk plus
 * the overlap, whatever the file's size. Only masked forms reach the tally.
 */
export async function scanFileStream(path: string, tally: FindingsTally, options: StreamScanOptions = {}): Promise<number> {
  const wanted = options.chunkBytes ?? DEFAULT_CHUNK;
  const chunk = options.sizeHint === undefined ? wanted : Math.min(wanted, Math.max(MIN_CHUNK, options.sizeHint));
  const handle = await open(path, constants.O_RDONLY | NO_FOLLOW);
  const buffers = takeBuffers(chunk);
  const { window, spare } = buffers;
  const minStart: Record<FindingKind, number> = { emails: 0, ipv4: 0, ipv6: 0, accountNames: 0 };
  let carried = 0;
  let windowOffset = 0; // absolute file offset of window[0]
  let judgedBefore = 0; // absolute offset below which every match start was already decided
  let bytesRead = 0;
  const readNext = (target: Buffer) => handle.read(target, 0, chunk, null).then((r) => r.bytesRead);
  let turn = 0;
  let pending = readNext(spare[0]!);
  try {
    for (;;) {
      options.signal?.throwIfAborted();
      const n = await pending;
      const current = spare[turn]!;
      turn ^= 1;
      bytesRead += n;
      const final = n === 0;
      if (!final) pending = readNext(spare[turn]!);
      current.copy(window, carried, 0, n);
      const windowEnd = carried + n;
      const acceptBefore = final ? windowEnd : windowEnd - OVERLAP;
      findMatches(window, windowEnd, (kind, value, start, end) => {
        const absStart = windowOffset + start;
        if (absStart < judgedBefore || absStart < minStart[kind] || start >= acceptBefore) return;
        minStart[kind] = windowOffset + end;
        tally.add(kind, value, maskers[kind]);
      });
      if (n > 0) options.onBytes?.(n);
      if (final) break;
      // Matches starting in the last OVERLAP bytes are judged in the next window, with OVERLAP bytes of context.
      judgedBefore = windowOffset + acceptBefore;
      const keepFrom = Math.max(0, windowEnd - CARRY);
      window.copy(window, 0, keepFrom, windowEnd);
      windowOffset += keepFrom;
      carried = windowEnd - keepFrom;
    }
  } finally {
    await pending.catch(() => 0);
    await handle.close();
    giveBack(buffers);
  }
  return bytesRead;
}
