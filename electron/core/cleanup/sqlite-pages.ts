import type { SqliteLayout } from './sqlite-deleted.js';
import type { FileReader } from './file-reader.js';

/**
 * Reads the text cells of a SQLite database's tables straight from its pages, as the file format describes them
 * (sqlite.org/fileformat2.html): the schema table on page 1 names each table's root page; each table's b-tree is
 * walked from there, every record's header gives its values' types, and text values (serial type odd, >= 13) are
 * handed on as bytes. Nothing is loaded whole: pages are read through one block buffer, a record that spills into
 * overflow pages is put together in a scratch buffer of bounded size. Anything the reader cannot follow throws a
 * `SqlitePageError`, and the caller reads the database another way. Where the reader blocks and the sink can
 * (`SqliteText.trees`: a scanning thread's engine, sqlite-engine-walk.ts), the tables after the schema are walked
 * there instead, with the same checks.
 */
export class SqlitePageError extends Error {}

export type SqliteEncoding = 'utf8' | 'utf16le' | 'utf16be';

/** Where the text values go: an object, so the compiled walk calls one method whatever the database. */
export interface SqliteText {
  /** Bytes of one text value; valid only during the call. */
  text(bytes: Uint8Array, start: number, end: number, encoding: SqliteEncoding): void;
  /**
   * Where it can, reads the tables' trees itself, through a reader that blocks (the scan's engine does, and matches
   * their text at once): the rows read. The walk reads them when this is absent or the reader does not block.
   */
  trees?(db: SqliteDatabase, roots: readonly number[], signal?: AbortSignal): number;
}

/** A database as `SqliteText.trees` reads it: its layout, a reader that blocks, and the pages already read. */
export interface SqliteDatabase {
  readNow: NonNullable<FileReader['readNow']>;
  pageSize: number;
  /** Bytes of a page that hold data (less the reserved bytes at each page's end). */
  usable: number;
  pages: number;
  encoding: SqliteEncoding;
  /** A byte per page, 1 where read: the schema table's pages. */
  visited: Uint8Array;
}

const BLOCK = 256 * 1024;
/** A record longer than this is not put together (its database is read as bytes instead). */
export const MAX_RECORD_BYTES = 4 * 1024 * 1024;

export async function readSqliteText(handle: FileReader, size: number, sink: SqliteText, signal?: AbortSignal): Promise<{ tables: number; rows: number; layout: SqliteLayout }> {
  const head = Buffer.alloc(100);
  if ((await handle.read(head, 0, 100, 0)) < 100) throw new SqlitePageError('header cut short');
  const rawPageSize = head.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0) throw new SqlitePageError(`page size ${rawPageSize}`);
  const encoding = ([undefined, 'utf8', 'utf16le', 'utf16be'] as const)[head.readUInt32BE(56) || 1];
  if (!encoding) throw new SqlitePageError('unknown text encoding');
  const pages = Math.floor(size / pageSize);
  const usable = pageSize - head[20]!;
  const walk = new TreeWalk(handle, pages, pageSize, usable, encoding, sink);
  await walk.tree(1, signal);
  const layout: SqliteLayout = { pageSize, usable, pages, encoding, firstTrunk: head.readUInt32BE(32), tables: walk.roots };
  walk.rows = 0;
  const readNow = handle.readNow;
  if (readNow && sink.trees) {
    const rows = sink.trees({ readNow, pageSize, usable, pages, encoding, visited: walk.visited }, walk.roots, signal);
    return { tables: walk.roots.length, rows, layout };
  }
  for (const root of walk.roots) await walk.tree(root, signal);
  return { tables: walk.roots.length, rows: walk.rows, layout };
}

/**
 * One database's walk. What runs for every page and cell is plain synchronous code (`openPage`, `readCells`,
 * `fillOverflow`); only `tree` awaits, where a read does not block (the app's own thread) or a record spills into
 * overflow pages. A walk written as one async function was a large generator that V8 compiled again and again.
 */
