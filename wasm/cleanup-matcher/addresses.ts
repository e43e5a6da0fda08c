// Network and device addresses around a '.', ':' or '-': IPv4 (dotted quads), IPv6, MAC. The rules and their reasons
// are those of the reference matcher (test/support/reference-matcher/address-matcher.ts); docs/cleanup.md lists them.
import { DIGIT_OR_DOT, HEX, HEX_OR_COLON, IPV4, IPV6, MAC_ADDRESSES, WORD, isDigit, isIn, report, unit } from './bytes';

const DOT: u32 = 0x2e;
const COLON: u32 = 0x3a;

/** Where the caller goes on: past the run of address characters just judged, so a run is looked at once. */
export function matchAddress<W>(i: i32, end: i32): i32 {
  const step: i32 = <i32>sizeof<W>();
  const b = unit(i, end, 1);
  if (b == DOT) return matchIpv4<W>(i, end);
  const mac = matchMac<W>(i, end, b);
  if (mac > 0 || b != COLON) return mac > 0 ? mac : i + 1;
  return matchIpv6<W>(i, end);
}

function matchIpv4<W>(dot: i32, end: i32): i32 {
  const step: i32 = <i32>sizeof<W>();
  if (!isDigit(unit(dot - step, end, step)) || !isDigit(unit(dot + step, end, step))) return dot + 1;
  let left = dot;
  while (dot - left < 16 * step && isIn(unit(left - step, end, step), DIGIT_OR_DOT)) left -= step;
  let right = dot + step;
  while (right - dot < 16 * step && isIn(unit(right, end, step), DIGIT_OR_DOT)) right += step;
  const next = right;
  while (unit(right - step, end, step) == DOT) right -= step;
  const before = unit(left - step, end, step);
  const after = unit(next, end, step);
  if (isIn(before, DIGIT_OR_DOT | WORD) || isIn(after, DIGIT_OR_DOT | WORD) || unit(left, end, step) == DOT) return next;
  const first = ipv4First<W>(left, right, end);
  // Loopback, "this network" and broadcast name nobody.
  if (first >= 0 && first != 127 && first != 0 && first != 1020) report(IPV4, left, right, step);
  return next;
}

/** Four groups of 1-3 digits, each at most 255, no leading zeros: the first group's value (1020 for 255.255.255.255), else -1. */
function ipv4First<W>(start: i32, stop: i32, limit: i32): i32 {
  const step: i32 = <i32>sizeof<W>();
  let groups = 0;
  let first = -1;
  let sum = 0;
  let i = start;
  for (;;) {
    let value = 0;
    let digits = 0;
    const lead = unit(i, limit, step);
    while (i < stop && isDigit(unit(i, limit, step))) {
      value = value * 10 + <i32>(unit(i, limit, step) - 0x30);
      digits++;
      i += step;
    }
    if (digits == 0 || digits > 3 || value > 255 || (digits > 1 && lead == 0x30)) return -1;
    if (groups++ == 0) first = value;
    sum += value;
    if (i >= stop) return groups == 4 ? (sum == 1020 ? 1020 : first) : -1;
    if (unit(i, limit, step) != DOT || groups == 4) return -1;
    i += step;
  }
  return -1;
}

/** Six pairs of hex digits joined by the separator at `i` (its first): the end of the match, or -1. */
function matchMac<W>(i: i32, end: i32, sep: u32): i32 {
  const step: i32 = <i32>sizeof<W>();
  const start = i - 2 * step;
  const before = unit(start - step, end, step);
  if (!isIn(unit(start, end, step), HEX) || !isIn(unit(i - step, end, step), HEX) || isIn(before, WORD) || before == sep) return -1;
  let zero = true;
  let ones = true;
  for (let g = 0; g < 6; g++) {
    const p = start + 3 * g * step;
    if (g > 0 && unit(p - step, end, step) != sep) return -1;
    const hi = unit(p, end, step);
    const lo = unit(p + step, end, step);
    if (!isIn(hi, HEX) || !isIn(lo, HEX)) return -1;
    zero = zero && hi == 0x30 && lo == 0x30;
    ones = ones && (hi | 0x20) == 0x66 && (lo | 0x20) == 0x66;
  }
  const stop = start + 17 * step;
  const after = unit(stop, end, step);
  if (isIn(after, WORD) || (after == sep && isIn(unit(stop + step, end, step), HEX))) return -1;
  if (!zero && !ones) report(MAC_ADDRESSES, start, stop, step);
  return stop;
}

