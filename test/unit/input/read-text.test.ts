import { describe, expect, it } from 'vitest';
import { describeDetected, readText } from '../../../electron/core/input/read-text.js';
import { dedent, forEachLine, positionOf } from '../../../electron/core/input/lines.js';

const what = 'the output';
const max = 1024 * 1024;
const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();

describe('readText: one way from outside bytes to text', () => {
  const text = 'Device State\r\n  AzureAdJoined : YES\r\n';

  it('decodes UTF-16 LE and BE, with and without a byte-order mark, and names what it found', () => {
    const cases: [Buffer, string][] = [
      // PowerShell 5.1's ">" and Out-File write UTF-16 LE with a mark (Microsoft Learn, about_Character_Encoding, 5.1).
      [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'read as UTF-16 LE with a byte-order mark'],
      [Buffer.from(text, 'utf16le'), 'read as UTF-16 LE'],
      [Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)]), 'read as UTF-16 BE with a byte-order mark'],
      [utf16be(text), 'read as UTF-16 BE'],
      [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'read as UTF-8 with a byte-order mark'],
    ];
    for (const [bytes, said] of cases) {
      const read = readText(bytes, { what, maxBytes: max });
      expect(read.ok && read.text, said).toBe('Device State\n  AzureAdJoined : YES\n');
      expect(describeDetected(read.detected)).toBe(said);
    }
    const plain = readText(Buffer.from(text), { what, maxBytes: max });
    expect(plain.ok && describeDetected(plain.detected)).toBeUndefined();
  });

  it('keeps non-ASCII text intact in every encoding', () => {
    const welsh = 'Hysbysiad preifatrwydd: ŵ ŷ, Ärger, 東京\n';
    expect(readText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(welsh, 'utf16le')]), { what, maxBytes: max })).toMatchObject({ ok: true, text: welsh });
    expect(readText(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(welsh)]), { what, maxBytes: max })).toMatchObject({ ok: true, text: welsh });
  });

  it('recovers UTF-16 LE that someone already read as UTF-8 (a NUL after every character)', () => {
    const misread = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]).toString('utf8');
    const read = readText(misread, { what, maxBytes: max });
    expect(read).toMatchObject({ ok: true, text: 'Device State\n  AzureAdJoined : YES\n', detected: { encoding: 'UTF-16 LE', bom: true } });
  });

  it('treats a NUL as unreadable input and says where it is', () => {
    const read = readText(Buffer.from('line one\nline\u0000two\n'), { what, maxBytes: max });
    expect(read).toMatchObject({ ok: false, message: 'the output contains a NUL character at line 2, column 5: it is binary data or damaged, not text' });
    const wide = readText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('ab\u0000c', 'utf16le')]), { what, maxBytes: max });
    expect(wide.ok || wide.message).toContain('line 1, column 3 (read as UTF-16 LE with a byte-order mark)');
  });

  it('refuses input over the limit before decoding it, with the size and the limit', () => {
    const read = readText(Buffer.alloc(3 * 1024 * 1024, 0x0a), { what, maxBytes: 1024 * 1024 });
    expect(read).toMatchObject({ ok: false, message: 'the output is 3.0 MiB, far more than it can plausibly be (the limit is 1.0 MiB): is it the right file?' });
  });

  it('normalises CRLF and lone CR line ends', () => {
    expect(readText('a\r\nb\rc\n', { what, maxBytes: max })).toMatchObject({ ok: true, text: 'a\nb\nc\n' });
  });
});

describe('dedent: indentation every line shares, as pasted from documentation or a ticket', () => {
  it('removes spaces, tabs or no-break spaces shared by all non-blank lines and keeps relative indentation', () => {
    expect(dedent('    realm.example\n      type: kerberos\n\n      configured: kerberos-member\n')).toEqual({ text: 'realm.example\n  type: kerberos\n\n  configured: kerberos-member\n', removed: 4 });
    expect(dedent('\tHKLM\\A\n\t    V    REG_SZ    x\n').text).toBe('HKLM\\A\n    V    REG_SZ    x\n');
    expect(dedent('\u00a0\u00a0a\n\u00a0\u00a0b\n').text).toBe('a\nb\n');
  });

  it('leaves text alone when one line starts at column 0', () => {
    expect(dedent('realm\n  type: kerberos\n')).toEqual({ text: 'realm\n  type: kerberos\n', removed: 0 });
  });
});

describe('line helpers', () => {
  it('forEachLine numbers lines across every line-end style and can stop early', () => {
    const seen: [string, number][] = [];
    forEachLine('a\r\nb\rc\n\nd', (line, n) => void seen.push([line, n]));
    expect(seen).toEqual([['a', 1], ['b', 2], ['c', 3], ['', 4], ['d', 5]]);
    let count = 0;
    forEachLine('x\ny\nz', () => (count++, count < 2 ? undefined : false));
    expect(count).toBe(2);
  });

  it('positionOf gives 1-based line and column', () => {
    expect(positionOf('ab\ncd\nef', 7)).toEqual({ line: 3, column: 2 });
    expect(positionOf('abc', 0)).toEqual({ line: 1, column: 1 });
  });
});
