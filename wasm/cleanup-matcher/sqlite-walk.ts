// A SQLite table's b-tree walked in the engine, as the file format lays it out (sqlite.org/fileformat2.html §1.5,
// §1.6, §2.1): pages in tree order from a stack, every record's text values longer than two bytes written to the
// input with a separator before and after each, records that spill into overflow pages put together first. No
// JavaScript runs per page or cell: the host (electron/core/cleanup/sqlite-engine-walk.ts) reads a block of the file
// when asked (`NEED_BLOCK`) and matches the text when a batch is ready (`TEXT`). Its JavaScript walk
// (sqlite-pages.ts, `TreeWalk`) is the same reading, check for check, for readers that do not block.
import { INPUT } from './bytes';

// What `walk` returns.
export const DONE: i32 = 0;
export const NEED_BLOCK: i32 = 1; // read the block holding page `neededPage()` to `blockAt`, then `blockRead`
export const TEXT: i32 = 2; // match the input's first `textBytes()` bytes, then call `walk` again
// Where the tree cannot be followed (the host says which page: `failedPage()`).
export const OUTSIDE_FILE: i32 = -1;
export const CUT_SHORT: i32 = -2;
export const NOT_BTREE: i32 = -3;
export const CELLS_OUTSIDE: i32 = -4;
export const CELL_OUTSIDE: i32 = -5;
export const VARINT_OUTSIDE: i32 = -6;
export const RECORD_PAST_CELL: i32 = -7;
export const RECORD_TOO_LARGE: i32 = -8;
export const CHAIN_BROKEN: i32 = -9;
export const REACHED_TWICE: i32 = -10;

const UTF16BE: i32 = 2;
// A byte no pattern takes in and that ends a name's value (sqlite-scan.ts's SEPARATOR, ';'): one value's text never
// runs into the next one's.
const SEPARATOR: u8 = 0x3b;
// A batch is matched once it holds this much text; room is left after it for the largest record's text.
const FLUSH_AT: i32 = 64 * 1024;

// The database, set by `open`; regions of memory are offsets from INPUT, laid out by the host.
let pageSize: i32 = 0;
let usable: i32 = 0;
let pages: i32 = 0;
let encoding: i32 = 0;
let maxRecord: i32 = 0;
let payloadAt: usize = 0;
let blockAt: usize = 0;
let pageAt: usize = 0;
let stackAt: usize = 0;
let visitedAt: usize = 0;
// The block of the file last read, in bytes from the file's start.
let blockStart: i64 = -1;
let blockLength: i32 = 0;
// The walk: pages still to read, the page being read and its next cell, a record being put together.
let top: i32 = 0;
let pageOpen: bool = false;
let pageType: i32 = 0;
let cellCount: i32 = 0;
let pointers: i32 = 0;
let maxLocal: i32 = 0;
let cell: i32 = 0;
let spilling: bool = false;
let filled: i32 = 0;
let total: i32 = 0;
let nextPage: u32 = 0;
let hops: i32 = 0;
let needed: i32 = 0;
let failed: i32 = 0;
let rows: i32 = 0;
let textEnd: i32 = 0;
let varintEnd: i32 = 0; // -1 when the last varint ran out of its bytes

function u8at(p: usize): i32 {
  return <i32>load<u8>(INPUT + p);
}

function u32be(p: usize): u32 {
  return bswap<u32>(load<u32>(INPUT + p));
}

/** SQLite's big-endian varint (1-9 bytes) at `at` of the bytes at `base`, read no further than `limit`. */
function varint(base: usize, at: i32, limit: i32): u64 {
  let v: u64 = 0;
  for (let i = 0; i < 8; i++) {
    if (at + i >= limit) {
      varintEnd = -1;
      return 0;
    }
    const b = u8at(base + <usize>(at + i));
    v = (v << 7) | <u64>(b & 0x7f);
    if ((b & 0x80) == 0) {
      varintEnd = at + i + 1;
      return v;
    }
  }
  if (at + 8 >= limit) {
    varintEnd = -1;
    return 0;
  }
  varintEnd = at + 9;
  return (v << 8) | <u64>u8at(base + <usize>(at + 8));
}

function separate(): void {
  store<u8>(INPUT + <usize>textEnd, SEPARATOR);
  textEnd++;
  if (encoding != 0) {
    store<u8>(INPUT + <usize>textEnd, 0);
    textEnd++;
  }
}

/** One value's bytes after the text so far, UTF-16BE turned into UTF-16LE as the matcher reads, then a separator. */
function emit(from: usize, size: i32): void {
  const to = INPUT + <usize>textEnd;
  const src = INPUT + from;
  if (encoding == UTF16BE) {
    const pairs = size & ~1;
    for (let i = 0; i < pairs; i += 2) store<u16>(to + <usize>i, bswap<u16>(load<u16>(src + <usize>i)));
    if (pairs < size) store<u8>(to + <usize>pairs, load<u8>(src + <usize>pairs));
  } else memory.copy(to, src, <usize>size);
  textEnd += size;
  separate();
}