class TreeWalk {
  readonly roots: number[] = [];
  rows = 0;
  /** The block of pages read last, and where it starts in the file. */
  private readonly source = Buffer.allocUnsafe(BLOCK);
  private blockStart = -1;
  private blockLength = 0;
  /** The page being read, copied out of the block: reading its cells' overflow pages may replace the block. */
  private readonly page: Buffer;
  readonly visited: Uint8Array;
  // The pages still to read, shared by every tree of the database. A typed array keeps one shape whatever numbers it
  // holds: a plain array changed its kind on some databases, and the compiled walk was thrown away each time.
  private stack = new Float64Array(256);
  private top = 0;
  // The open page: its type, where its cell pointers start, how many cells, the longest payload kept on it.
  private type = 0;
  private pointers = 0;
  private cells = 0;
  private maxLocal = 0;
  private readonly tableMaxLocal: number;
  private readonly indexMaxLocal: number;
  // The record being put together from overflow pages (sqlite.org/fileformat2.html §1.6).
  private whole = Buffer.allocUnsafe(64 * 1024);
  private filled = 0;
  private total = 0;
  private next = 0;
  private hops = 0;

  constructor(
    private readonly handle: FileReader,
    private readonly pages: number,
    private readonly pageSize: number,
    private readonly usable: number,
    private readonly encoding: SqliteEncoding,
    private readonly sink: SqliteText,
  ) {
    this.page = Buffer.allocUnsafe(pageSize);
    this.visited = new Uint8Array(pages + 1);
    this.tableMaxLocal = usable - 35;
    this.indexMaxLocal = Math.floor(((usable - 12) * 64) / 255) - 23;
  }

  /** Walks one b-tree: the schema table's records give the roots, every other record's text goes to the sink. */
  async tree(root: number, signal?: AbortSignal): Promise<void> {
    this.stack[0] = root;
    this.top = 1;
    while (this.top > 0) {
      signal?.throwIfAborted();
      const n = this.stack[--this.top]!;
      if (this.visited[n]) throw new SqlitePageError(`page ${n} reached twice`);
      this.visited[n] = 1;
      let at = this.locate(n);
      if (at < 0) at = await this.load(n);
      let c = this.openPage(n, at);
      if (c >= 0) c = this.readCells(n, root, c);
      while (c >= 0) {
        // Cell c's record spills into overflow pages: put together, then read as any other.
        for (let need = this.fillOverflow(); need > 0; need = this.fillOverflow()) await this.load(need);
        this.record(this.whole, 0, this.total, root);
        this.rows++;
        c = this.readCells(n, root, c + 1);
      }
    }
  }

  /** Where page `n` starts in the block, -1 when it is not there; read there first where reads block. */
  private locate(n: number): number {
    if (n < 1 || n > this.pages) throw new SqlitePageError(`page ${n} outside the file`);
    const offset = (n - 1) * this.pageSize;
    if (this.blockStart >= 0 && offset >= this.blockStart && offset + this.pageSize <= this.blockStart + this.blockLength) return offset - this.blockStart;
    const now = this.handle.readNow;
    if (!now) return -1;
    this.blockStart = offset - (offset % BLOCK);
    this.blockLength = now(this.source, 0, BLOCK, this.blockStart);
    return this.inBlock(n, offset);
  }

  /** Reads the block holding page `n` without blocking: where it starts in the block. */
  private async load(n: number): Promise<number> {
    const offset = (n - 1) * this.pageSize;
    this.blockStart = offset - (offset % BLOCK);
    this.blockLength = await this.handle.read(this.source, 0, BLOCK, this.blockStart);
    return this.inBlock(n, offset);
  }

  private inBlock(n: number, offset: number): number {
    if (offset + this.pageSize > this.blockStart + this.blockLength) throw new SqlitePageError(`page ${n} cut short`);
    return offset - this.blockStart;
  }

