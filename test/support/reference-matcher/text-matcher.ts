// The scanner's first matcher, in JavaScript: kept as the reference the WebAssembly engine
// (wasm/cleanup-matcher/, electron/core/cleanup/text-matcher.ts) is compared with, match for match
// (test/unit/cleanup/engine-differential.test.ts). Not used by the product.
import { matchText, type MatchSink } from '../../../electron/core/cleanup/text-matcher.js';
import { matchAddress } from './address-matcher.js';
import { byteSet, hexDigit, isLetterUnit, unit, wordChar } from './byte-classes.js';

const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;

const AT = 0x40;
const DOT = 0x2e;
const COLON = 0x3a;
const DASH = 0x2d;

// What each byte may start: 0 nothing (most bytes, one table look-up each), else the check to run.
const EMAIL = 1;
const ADDRESS = 2;
const NAME = 3;
const anchor = new Uint8Array(256);
anchor[AT] = EMAIL;
anchor[DOT] = ADDRESS;
anchor[COLON] = ADDRESS;
anchor[DASH] = ADDRESS;
anchor[0x6d] = NAME; // 'm' of "name"
anchor[0x4d] = NAME; // 'M'

/**
 * Finds e-mail addresses, IPv4/IPv6 addresses, MAC addresses and account names in `buf[0, end)` in one pass over
 * the bytes: each byte is one table look-up, and only the bytes around an anchor ('@', '.', ':', '-', the 'm' of
 * "name") are looked at further. Text stored as UTF-16LE (Chromium's Local Storage and IndexedDB, Windows logs) is
 * read the same way, two bytes per character, wherever an anchor has zero bytes on both sides.
 */
export function referenceFindMatches(buf: Uint8Array, end: number, sink: MatchSink): void {
  let i = 0;
  while (i < end) {
    const a = anchor[buf[i]!]!;
    if (a === 0) {
      i++;
      continue;
    }
    // A zero byte before and after the anchor means UTF-16LE: every check then steps two bytes per character.
    if (i >= 2 && buf[i - 1] === 0 && i + 1 < end && buf[i + 1] === 0) {
      const next = a === EMAIL ? matchEmail(buf, i, end, 2, sink) : a === ADDRESS ? matchAddress(buf, i, end, 2, sink) : matchName(buf, i + 2, end, 2, sink);
      i = next > i ? next : i + 1;
      continue;
    }
    const prev = i > 0 ? buf[i - 1]! : 0;
    // Most anchors fail on the byte before them, checked here without a call: an address needs a hex digit before
    // its separator (or "::"), "name" an 'a' before the 'm', an e-mail address a character of its local part.
    if (a === ADDRESS ? !hexDigit[prev] && !(buf[i] === COLON && i + 1 < end && buf[i + 1] === COLON) : a === NAME ? (prev | 0x20) !== 0x61 : !localChar[prev]) {
      i++;
      continue;
    }
    const skip = a === ADDRESS ? addressSkip(buf, i, end) : a === NAME ? nameSkip(buf, i, end) : -1;
    if (skip >= 0) {
      i = skip > i ? skip : i + 1;
      continue;
    }
    const next = a === EMAIL ? matchEmail(buf, i, end, 1, sink) : a === ADDRESS ? matchAddress(buf, i, end, 1, sink) : matchName(buf, i + 1, end, 1, sink);
    i = next > i ? next : i + 1;
  }
}

/**
 * The cheap test before "name": 'a' before the 'm', 'e' after it. -1 when the full check must run, else where to
 * go on. (In the narrow case only; UTF-16 goes straight to the full checks.)
 */
function nameSkip(buf: Uint8Array, m: number, end: number): number {
  return m >= 2 && m + 1 < end && (buf[m + 1]! | 0x20) === 0x65 && (buf[m - 1]! | 0x20) === 0x61 && (buf[m - 2]! | 0x20) === 0x6e ? -1 : m + 1;
}

/**
 * Rules out most dots, colons and dashes in logs (decimals, timestamps, dates, C++ scopes) by the bytes after them,
 * without a call: -1 when the run could be an address, else where to go on. Runs are met at their first anchor, as
 * the pass skips each run once judged.
 */
function addressSkip(buf: Uint8Array, i: number, end: number): number {
  const b = buf[i]!;
  if (i === 0 || !hexDigit[buf[i - 1]!]) return b === COLON && i + 1 < end && buf[i + 1] === COLON ? -1 : i + 1;
  if (b === DOT) {
    // An IPv4 address is a run of digits and exactly three dots.
    let dots = 0;
    let j = i;
    for (; j < end && j - i < 13; j++) {
      const c = buf[j]!;
      if (c === DOT) dots++;
      else if (c < 0x30 || c > 0x39) break;
    }
    return dots === 3 || (dots === 4 && buf[j - 1] === DOT) ? -1 : j;
  }
  // A MAC address: pairs of hex digits and the same separator every third byte ("2024-05-02" has a digit before).
  if (i >= 2 && i + 6 < end && hexDigit[buf[i - 2]!] && (i === 2 || !wordChar[buf[i - 3]!]) && hexDigit[buf[i + 1]!] && hexDigit[buf[i + 2]!] && buf[i + 3] === b && buf[i + 6] === b) return -1;
  if (b === DASH) return i + 1;
  // An IPv6 address has "::" or seven colons; a timestamp ("10:11:12.345") has neither.
  let colons = 0;
  let j = i;
  for (; j < end && j - i < 40; j++) {
    const c = buf[j]!;
    if (c === COLON) {
      if (j + 1 < end && buf[j + 1] === COLON) return -1;
      if (++colons >= 7) return -1;
    } else if (!hexDigit[c]) break;
  }
  // Where the run ends: a dot there (an IPv4 address, a decimal) is judged next.
  return j;
}

