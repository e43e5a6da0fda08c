// Binary plists (what `defaults write` and most MDMs leave in /Library/Managed Preferences), assembled byte by byte so
// each case is exactly the structure named. The layout is Apple's `bplist00`, as CoreFoundation's CFBinaryPList.c
// describes it in the comment at its top (opensource.apple.com/source/CF/CF-1153.18/CFBinaryPList.c): "bplist00",
// the objects, the offset table, and a 32-byte trailer (6 unused bytes, offset size, reference size, then object
// count, top object and offset-table offset as big-endian 64-bit numbers; struct BPlistTrailer in
// swift-corelibs-foundation's bplist.h). Markers: 0x08/0x09 false/true, 0x5n ASCII string of n characters, 0x6n
// UTF-16 BE string (n 15: the count follows as an integer object, 0x10 and one byte), 0xAn array of n references, 0xDn dictionary of n key references then n value references.
import { describe, expect, it } from 'vitest';
import { parseBinary } from 'plist';
import { checkPolicyFile } from '../../../electron/core/policy/check-file.js';
import { decodePlist } from '../../../electron/core/policy/decode/plist-decode.js';
import { MAX_EXPANDED_VALUES } from '../../../electron/core/policy/decode/bplist-scan.js';

/** `objects[i]` is object i's bytes, marker first; references are one byte; object `top` is the root. */
function bplist(objects: readonly (readonly number[])[], top = 0): Buffer {
  const offsets: number[] = [];
  const body: number[] = [];
  for (const object of objects) {
    offsets.push(8 + body.length);
    body.push(...object);
  }
  const tableAt = 8 + body.length;
  const offsetSize = tableAt > 0xff ? 2 : 1;
  const table = offsets.flatMap((o) => (offsetSize === 2 ? [o >> 8, o & 0xff] : [o]));
  const u64 = (n: number) => [0, 0, 0, 0, (n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
  const trailer = [0, 0, 0, 0, 0, 0, offsetSize, 1, ...u64(objects.length), ...u64(top), ...u64(tableAt)];
  return Buffer.from([...Buffer.from('bplist00', 'latin1'), ...body, ...table, ...trailer]);
}
/** A marker with its count: in the low nibble up to 14, else 0xF and the count as a one-byte integer object (0x10). */
const counted = (type: number, n: number) => (n < 15 ? [(type << 4) | n] : [(type << 4) | 0xf, 0x10, n]);
const ascii = (text: string) => [...counted(0x5, text.length), ...Buffer.from(text, 'latin1')];
const utf16 = (text: string) => [...counted(0x6, text.length), ...Buffer.from(text, 'utf16le').swap16()];
const dict = (keys: number[], values: number[]) => [...counted(0xd, keys.length), ...keys, ...values];
const array = (refs: number[]) => [...counted(0xa, refs.length), ...refs];
const TRUE = [0x09];

const problems = (bytes: Buffer) => checkPolicyFile('org.meetingguard.app.plist', bytes, 'plist').problems.map((p) => `${p.origin}: ${p.setting ? `${p.setting}: ` : ''}${p.message}`);

describe('binary plists, built byte by byte', () => {
  // { cleanupMode: "remind", showNoticeBeforeCalls: true, cleanupMode: "off" }
  const twice = bplist([dict([1, 2, 1], [3, 4, 5]), ascii('cleanupMode'), ascii('showNoticeBeforeCalls'), ascii('remind'), TRUE, ascii('off')]);

  it('the builder writes what an independent reader reads (the plist package), which keeps the last of two keys silently', () => {
    expect(parseBinary(bplist([dict([1], [2]), ascii('cleanupMode'), ascii('remind')]))).toEqual({ cleanupMode: 'remind' });
    expect(parseBinary(twice)).toEqual({ cleanupMode: 'off', showNoticeBeforeCalls: true });
  });

  it('a key given twice is reported with its dictionary, as for JSON and XML plists', () => {
    expect(problems(twice)).toEqual(['org.meetingguard.app.plist (binary plist, top-level dictionary): cleanupMode: the key appears twice in this dictionary (keys 1 and 3): only one would count; keep one']);
    // The same key once as ASCII and once as UTF-16 is the same key to every reader.
    const mixed = bplist([dict([1, 2], [3, 4]), ascii('cleanupMode'), utf16('cleanupMode'), ascii('remind'), ascii('off')]);
    expect(problems(mixed)).toEqual([expect.stringContaining('cleanupMode: the key appears twice in this dictionary (keys 1 and 2)')]);
    expect(problems(bplist([dict([1], [2]), ascii('cleanupMode'), ascii('remind')]))).toEqual([]);
  });

  it('names the dictionary inside a profile: PayloadContent[0]', () => {
    // { PayloadContent: [ { PayloadType: "org.meetingguard.app", hideQuit: true, hideQuit: true } ] }
    const profile = bplist([dict([1], [2]), ascii('PayloadContent'), array([3]), dict([4, 5, 5], [6, 7, 7]), ascii('PayloadType'), ascii('hideQuit'), ascii('org.meetingguard.app'), TRUE]);
    const decoded = decodePlist(profile);
    expect(decoded.ok && decoded.keyProblems).toEqual([
      { where: 'binary plist, dictionary PayloadContent[0]', key: 'hideQuit', message: 'the key appears twice in this dictionary (keys 2 and 3): only one would count; keep one' },
    ]);
  });

  it('"__proto__" refuses the file and says where', () => {
    const proto = bplist([dict([1, 2], [3, 4]), ascii('cleanupMode'), ascii('__proto__'), ascii('off'), dict([5], [6]), ascii('hideQuit'), TRUE]);
    expect(decodePlist(proto)).toEqual({ ok: false, message: 'binary plist, top-level dictionary: the key "__proto__" is not a setting and cannot be read safely: remove it' });
  });

  it('objects shared over and over (a binary "billion laughs") are refused before the reader expands them', () => {
    // Array i refers to array i+1 twice: 40 arrays expand to 2^40 values for a tree reader; the last is a string.
    const objects = Array.from({ length: 40 }, (_, i) => array([i + 1, i + 1]));
    const laughs = bplist([...objects, ascii('lol')]);
    expect(laughs.length).toBeLessThan(256);
    expect(decodePlist(laughs)).toEqual({ ok: false, message: `the binary plist expands to more than ${MAX_EXPANDED_VALUES.toLocaleString('en')} values (its objects are shared many times over): not a settings file; convert it with "plutil -convert xml1 FILE" to see it` });
    // Sharing within reason is fine: one `true` both keys point at (CoreFoundation's writer stores equal values once).
    const shared = bplist([dict([1, 2], [3, 3]), ascii('showNoticeBeforeCalls'), ascii('allowSnooze'), TRUE]);
    expect(checkPolicyFile('o.plist', shared, 'plist')).toMatchObject({ problems: [], layers: { machine: { showNoticeBeforeCalls: true, allowSnooze: true } } });
  });

  it('a reference back to an enclosing object, a reference past the objects and a damaged trailer are each one message', () => {
    const cycle = bplist([dict([1], [2]), ascii('cleanupClients'), array([2])]);
    expect(decodePlist(cycle)).toMatchObject({ ok: false, message: expect.stringMatching(/^the binary plist refers back to an enclosing object \(object 2, at cleanupClients\[0\]\): it would never end/) });
    const past = bplist([dict([1], [9]), ascii('cleanupMode')]);
    expect(decodePlist(past)).toMatchObject({ ok: false, message: expect.stringMatching(/^the binary plist refers to object 9, but has 2/) });
    const trailer = Buffer.from(twice);
    trailer[trailer.length - 25] = 0; // reference size 0
    expect(decodePlist(trailer)).toMatchObject({ ok: false, message: expect.stringMatching(/^the binary plist has a damaged trailer \(offset size 1, reference size 0\)/) });
    expect(decodePlist(Buffer.from('bplist00'))).toMatchObject({ ok: false, message: expect.stringMatching(/^the binary plist is too short/) });
  });
});
