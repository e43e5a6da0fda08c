import type { FileReader } from './file-reader.js';
import type { SqliteEncoding, SqliteText } from './sqlite-pages.js';

/** Where a database's deleted rows may still lie, as its header and pages describe it. */
export interface SqliteLayout {
  pageSize: number;
  /** Bytes of a page that hold data (less the reserved bytes at each page's end). */
  usable: number;
  pages: number;
  encoding: SqliteEncoding;
  /** The first freelist trunk page (header offset 32), 0 when none. */
  firstTrunk: number;
}

const ZEROS = new Uint8Array(65536);

/**
 * What a database keeps of rows it deleted. SQLite does not overwrite what it frees unless `secure_delete` is on
 * (sqlite.org/pragma.html#pragma_secure_delete; off in SQLite's own builds): a page left empty by deleted rows goes
 * to the freelist with its cells as they were (sqlite.org/fileformat2.html §1.5). A meeting history "cleared" in the
 * client is then still in the file for anyone who reads its bytes. Read here, value by value as the live walk reads
 * records: the cells of freed table leaves and freed overflow pages (the rest of a long value). `sink` is told their
 * text; the caller keeps only what no live row holds (sqlite-scan.ts), as a page freed when the tree was balanced
 * also holds copies of rows that moved. Not read: a freeblock, the space one deleted row leaves inside a page that
 * keeps others (§1.6). Its first four bytes are overwritten with the freeblock's own header, which for most rows is
 * where the record's header began, and a freeblock also holds copies of rows moved by inserts out of order: what is
 * left of a deleted row cannot be told from those there. Every offset is checked against its page, and a chain that
 * loops or leaves the file ends, so a damaged database costs nothing but its findings. Returns the bytes told.
 */
export async function readDeletedText(handle: FileReader, db: SqliteLayout, sink: SqliteText, signal?: AbortSignal): Promise<number> {
  const { pageSize, usable, pages, encoding } = db;
  const read = (buffer: Uint8Array, length: number, position: number): number | Promise<number> =>
    handle.readNow ? handle.readNow(buffer, 0, length, position) : handle.read(buffer, 0, length, position);
  let handed = 0;
  const tell = (bytes: Uint8Array, start: number, end: number) => {
    sink.text(bytes, start, end, encoding);
    handed += end - start;
  };
  // Bytes that are not records: handed on whole, unless they are zeros (never written).
  const raw = (bytes: Uint8Array, start: number, end: number) => {
    if (end - start >= 4 && Buffer.compare(bytes.subarray(start, end), ZEROS.subarray(0, end - start)) !== 0) tell(bytes, start, end);
  };
  // The freelist: trunk pages, each naming leaf pages; a leaf holds whatever its page held.
  const free = new Map<number, number>(); // page -> where its old bytes start (a trunk's after its list)
  const page = Buffer.allocUnsafe(pageSize);
  for (let trunk = db.firstTrunk, hops = 0; trunk >= 1 && trunk <= pages && hops < pages && !free.has(trunk); hops++) {
    if ((await read(page, pageSize, (trunk - 1) * pageSize)) < pageSize) break;
    const leaves = Math.min(page.readUInt32BE(4), Math.floor(usable / 4) - 2);
    free.set(trunk, 8 + 4 * leaves);
    for (let i = 0; i < leaves; i++) {
      const leaf = page.readUInt32BE(8 + 4 * i);
      if (leaf >= 1 && leaf <= pages && !free.has(leaf)) free.set(leaf, 0);
    }
    trunk = page.readUInt32BE(0);
  }

  for (const [n, from] of free) {
    signal?.throwIfAborted();
    if (from > 0 || (await read(page, pageSize, (n - 1) * pageSize)) < pageSize) continue; // a trunk: its list
    const type = page[0]!;
    if (type === 13) {
      // A freed table leaf still holds its cells as they were: read like a live page's.
      const cells = Math.min(page.readUInt16BE(3), (usable - 8) >> 1);
      for (let c = 0; c < cells; c++) {
        const cell = page.readUInt16BE(8 + 2 * c);
        if (cell > 0 && cell < usable) cellsFrom(page, cell, usable, tell, 1);
      }
    } else if (type !== 2 && type !== 5 && type !== 10) {
      // A freed overflow page: the rest of a long value, after its 4-byte link. A freed index or interior page's
      // cells are keys, copies of rows' values, and are passed over.
      raw(page, 4, usable);
    }
  }
  return handed;
}

type Tell = (bytes: Uint8Array, start: number, end: number) => void;

let varintEnd = 0;

/** SQLite's big-endian varint at `at`, read no further than `end` (-1 when it runs out; `varintEnd` after it). */
function varint(bytes: Uint8Array, at: number, end: number): number {
  let v = 0;
  for (let i = 0; i < 9; i++) {
    if (at + i >= end) return -1;
    const b = bytes[at + i]!;
    if (i === 8) {
      varintEnd = at + 9;
      return v * 256 + b;
    }
    v = v * 128 + (b & 0x7f);
    if ((b & 0x80) === 0) {
      varintEnd = at + i + 1;
      return v;
    }
  }
  return -1;
}

const FIXED_SIZES = [0, 1, 2, 3, 4, 6, 8, 8, 0, 0];
// Free bytes too few for a freeblock are counted as fragments (§1.6): a freed cell's end may lie up to this far past its freeblock's.
const FRAGMENT = 3;

/**
 * The record at `at` (sqlite.org/fileformat2.html §2.1), checked the way a reader would before trusting it: its text
 * values longer than two bytes told one by one (as the live walk tells them). Returns where it ends (at most `end`),
 * or 0 when the bytes there are no record that ends by `end` (give or take a fragment).
 */
function recordTexts(bytes: Uint8Array, at: number, end: number, tell: Tell): number {
  const headerSize = varint(bytes, at, end);
  if (headerSize < 2 || at + headerSize > end) return 0;
  const headerEnd = at + headerSize;
  const texts: number[] = [];
  let p = varintEnd;
  let body = headerEnd;
  while (p < headerEnd) {
    const serial = varint(bytes, p, headerEnd);
    if (serial < 0 || serial === 10 || serial === 11) return 0;
    p = varintEnd;
    const size = serial >= 12 ? Math.floor((serial - 12) / 2) : FIXED_SIZES[serial]!;
    if (serial >= 13 && serial % 2 === 1 && size > 2) texts.push(body, Math.min(body + size, end));
    body += size;
    if (body > end + FRAGMENT) return 0;
  }
  if (p !== headerEnd) return 0;
  for (let i = 0; i < texts.length; i += 2) if (texts[i]! < texts[i + 1]!) tell(bytes, texts[i]!, texts[i + 1]!);
  return Math.min(body, end);
}

/** Table-leaf cells back to back from `at` (payload length, rowid, record), `most` of them: until one does not parse. */
function cellsFrom(bytes: Uint8Array, at: number, end: number, tell: Tell, most = Number.POSITIVE_INFINITY): void {
  for (let p = at, n = 0; n < most && p < end; n++) {
    const length = varint(bytes, p, end);
    if (length <= 0) return;
    if (varint(bytes, varintEnd, end) < 0) return;
    const next = recordTexts(bytes, varintEnd, Math.min(end, varintEnd + length), tell);
    if (next === 0) return;
    p = next;
  }
}