  /**
   * Copies page `n` out of the block, checks its header and queues its children: the first cell whose record to
   * read, or -1 (a table's interior page holds none).
   */
  private openPage(n: number, at: number): number {
    const { page, pageSize } = this;
    this.source.copy(page, 0, at, at + pageSize);
    const base = n === 1 ? 100 : 0;
    const type = page[base]!;
    const cells = (page[base + 3]! << 8) | page[base + 4]!;
    const interior = type === 2 || type === 5;
    if (type !== 2 && type !== 5 && type !== 10 && type !== 13) throw new SqlitePageError(`page ${n} is not a b-tree page`);
    const pointers = base + (interior ? 12 : 8);
    if (pointers + 2 * cells > pageSize) throw new SqlitePageError(`cells outside page ${n}`);
    if (interior) {
      // Pushed last to first, so the children are read in order, the right-most last.
      if (this.top + cells + 1 > this.stack.length) this.stack = grown(this.stack, this.top + cells + 1);
      const stack = this.stack;
      stack[this.top++] = page.readUInt32BE(base + 8);
      for (let c = cells - 1; c >= 0; c--) {
        const at = (page[pointers + 2 * c]! << 8) | page[pointers + 2 * c + 1]!;
        if (at + 4 > pageSize) throw new SqlitePageError(`cell outside page ${n}`);
        stack[this.top++] = page.readUInt32BE(at);
      }
      // Index interior cells also hold a record each (WITHOUT ROWID tables keep rows there).
      if (type === 5) return -1;
    }
    this.type = type;
    this.pointers = pointers;
    this.cells = cells;
    this.maxLocal = type === 13 ? this.tableMaxLocal : this.indexMaxLocal;
    return 0;
  }

  /**
   * Reads the records of the open page's cells from `first` on: -1 when all were read, else the cell whose record
   * spills into overflow pages, with its first part copied and the chain's start noted (`fillOverflow` goes on).
   */
  private readCells(n: number, root: number, first: number): number {
    const { page, pageSize, type, pointers, cells, maxLocal } = this;
    for (let c = first; c < cells; c++) {
      let at = (page[pointers + 2 * c]! << 8) | page[pointers + 2 * c + 1]!;
      if (at >= pageSize) throw new SqlitePageError(`cell outside page ${n}`);
      if (type === 2) at += 4;
      const total = varint(page, at);
      at = varintEnd;
      if (type === 13) {
        varint(page, at); // the rowid
        at = varintEnd;
      }
      if (total > maxLocal) {
        this.startOverflow(at, total, maxLocal);
        return c;
      }
      if (at + total > pageSize) throw new SqlitePageError(`cell outside page ${n}`);
      this.record(page, at, at + total, root);
      this.rows++;
    }
    return -1;
  }

  private record(buf: Buffer, start: number, end: number, root: number): void {
    if (root === 1) this.schemaRecord(buf, start, end);
    else textValues(buf, start, end, this.sink, this.encoding);
  }

  /** A cell's payload that spills: its part on the page is copied, the rest follows the chain (§1.6). */
  private startOverflow(at: number, total: number, maxLocal: number): void {
    if (total > MAX_RECORD_BYTES) throw new SqlitePageError('record too large');
    const { page, usable } = this;
    const minLocal = Math.floor(((usable - 12) * 32) / 255) - 23;
    const k = minLocal + ((total - minLocal) % (usable - 4));
    const local = k <= maxLocal ? k : minLocal;
    if (this.whole.length < total) this.whole = Buffer.allocUnsafe(Math.max(total, this.whole.length * 2));
    if (at + local + 4 > page.length) throw new SqlitePageError('cell outside its page');
    page.copy(this.whole, 0, at, at + local);
    this.next = page.readUInt32BE(at + local);
    this.filled = local;
    this.total = total;
    this.hops = 0;
  }

  /** Follows the overflow chain as far as the block allows: 0 when the record is whole, else the page to load first. */
  private fillOverflow(): number {
    const { source, usable } = this;
    while (this.filled < this.total) {
      if (this.next === 0 || this.hops > this.pages) throw new SqlitePageError('overflow chain broken');
      const off = this.locate(this.next);
      if (off < 0) return this.next;
      this.hops++;
      const take = Math.min(usable - 4, this.total - this.filled);
      source.copy(this.whole, this.filled, off + 4, off + 4 + take);
      this.filled += take;
      this.next = source.readUInt32BE(off);
    }
    return 0;
  }