const SIZES: usize = memory.data<u8>([0, 1, 2, 3, 4, 6, 8, 8, 0, 0, 0, 0]);

/** The text values longer than two bytes of the record in `[start, end)` of the bytes at `base`: 0, or an error. */
function textValues(base: usize, start: i32, end: i32, limit: i32): i32 {
  const headerSize = varint(base, start, limit);
  if (varintEnd < 0) return VARINT_OUTSIDE;
  if (headerSize > <u64>(end - start)) return RECORD_PAST_CELL;
  const headerEnd = start + <i32>headerSize;
  let p = varintEnd;
  let body: i64 = headerEnd;
  while (p < headerEnd) {
    const serial = varint(base, p, limit);
    if (varintEnd < 0) return VARINT_OUTSIDE;
    p = varintEnd;
    const size: i64 = serial >= 12 ? <i64>(<u32>(serial - 12) >>> 1) : <i64>load<u8>(SIZES + <usize>serial);
    if (body + size > <i64>end) return RECORD_PAST_CELL;
    if (serial >= 13 && (serial & 1) == 1 && size > 2) emit(base + <usize>body, <i32>size);
    body += size;
  }
  return 0;
}

/**
 * A new database: its page size, usable bytes per page, pages, text encoding (0 UTF-8, 1 UTF-16LE, 2 UTF-16BE), the
 * longest record put together, and where the host put the regions (offsets from INPUT). The visited marks (one
 * byte a page, at `visited`) are the host's: the schema table's pages are marked before.
 */
export function openDatabase(size: i32, usableBytes: i32, count: i32, textEncoding: i32, longest: i32, payload: i32, block: i32, page: i32, stack: i32, visited: i32): void {
  pageSize = size;
  usable = usableBytes;
  pages = count;
  encoding = textEncoding;
  maxRecord = longest;
  payloadAt = <usize>payload;
  blockAt = <usize>block;
  pageAt = <usize>page;
  stackAt = <usize>stack;
  visitedAt = <usize>visited;
  blockStart = -1;
  blockLength = 0;
  rows = 0;
}

/** Starts the walk of the b-tree whose root is page `root`. */
export function openTree(root: i32): void {
  store<i32>(INPUT + stackAt, root);
  top = 1;
  pageOpen = false;
  spilling = false;
  textTaken();
}

/**
 * The bytes the text needs before the host's next region, for records up to `longest` bytes: a batch is matched
 * once it holds FLUSH_AT bytes, and one record's text (at most 5/3 of its bytes, with the separators) may come on top.
 */
export function textRoom(longest: i32): i32 {
  return FLUSH_AT + 2 * longest + 64;
}

let justRead: bool = false;

/** The host read `length` bytes of the file from `start` (the block holding the page asked for) to the block. */
export function blockRead(start: f64, length: i32): void {
  blockStart = <i64>start;
  blockLength = length;
  justRead = true;
}

// `locate`'s answer for a page number outside the file (below -1, so apart from "not in the block").
const OUTSIDE: i32 = OUTSIDE_FILE - 100;

/** Where page `n` starts in the block, -1 when it is not there (`needed` is then set), or OUTSIDE. */
function locate(n: u32): i32 {
  if (n < 1 || n > <u32>pages) {
    failed = <i32>n;
    return OUTSIDE;
  }
  const offset = <i64>(n - 1) * <i64>pageSize;
  if (blockStart >= 0 && offset >= blockStart && offset + pageSize <= blockStart + blockLength) return <i32>(offset - blockStart);
  needed = <i32>n;
  return -1;
}

function fail(code: i32, page: i32): i32 {
  failed = page;
  return code;
}

/** Copies page `n` (at `at` in the block) out, checks its header and queues its children. */
function openPage(n: i32, at: i32): i32 {
  memory.copy(INPUT + pageAt, INPUT + blockAt + <usize>at, <usize>pageSize);
  const base: usize = n == 1 ? 100 : 0;
  const type = u8at(pageAt + base);
  const cells = (u8at(pageAt + base + 3) << 8) | u8at(pageAt + base + 4);
  const interior = type == 2 || type == 5;
  if (type != 2 && type != 5 && type != 10 && type != 13) return fail(NOT_BTREE, n);
  const ptrs = <i32>base + (interior ? 12 : 8);
  if (ptrs + 2 * cells > pageSize) return fail(CELLS_OUTSIDE, n);
  if (interior) {
    // A tree holds each page once: a stack deeper than the file's pages holds one twice.
    if (top + cells + 1 > pages + 1) return fail(REACHED_TWICE, n);
    // Pushed last to first, so the children are read in order, the right-most last.
    store<i32>(INPUT + stackAt + (<usize>top << 2), <i32>u32be(pageAt + base + 8));
    top++;
    for (let c = cells - 1; c >= 0; c--) {
      const at = (u8at(pageAt + <usize>(ptrs + 2 * c)) << 8) | u8at(pageAt + <usize>(ptrs + 2 * c + 1));
      if (at + 4 > pageSize) return fail(CELL_OUTSIDE, n);
      store<i32>(INPUT + stackAt + (<usize>top << 2), <i32>u32be(pageAt + <usize>at));
      top++;
    }
    // Index interior cells also hold a record each (WITHOUT ROWID tables keep rows there).
    if (type == 5) return 0;
  }
  pageOpen = true;
  pageType = type;
  cellCount = cells;
  pointers = ptrs;
  maxLocal = type == 13 ? usable - 35 : ((usable - 12) * 64) / 255 - 23;
  cell = 0;
  return 0;
}

