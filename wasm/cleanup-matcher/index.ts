// The cleanup scan's matcher as WebAssembly: one pass over the bytes the host wrote at INPUT, 16 bytes per step
// where no anchor ('@', '.', ':', '-', 'm'/'M') is near, matches written to RESULTS. Each matcher takes the
// character width as a type (`W`: u8 for UTF-8, u16 for UTF-16LE), so it is compiled once per width with its step
// a constant. The host reserves bytes past the end for the block loads. Host side:
// electron/core/cleanup/text-matcher.ts. The checks are those of test/support/reference-matcher/, in the same order,
// so the results (kinds, byte ranges, order) are the same.
import { COUNTS, ENDS, HEX, INPUT, LOCAL, RESULT_CAP, RESULTS, TELL, acceptBefore, acceptFrom, byte, found, isIn, windowed } from './bytes';
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

/** Lanes holding a byte in `[low, low + count)`: one signed compare after moving that range to the bottom. */
function inRange(v: v128, low: i32, count: i32): v128 {
  return i8x16.lt_s(i8x16.sub(v, i8x16.splat(<i8>(low + 0x80))), i8x16.splat(<i8>(count - 0x80)));
}

/** Lanes holding a hex digit; `lowered` is the same bytes with 0x20 set (folds letters to lower case). */
function hexLanes(v: v128, lowered: v128): v128 {
  return v128.or(inRange(v, 0x30, 10), inRange(lowered, 0x61, 6));
}

/** The 16 candidates from `base` on, one bit each, lowest first (`nextCandidate`'s test). */
function candidates(base: i32): i32 {
  const v = v128.load(INPUT + <usize>base);
  const lower = i8x16.splat(0x20);
  const isColon = i8x16.eq(v, i8x16.splat(<i8>COLON));
  const isDot = i8x16.eq(v, i8x16.splat(<i8>DOT));
  const isDash = i8x16.eq(v, i8x16.splat(<i8>DASH));
  const isName = i8x16.eq(v128.or(v, lower), i8x16.splat(0x6d));
  const isAt = i8x16.eq(v, i8x16.splat(<i8>AT));
  const anchors = v128.or(v128.or(v128.or(isColon, isDot), isDash), v128.or(isName, isAt));
  // Most blocks of text hold no anchor at all: the tests on the bytes around are made only for those that do.
  if (!v128.any_true(anchors)) return 0;
  const p = v128.load(INPUT + <usize>base - 1);
  const n = v128.load(INPUT + <usize>base + 1);
  const pl = v128.or(p, lower);
  const nl = v128.or(n, lower);
  const pHex = hexLanes(p, pl);
  const nDigit = inRange(n, 0x30, 10);
  const nHex = v128.or(nDigit, inRange(nl, 0x61, 6));
  const nColon = i8x16.eq(n, i8x16.splat(<i8>COLON));
  // '.': a hex digit before, a digit or a dot after (else addressSkip steps one byte on).
  const dot = v128.and(isDot, v128.and(pHex, v128.or(nDigit, i8x16.eq(n, i8x16.splat(<i8>DOT)))));
  // ':': "::", or hex digits on both sides (a MAC or IPv6 run); '-': hex digits on both sides (a MAC).
  const colon = v128.and(isColon, v128.or(nColon, v128.and(pHex, nHex)));
  const dash = v128.and(isDash, v128.and(pHex, nHex));
  // "name": 'a' before the 'm', 'e' after it.
  const name = v128.and(isName, v128.and(i8x16.eq(pl, i8x16.splat(0x61)), i8x16.eq(nl, i8x16.splat(0x65))));
  // UTF-16LE: zero bytes on both sides. '@' is rare: every one goes to the scalar test.
  const wide = v128.and(anchors, v128.and(i8x16.eq(p, i8x16.splat(0)), i8x16.eq(n, i8x16.splat(0))));
  return i8x16.bitmask(v128.or(v128.or(v128.or(dot, colon), v128.or(dash, name)), v128.or(isAt, wide)));
}

// The block `candidates` judged last, kept while the scalar checks run between its candidates.
let blockBase: i32 = -16; // none: no `from` (always > 0) falls in [-16, 0)
let blockMask: i32 = 0;

/**
 * The first byte at or after `from` that `scan` would look at more closely, or `end`: an anchor that passes the test
 * on the bytes beside it (or has zero bytes on both sides, UTF-16LE), judged 16 bytes at a time. Each lane's test is
 * the scalar one of `scan` or wider, never narrower: a byte is left out only where `scan` would go on at the very
 * next byte (never where it would skip a run), so leaving it out changes nothing.
 */
function nextCandidate(from: i32, end: i32): i32 {
  let i = from;
  if (i > 0) {
    if (i >= blockBase && i < blockBase + 16) {
      const mask = blockMask & (-1 << (i - blockBase));
      if (mask != 0) return blockBase + ctz(mask);
      i = blockBase + 16;
    }
    while (i + 16 <= end) {
      const mask = candidates(i);
      if (mask != 0) {
        blockBase = i;
        blockMask = mask;
        return i + ctz(mask);
      }
      i += 16;
    }
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

function matchAt<W>(a: i32, i: i32, end: i32): i32 {
  const step: i32 = <i32>sizeof<W>();
  if (a == EMAIL) return matchEmail<W>(i, end);
  if (a == ADDRESS) return matchAddress<W>(i, end);
  return matchName<W>(i + step, end);
}

/**
 * Searches `[from, end)` of the input; a match's checks may look at any byte of `[0, end)`. Stops early when the
 * results are full: returns where to go on (`end` when done); `matches()` says how many were written.
 */
export function scan(from: i32, end: i32): i32 {
  found = 0;
  blockBase = -16; // the input may be new
  let i = from;
  while (i < end && found < RESULT_CAP) {
    const a = anchorOf(byte(i));
    if (a == 0) {
      i = nextCandidate(i + 1, end);
      continue;
    }
    // A zero byte before and after the anchor means UTF-16LE: every check then steps two bytes per character.
    if (i >= 2 && byte(i - 1) == 0 && i + 1 < end && byte(i + 1) == 0) {
      const next = matchAt<u16>(a, i, end);
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
    const next = matchAt<u8>(a, i, end);
    i = next > i ? next : i + 1;
  }
  return i;
}

/**
 * How the next `scan` calls treat a match (bytes.ts, `report`): for a window of a stream, the range its matches must
 * start in. Zeroes the counts; the host writes how many of each kind to tell (`tellAt`) before each call.
 */
export function judge(window: bool, from: i32, before: i32): void {
  windowed = window;
  acceptFrom = from;
  acceptBefore = before;
  memory.fill(COUNTS, 0, 8 * 4);
}

export function tellAt(): usize {
  return TELL;
}

export function countsAt(): usize {
  return COUNTS;
}

export function endsAt(): usize {
  return ENDS;
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
export { openDatabase, openTree, blockRead, walk, textTaken, textBytes, textRoom, neededPage, failedPage, rowsRead } from './sqlite-walk';
