import { isIPv6 } from 'node:net';
import type { FindingKind } from './findings.js';
import { isUninterestingIpv4, isUninterestingIpv6 } from './patterns.js';

export type MatchHandler = (kind: FindingKind, value: string, start: number, end: number) => void;

const AT = 0x40;
const COLON = 0x3a;
const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;
/** Longest match the scanner reports in bytes (twice that for UTF-16); chunked readers overlap windows by more. */
export const MAX_MATCH_BYTES = MAX_LOCAL + 1 + MAX_DOMAIN + 2;

const localChar = byteSet('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-');
const domainChar = byteSet('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-');
const hexOrColon = byteSet('0123456789abcdefABCDEF:.');
const wordChar = byteSet('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_');

function byteSet(chars: string): Uint8Array {
  const set = new Uint8Array(256);
  for (let i = 0; i < chars.length; i++) set[chars.charCodeAt(i)] = 1;
  return set;
}

/**
 * Finds e-mail addresses, IPv4/IPv6 addresses and account names in `buf[0, end)` and calls `onMatch` for each.
 * Works on bytes: native `indexOf` jumps between anchors, so the cost follows the number of anchors, not the size.
 * E-mail addresses stored as UTF-16LE (Chromium's Local Storage and IndexedDB) are found too.
 */
export function findMatches(buf: Buffer, end: number, onMatch: MatchHandler): void {
  findEmails(buf, end, onMatch);
  findIpv4(buf, end, onMatch);
  findIpv6(buf, end, onMatch);
  findAccountNames(buf, end, onMatch);
}

function findEmails(buf: Buffer, end: number, onMatch: MatchHandler): void {
  let at = buf.indexOf(AT, 0);
  while (at !== -1 && at < end) {
    const wide = at > 0 && buf[at - 1] === 0 && buf[at + 1] === 0 && at + 2 < end;
    const step = wide ? 2 : 1;
    // In UTF-16LE the character before '@' starts two bytes earlier and each character's high byte is zero.
    let left = at;
    for (let n = 0, p = at - (wide ? 2 : 1); p >= 0 && n < MAX_LOCAL && localChar[buf[p]!] && (!wide || buf[p + 1] === 0); p -= step, n++) left = p;
    let right = at + step;
    let dot = false;
    for (let n = 0, p = right; p < end && n < MAX_DOMAIN && domainChar[buf[p]!] && (!wide || buf[p + 1] === 0); p += step, n++) {
      right = p + step;
      if (buf[p] === 0x2e) dot = true;
    }
    // No string is made unless the bytes can be an address: text before '@', a dot after it.
    if (left < at && dot) {
      const text = decode(buf, left, right, wide);
      const email = trimEmail(text);
      if (email) onMatch('emails', email, left, right);
    }
    at = buf.indexOf(AT, Math.max(right, at + 1));
  }
}

function decode(buf: Buffer, start: number, end: number, wide: boolean): string {
  return wide ? buf.toString('utf16le', start, end + ((end - start) % 2)) : buf.toString('latin1', start, end);
}