function matchIpv6<W>(colon: i32, end: i32): i32 {
  const step: i32 = <i32>sizeof<W>();
  let left = colon;
  let colons = 1;
  let double = false;
  while (colon - left < 40 * step && isIn(unit(left - step, end, step), HEX_OR_COLON)) {
    left -= step;
    if (unit(left, end, step) == COLON) {
      colons++;
      if (unit(left + step, end, step) == COLON) double = true;
    }
  }
  let right = colon + step;
  let firstDot = -1;
  while (right - colon < 40 * step && isIn(unit(right, end, step), HEX_OR_COLON)) {
    const c = unit(right, end, step);
    if (c == COLON) {
      colons++;
      if (unit(right - step, end, step) == COLON) double = true;
    } else if (c == DOT && firstDot < 0) firstDot = right;
    right += step;
  }
  const bounded = !isIn(unit(left - step, end, step), WORD) && !isIn(unit(right, end, step), WORD);
  if (bounded && colons >= 2 && (double || colons >= 7) && reportIpv6<W>(left, right, end)) return right;
  // A dot in the run may belong to an IPv4 address or a decimal ("10:11:12.345"): judged from there.
  return firstDot > 0 ? firstDot : right;
}

function reportIpv6<W>(left: i32, right: i32, end: i32): bool {
  const step: i32 = <i32>sizeof<W>();
  let start = left;
  let stop = right;
  while (stop > start && unit(stop - step, end, step) == DOT) stop -= step;
  if (unit(start, end, step) == COLON && unit(start + step, end, step) != COLON) start += step;
  if (unit(stop - step, end, step) == COLON && unit(stop - 2 * step, end, step) != COLON) stop -= step;
  const verdict = ipv6Verdict<W>(start, stop, end);
  if (verdict == INVALID) return false;
  if (verdict == ADDRESS) report(IPV6, start, stop, step);
  return true;
}

const INVALID = 0;
const NOBODY = 1; // unspecified or loopback
const ADDRESS = 2;

function at<W>(p: i32, stop: i32, end: i32): u32 {
  const step: i32 = <i32>sizeof<W>();
  return p < stop ? unit(p, end, step) : 0;
}

/** RFC 4291 §2.2 text forms: eight groups, or fewer around one "::", the last two may be a dotted IPv4 address. */
function ipv6Verdict<W>(start: i32, stop: i32, end: i32): i32 {
  const step: i32 = <i32>sizeof<W>();
  let groups = 0;
  let doubled = false;
  let zeroBefore = true; // every group before the latest is 0
  let last = -2; // the latest group's value; -2 before the first
  let first = -1; // the first group's value when it is hex (not a dotted tail)
  let p = start;
  if (at<W>(p, stop, end) == COLON) {
    if (at<W>(p + step, stop, end) != COLON) return INVALID;
    doubled = true;
    p += 2 * step;
    if (p >= stop) return NOBODY; // "::"
  }
  for (;;) {
    const groupStart = p;
    let value = 0;
    let digits = 0;
    while (digits < 5 && isIn(at<W>(p, stop, end), HEX)) {
      const c = at<W>(p, stop, end) | 0x20;
      value = value * 16 + <i32>(c <= 0x39 ? c - 0x30 : c - 0x57);
      digits++;
      p += step;
    }
    if (at<W>(p, stop, end) == DOT) {
      // An IPv4 tail stands for two groups and ends the address.
      if (ipv4First<W>(groupStart, stop, end) < 0) return INVALID;
      groups += 2;
      zeroBefore = false;
      p = stop;
    } else {
      if (digits == 0 || digits > 4) return INVALID;
      groups++;
      if (groups == 1) first = value;
      if (last != -2) zeroBefore = zeroBefore && last == 0;
      last = value;
    }
    if (p >= stop) break;
    if (at<W>(p, stop, end) != COLON) return INVALID;
    p += step;
    if (at<W>(p, stop, end) == COLON) {
      if (doubled) return INVALID;
      doubled = true;
      p += step;
      // Ends in "::" ("2001:db8::", "fe80::"): how a prefix is written (RFC 4291 §2.3), or the subnet-router anycast
      // address (§2.6.1), never one interface's address; in binary data "5::" is two bytes that happen to be hex.
      if (p >= stop) return NOBODY;
    }
  }
  if (doubled ? groups > 7 : groups != 8) return INVALID;
  // Begins with "::": the IPv4-mapped "::ffff:…" is a host's address (§2.5.5.2); any other ("::5", what the
  // deprecated IPv4-compatible form would be, §2.5.5.1) names nobody, and in binary data is three bytes that happen
  // to be colons and a hex digit.
  if (at<W>(start, stop, end) == COLON && first >= 0 && first != 0xffff) return NOBODY;
  return zeroBefore && last >= -2 && last <= 1 ? NOBODY : ADDRESS;
}