const localChar = byteSet('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-');
const domainChar = byteSet('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-');
const isLetter = (b: number) => (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a;

/**
 * As the pattern `[local]+@label(.label)*.[A-Za-z]{2,}` reads it: the whole run of address characters before '@',
 * and after it the longest stretch of labels that ends in two or more letters after a dot.
 */
function matchEmail(buf: Uint8Array, at: number, end: number, step: number, sink: MatchSink): number {
  let left = at;
  for (let n = 0, p = at - step; n < MAX_LOCAL && localChar[unit(buf, p, end, step)]; p -= step, n++) left = p;
  if (left === at) return at + 1;
  let stop = -1;
  let label = 0; // characters in the current label
  let letters = 0; // letters since the last dot, when every character since it was a letter
  let afterDot = false;
  for (let n = 0, p = at + step; n < MAX_DOMAIN; p += step, n++) {
    const b = unit(buf, p, end, step);
    if (!domainChar[b]) break;
    if (b === DOT) {
      if (label === 0) break; // an empty label ends the address
      label = 0;
      letters = 0;
      afterDot = true;
      continue;
    }
    label++;
    if (afterDot && isLetter(b) && letters === label - 1) {
      letters++;
      if (letters >= 2) stop = p + step;
    }
  }
  if (stop < 0) return at + 1;
  sink.found('emails', left, stop, step === 2);
  return stop;
}

const KEYS = ['display', 'user', 'account', 'screen', 'login', 'full', 'real', 'first', 'last', 'sender', 'principal'].map((k) => Buffer.from(k));
const valueStop = byteSet('"\'\r\n,;<>{}');
const isSpace = (b: number) => b === 0x20 || (b >= 0x09 && b <= 0x0d);
const NOT_NAMES = new Set(['null', 'true', 'false', 'undefined', 'none']);

/**
 * `displayName`, `user_name`, `screen name` … followed by `:` or `=` and a value: anchored on the 'e' of "name".
 * The value must hold a letter and not be a JSON keyword: `user_name=42` and `"realName":null` name nobody.
 * Returns where to go on, or -1 when this is no name (the pass then goes on right after the anchor).
 */
function matchName(buf: Uint8Array, e: number, end: number, step: number, sink: MatchSink): number {
  if ((unit(buf, e - 2 * step, end, step) | 0x20) !== 0x61 || (unit(buf, e - 3 * step, end, step) | 0x20) !== 0x6e) return -1;
  let keyEnd = e - 3 * step; // the 'n'
  const sep = unit(buf, keyEnd - step, end, step);
  if (sep === 0x5f || sep === 0x20 || sep === DASH) keyEnd -= step;
  if (!KEYS.some((key) => endsWith(buf, keyEnd, end, step, key))) return -1;
  let p = e + step;
  let c = unit(buf, p, end, step);
  if (c === 0x22 || c === 0x27) p += step;
  while (isSpace(unit(buf, p, end, step))) p += step;
  c = unit(buf, p, end, step);
  if (c !== COLON && c !== 0x3d) return -1;
  p += step;
  const afterSign = p;
  while (isSpace(unit(buf, p, end, step))) p += step;
  c = unit(buf, p, end, step);
  if (c === 0x22 || c === 0x27) p += step;
  let valueEnd = valueRun(buf, p, end, step);
  // As a regular expression backtracks: with no value after the quote, the spaces after the sign are the value.
  if ((valueEnd - p) / step < 2) {
    p = afterSign;
    valueEnd = valueRun(buf, p, end, step);
    if ((valueEnd - p) / step < 2) return -1;
  }
  let start = p;
  let stop = valueEnd;
  while (start < stop && isSpace(unit(buf, start, end, step))) start += step;
  while (stop > start && isSpace(unit(buf, stop - step, end, step))) stop -= step;
  let letter = false;
  for (let q = start; q < stop && !letter; q += step) letter = isLetterUnit(buf, q, step);
  if (letter && !(stop - start <= 9 * step && NOT_NAMES.has(matchText(buf, start, stop, step === 2).toLowerCase()))) sink.found('accountNames', start, stop, step === 2);
  // On from the value's start, not its end: an address in it counts too, as its own pattern finds it.
  return start;
}

/** End of the value's characters (at most 80) from `p`. In UTF-16, a character beyond ASCII never stops it. */
function valueRun(buf: Uint8Array, p: number, end: number, step: number): number {
  for (let n = 0; n < 80 && p + step <= end; n++, p += step) {
    if ((step === 1 || buf[p + 1] === 0) && valueStop[buf[p]!]) break;
  }
  return p;
}

function endsWith(buf: Uint8Array, stop: number, end: number, step: number, key: Buffer): boolean {
  for (let k = key.length - 1, p = stop - step; k >= 0; k--, p -= step) if ((unit(buf, p, end, step) | 0x20) !== key[k]) return false;
  return true;
}
