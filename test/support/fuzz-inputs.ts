// The inputs the property tests and the fuzz benchmark feed every parser: a realistic sample damaged the ways real
// output gets damaged (cut short, lines lost or reordered, noise spliced in, lines repeated, line endings changed),
// saved or pasted the ways people do it (UTF-16 LE/BE with and without a byte-order mark as PowerShell 5.1 and
// regedit write, a UTF-8 mark, CRLF, indentation from a web page or ticket, a NUL), shaped to be slow (deep nesting,
// long runs of one character), plus text with no relation to the sample at all.
import fc from 'fast-check';

/** What a parser is given: text, or the bytes of a file or a pipe (decoded by the input layer). */
export type FuzzInput = string | Uint8Array;

const NOISE_UNITS = ['\n', '\r\n', '\t', ' ', '"', "'", '\\', '=', ':', '[', ']', '{', '}', '<', '>', '/', '#', '-', '0', 'x', 'é', '\u0000', '\uFEFF', '\u202E'];
/** Characters that open a nesting level or an emphasis in some format read here. */
const NESTING = ['>', '> ', '- ', '* ', '[', '{', '(', '<dict>', '<array>', '  ', '\t', '*', '_', '~', '`', '&a ', ': ', '"', '\\'];

const bom = { le: [0xff, 0xfe], be: [0xfe, 0xff], utf8: [0xef, 0xbb, 0xbf] } as const;
const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();

/** The sample as a file saved in each encoding people produce. */
export const ENCODINGS: Record<string, (text: string) => Uint8Array> = {
  'UTF-16 LE with mark': (t) => Buffer.concat([Buffer.from(bom.le), Buffer.from(t, 'utf16le')]),
  'UTF-16 LE': (t) => Buffer.from(t, 'utf16le'),
  'UTF-16 BE with mark': (t) => Buffer.concat([Buffer.from(bom.be), utf16be(t)]),
  'UTF-16 BE': (t) => utf16be(t),
  'UTF-8 with mark': (t) => Buffer.concat([Buffer.from(bom.utf8), Buffer.from(t)]),
};

function splice(sample: string): fc.Arbitrary<(insert: string) => string> {
  return fc.nat(sample.length).map((at) => (insert: string) => sample.slice(0, at) + insert + sample.slice(at));
}

function damaged(sample: string): fc.Arbitrary<string> {
  const lines = sample.split('\n');
  return fc.oneof(
    fc.nat(sample.length).map((n) => sample.slice(0, n)),
    fc.shuffledSubarray(lines).map((kept) => kept.join('\n')),
    fc.tuple(splice(sample), fc.string({ unit: 'binary', maxLength: 40 })).map(([at, noise]) => at(noise)),
    fc.tuple(splice(sample), fc.string({ unit: fc.constantFrom(...NOISE_UNITS), maxLength: 30 })).map(([at, noise]) => at(noise)),
    fc.tuple(fc.nat(Math.max(0, lines.length - 1)), fc.integer({ min: 2, max: 50 })).map(([i, times]) => [...lines.slice(0, i), ...Array<string>(times).fill(lines[i] ?? ''), ...lines.slice(i)].join('\n')),
    fc.constantFrom(sample.replace(/\r?\n/g, '\r\n'), sample.replace(/\n/g, '\r'), `\uFEFF${sample}`, sample.toUpperCase(), ''),
  );
}

/** Pasted from documentation or a ticket: every line indented alike. */
function indented(sample: string): fc.Arbitrary<string> {
  return fc.constantFrom('    ', '\t', '\u00a0\u00a0', '  > ').map((by) => sample.split('\n').map((l) => by + l).join('\n'));
}

/** Made to be slow or to exhaust the stack: one nesting or emphasis character repeated thousands of times. */
function deep(sample: string): fc.Arbitrary<string> {
  return fc.tuple(splice(sample), fc.constantFrom(...NESTING, ...NOISE_UNITS), fc.integer({ min: 100, max: 5_000 }), fc.boolean()).map(([at, unit, times, withText]) =>
    at(withText ? `${unit}a`.repeat(times) : unit.repeat(times)),
  );
}

export function mangled(sample: string): fc.Arbitrary<FuzzInput> {
  const text = fc.oneof(
    { arbitrary: damaged(sample), weight: 6 },
    { arbitrary: indented(sample), weight: 1 },
    { arbitrary: deep(sample), weight: 1 },
    { arbitrary: splice(sample).map((at) => at('\u0000')), weight: 1 },
    { arbitrary: fc.string({ unit: 'grapheme', maxLength: 300 }), weight: 1 },
    { arbitrary: fc.string({ unit: 'binary', maxLength: 300 }), weight: 1 },
    { arbitrary: fc.json({ maxDepth: 3 }), weight: 1 },
  );
  // A fifth of the inputs arrive as the bytes of a file in another encoding (the sample, or damaged/indented text).
  const encoded = fc.tuple(fc.oneof(fc.constant(sample), damaged(sample), indented(sample)), fc.constantFrom(...Object.values(ENCODINGS))).map(([t, encode]) => encode(t));
  return fc.oneof({ arbitrary: text, weight: 4 }, { arbitrary: encoded, weight: 1 });
}

/** A short, printable picture of an input for a report. */
export function showInput(input: FuzzInput): string {
  if (typeof input === 'string') return JSON.stringify(input.slice(0, 200));
  return `bytes ${Buffer.from(input.subarray(0, 60)).toString('hex')}… (${input.length} bytes)`;
}
