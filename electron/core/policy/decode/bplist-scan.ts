import type { KeyProblem } from './key-problems.js';

/**
 * Checks a binary plist's structure before the plist reader builds it, and finds what that reader would lose without
 * a word. The layout is Apple's `bplist00` (CoreFoundation CFBinaryPList.c, the format comment at its top, and the
 * trailer struct in swift-corelibs-foundation's bplist.h): the 8-byte magic, the objects, a table of their offsets,
 * and a 32-byte trailer (6 unused bytes, the offset size, the reference size, then the object count, the top object
 * and the table's offset as big-endian 64-bit numbers). Each object starts with a marker byte, type in the high
 * nibble and count in the low one (15: the count follows as an integer object); an array holds `count` references,
 * a dictionary `count` key references and then `count` value references.
 *
 * The reader keeps the last of two equal keys and follows references as a tree: an object referenced twice is built
 * twice, so a few hundred bytes whose objects each refer to the next one twice expand to billions of values, and a
 * reference back to an enclosing object never ends. Each is reported or refused here first, in one pass over the
 * objects (each is looked at once, whatever refers to it).
 */
export type BinaryScan = { ok: true; keyProblems: KeyProblem[] } | { ok: false; message: string };

/** Far more values than any settings file holds; a plist that expands past it is shared objects multiplied. */
export const MAX_EXPANDED_VALUES = 100_000;
/** Deeper than any settings file nests (a profile's PayloadContent is three levels). */
export const MAX_DEPTH = 64;

const TRAILER = 32;
const STRING_TYPES = new Set([0x5, 0x6, 0x7]);
const COUNTED_TYPES = new Set([0x4, 0x5, 0x6, 0x7, 0xa, 0xb, 0xc, 0xd]);

class Damaged extends Error {}

export function scanBinaryPlist(bytes: Uint8Array): BinaryScan {
  try {
    return { ok: true, keyProblems: walk(bytes) };
  } catch (error) {
    if (error instanceof Damaged) return { ok: false, message: `the binary plist ${error.message}` };
    throw error;
  }
}

function walk(bytes: Uint8Array): KeyProblem[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.byteLength - TRAILER;
  if (end < 9) throw new Damaged('is too short to hold its trailer');
  const uint = (at: number, size: number, limit = bytes.byteLength): number => {
    if (size < 1 || size > 8 || at < 0 || at + size > limit) throw new Damaged(`is cut short or damaged (a ${size}-byte number at byte ${at})`);
    let value = 0;
    for (let i = 0; i < size; i++) value = value * 256 + view.getUint8(at + i);
    return value;
  };
  const offsetSize = view.getUint8(end + 6);
  const refSize = view.getUint8(end + 7);
  const count = uint(end + 8, 8);
  const top = uint(end + 16, 8);
  const table = uint(end + 24, 8);
  if (offsetSize < 1 || offsetSize > 8 || refSize < 1 || refSize > 8) throw new Damaged(`has a damaged trailer (offset size ${offsetSize}, reference size ${refSize})`);
  if (count < 1 || table < 8 || table + count * offsetSize > end || top >= count) throw new Damaged(`has a damaged trailer (${count} objects, top object ${top}, offset table at byte ${table})`);

  /** Where object `index` starts, its type, its count and where its contents begin. */
  const objectAt = (index: number) => {
    const at = uint(table + index * offsetSize, offsetSize);
    if (at < 8 || at >= table) throw new Damaged(`has object ${index} outside its object table (byte ${at})`);
    const marker = view.getUint8(at);
    const type = marker >> 4;
    let size = marker & 0x0f;
    let start = at + 1;
    if (size === 0x0f && COUNTED_TYPES.has(type)) {
      const intMarker = start < table ? view.getUint8(start) : 0;
      if (intMarker >> 4 !== 0x1 || (intMarker & 0x0f) > 3) throw new Damaged(`has a damaged count for object ${index} (byte ${start})`);
      const width = 1 << (intMarker & 0x0f);
      size = uint(start + 1, width, table);
      start += 1 + width;
    }
    return { type, size, start };
  };
  const refAt = (start: number, k: number): number => {
    const ref = uint(start + k * refSize, refSize, table);
    if (ref >= count) throw new Damaged(`refers to object ${ref}, but has ${count}`);
    return ref;
  };
  const keyText = (index: number): string => {
    const { type, size, start } = objectAt(index);
    if (!STRING_TYPES.has(type)) throw new Damaged(`has a dictionary key that is not a string (object ${index})`);
    const width = type === 0x6 ? 2 : 1;
    if (start + size * width > table) throw new Damaged(`has a key cut short (object ${index})`);
    const raw = Buffer.from(bytes.buffer, bytes.byteOffset + start, size * width);
    return type === 0x6 ? Buffer.from(raw).swap16().toString('utf16le') : raw.toString(type === 0x5 ? 'latin1' : 'utf8');
  };

  const problems: KeyProblem[] = [];
  // Values the reader builds for each object (itself and everything under it, shared ones counted each time).
  const expanded = new Map<number, number>();
  const open = new Set<number>();
  interface Frame { index: number; children: number[]; next: number; total: number; path: string }
  const stack: Frame[] = [];
  const enter = (index: number, path: string): void => {
    if (open.has(index)) throw new Damaged(`refers back to an enclosing object (object ${index}, at ${path || 'the top'}): it would never end`);
    if (stack.length >= MAX_DEPTH) throw new Damaged(`is nested more than ${MAX_DEPTH} levels deep (at ${path})`);
    const { type, size, start } = objectAt(index);
    const children: number[] = [];
    if (type === 0xa || type === 0xb || type === 0xc) for (let k = 0; k < size; k++) children.push(refAt(start, k));
    if (type === 0xd) {
      const seen = new Map<string, number>();
      for (let k = 0; k < size; k++) {
        const key = keyText(refAt(start, k));
        const where = `binary plist, ${path ? `dictionary ${path}` : 'top-level dictionary'}`;
        if (key === '__proto__') problems.push({ where, key, message: 'the key "__proto__" is not a setting and cannot be read safely: remove it' });
        else if (seen.has(key)) problems.push({ where, key, message: `the key appears twice in this dictionary (keys ${(seen.get(key) ?? 0) + 1} and ${k + 1}): only one would count; keep one` });
        else seen.set(key, k);
        children.push(refAt(start, size + k));
      }
    }
    open.add(index);
    stack.push({ index, children, next: 0, total: 1, path });
  };
  const childPath = (frame: Frame, k: number): string => {
    const { type, start } = objectAt(frame.index);
    if (type !== 0xd) return `${frame.path}[${k}]`;
    const key = keyText(refAt(start, k));
    return frame.path ? `${frame.path}.${key}` : key;
  };
  const grow = (frame: Frame, by: number): void => {
    frame.total += by;
    if (frame.total > MAX_EXPANDED_VALUES) {
      throw new Damaged(`expands to more than ${MAX_EXPANDED_VALUES.toLocaleString('en')} values (its objects are shared many times over): not a settings file`);
    }
  };

  enter(top, '');
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame;
    if (frame.next < frame.children.length) {
      const k = frame.next++;
      const child = frame.children[k] as number;
      const known = expanded.get(child);
      if (known !== undefined) grow(frame, known);
      else enter(child, childPath(frame, k));
    } else {
      stack.pop();
      open.delete(frame.index);
      expanded.set(frame.index, frame.total);
      const parent = stack[stack.length - 1];
      if (parent) grow(parent, frame.total);
    }
  }
  return problems;
}
