import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMatches, type MatchSink } from '../../../electron/core/cleanup/text-matcher.js';
import { referenceFindMatches } from '../../support/reference-matcher/text-matcher.js';
import { SAMPLE_LINES } from '../../support/reference-matcher/sample-lines.js';
import { findingKinds } from '../../../electron/core/cleanup/findings.js';
import { jsonDocument, logLine, utf16Log, zoomConf } from '../../../bench/corpus/text.mjs';
import { cacheEntry, leveldbLog, leveldbTable } from '../../../bench/corpus/binary.mjs';
import { prng, values } from '../../../bench/corpus/values.mjs';

type Found = [string, number, number, boolean];

function run(find: (buf: Uint8Array, end: number, sink: MatchSink) => void, buf: Uint8Array, end: number): Found[] {
  const out: Found[] = [];
  find(buf, end, { found: (kind, start, stop, wide) => out.push([kind, start, stop, wide]) });
  return out;
}

/** The engine and the reference give the same calls, in the same order, over `buf[0, end)`. */
function same(buf: Uint8Array, end = buf.length): Found[] {
  const engine = run(findMatches, buf, end);
  expect(engine).toEqual(run(referenceFindMatches, buf, end));
  return engine;
}

// Pieces that sit near every rule's edge: anchors, hex runs, digits and dots, the keys of account names, keyword
// values, quotes and separators, zero bytes (UTF-16 look-alikes), bytes beyond ASCII.
const pieces = [
  '@', '.', ':', '-', '::', 'm', 'M', 'name', 'Name', 'NAME', '_name', ' name', '-name', 'display', 'user', 'screen', 'real', 'first', 'principal',
  '=', ': ', '"', "'", ' ', '\n', ',', ';', '<', '>', '{', '}', 'null', 'True', 'NONE', 'undefined', 'a', 'b.c', 'x@', '@y.zz', 'example.org',
  '1', '12', '127', '255', '256', '0', '010', '192.0.2.', 'fe80', 'ff', 'a4', '2001:db8', 'ffff', '00', '\u0000', '\u0001', 'é', 'Zoë', '𝄞',
  'f.1.2.3.4', '1.2.3.4.', '12:34:56', 'ab-cd-ef-01-23-45', 'a4:83:e7:12:34:56', '::1', 'e.1',
];
const narrowPiece = fc.constantFrom(...pieces);
const text = fc.array(narrowPiece, { maxLength: 120 }).map((parts) => parts.join(''));

describe('the WebAssembly matcher against the reference JavaScript matcher', () => {
  it('gives the same matches on generated text near every rule\'s edges, as UTF-8 and as UTF-16LE', () => {
    fc.assert(
      fc.property(text, (s) => {
        same(Buffer.from(s, 'utf8'));
        same(Buffer.from(s, 'utf16le'));
        // UTF-16 starting on an odd byte, as a cell or a chunk may.
        same(Buffer.concat([Buffer.from([0x41]), Buffer.from(s, 'utf16le')]));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the same matches on random bytes weighted towards anchors, hex digits and zero bytes', () => {
    const weighted = fc.uint8Array({ maxLength: 400 }).map((raw) => Uint8Array.from(raw, (b) => (b < 160 ? b : ':.-@m0a9fF\u0000 e"='.charCodeAt(b % 17))));
    fc.assert(fc.property(weighted, (buf) => void same(buf)), { numRuns: 3000 });
  });

  it('gives the same matches wherever a window ends, including inside a match, over lines holding every kind and its near misses', () => {
    const line = Buffer.from(`${SAMPLE_LINES.join('\n')}\n${SAMPLE_LINES.join('\r\n')}`, 'utf8');
    const wide = Buffer.from(SAMPLE_LINES.join('\r\n'), 'utf16le');
    for (const buf of [line, wide]) for (let end = 0; end <= buf.length; end++) same(buf, end);
    for (const buf of [line, wide]) expect(new Set(same(buf).map(([kind]) => kind))).toEqual(new Set(findingKinds));
  });

  it('gives the same matches on text and files shaped like the bench corpus (logs, JSON, Zoom settings, UTF-16 logs, cache, LevelDB)', () => {
    const rand = prng(7);
    const v = values(rand);
    const clock = { ms: Date.UTC(2024, 4, 2) };
    const lines = (style: 'zoom' | 'slack' | 'electron') => Array.from({ length: 400 }, () => logLine(rand, v, style, clock)).join('\n');
    const shapes = [
      Buffer.from(lines('zoom')), Buffer.from(lines('slack')), Buffer.from(lines('electron')),
      Buffer.from(jsonDocument(rand, v, 'settings', 40_000)), Buffer.from(jsonDocument(rand, v, 'storage', 40_000)), Buffer.from(zoomConf(rand, v)),
      utf16Log(lines('electron')), cacheEntry(rand, v, 30_000), leveldbLog(rand, v, 30_000), leveldbTable(rand, v, 30_000),
    ];
    const found = shapes.flatMap((buf) => same(buf));
    // The shapes hold matches of every kind, in both encodings: a comparison over nothing would prove nothing.
    expect(new Set(found.map(([kind, , , wide]) => `${kind}${wide ? ' wide' : ''}`)).size).toBeGreaterThanOrEqual(8);
    expect(found.length).toBeGreaterThan(1000);
  });

  it('hands over more matches than its results array holds in one call, in order', () => {
    const buf = Buffer.from('a@b.cd '.repeat(10_000));
    const found = same(buf);
    expect(found).toHaveLength(10_000);
    expect(found[9_999]).toEqual(['emails', 69_993, 69_999, false]);
  });

  it('takes inputs larger than its memory at start (a long database cell), and small ones after', () => {
    const big = Buffer.alloc(5 * 1024 * 1024, 'x');
    big.write(' 198.51.100.7 ', 4 * 1024 * 1024);
    expect(same(big)).toEqual([['ipv4', 4 * 1024 * 1024 + 1, 4 * 1024 * 1024 + 13, false]]);
    expect(same(Buffer.from(' 203.0.113.9'))).toEqual([['ipv4', 1, 12, false]]);
  });
});
