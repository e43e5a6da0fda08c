// E-mail addresses and account names ("displayName": "…", user_name=…). The rules and their reasons are those of
// the reference matcher (test/support/reference-matcher/text-matcher.ts); docs/cleanup.md lists them.
import { ACCOUNT_NAMES, DOMAIN, EMAILS, LOCAL, VALUE_STOP, byte, isIn, isLetter, isLetterUnit, isSpace, report, unit } from './bytes';

const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;
const DOT: u32 = 0x2e;
const COLON: u32 = 0x3a;
const DASH: u32 = 0x2d;

/** As `[local]+@label(.label)*.[A-Za-z]{2,}` reads it: the run of local characters, then the longest domain. */
export function matchEmail<W>(at: i32, end: i32): i32 {
  const step: i32 = <i32>sizeof<W>();
  let left = at;
  for (let n = 0, p = at - step; n < MAX_LOCAL && isIn(unit(p, end, step), LOCAL); p -= step, n++) left = p;
  if (left == at) return at + 1;
  let stop = -1;
  let label = 0; // characters in the current label
  let letters = 0; // letters since the last dot, when every character since it was a letter
  let afterDot = false;
  for (let n = 0, p = at + step; n < MAX_DOMAIN; p += step, n++) {
    const b = unit(p, end, step);
    if (!isIn(b, DOMAIN)) break;
    if (b == DOT) {
      if (label == 0) break; // an empty label ends the address
      label = 0;
      letters = 0;
      afterDot = true;
      continue;
    }
    label++;
    if (afterDot && isLetter(b) && letters == label - 1) {
      letters++;
      if (letters >= 2) stop = p + step;
    }
  }
  if (stop < 0) return at + 1;
  report(EMAILS, left, stop, step);
  return stop;
}

// The keys before "name", grouped by their last letter: the character before "name" picks the group to try.
const KEYS_Y: StaticArray<string> = ['display'];
const KEYS_R: StaticArray<string> = ['user', 'sender'];
const KEYS_T: StaticArray<string> = ['account', 'first', 'last'];
const KEYS_N: StaticArray<string> = ['screen', 'login'];
const KEYS_L: StaticArray<string> = ['full', 'real', 'principal'];
const NOT_NAMES: StaticArray<string> = ['null', 'true', 'false', 'undefined', 'none'];

function codeAt(s: string, k: i32): u32 {
  return load<u16>(changetype<usize>(s) + (<usize>k << 1));
}

function endsWithKey<W>(stop: i32, end: i32, key: string): bool {
  const step: i32 = <i32>sizeof<W>();
  for (let k = key.length - 1, p = stop - step; k >= 0; k--, p -= step) if ((unit(p, end, step) | 0x20) != codeAt(key, k)) return false;
  return true;
}

/** Whether one of the keys ends at `stop` (exclusive), in any case. */
function keyEndsAt<W>(stop: i32, end: i32): bool {
  const step: i32 = <i32>sizeof<W>();
  const last = unit(stop - step, end, step) | 0x20;
  const keys = last == 0x79 ? KEYS_Y : last == 0x72 ? KEYS_R : last == 0x74 ? KEYS_T : last == 0x6e ? KEYS_N : last == 0x6c ? KEYS_L : null;
  if (keys === null) return false;
  for (let k = 0; k < keys.length; k++) if (endsWithKey<W>(stop, end, unchecked(keys[k]))) return true;
  return false;
}

/** Whether the value `[start, stop)` is one of NOT_NAMES in any case (ASCII only: no other character folds to these). */
function isKeyword<W>(start: i32, stop: i32): bool {
  const step: i32 = <i32>sizeof<W>();
  const length = (stop - start) / step;
  for (let w = 0; w < NOT_NAMES.length; w++) {
    const word = unchecked(NOT_NAMES[w]);
    if (word.length != length) continue;
    let same = true;
    for (let k = 0, p = start; k < length && same; k++, p += step) {
      const b = byte(p);
      same = (step == 1 || byte(p + 1) == 0) && b < 0x80 && (b | 0x20) == codeAt(word, k) && isLetter(b);
    }
    if (same) return true;
  }
  return false;
}

/** End of the value's characters (at most 80) from `p`. In UTF-16, a character beyond ASCII never stops it. */
function valueRun<W>(from: i32, end: i32): i32 {
  const step: i32 = <i32>sizeof<W>();
  let p = from;
  for (let n = 0; n < 80 && p + step <= end; n++, p += step) {
    if ((step == 1 || byte(p + 1) == 0) && isIn(byte(p), VALUE_STOP)) break;
  }
  return p;
}

/**
 * `displayName`, `user_name`, `screen name` … then `:` or `=` and a value holding a letter, not a JSON keyword;
 * anchored on the 'e' of "name". Where to go on, or -1 when this is no name.
 */
export function matchName<W>(e: i32, end: i32): i32 {
  const step: i32 = <i32>sizeof<W>();
  if ((unit(e - 2 * step, end, step) | 0x20) != 0x61 || (unit(e - 3 * step, end, step) | 0x20) != 0x6e) return -1;
  let keyEnd = e - 3 * step; // the 'n'
  const sep = unit(keyEnd - step, end, step);
  if (sep == 0x5f || sep == 0x20 || sep == DASH) keyEnd -= step;
  if (!keyEndsAt<W>(keyEnd, end)) return -1;
  let p = e + step;
  let c = unit(p, end, step);
  if (c == 0x22 || c == 0x27) p += step;
  while (isSpace(unit(p, end, step))) p += step;
  c = unit(p, end, step);
  if (c != COLON && c != 0x3d) return -1;
  p += step;
  const afterSign = p;
  while (isSpace(unit(p, end, step))) p += step;
  c = unit(p, end, step);
  if (c == 0x22 || c == 0x27) p += step;
  let valueEnd = valueRun<W>(p, end);
  // As a regular expression backtracks: with no value after the quote, the spaces after the sign are the value.
  if ((valueEnd - p) / step < 2) {
    p = afterSign;
    valueEnd = valueRun<W>(p, end);
    if ((valueEnd - p) / step < 2) return -1;
  }
  let start = p;
  let stop = valueEnd;
  while (start < stop && isSpace(unit(start, end, step))) start += step;
  while (stop > start && isSpace(unit(stop - step, end, step))) stop -= step;
  let letter = false;
  for (let q = start; q < stop && !letter; q += step) letter = isLetterUnit(q, step);
  if (letter && !(stop - start <= 9 * step && isKeyword<W>(start, stop))) report(ACCOUNT_NAMES, start, stop, step);
  // On from the value's start, not its end: an address in it counts too, as its own pattern finds it.
  return start;
}
