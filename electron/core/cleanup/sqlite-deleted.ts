import type { FileReader } from './file-reader.js';
import { SqlitePageError, varint, varintEnd, type SqliteEncoding, type SqliteText } from './sqlite-pages.js';

/** Where a database's deleted rows may still lie, as its header and pages describe it. */
export interface SqliteLayout {
  pageSize: number;
  /** Bytes of a page that hold data (less the reserved bytes at each page's end). */
  usable: number;
  pages: number;
  encoding: SqliteEncoding;
  /** The first freelist trunk page (header offset 32), 0 when none. */
  firstTrunk: number;
  /** The tables' root pages. */
  tables: readonly number[];
}

const ZEROS = new Uint8Array(65536);

/**
 * What a database keeps of rows it deleted. SQLite does not overwrite what it frees unless `secure_delete` is on
 * (sqlite.org/pragma.html#pragma_secure_delete; off in SQLite's own builds): a page left empty by deleted rows goes
 * to the freelist with its cells as they were (sqlite.org/fileformat2.html §1.5). A meeting history "cleared" in the
 * client is then still in the file for anyone who reads its bytes. Read here, value by value as the live walk reads
 * records: the cells of freed table leaves, each only when no table holds that row as it was (a page freed when the
 * tree was balanced also holds copies of rows that moved, `LiveRows`), and freed overflow pages (the rest of a long
 * value); `sink` is told their text. Not read: a freeblock, the space one deleted row leaves inside a page that
 * keeps others (§1.6). Its first four bytes are overwritten with the freeblock's own header, which for most rows is
 * where the record's header began, and a freeblock also holds copies of rows moved by inserts out of order: what is
 * left of a deleted row cannot be told from those there. Every offset is checked against its page, and a chain that
 * loops or leaves the file ends, so a damaged database costs nothing but its findings.
 */
export async function readDeletedText(handle: FileReader, db: SqliteLayout, sink: SqliteText, signal?: AbortSignal): Promise<void> {
  const { pageSize, usable, pages, encoding } = db;
  const read = (buffer: Uint8Array, length: number, position: number): number | Promise<number> =>
    handle.readNow ? handle.readNow(buffer, 0, length, position) : handle.read(buffer, 0, length, position);
  const tell: Tell = (bytes, start, end) => sink.text(bytes, start, end, encoding);
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

  const live = new LiveRows(read, pageSize, pages, db.tables);
  for (const [n, from] of free) {
    signal?.throwIfAborted();
    if (from > 0 || (await read(page, pageSize, (n - 1) * pageSize)) < pageSize) continue; // a trunk: its list
    const type = page[0]!;
    if (type === 13) {
      // A freed table leaf still holds its cells as they were: read like a live page's, but only the rows that no
      // table holds any more. A page freed while the tree was balanced holds copies of rows that moved.
      const cells = Math.min(page.readUInt16BE(3), (usable - 8) >> 1);
      for (let c = 0; c < cells; c++) {
        const cell = page.readUInt16BE(8 + 2 * c);
        if (cell <= 0 || cell >= usable) continue;
        let rowid: number;
        let record: number;
        let end: number;
        try {
          const length = varint(page, cell);
          rowid = varint(page, varintEnd);
          record = varintEnd;
          end = Math.min(usable, record + length);
        } catch (error) {
          if (error instanceof SqlitePageError) continue; // a cell pointer into the page's last bytes
          throw error;
        }
        if (record < end && !(await live.holds(rowid, page.subarray(record, end)))) recordTexts(page, record, end, tell);
      }
    } else if (type !== 2 && type !== 5 && type !== 10 && Buffer.compare(page.subarray(4, usable), ZEROS.subarray(0, usable - 4)) !== 0) {
      // A freed overflow page: the rest of a long value, after its 4-byte link, unless never written. A freed index
      // or interior page's cells are keys, copies of rows' values, and are passed over.
      tell(page, 4, usable);
    }
  }
}

type Tell = (bytes: Uint8Array, start: number, end: number) => void;

const FIXED_SIZES = [0, 1, 2, 3, 4, 6, 8, 8, 0, 0];

