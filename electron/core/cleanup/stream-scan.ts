import { openReader, type FileReader } from './file-reader.js';
import { findMatches, matchText, MAX_MATCH_BYTES, type MatchSink, type MatchWindow } from './text-matcher.js';
import { findingKinds, type FindingKind, type FindingsTally } from './findings.js';

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
  /**
   * Where chunks are read: the first one into `spare[0]`, which is the window's own start (no copy); later ones
   * straight into the window after the carried bytes where reads block, else into `spare[1]` while the current
   * chunk is searched (disk and CPU overlap), then copied in.
   */
  spare: [Buffer, Buffer];
}

// Buffers are reused from file to file: allocated anew, each file's 2 MB would wait for a garbage collection that a
// thread scanning hundreds of megabytes gets late, and memory would grow with the tree. A small file uses the same
// buffers (it reads into the first one once), so a folder of cache entries allocates nothing per file.
const reusable: ScanBuffers[] = [];
const MAX_REUSABLE = 2; // the files a thread scans at once (scan.ts)

export function takeBuffers(chunk = DEFAULT_CHUNK): ScanBuffers {
  const i = reusable.findIndex((b) => b.chunk === chunk);
  if (i >= 0) return reusable.splice(i, 1)[0]!;
  const window = Buffer.allocUnsafe(CARRY + chunk);
  return { chunk, window, spare: [window.subarray(0, chunk), Buffer.allocUnsafe(chunk)] };
}

export function giveBack(buffers: ScanBuffers): void {
  if (buffers.chunk === DEFAULT_CHUNK && reusable.length < MAX_REUSABLE) reusable.push(buffers);
}

/**
 * Reads a file by path (tests, tools); the scan itself goes through `scanStream` on the handle it already has.
 * `blocking` reads as a scanning thread does (file-reader.ts).
 */
export async function scanFileStream(path: string, tally: FindingsTally, options: StreamScanOptions & { blocking?: boolean } = {}): Promise<number> {
  const handle = await openReader(path, options.blocking);
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
  const maxBytes = options.maxBytes ?? Number.POSITIVE_INFINITY;
  const sink = new WindowSink(window, tally);
  const blocking = handle.readNow;
  let carried = 0;
  let bytesRead = 0;
  let n = firstBytes;
  let pending: Promise<number> | undefined;
  try {
    for (;;) {
      options.signal?.throwIfAborted();
      bytesRead += n;
      const final = n === 0 || (options.size !== undefined && bytesRead >= options.size && n < chunk);
      if (!final && !blocking) pending = bytesRead >= maxBytes ? Promise.resolve(0) : handle.read(spare[1], 0, chunk, bytesRead);
      const windowEnd = carried + n;
      sink.acceptBefore = final ? windowEnd : windowEnd - OVERLAP;
      sink.match(windowEnd);
      if (n > 0) options.onBytes?.(n);
      if (final) break;
      if (options.yieldEachChunk) await new Promise((resolve) => setImmediate(resolve));
      // Matches starting in the last OVERLAP bytes are judged in the next window, with OVERLAP bytes of context.
      sink.judgedBefore = sink.windowOffset + sink.acceptBefore;
      const keepFrom = Math.max(0, windowEnd - CARRY);
      window.copy(window, 0, keepFrom, windowEnd);
      sink.windowOffset += keepFrom;
      carried = windowEnd - keepFrom;
      if (blocking) n = bytesRead >= maxBytes ? 0 : blocking(window, carried, chunk, bytesRead);
      else {
        n = await pending!;
        pending = undefined;
        spare[1].copy(window, carried, 0, n);
      }
    }
  } finally {
    await pending?.catch(() => 0);
  }
  return bytesRead;
}

let wholeFiles: WindowSink | undefined;

/**
 * A file read whole in one read (`n` bytes at the window's start): its one window matched through a sink kept for
 * every such file, as `scanStream` would match it. Synchronous: nothing else uses that sink meanwhile.
 */
export function scanWholeNow(window: Buffer, n: number, tally: FindingsTally): void {
  const sink = (wholeFiles ??= new WindowSink(window, tally));
  sink.reset(window, tally, n);
  sink.match(n);
}

/**
 * Where a window's matches go: each counted once, though the windows overlap, and each kind's matches apart. The
 * engine applies both rules (text-matcher.ts, `MatchWindow`); this keeps the window's place in the file.
 */
class WindowSink implements MatchSink {
  /** Absolute file offset of window[0]. */
  windowOffset = 0;
  /** Absolute offset below which every match start was already decided. */
  judgedBefore = 0;
  /** Matches starting from here on (in the window) are judged in the next window. */
  acceptBefore = 0;
  // Per kind (in findingKinds' order), where its last match ended, from the file's start.
  private readonly ends = new Float64Array(findingKinds.length);
  private readonly bounds: MatchWindow = { from: 0, before: 0, ends: new Int32Array(findingKinds.length) };

  constructor(
    private window: Buffer,
    private tally: FindingsTally,
  ) {}

  /** The same sink for another file's only window (`scanWholeNow`). */
  reset(window: Buffer, tally: FindingsTally, windowEnd: number): void {
    this.window = window;
    this.tally = tally;
    this.windowOffset = 0;
    this.judgedBefore = 0;
    this.acceptBefore = windowEnd;
    this.ends.fill(0);
  }

  /** Matches the window's first `windowEnd` bytes. */
  match(windowEnd: number): void {
    const { bounds, ends, windowOffset } = this;
    bounds.from = this.judgedBefore - windowOffset;
    bounds.before = this.acceptBefore;
    for (let i = 0; i < ends.length; i++) bounds.ends[i] = Math.max(ends[i]! - windowOffset, -1);
    findMatches(this.window, windowEnd, this, bounds);
    for (let i = 0; i < ends.length; i++) ends[i] = bounds.ends[i]! + windowOffset;
  }

  found(kind: FindingKind, start: number, end: number, wide: boolean): void {
    if (this.tally.count(kind)) this.tally.preview(kind, matchText(this.window, start, end, wide));
  }

  toTell(tell: Int32Array): void {
    this.tally.toTell(tell);
  }

  counted(kind: FindingKind, n: number): void {
    this.tally.countMore(kind, n);
  }
}
