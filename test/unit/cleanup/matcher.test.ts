import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDir } from '../../support/temp.js';
import { FindingsTally } from '../../../electron/core/cleanup/findings.js';
import { scanFileStream } from '../../../electron/core/cleanup/stream-scan.js';
import { findMatches, matchText } from '../../../electron/core/cleanup/text-matcher.js';
import { maskEmail, maskIpv4, maskIpv6, maskName } from '../../../electron/core/cleanup/mask.js';
import { zoomLog } from './homes.js';

async function scanText(text: string | Buffer, chunkBytes?: number, blocking = false) {
  const dir = await tempDir();
  const file = join(dir, 'f.log');
  await writeFile(file, text);
  const tally = new FindingsTally();
  await scanFileStream(file, tally, { chunkBytes, blocking });
  return tally.toJSON();
}

describe('masking', () => {
  it('keeps enough to recognise and no more', () => {
    expect(maskEmail('jane.doe@Example.org')).toBe('j***@example.org');
    expect(maskIpv4('192.0.2.44')).toBe('192.0.2.x');
    expect(maskIpv6('2001:db8:85a3::8a2e:370:7334')).toBe('2001:db8:85a3:x:x:x:x:x');
    expect(maskName('Jane Doe')).toBe('J***');
  });
});

describe('text matcher', () => {
  it('finds e-mail, IPv4 and IPv6 in a client log and ignores timestamps, C++ scopes and version numbers', async () => {
    const f = await scanText(zoomLog);
    expect(f.emails).toEqual({ count: 1, previews: ['j***@example.org'] });
    expect(f.ipv4).toEqual({ count: 1, previews: ['192.0.2.x'] });
    expect(f.ipv6).toEqual({ count: 1, previews: ['2001:db8:85a3:x:x:x:x:x'] });
  });

  it('never lets an unmasked value into the result', async () => {
    const json = JSON.stringify(await scanText(zoomLog));
    expect(json).not.toContain('jane.doe');
    expect(json).not.toContain('192.0.2.44');
    expect(json).not.toContain('7334');
  });

  it('counts each match once when it straddles a chunk edge', async () => {
    const line = 'x'.repeat(37) + ' user bob.jones@example.net from 198.51.100.23\n';
    const text = line.repeat(500);
    const small = await scanText(text, 64);
    const large = await scanText(text);
    expect(large.emails.count).toBe(500);
    expect(small.emails.count).toBe(500);
    expect(small.ipv4.count).toBe(500);
    // Read as a scanning thread reads (blocking, each chunk straight into the window): the same, previews too.
    expect(await scanText(text, 64, true)).toEqual(small);
    expect(await scanText(text, 1000, true)).toEqual(small);
    expect(await scanText(text, undefined, true)).toEqual(large);
  });

  it('keeps each kind apart where matches of two kinds overlap, at every chunk size', async () => {
    // A dotted quad that is also the start of an e-mail address, an address inside a name's value, a MAC inside IPv6.
    const line = 'peer 192.0.2.1@example.org display_name: bob@example.org fe80::a4:83:e7:12:34:56 x\n';
    const text = Buffer.from(line.repeat(200));
    const whole: Record<string, number> = {};
    findMatches(text, text.length, { found: (kind) => void (whole[kind] = (whole[kind] ?? 0) + 1) });
    expect(Object.keys(whole).length).toBeGreaterThanOrEqual(3);
    for (const [chunk, blocking] of [[64, false], [64, true], [1000, true], [undefined, true]] as const) {
      const counts = Object.fromEntries(Object.entries(await scanText(text, chunk, blocking)).map(([k, v]) => [k, v.count]).filter(([, n]) => n !== 0));
      expect(counts).toEqual(whole);
    }
  });

  it('reads account names from JSON and ini files and UTF-16 e-mails from Chromium storage', async () => {
    const f = await scanText('{"displayName":"Jane Doe","userName": "jdoe"}\nscreen_name=Sam\n');
    expect(f.accountNames.count).toBe(3);
    const wide = await scanText(Buffer.concat([Buffer.from([1, 0]), Buffer.from('mail=sam.smith@example.com;', 'utf16le')]));
    expect(wide.emails.previews).toEqual(['s***@example.com']);
  });

  it('tells IPv4 addresses from version numbers, decimals and zero-padded numbers', async () => {
    const f = await scanText('ok 192.0.2.1. then 1234.1.1.1 and 5.6.7.8.9 and 192.168.001.1 and 3.14 and 256.1.1.1\n');
    expect(f.ipv4).toEqual({ count: 1, previews: ['192.0.2.x'] });
  });

  it('skips loopback and unspecified addresses', async () => {
    const f = await scanText('bind 127.0.0.1 and 0.0.0.0 and ::1\n');
    expect(f.ipv4.count + f.ipv6.count).toBe(0);
  });
});

describe('kinds whose previews are done are counted in the engine', () => {
  it('keeps the same counts and previews as telling every match, and tells far fewer', () => {
    // A log where each kind recurs thousands of times, with a new value every few lines: previews come from the
    // first matches, the counts from all of them.
    const lines = Array.from({ length: 3000 }, (_, i) => `user u${i % 7}@example.org display_name=P${i % 3} from 192.0.2.${i % 9} fe80::${i % 5}:1 ${(i % 4).toString(16).padStart(2, '0')}:22:fb:0a:1b:2c\n`);
    const buf = Buffer.from(lines.join(''));
    const every = new FindingsTally();
    let told = 0;
    findMatches(buf, buf.length, { found: (kind, start, end, wide) => (told++, every.add(kind, matchText(buf, start, end, wide))) });
    const tally = new FindingsTally();
    let toldOne = 0;
    findMatches(buf, buf.length, {
      found: (kind, start, end, wide) => {
        toldOne++;
        if (tally.count(kind)) tally.preview(kind, matchText(buf, start, end, wide));
      },
      toTell: (tell) => tally.toTell(tell),
      counted: (kind, n) => tally.countMore(kind, n),
    });
    expect(told).toBeGreaterThan(5 * 3000 - 1);
    expect(tally.toJSON()).toEqual(every.toJSON());
    expect(tally.total).toBe(told);
    expect(toldOne).toBeLessThan(told / 5);
  });
});

describe('chunking never changes the result', () => {
  const token = fc.constantFrom(
    'jane.doe@example.org', 'a@b.co', '192.0.2.44', '1.2.3.4.5', '10.0.0.1', '2001:db8::7334', 'fe80::1:2', 'Foo::Bar',
    '10:11:12.345', '"displayName":"Jane Doe"', 'user_name=Sam', 'x'.repeat(70) + '@example.net', '999.1.1.1', ' ', '\n', ',', '.', ':', '@',
  );
  it('does not mistake the tail of a version number cut by a chunk edge for an address', async () => {
    const text = Array.from({ length: 3000 }, (_, i) => `v1.${i % 7}.2.3.4 `).join('');
    for (const chunk of [16, 17, 100, 333]) expect((await scanText(text, chunk)).ipv4.count).toBe(0);
  });

  it('counts the same for any chunk size (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(token, { maxLength: 400 }), fc.integer({ min: 16, max: 2048 }), async (tokens, chunk) => {
        const text = tokens.join('');
        const whole = await scanText(text);
        const chunked = await scanText(text, chunk);
        expect(chunked).toEqual(whole);
      }),
      { numRuns: 60 },
    );
  });
});