/** A cell's payload that spills: its part on the page copied, the chain's start noted (§1.6). */
function startOverflow(at: i32, length: u64, n: i32): i32 {
  if (length > <u64>maxRecord) return fail(RECORD_TOO_LARGE, n);
  const minLocal = ((usable - 12) * 32) / 255 - 23;
  const k = minLocal + <i32>((length - <u64>minLocal) % <u64>(usable - 4));
  const local = k <= maxLocal ? k : minLocal;
  if (at + local + 4 > pageSize) return fail(CELL_OUTSIDE, n);
  memory.copy(INPUT + payloadAt, INPUT + pageAt + <usize>at, <usize>local);
  nextPage = u32be(pageAt + <usize>(at + local));
  filled = local;
  total = <i32>length;
  hops = 0;
  spilling = true;
  return 0;
}

/** Follows the overflow chain as far as the block allows: 0 when the record is whole, `NEED_BLOCK`, or an error. */
function fillOverflow(n: i32): i32 {
  while (filled < total) {
    if (nextPage == 0 || hops > pages) return fail(CHAIN_BROKEN, n);
    const off = locate(nextPage);
    if (off == OUTSIDE) return OUTSIDE_FILE;
    if (off < 0) return NEED_BLOCK;
    hops++;
    const take = min(usable - 4, total - filled);
    memory.copy(INPUT + payloadAt + <usize>filled, INPUT + blockAt + <usize>(off + 4), <usize>take);
    filled += take;
    nextPage = u32be(blockAt + <usize>off);
  }
  return 0;
}

/** Reads the open page's cells from `cell` on, until the page is done, the batch is full, or a block is needed. */
function readCells(n: i32): i32 {
  while (cell < cellCount) {
    if (spilling) {
      const r = fillOverflow(n);
      if (r != 0) return r;
      const bad = textValues(payloadAt, 0, total, total);
      if (bad < 0) return fail(bad, n);
      spilling = false;
      rows++;
      cell++;
      continue;
    }
    if (textEnd >= FLUSH_AT) return TEXT;
    let at = (u8at(pageAt + <usize>(pointers + 2 * cell)) << 8) | u8at(pageAt + <usize>(pointers + 2 * cell + 1));
    if (at >= pageSize) return fail(CELL_OUTSIDE, n);
    if (pageType == 2) at += 4;
    const length = varint(pageAt, at, pageSize);
    if (varintEnd < 0) return fail(VARINT_OUTSIDE, n);
    at = varintEnd;
    if (pageType == 13) {
      varint(pageAt, at, pageSize); // the rowid
      if (varintEnd < 0) return fail(VARINT_OUTSIDE, n);
      at = varintEnd;
    }
    if (length > <u64>maxLocal) {
      const bad = startOverflow(at, length, n);
      if (bad < 0) return bad;
      continue;
    }
    if (<u64>at + length > <u64>pageSize) return fail(CELL_OUTSIDE, n);
    const bad = textValues(pageAt, at, at + <i32>length, pageSize);
    if (bad < 0) return fail(bad, n);
    rows++;
    cell++;
  }
  pageOpen = false;
  return DONE;
}

let current: i32 = 0; // the open page's number

/**
 * Goes on with the walk until the host must act: `NEED_BLOCK`, `TEXT` (a batch to match; the tree's last batch comes
 * before `DONE`), `DONE`, or an error code (< 0).
 */
export function walk(): i32 {
  if (justRead) {
    justRead = false;
    if (locate(<u32>needed) == -1) return fail(CUT_SHORT, needed);
  }
  for (;;) {
    if (pageOpen) {
      const r = readCells(current);
      if (r != DONE) return r;
      continue;
    }
    if (top == 0) {
      if (textEnd > (encoding != 0 ? 2 : 1)) return TEXT;
      return DONE;
    }
    const n = load<i32>(INPUT + stackAt + (<usize>(top - 1) << 2));
    const at = locate(<u32>n);
    if (at == OUTSIDE) return OUTSIDE_FILE;
    if (at < 0) return NEED_BLOCK;
    top--;
    const seen = INPUT + visitedAt + <usize>n;
    if (load<u8>(seen) != 0) return fail(REACHED_TWICE, n);
    store<u8>(seen, 1);
    current = n;
    const r = openPage(n, at);
    if (r < 0) return r;
  }
  return DONE;
}

/** After `TEXT`: the batch was matched; the next one starts empty. */
export function textTaken(): void {
  textEnd = 0;
  separate();
}

export function textBytes(): i32 {
  return textEnd;
}

export function neededPage(): i32 {
  return needed;
}

export function failedPage(): i32 {
  return failed;
}

export function rowsRead(): i32 {
  return rows;
}
