// The inputs the property tests and the fuzz benchmark feed every parser: a realistic sample damaged the ways real
// output gets damaged (cut short, lines lost or reordered, noise spliced in, lines repeated, line endings changed),
// plus text with no relation to the sample at all.
import fc from 'fast-check';

const NOISE_UNITS = ['\n', '\r\n', '\t', ' ', '"', "'", '\\', '=', ':', '[', ']', '{', '}', '<', '>', '/', '#', '-', '0', 'x', 'é', '\u0000', '\uFEFF', '\u202E'];

export function mangled(sample: string): fc.Arbitrary<string> {
  const lines = sample.split('\n');
  return fc.oneof(
    fc.nat(sample.length).map((n) => sample.slice(0, n)),
    fc.shuffledSubarray(lines).map((kept) => kept.join('\n')),
    fc.tuple(fc.nat(sample.length), fc.string({ unit: 'binary', maxLength: 40 })).map(([at, noise]) => sample.slice(0, at) + noise + sample.slice(at)),
    fc.tuple(fc.nat(sample.length), fc.string({ unit: fc.constantFrom(...NOISE_UNITS), maxLength: 30 })).map(([at, noise]) => sample.slice(0, at) + noise + sample.slice(at)),
    fc.tuple(fc.nat(Math.max(0, lines.length - 1)), fc.integer({ min: 2, max: 50 })).map(([i, times]) => [...lines.slice(0, i), ...Array<string>(times).fill(lines[i] ?? ''), ...lines.slice(i)].join('\n')),
    fc.constantFrom(sample.replace(/\r?\n/g, '\r\n'), sample.replace(/\n/g, '\r'), `\uFEFF${sample}`, sample.toUpperCase(), ''),
    fc.string({ unit: 'grapheme', maxLength: 300 }),
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.json({ maxDepth: 3 }),
  );
}
