import type { FileReader } from './file-reader.js';

/**
 * Reads the text cells of a SQLite database's tables straight from its pages, as the file format describes them
 * (sqlite.org/fileformat2.html): the schema table on page 1 names each table's root page; each table's b-tree is
 * walked from there, every record's header gives its values' types, and text values (serial type odd, >= 13) are
 * handed on as bytes. Nothing is loaded whole: pages are read through one block buffer, a record that spills into
 * overflow pages is put together in a scratch buffer of bounded size. Anything the reader cannot follow throws a
 * `SqlitePageError`, and the caller reads the database another way.
 */
export class SqlitePageError extends Error {}

export type SqliteEncoding = 'utf8' | 'utf16le' | 'utf16be';

/** Where the text values go: an object, so the compiled walk calls one method whatever the database. */
export interface SqliteText {
  /** Bytes of one text value; valid only during the call. */
  text(bytes: Uint8Array, start: number, end: number, encoding: SqliteEncoding): void;
}

const BLOCK = 256 * 1024;
/** A record longer than this is not put together (its database is read as bytes instead). */
export const MAX_RECORD_BYTES = 4 * 1024 * 1024;

export async function readSqliteText(handle: FileReader, size: number, sink: SqliteText, signal?: AbortSignal): Promise<{ tables: number; rows: number }> {
  const head = Buffer.alloc(100);
  if ((await handle.read(head, 0, 100, 0)) < 100) throw new SqlitePageError('header cut short');
  const rawPageSize = head.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0) throw new SqlitePageError(`page size ${rawPageSize}`);
  const usable = pageSize - head[20]!;
  const encoding = ([undefined, 'utf8', 'utf16le', 'utf16be'] as const)[head.readUInt32BE(56) || 1];
  if (!encoding) throw new SqlitePageError('unknown text encoding');
  const pages = Math.floor(size / pageSize);
  // Pages are read a block at a time, several pages a read (a page is at most 64 KiB, a quarter of a block).
  const source = Buffer.allocUnsafe(BLOCK);
  let blockStart = -1;
  let blockLength = 0;
  const scratch = { buf: Buffer.allocUnsafe(64 * 1024) };
  // Blocking reads where the reader has them (a scanning thread): a page then costs no promise.
  const now = handle.readNow;

  const inBlock = (n: number, offset: number): number => {
    if (offset + pageSize > blockStart + blockLength) throw new SqlitePageError(`page ${n} cut short`);
    return offset - blockStart;
  };
  /** Where page `n` starts in `source`, reading it there first when it is not. */
  const locate = (n: number): number | Promise<number> => {
    if (n < 1 || n > pages) throw new SqlitePageError(`page ${n} outside the file`);
    const offset = (n - 1) * pageSize;
    if (blockStart >= 0 && offset >= blockStart && offset + pageSize <= blockStart + blockLength) return offset - blockStart;
    blockStart = offset - (offset % BLOCK);
    if (now) {
      blockLength = now(source, 0, BLOCK, blockStart);
      return inBlock(n, offset);
    }
    return handle.read(source, 0, BLOCK, blockStart).then((length) => {
      blockLength = length;
      return inBlock(n, offset);
    });
  };

  /** A cell's payload that spills into overflow pages, put together in `scratch` (sqlite.org/fileformat2.html §1.6). */
  const overflowPayload = async (page: Buffer, at: number, total: number, maxLocal: number): Promise<Buffer> => {
    if (total > MAX_RECORD_BYTES) throw new SqlitePageError('record too large');
    const minLocal = Math.floor(((usable - 12) * 32) / 255) - 23;
    const k = minLocal + ((total - minLocal) % (usable - 4));
    const local = k <= maxLocal ? k : minLocal;
    if (scratch.buf.length < total) scratch.buf = Buffer.allocUnsafe(Math.max(total, scratch.buf.length * 2));
    const out = scratch.buf;
    if (at + local + 4 > page.length) throw new SqlitePageError('cell outside its page');
    page.copy(out, 0, at, at + local);
    let next = page.readUInt32BE(at + local);
    let filled = local;
    for (let hops = 0; filled < total; hops++) {
      if (next === 0 || hops > pages) throw new SqlitePageError('overflow chain broken');
      const found = locate(next);
      const off = typeof found === 'number' ? found : await found;
      const take = Math.min(usable - 4, total - filled);
      source.copy(out, filled, off + 4, off + 4 + take);
      filled += take;
      next = source.readUInt32BE(off);
    }
    return out;
  };

  const visited = new Uint8Array(pages + 1);
  // The page being read, copied out of the block: reading its cells' overflow pages may replace the block.
  const current = Buffer.allocUnsafe(pageSize);
  const tableMaxLocal = usable - 35;
  const indexMaxLocal = Math.floor(((usable - 12) * 64) / 255) - 23;
  let rows = 0;
  // The schema table: every table's root page (WITHOUT ROWID tables are index b-trees; the walk reads both kinds).
  const roots: number[] = [];
  const schemaRecord = (buf: Buffer, start: number, end: number) => {
    const values = recordValues(buf, start, end);
    const text = (i: number) => {
      const v = values[i];
      return v?.type === 'text' ? decodeText(buf, v.start, v.end, encoding) : '';
    };
    const root = values[3]?.type === 'int' ? values[3].value : 0;
    // Internal tables (sqlite_sequence, sqlite_stat1) hold counters, not people.
    if (text(0) === 'table' && !text(1).startsWith('sqlite_') && root > 0) roots.push(root);
  };
  // The pages still to read, shared by every tree of the database. A typed array keeps one shape whatever numbers it
  // holds: a plain array changed its kind on some databases, and the compiled walk was thrown away each time.
  let stack = new Float64Array(256);
  /** Walks one b-tree: the schema table's records give the roots, every other record's text goes to `sink`. */
  const walkTree = async (root: number) => {
    let top = 0;
    stack[top++] = root;
    while (top > 0) {
      signal?.throwIfAborted();
      const n = stack[--top]!;
      if (visited[n]) throw new SqlitePageError(`page ${n} reached twice`);
      visited[n] = 1;
      const found = locate(n);
      const offset = typeof found === 'number' ? found : await found;
      source.copy(current, 0, offset, offset + pageSize);
      const page = current;
      const base = n === 1 ? 100 : 0;
      const type = page[base]!;
      const cells = (page[base + 3]! << 8) | page[base + 4]!;
      const interior = type === 2 || type === 5;
      if (type !== 2 && type !== 5 && type !== 10 && type !== 13) throw new SqlitePageError(`page ${n} is not a b-tree page`);
      const pointers = base + (interior ? 12 : 8);
      if (pointers + 2 * cells > pageSize) throw new SqlitePageError(`cells outside page ${n}`);
      if (interior) {
        // Pushed last to first, so the children are read in order, the right-most last.
        if (top + cells + 1 > stack.length) stack = grown(stack, top + cells + 1);
        stack[top++] = page.readUInt32BE(base + 8);
        for (let c = cells - 1; c >= 0; c--) {
          const at = (page[pointers + 2 * c]! << 8) | page[pointers + 2 * c + 1]!;
          if (at + 4 > pageSize) throw new SqlitePageError(`cell outside page ${n}`);
          stack[top++] = page.readUInt32BE(at);
        }
        // Index interior cells also hold a record each (WITHOUT ROWID tables keep rows there).
        if (type === 5) continue;
      }
      const maxLocal = type === 13 ? tableMaxLocal : indexMaxLocal;
      for (let c = 0; c < cells; c++) {
        let at = (page[pointers + 2 * c]! << 8) | page[pointers + 2 * c + 1]!;
        if (at >= pageSize) throw new SqlitePageError(`cell outside page ${n}`);
        if (type === 2) at += 4;
        const total = varint(page, at);
        at = varintEnd;
        if (type === 13) {
          varint(page, at); // the rowid
          at = varintEnd;
        }
        if (total <= maxLocal) {
          if (at + total > pageSize) throw new SqlitePageError(`cell outside page ${n}`);
          if (root === 1) schemaRecord(page, at, at + total);
          else textValues(page, at, at + total, sink, encoding);
        } else {
          const whole = await overflowPayload(page, at, total, maxLocal);
          if (root === 1) schemaRecord(whole, 0, total);
          else textValues(whole, 0, total, sink, encoding);
        }
        rows++;
      }
    }
  };

  await walkTree(1);
  rows = 0;
  for (const root of roots) await walkTree(root);
  return { tables: roots.length, rows };
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
let varintEnd = 0;

/** SQLite's big-endian varint (1-9 bytes): its value; `varintEnd` is then the position after it. */
function varint(buf: Buffer, at: number): number {
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
