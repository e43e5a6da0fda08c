import { describe, expect, it } from 'vitest';
import { findMatches, matchText } from '../../../electron/core/cleanup/text-matcher.js';
import type { FindingKind } from '../../../electron/core/cleanup/findings.js';
import { maskMac } from '../../../electron/core/cleanup/mask.js';

function matches(input: string | Buffer): Array<[FindingKind, string]> {
  const buf = typeof input === 'string' ? Buffer.from(input) : input;
  const out: Array<[FindingKind, string]> = [];
  findMatches(buf, buf.length, { found: (kind, start, end, wide) => out.push([kind, matchText(buf, start, end, wide)]) });
  return out;
}

describe('one pass over the bytes for every kind', () => {
  it('finds each kind in one line, each as its own pattern would: a name\'s value may hold an address', () => {
    const line = '[2024-05-02 10:11:12.345] [info] user ada.l@example.org display_name=Ada from 192.0.2.7 via fe80::1 nic a4:83:e7:12:34:5f\n';
    expect(matches(line)).toEqual([
      ['emails', 'ada.l@example.org'],
      ['accountNames', 'Ada from 192.0.2.7 via fe80::1 nic a4:83:e7:12:34:5f'],
      ['ipv4', '192.0.2.7'],
      ['ipv6', 'fe80::1'],
      ['macAddresses', 'a4:83:e7:12:34:5f'],
    ]);
  });

  it('reads MAC addresses as Linux and macOS print them and as Windows does, not dates, UUIDs, times or longer hex runs', () => {
    expect(matches('ether 3c:22:fb:0a:1b:2c and A4-83-E7-12-34-56').map(([, v]) => v)).toEqual(['3c:22:fb:0a:1b:2c', 'A4-83-E7-12-34-56']);
    expect(matches('2024-05-02 10:11:12 123e4567-e89b-12d3-a456-426614174000 a4:83:e7:12:34:56:78 00:00:00:00:00:00 ff:ff:ff:ff:ff:ff')).toEqual([]);
    expect(maskMac('A4-83-E7-12-34-56')).toBe('a4-83-e7-x-x-x');
  });

  it('reads UTF-16LE text (Local Storage, IndexedDB, Windows logs) for every kind, not only e-mail', () => {
    const wide = Buffer.concat([Buffer.from([0x01]), Buffer.from('{"userName":"Siân","ip":"198.51.100.9","v6":"2001:db8::5","mac":"3c-22-fb-0a-1b-2c","mail":"sian@example.com"}', 'utf16le')]);
    expect(matches(wide)).toEqual([
      ['accountNames', 'Siân'],
      ['ipv4', '198.51.100.9'],
      ['ipv6', '2001:db8::5'],
      ['macAddresses', '3c-22-fb-0a-1b-2c'],
      ['emails', 'sian@example.com'],
    ]);
  });

  it('takes an e-mail address as the pattern does: the longest stretch ending in two letters after a dot', () => {
    expect(matches('to: a@b.example.org.uk2 and x@y.z and ..lead@example.com.').map(([, v]) => v)).toEqual(['a@b.example.org.uk', '..lead@example.com']);
  });

  it('takes "NAME" in any case, as the pattern does, and leaves JSON keywords and numbers out', () => {
    expect(matches('USERNAME: Bob; "realName":null; user_name=42; screen name = Sam Jones\n').map(([, v]) => v)).toEqual(['Bob', 'Sam Jones']);
  });

  it('checks IPv6 text forms in bytes (RFC 4291 §2.2) and leaves the unspecified and loopback addresses and prefixes out', () => {
    expect(matches('a 2001:db8::1.2.3.4 b 1:2:3:4:5:6:7:8 c 1::2::3 d ::1 e 0:0:0:0:0:0:0:1 f 1:: g 12345::1 h 1::9 i ::5 j ::ffff:c000:201 k ::ffff:192.0.2.1').map(([, v]) => v)).toEqual(['2001:db8::1.2.3.4', '1:2:3:4:5:6:7:8', '1::9', '::ffff:c000:201', '::ffff:192.0.2.1']);
  });

  it('never reads past the end it is given', () => {
    const buf = Buffer.from('mail ada@example.org ip 192.0.2.1');
    const cut = buf.indexOf('.org') + 3;
    const out: string[] = [];
    findMatches(buf, cut, { found: (kind, s, e, w) => out.push(`${kind}=${matchText(buf, s, e, w)}`) });
    expect(out).toEqual(['emails=ada@example.or']);
  });
});
