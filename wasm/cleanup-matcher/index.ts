// The cleanup scan's matcher as WebAssembly: one pass over the bytes the host wrote at INPUT, 16 bytes per step
// where no anchor ('@', '.', ':', '-', 'm'/'M') is near, matches written to RESULTS. Host side:
// electron/core/cleanup/text-matcher.ts. The checks are those of test/support/reference-matcher/, in the same order,
// so the results (kinds, byte ranges, order) are the same.
import { HEX, INPUT, LOCAL, RESULT_CAP, RESULTS, byte, found, isIn } from './bytes';
import { matchAddress } from './addresses';
import { matchEmail, matchName } from './names';

// Static data must end below INPUT; a build that outgrew it fails on its first call, never overwrites its tables.
if (__heap_base > INPUT) unreachable();

const AT: u32 = 0x40;
const DOT: u32 = 0x2e;
const COLON: u32 = 0x3a;
const DASH: u32 = 0x2d;

const EMAIL = 1;
const ADDRESS = 2;
const NAME = 3;

function anchorOf(b: u32): i32 {
  if (b == AT) return EMAIL;
  if (b == DOT || b == COLON || b == DASH) return ADDRESS;
  return (b | 0x20) == 0x6d ? NAME : 0;
}

/** The first anchor byte at or after `i`, or `end`. */
function nextAnchor(from: i32, end: i32): i32 {
  let i = from;
  const at = i8x16.splat(<i8>AT);
  const dot = i8x16.splat(<i8>DOT);
  const colon = i8x16.splat(<i8>COLON);
  const dash = i8x16.splat(<i8>DASH);
  const m = i8x16.splat(0x6d);
  const lower = i8x16.splat(0x20);
  while (i + 16 <= end) {
    const v = v128.load(INPUT + <usize>i);
    const hits = v128.or(
      v128.or(i8x16.eq(v, at), i8x16.eq(v, dot)),
      v128.or(v128.or(i8x16.eq(v, colon), i8x16.eq(v, dash)), i8x16.eq(v128.or(v, lower), m)),
    );
    const mask = i8x16.bitmask(hits);
    if (mask != 0) return i + ctz(mask);
    i += 16;
  }
  while (i < end && anchorOf(byte(i)) == 0) i++;
  return i;
}

/** The cheap test before "name": 'a' before the 'm', 'e' after it. -1 when the full check must run, else where to go on. */
function nameSkip(m: i32, end: i32): i32 {
  return m >= 2 && m + 1 < end && (byte(m + 1) | 0x20) == 0x65 && (byte(m - 1) | 0x20) == 0x61 && (byte(m - 2) | 0x20) == 0x6e ? -1 : m + 1;
}

/** Rules out most dots, colons and dashes in logs by the bytes after them: -1 when the run could be an address. */
function addressSkip(i: i32, end: i32): i32 {
  const b = byte(i);
  if (i == 0 || !isIn(byte(i - 1), HEX)) return b == COLON && i + 1 < end && byte(i + 1) == COLON ? -1 : i + 1;
  if (b == DOT) {
    // An IPv4 address is a run of digits and exactly three dots.
    let dots = 0;
    let j = i;
    for (; j < end && j - i < 13; j++) {
      const c = byte(j);
      if (c == DOT) dots++;
      else if (c < 0x30 || c > 0x39) break;
    }
    return dots == 3 || (dots == 4 && byte(j - 1) == DOT) ? -1 : j;
  }
  // A MAC address: pairs of hex digits and the same separator every third byte.
  if (i >= 2 && i + 6 < end && isIn(byte(i - 2), HEX) && (i == 2 || !isIn(byte(i - 3), 1)) && isIn(byte(i + 1), HEX) && isIn(byte(i + 2), HEX) && byte(i + 3) == b && byte(i + 6) == b) return -1;
  if (b == DASH) return i + 1;
  // An IPv6 address has "::" or seven colons; a timestamp ("10:11:12.345") has neither.
  let colons = 0;
  let j = i;
  for (; j < end && j - i < 40; j++) {
    const c = byte(j);
    if (c == COLON) {
      if (j + 1 < end && byte(j + 1) == COLON) return -1;
      if (++colons >= 7) return -1;
    } else if (!isIn(c, HEX)) break;
  }
  return j;
}

function matchAt(a: i32, i: i32, end: i32, step: i32): i32 {
  if (a == EMAIL) return matchEmail(i, end, step);
  if (a == ADDRESS) return matchAddress(i, end, step);
  return matchName(i + step, end, step);
}

/**
 * Searches `[from, end)` of the input; a match's checks may look at any byte of `[0, end)`. Stops early when the
 * results are full: returns where to go on (`end` when done); `matches()` says how many were written.
 */
export function scan(from: i32, end: i32): i32 {
  found = 0;
  let i = from;
  while (i < end && found < RESULT_CAP) {
    const a = anchorOf(byte(i));
    if (a == 0) {
      i = nextAnchor(i + 1, end);
      continue;
    }
    // A zero byte before and after the anchor means UTF-16LE: every check then steps two bytes per character.
    if (i >= 2 && byte(i - 1) == 0 && i + 1 < end && byte(i + 1) == 0) {
      const next = matchAt(a, i, end, 2);
      i = next > i ? next : i + 1;
      continue;
    }
    const prev = i > 0 ? byte(i - 1) : 0;
    // Most anchors fail on the byte before them: an address needs a hex digit (or "::"), "name" an 'a', an e-mail
    // address a character of its local part.
    const b = byte(i);
    if (a == ADDRESS ? !isIn(prev, HEX) && !(b == COLON && i + 1 < end && byte(i + 1) == COLON) : a == NAME ? (prev | 0x20) != 0x61 : !isIn(prev, LOCAL)) {
      i++;
      continue;
    }
    const skip = a == ADDRESS ? addressSkip(i, end) : a == NAME ? nameSkip(i, end) : -1;
    if (skip >= 0) {
      i = skip > i ? skip : i + 1;
      continue;
    }
    const next = matchAt(a, i, end, 1);
    i = next > i ? next : i + 1;
  }
  return i;
}

export function matches(): i32 {
  return found;
}

export function resultsAt(): usize {
  return RESULTS;
}

export function inputAt(): usize {
  return INPUT;
}