const emailShape = /^[A-Za-z0-9_%+-][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;

function trimEmail(text: string): string | undefined {
  const candidate = text.replace(/^[.]+/, '').replace(/[.-]+$/, '');
  return emailShape.test(candidate) ? candidate : undefined;
}

const DOT = 0x2e;
const digitOrDot = byteSet('0123456789.');
const isDigit = (b: number | undefined) => b !== undefined && b >= 0x30 && b <= 0x39;

/**
 * Anchored on '.': takes the whole run of digits and dots around it, so "1.2.3.4.5" and "12.345" are seen as the
 * version number or decimal they are. Works on bytes, so a chunk costs no string.
 */
function findIpv4(buf: Buffer, end: number, onMatch: MatchHandler): void {
  let dot = buf.indexOf(DOT, 0);
  while (dot !== -1 && dot < end) {
    if (!isDigit(buf[dot - 1]) || dot + 1 >= end || !isDigit(buf[dot + 1])) {
      dot = buf.indexOf(DOT, dot + 1);
      continue;
    }
    let left = dot;
    while (left > 0 && dot - left < 16 && digitOrDot[buf[left - 1]!]) left--;
    let right = dot + 1;
    while (right < end && right - dot < 16 && digitOrDot[buf[right]!]) right++;
    const next = right;
    while (buf[right - 1] === DOT) right--; // a sentence may end right after an address
    const capped = (left > 0 && digitOrDot[buf[left - 1]!]) || (next < end && digitOrDot[buf[next]!]);
    if (!capped && buf[left] !== DOT && isIpv4Bytes(buf, left, right)) {
      const ip = buf.toString('latin1', left, right);
      if (!isUninterestingIpv4(ip)) onMatch('ipv4', ip, left, right);
    }
    dot = buf.indexOf(DOT, Math.max(next, dot + 1));
  }
}

/** Four groups of 1-3 digits, each at most 255, no leading zeros. */
function isIpv4Bytes(buf: Buffer, start: number, end: number): boolean {
  let groups = 0;
  let i = start;
  while (i <= end) {
    let value = 0;
    let digits = 0;
    const first = buf[i];
    while (i < end && isDigit(buf[i])) {
      value = value * 10 + (buf[i]! - 0x30);
      digits++;
      i++;
    }
    if (digits === 0 || digits > 3 || value > 255 || (digits > 1 && first === 0x30)) return false;
    groups++;
    if (i === end) return groups === 4;
    if (buf[i] !== DOT) return false;
    i++;
  }
  return false;
}

function findIpv6(buf: Buffer, end: number, onMatch: MatchHandler): void {
  let colon = buf.indexOf(COLON, 0);
  while (colon !== -1 && colon < end) {
    // Cheap byte checks first: most colons in logs are timestamps ("10:11:12") or C++ scopes ("Foo::Bar").
    let left = colon;
    let colons = 1;
    let double = false;
    while (left > 0 && colon - left < 40 && hexOrColon[buf[left - 1]!]) {
      left--;
      if (buf[left] === COLON) {
        colons++;
        if (buf[left + 1] === COLON) double = true;
      }
    }
    let right = colon + 1;
    if (buf[right] === COLON) double = true;
    while (right < end && right - colon < 40 && hexOrColon[buf[right]!]) {
      if (buf[right] === COLON && right > colon + 1) {
        colons++;
        if (buf[right - 1] === COLON) double = true;
      }
      right++;
    }
    const bounded = (left === 0 || !wordChar[buf[left - 1]!]) && (right >= end || !wordChar[buf[right]!]);
    if (bounded && colons >= 2 && (double || colons >= 7)) reportIpv6(buf, left, right, onMatch);
    colon = buf.indexOf(COLON, Math.max(right, colon + 1));
  }
}

function reportIpv6(buf: Buffer, left: number, right: number, onMatch: MatchHandler): void {
  const raw = buf.toString('latin1', left, right);
  // Trailing sentence punctuation and a lone leading colon ("addr=:fe80::1") are not part of the address.
  let text = raw.replace(/\.+$/, '');
  if (text.startsWith(':') && !text.startsWith('::')) text = text.slice(1);
  if (text.endsWith(':') && !text.endsWith('::')) text = text.slice(0, -1);
  if (!isIPv6(text) || isUninterestingIpv6(text)) return;
  const start = left + raw.indexOf(text);
  onMatch('ipv6', text, start, start + text.length);
}

const NAME = Buffer.from('ame');
const keyBefore = /(?:display|user|account|screen|login|full|real|first|last|sender|principal)[_ -]?[nN]$/i;
const valueAfter = /^["']?\s*[:=]\s*["']?([^"'\r\n,;<>{}]{2,80})/;

function findAccountNames(buf: Buffer, end: number, onMatch: MatchHandler): void {
  let i = buf.indexOf(NAME, 0);
  while (i !== -1 && i < end) {
    const keyStart = Math.max(0, i - 12);
    if (keyBefore.test(buf.toString('latin1', keyStart, i))) {
      const tail = buf.toString('utf8', i + 3, Math.min(end, i + 3 + 100));
      const m = valueAfter.exec(tail);
      const value = m?.[1]?.trim();
      if (value && /\p{L}/u.test(value) && !/^(?:null|true|false|undefined|none)$/i.test(value)) {
        const start = i + 3 + Buffer.byteLength(tail.slice(0, m!.index + m![0].length - m![1]!.length));
        onMatch('accountNames', value, start, start + Buffer.byteLength(value));
      }
    }
    i = buf.indexOf(NAME, i + 3);
  }
}