  /** A record of the schema table: every table's root page (WITHOUT ROWID tables are index b-trees; both are read). */
  private schemaRecord(buf: Buffer, start: number, end: number): void {
    const values = recordValues(buf, start, end);
    const text = (i: number) => {
      const v = values[i];
      return v?.type === 'text' ? decodeText(buf, v.start, v.end, this.encoding) : '';
    };
    const root = values[3]?.type === 'int' ? values[3].value : 0;
    // Internal tables (sqlite_sequence, sqlite_stat1) hold counters, not people.
    if (text(0) === 'table' && !text(1).startsWith('sqlite_') && root > 0) this.roots.push(root);
  }
}

function grown(stack: Float64Array<ArrayBuffer>, needed: number): Float64Array<ArrayBuffer> {
  const bigger = new Float64Array(Math.max(needed, stack.length * 2));
  bigger.set(stack);
  return bigger;
}

function decodeText(buf: Buffer, start: number, end: number, encoding: SqliteEncoding): string {
  if (encoding !== 'utf16be') return buf.toString(encoding, start, end);
  return Buffer.from(buf.subarray(start, end - ((end - start) % 2))).swap16().toString('utf16le');
}

type Value = { type: 'text'; start: number; end: number } | { type: 'int'; value: number } | { type: 'other' };

/** The values of one record (header of serial types, then the values), as positions in `buf`. */
function recordValues(buf: Buffer, start: number, end: number): Value[] {
  const headerSize = varint(buf, start);
  const values: Value[] = [];
  let p = varintEnd;
  let body = start + headerSize;
  while (p < start + headerSize) {
    const serial = varint(buf, p);
    p = varintEnd;
    const size = serial >= 12 ? Math.floor((serial - 12) / 2) : SIZES[serial]!;
    if (body + size > end) throw new SqlitePageError('record runs past its cell');
    if (serial >= 13 && serial % 2 === 1) values.push({ type: 'text', start: body, end: body + size });
    else if (serial >= 1 && serial <= 6) values.push({ type: 'int', value: readInt(buf, body, size) });
    else if (serial === 8 || serial === 9) values.push({ type: 'int', value: serial - 8 });
    else values.push({ type: 'other' });
    body += size;
  }
  return values;
}

const SIZES = [0, 1, 2, 3, 4, 6, 8, 8, 0, 0, 0, 0] as const;

/** The text values of one record longer than two bytes, without making an object per value. */
function textValues(buf: Buffer, start: number, end: number, sink: SqliteText, encoding: SqliteEncoding): void {
  let headerEnd: number;
  let p: number;
  if (buf[start]! < 0x80) {
    headerEnd = start + buf[start]!;
    p = start + 1;
  } else {
    headerEnd = start + varint(buf, start);
    p = varintEnd;
  }
  if (headerEnd > end) throw new SqlitePageError('record runs past its cell');
  let body = headerEnd;
  while (p < headerEnd) {
    let serial = buf[p]!;
    if (serial < 0x80) p++;
    else {
      serial = varint(buf, p);
      p = varintEnd;
    }
    const size = serial >= 12 ? (serial - 12) >>> 1 : SIZES[serial]!;
    if (body + size > end) throw new SqlitePageError('record runs past its cell');
    if (serial >= 13 && (serial & 1) === 1 && size > 2) sink.text(buf, body, body + size, encoding);
    body += size;
  }
}

function readInt(buf: Buffer, at: number, size: number): number {
  let v = buf[at]! & 0x80 ? -1 : 0;
  for (let i = 0; i < size; i++) v = v * 256 + buf[at + i]!;
  return v;
}

/** Where the last varint read ended: set by `varint`, so reading one allocates nothing. */
export let varintEnd = 0;

/** SQLite's big-endian varint (1-9 bytes): its value; `varintEnd` is then the position after it. */
export function varint(buf: Buffer, at: number): number {
  let v = 0;
  for (let i = 0; i < 8; i++) {
    if (at + i >= buf.length) throw new SqlitePageError('varint outside its page');
    const b = buf[at + i]!;
    v = v * 128 + (b & 0x7f);
    if ((b & 0x80) === 0) {
      varintEnd = at + i + 1;
      return v;
    }
  }
  if (at + 8 >= buf.length) throw new SqlitePageError('varint outside its page');
  varintEnd = at + 9;
  return v * 256 + buf[at + 8]!;
}
