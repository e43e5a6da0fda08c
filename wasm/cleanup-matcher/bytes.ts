// Where the bytes to search sit in linear memory, the byte classes, and the UTF-16-aware read every matcher uses.
// A port of the scanner's first JavaScript matcher (test/support/reference-matcher/), check for check.

/** The searched bytes start here; everything static (tables, results) lies below. The host writes them here. */
export const INPUT: usize = 1 << 17;

const CLASSES: usize = memory.data(256);
export const WORD: u8 = 1;
export const HEX: u8 = 2;
export const LOCAL: u8 = 4; // a character of an e-mail address's local part
export const DOMAIN: u8 = 8; // of its domain
export const DIGIT_OR_DOT: u8 = 16;
export const HEX_OR_COLON: u8 = 32; // hex digits, ':' and '.' (an IPv6 run may end in an IPv4 address)
export const VALUE_STOP: u8 = 64; // ends an account name's value

function mark(chars: string, bit: u8): void {
  for (let i = 0; i < chars.length; i++) {
    const at = CLASSES + <usize>chars.charCodeAt(i);
    store<u8>(at, load<u8>(at) | bit);
  }
}

const LETTERS_DIGITS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
mark(LETTERS_DIGITS + '_', WORD);
mark('0123456789abcdefABCDEF', HEX);
mark(LETTERS_DIGITS + '._%+-', LOCAL);
mark(LETTERS_DIGITS + '.-', DOMAIN);
mark('0123456789.', DIGIT_OR_DOT);
mark('0123456789abcdefABCDEF:.', HEX_OR_COLON);
mark('"\'\r\n,;<>{}', VALUE_STOP);

/** Whether byte `b` (0-255) is in class `bit`. */
export function isIn(b: u32, bit: u8): bool {
  return (load<u8>(CLASSES + <usize>b) & bit) != 0;
}

/** The byte at `p` of the input. */
export function byte(p: i32): u32 {
  return load<u8>(INPUT + <usize>p);
}

/**
 * The character at `p` when it is ASCII: the byte itself (`step` 1), or the low byte of a UTF-16LE unit whose high
 * byte is zero (`step` 2). 0 outside `[0, end)` or for a wide character beyond ASCII, and 0 is in no class.
 */
export function unit(p: i32, end: i32, step: i32): u32 {
  if (p < 0 || p + step > end) return 0;
  return step == 1 || byte(p + 1) == 0 ? byte(p) : 0;
}

/** An ASCII letter, or any character beyond ASCII (UTF-8 lead or continuation byte, or a wide UTF-16 unit). */
export function isLetterUnit(p: i32, step: i32): bool {
  const b = byte(p);
  if (step == 2 && byte(p + 1) != 0) return true;
  return b >= 0x80 || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a);
}

export function isLetter(b: u32): bool {
  return (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a;
}

export function isDigit(b: u32): bool {
  return b >= 0x30 && b <= 0x39;
}

export function isSpace(b: u32): bool {
  return b == 0x20 || (b >= 0x09 && b <= 0x0d);
}

// What the host is told of: kinds in the order of findingKinds (electron/core/cleanup/findings.ts).
export const EMAILS: i32 = 0;
export const IPV4: i32 = 1;
export const IPV6: i32 = 2;
export const ACCOUNT_NAMES: i32 = 3;
export const MAC_ADDRESSES: i32 = 4;

/** Matches written by one `scan` call, three i32 each: kind (+8 when UTF-16LE), start, end. */
export const RESULT_CAP: i32 = 4096;
export const RESULTS: usize = memory.data(RESULT_CAP * 12, 16);
export let found: i32 = 0;

// What `scan` does with a match, set by the host before each call (`judge`):
/** Per kind, how many more of its matches are written to RESULTS one by one; the rest are only counted in COUNTS. */
export const TELL: usize = memory.data(8 * 4, 16);
/** Whether the window rules below apply (a chunk of a stream); a batch of database cells keeps every match. */
export let windowed: bool = false;
/** A windowed match counts only if it starts in [acceptFrom, acceptBefore): the windows of a stream overlap. */
export let acceptFrom: i32 = 0;
export let acceptBefore: i32 = 0;
/** Per kind, matches counted and not written (the host adds them to its tally after each call). */
export const COUNTS: usize = memory.data(8 * 4, 16);
/** Per kind, where its last windowed match ended, relative to the input: a kind's matches never overlap. */
export const ENDS: usize = memory.data(8 * 4, 16);

export function report(kind: i32, start: i32, stop: i32, step: i32): void {
  if (windowed) {
    if (start < acceptFrom || start >= acceptBefore) return;
    const last = ENDS + (<usize>kind << 2);
    if (start < load<i32>(last)) return;
    store<i32>(last, stop);
  }
  const tell = TELL + (<usize>kind << 2);
  const left = load<i32>(tell);
  if (left <= 0) {
    const count = COUNTS + (<usize>kind << 2);
    store<i32>(count, load<i32>(count) + 1);
    return;
  }
  store<i32>(tell, left - 1);
  const at = RESULTS + <usize>found * 12;
  store<i32>(at, step == 2 ? kind | 8 : kind);
  store<i32>(at, start, 4);
  store<i32>(at, stop, 8);
  found++;
}
