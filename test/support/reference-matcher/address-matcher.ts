import type { MatchSink } from '../../../electron/core/cleanup/text-matcher.js';
import { byteSet, hexDigit, unit, wordChar } from './byte-classes.js';

const DOT = 0x2e;
const COLON = 0x3a;
const digitOrDot = byteSet('0123456789.');
const hexOrColon = byteSet('0123456789abcdefABCDEF:.');
const isDigit = (b: number) => b >= 0x30 && b <= 0x39;

/**
 * Network and device addresses around a '.', ':' or '-' at `i`: IPv4 (dotted quads), IPv6, MAC (six pairs of hex
 * digits joined by ':' or '-'). Returns where the caller goes on: past the run of address characters just judged,
 * so a run is looked at once, not once per dot or colon in it.
 */
export function matchAddress(buf: Uint8Array, i: number, end: number, step: number, sink: MatchSink): number {
  const b = buf[i]!;
  if (b === DOT) return matchIpv4(buf, i, end, step, sink);
  const mac = matchMac(buf, i, end, step, b, sink);
  if (mac > 0 || b !== COLON) return mac > 0 ? mac : i + 1;
  return matchIpv6(buf, i, end, step, sink);
}

/**
 * Anchored on '.': takes the whole run of digits and dots around it, so "1.2.3.4.5" and "12.345" are seen as the
 * version number or decimal they are; word boundaries as in the pattern `\b(?:[0-9]{1,3}\.){3}[0-9]{1,3}\b`.
 */
function matchIpv4(buf: Uint8Array, dot: number, end: number, step: number, sink: MatchSink): number {
  if (!isDigit(unit(buf, dot - step, end, step)) || !isDigit(unit(buf, dot + step, end, step))) return dot + 1;
  let left = dot;
  while (dot - left < 16 * step && digitOrDot[unit(buf, left - step, end, step)]) left -= step;
  let right = dot + step;
  while (right - dot < 16 * step && digitOrDot[unit(buf, right, end, step)]) right += step;
  const next = right;
  while (unit(buf, right - step, end, step) === DOT) right -= step; // a sentence may end right after an address
  const before = unit(buf, left - step, end, step);
  const capped = digitOrDot[before] || digitOrDot[unit(buf, next, end, step)] || wordChar[before] || wordChar[unit(buf, next, end, step)];
  if (capped || unit(buf, left, end, step) === DOT) return next;
  const first = ipv4First(buf, left, right, end, step);
  // Loopback, "this network" and broadcast name nobody.
  if (first >= 0 && first !== 127 && first !== 0 && first !== 1020) sink.found('ipv4', left, right, step === 2);
  return next;
}

/** Four groups of 1-3 digits, each at most 255, no leading zeros: the first group's value (1020 for 255.255.255.255), else -1. */
function ipv4First(buf: Uint8Array, start: number, end: number, limit: number, step: number): number {
  let groups = 0;
  let first = -1;
  let sum = 0;
  for (let i = start; ; ) {
    let value = 0;
    let digits = 0;
    const lead = unit(buf, i, limit, step);
    while (i < end && isDigit(unit(buf, i, limit, step))) {
      value = value * 10 + (unit(buf, i, limit, step) - 0x30);
      digits++;
      i += step;
    }
    if (digits === 0 || digits > 3 || value > 255 || (digits > 1 && lead === 0x30)) return -1;
    if (groups++ === 0) first = value;
    sum += value;
    if (i >= end) return groups === 4 ? (sum === 1020 ? 1020 : first) : -1;
    if (unit(buf, i, limit, step) !== DOT || groups === 4) return -1;
    i += step;
  }
}

/**
 * Six pairs of hex digits joined by the separator at `i`, which must be the first one: ":" as Linux and macOS
 * print them, "-" as Windows does. A seventh pair makes it something else (an EUI-64, a hex dump) and is skipped.
 * Returns the end of the match, or -1.
 */
function matchMac(buf: Uint8Array, i: number, end: number, step: number, sep: number, sink: MatchSink): number {
  const start = i - 2 * step;
  if (!hexDigit[unit(buf, start, end, step)] || !hexDigit[unit(buf, i - step, end, step)] || wordChar[unit(buf, start - step, end, step)] || unit(buf, start - step, end, step) === sep) return -1;
  let zero = true;
  let ones = true;
  for (let g = 0; g < 6; g++) {
    const p = start + 3 * g * step;
    if (g > 0 && unit(buf, p - step, end, step) !== sep) return -1;
    const hi = unit(buf, p, end, step);
    const lo = unit(buf, p + step, end, step);
    if (!hexDigit[hi] || !hexDigit[lo]) return -1;
    zero &&= hi === 0x30 && lo === 0x30;
    ones &&= (hi | 0x20) === 0x66 && (lo | 0x20) === 0x66;
  }
  const stop = start + 17 * step;
  if (wordChar[unit(buf, stop, end, step)] || (unit(buf, stop, end, step) === sep && hexDigit[unit(buf, stop + step, end, step)])) return -1;
  if (!zero && !ones) sink.found('macAddresses', start, stop, step === 2);
  return stop;
}