/**
 * The record at `at` (sqlite.org/fileformat2.html §2.1), checked the way a reader would before trusting it (every
 * serial type known, the header ending where it says, every value before `end`): then its text values longer than
 * two bytes told one by one, as the live walk tells them (sqlite-pages.ts's `textValues`, which trusts a live page's
 * records and tells as it goes). Nothing is told of bytes that are no record.
 */
function recordTexts(bytes: Buffer, at: number, end: number, tell: Tell): void {
  const texts: number[] = [];
  try {
    const headerEnd = at + varint(bytes, at);
    if (headerEnd - at < 2 || headerEnd > end) return;
    let p = varintEnd;
    let body = headerEnd;
    while (p < headerEnd) {
      const serial = varint(bytes, p);
      if (serial === 10 || serial === 11) return;
      p = varintEnd;
      const size = serial >= 12 ? Math.floor((serial - 12) / 2) : FIXED_SIZES[serial]!;
      if (body + size > end) return;
      if (serial >= 13 && serial % 2 === 1 && size > 2) texts.push(body, body + size);
      body += size;
    }
    if (p !== headerEnd) return;
  } catch (error) {
    if (error instanceof SqlitePageError) return;
    throw error;
  }
  for (let i = 0; i < texts.length; i += 2) tell(bytes, texts[i]!, texts[i + 1]!);
}

/**
 * Whether a table still holds a row: a search down each table's b-tree for its rowid (§1.6: an interior cell is
 * a left child and the largest rowid under it, the right-most child in the page's header). The interior pages are
 * kept once read, as every search goes down through them. A page that is not what the tree says ends that search:
 * a damaged tree answers "no such row".
 */
class LiveRows {
  private readonly interiors = new Map<number, Buffer>();
  private readonly leaf: Buffer;

  constructor(
    private readonly read: (buffer: Uint8Array, length: number, position: number) => number | Promise<number>,
    private readonly pageSize: number,
    private readonly pages: number,
    private readonly roots: readonly number[],
  ) {
    this.leaf = Buffer.allocUnsafe(pageSize);
  }

  /** Whether a table holds this row as `record` has it (the same rowid in another table, or updated since, does not). */
  async holds(rowid: number, record: Uint8Array): Promise<boolean> {
    for (const root of this.roots) {
      try {
        if (await this.inTree(root, rowid, record)) return true;
      } catch (error) {
        if (!(error instanceof SqlitePageError)) throw error; // a varint past its page: a damaged tree, no row there
      }
    }
    return false;
  }

  private async inTree(root: number, rowid: number, record: Uint8Array): Promise<boolean> {
    for (let n = root, depth = 0; n >= 1 && n <= this.pages && depth < 32; depth++) {
      let page = this.interiors.get(n);
      if (!page) {
        if ((await this.read(this.leaf, this.pageSize, (n - 1) * this.pageSize)) < this.pageSize) return false;
        page = this.leaf;
      }
      const base = n === 1 ? 100 : 0;
      const type = page[base];
      if (type === 5 && page === this.leaf) this.interiors.set(n, (page = Buffer.from(page)));
      const p: Buffer = page;
      const cells = Math.min(p.readUInt16BE(base + 3), (this.pageSize - base - 12) >> 1);
      const pointer = (i: number) => p.readUInt16BE(base + (type === 5 ? 12 : 8) + 2 * i);
      if (type === 5) {
        // The first cell whose key (the largest rowid under its child) is not below the rowid.
        let lo = 0;
        for (let hi = cells; lo < hi; ) {
          const mid = (lo + hi) >> 1;
          if (varint(p, pointer(mid) + 4) < rowid) lo = mid + 1;
          else hi = mid;
        }
        const child = lo < cells ? pointer(lo) : base + 8;
        if (child + 4 > this.pageSize) return false;
        n = p.readUInt32BE(child);
        continue;
      }
      if (type !== 13) return false;
      for (let lo = 0, hi = cells; lo < hi; ) {
        const mid = (lo + hi) >> 1;
        varint(p, pointer(mid)); // the cell's payload length
        const id = varint(p, varintEnd);
        if (id === rowid) {
          const from = varintEnd;
          return from + record.length <= this.pageSize && Buffer.compare(p.subarray(from, from + record.length), record) === 0;
        }
        if (id < rowid) lo = mid + 1;
        else hi = mid;
      }
      return false;
    }
    return false;
  }
}