function matchIpv6(buf: Uint8Array, colon: number, end: number, step: number, sink: MatchSink): number {
  // Cheap byte checks first: most colons in logs are timestamps ("10:11:12") or C++ scopes ("Foo::Bar").
  let left = colon;
  let colons = 1;
  let double = false;
  while (colon - left < 40 * step && hexOrColon[unit(buf, left - step, end, step)]) {
    left -= step;
    if (unit(buf, left, end, step) === COLON) {
      colons++;
      if (unit(buf, left + step, end, step) === COLON) double = true;
    }
  }
  let right = colon + step;
  let firstDot = -1;
  while (right - colon < 40 * step && hexOrColon[unit(buf, right, end, step)]) {
    const c = unit(buf, right, end, step);
    if (c === COLON) {
      colons++;
      if (unit(buf, right - step, end, step) === COLON) double = true;
    } else if (c === DOT && firstDot < 0) firstDot = right;
    right += step;
  }
  const bounded = !wordChar[unit(buf, left - step, end, step)] && !wordChar[unit(buf, right, end, step)];
  if (bounded && colons >= 2 && (double || colons >= 7) && reportIpv6(buf, left, right, end, step, sink)) return right;
  // A dot in the run may belong to an IPv4 address or a decimal ("10:11:12.345"): judged from there.
  return firstDot > 0 ? firstDot : right;
}

function reportIpv6(buf: Uint8Array, left: number, right: number, end: number, step: number, sink: MatchSink): boolean {
  // Trailing sentence punctuation and a lone leading colon ("addr=:fe80::1") are not part of the address.
  let start = left;
  let stop = right;
  while (stop > start && unit(buf, stop - step, end, step) === DOT) stop -= step;
  if (unit(buf, start, end, step) === COLON && unit(buf, start + step, end, step) !== COLON) start += step;
  if (unit(buf, stop - step, end, step) === COLON && unit(buf, stop - 2 * step, end, step) !== COLON) stop -= step;
  const verdict = ipv6Verdict(buf, start, stop, end, step);
  if (verdict === INVALID) return false;
  if (verdict === ADDRESS) sink.found('ipv6', start, stop, step === 2);
  return true;
}

const INVALID = 0;
const NOBODY = 1; // unspecified or loopback
const ADDRESS = 2;

/** RFC 4291 §2.2 text forms: eight groups, or fewer around one "::", the last two may be a dotted IPv4 address. */
function ipv6Verdict(buf: Uint8Array, start: number, stop: number, end: number, step: number): number {
  const at = (p: number) => (p < stop ? unit(buf, p, end, step) : 0);
  let groups = 0;
  let doubled = false;
  let zeroBefore = true; // every group before the latest is 0
  let last = -2; // the latest group's value; -2 before the first
  let first = -1; // the first group's value when it is hex (not a dotted tail)
  let p = start;
  if (at(p) === COLON) {
    if (at(p + step) !== COLON) return INVALID;
    doubled = true;
    p += 2 * step;
    if (p >= stop) return NOBODY; // "::"
  }
  for (;;) {
    const groupStart = p;
    let value = 0;
    let digits = 0;
    while (digits < 5 && hexDigit[at(p)]) {
      const c = at(p) | 0x20;
      value = value * 16 + (c <= 0x39 ? c - 0x30 : c - 0x57);
      digits++;
      p += step;
    }
    if (at(p) === DOT) {
      // An IPv4 tail stands for two groups and ends the address.
      if (ipv4Tail(buf, groupStart, stop, end, step) < 0) return INVALID;
      groups += 2;
      zeroBefore = false;
      p = stop;
    } else {
      if (digits === 0 || digits > 4) return INVALID;
      groups++;
      if (groups === 1) first = value;
      if (last !== -2) zeroBefore &&= last === 0;
      last = value;
    }
    if (p >= stop) break;
    if (at(p) !== COLON) return INVALID;
    p += step;
    if (at(p) === COLON) {
      if (doubled) return INVALID;
      doubled = true;
      p += step;
      // Ends in "::" ("2001:db8::", "fe80::"): how a prefix is written (RFC 4291 §2.3), or the subnet-router anycast
      // address (§2.6.1), never one interface's address; in binary data "5::" is two bytes that happen to be hex.
      if (p >= stop) return NOBODY;
    }
  }
  if (doubled ? groups > 7 : groups !== 8) return INVALID;
  // Begins with "::": the IPv4-mapped "::ffff:…" is a host's address (§2.5.5.2); any other ("::5", what the
  // deprecated IPv4-compatible form would be, §2.5.5.1) names nobody, and in binary data is three bytes that happen
  // to be colons and a hex digit.
  if (at(start) === COLON && first >= 0 && first !== 0xffff) return NOBODY;
  return zeroBefore && last >= -2 && last <= 1 ? NOBODY : ADDRESS;
}

/** A dotted quad from `start` to exactly `stop`: its first group's value, or -1. */
function ipv4Tail(buf: Uint8Array, start: number, stop: number, end: number, step: number): number {
  return ipv4First(buf, start, stop, end, step);
}
