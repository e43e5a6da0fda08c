import { dedent as removeIndent, normaliseLineEnds, positionOf } from './lines.js';

/**
 * The one way text from outside (a file, a command's output, a paste) becomes a string for a parser. Windows
 * writes UTF-16: PowerShell 5.1's `>` and `Out-File` save UTF-16 LE with a byte-order mark, regedit exports .reg
 * files the same way, and some tools emit UTF-16 without a mark. Editors add a UTF-8 byte-order mark. All of these
 * are detected and decoded; line ends become `\n`; a size limit applies; and a NUL character, which no text
 * format here contains, makes the input unreadable instead of letting it split a line or a value.
 */
export type Encoding = 'UTF-8' | 'UTF-16 LE' | 'UTF-16 BE';

export interface Detected {
  encoding: Encoding;
  bom: boolean;
}

export type TextRead =
  | { ok: true; text: string; detected: Detected; dedented: number }
  | { ok: false; message: string; detected: Detected };

export interface ReadTextOptions {
  /** Named in messages: "the dsregcmd output", "the policy file". */
  what: string;
  /** Inputs larger than this are refused before they are decoded. */
  maxBytes: number;
  /** Remove indentation every line shares (for formats that have none of their own). */
  dedent?: boolean;
}

/** "read as UTF-16 LE", for messages; undefined for plain UTF-8, which needs no mention. */
export function describeDetected(detected: Detected): string | undefined {
  if (detected.encoding === 'UTF-8' && !detected.bom) return undefined;
  return `read as ${detected.encoding}${detected.bom ? ' with a byte-order mark' : ''}`;
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(bytes >= 10 * 1024 * 1024 ? 0 : 1)} MiB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KiB`;
  return `${bytes} bytes`;
}

/** `size` undefined: a stream read only up to the limit, whose size is not known. */
export function tooLarge(what: string, size: number | undefined, maxBytes: number): string {
  if (size === undefined) return `${what} is over ${formatSize(maxBytes)}, far more than it can plausibly be: is it the right input?`;
  return `${what} is ${formatSize(size)}, far more than it can plausibly be (the limit is ${formatSize(maxBytes)}): is it the right file?`;
}

export function readText(input: Uint8Array | string, options: ReadTextOptions): TextRead {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  // The limit comes first: a huge input is refused without being decoded (the encoding named is a guess from its start).
  if (size > options.maxBytes) {
    const head = typeof input === 'string' ? fromString(input.slice(0, 4096)) : fromBytes(input.subarray(0, 4096));
    return { ok: false, message: tooLarge(options.what, size, options.maxBytes), detected: head.detected };
  }
  const decoded = typeof input === 'string' ? fromString(input) : fromBytes(input);
  const { detected } = decoded;
  const nul = decoded.text.indexOf('\u0000');
  if (nul >= 0) {
    const at = positionOf(decoded.text, nul);
    const how = describeDetected(detected);
    return {
      ok: false,
      message: `${options.what} contains a NUL character at line ${at.line}, column ${at.column}${how ? ` (${how})` : ''}: it is binary data or damaged, not text`,
      detected,
    };
  }
  const text = normaliseLineEnds(decoded.text);
  if (!options.dedent) return { ok: true, text, detected, dedented: 0 };
  const flat = removeIndent(text);
  return { ok: true, text: flat.text, detected, dedented: flat.removed };
}

/**
 * Only the decoding (encoding detected, mark removed), for a parser that reports NULs and size itself with a line
 * and column of its own (the notice parser).
 */
export function decodeText(bytes: Uint8Array): { text: string; detected: Detected } {
  return fromBytes(bytes);
}

function fromBytes(bytes: Uint8Array): { text: string; detected: Detected } {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) return { text: buffer.toString('utf8', 3), detected: { encoding: 'UTF-8', bom: true } };
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return { text: buffer.toString('utf16le', 2), detected: { encoding: 'UTF-16 LE', bom: true } };
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return { text: utf16be(buffer.subarray(2)), detected: { encoding: 'UTF-16 BE', bom: true } };
  const guess = guessUtf16(buffer);
  if (guess === 'UTF-16 LE') return { text: buffer.toString('utf16le'), detected: { encoding: guess, bom: false } };
  if (guess === 'UTF-16 BE') return { text: utf16be(buffer), detected: { encoding: guess, bom: false } };
  return { text: buffer.toString('utf8'), detected: { encoding: 'UTF-8', bom: false } };
}

function utf16be(bytes: Buffer): string {
  const copy = Buffer.from(bytes.subarray(0, bytes.length - (bytes.length % 2)));
  return copy.swap16().toString('utf16le');
}

/**
 * Text in the formats read here is mostly ASCII, so UTF-16 without a mark shows as a zero in every other byte: at odd
 * offsets for little-endian, even ones for big-endian. The first 4 KiB decide; a stray zero elsewhere is a NUL.
 */
function guessUtf16(bytes: Buffer): Encoding | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros >= pairs * 0.6 && evenZeros <= pairs * 0.05) return 'UTF-16 LE';
  if (evenZeros >= pairs * 0.6 && oddZeros <= pairs * 0.05) return 'UTF-16 BE';
  return undefined;
}

/**
 * A string has already been decoded by someone (a command runner, a test, stdin read as UTF-8). A mark at its start
 * is dropped; UTF-16 that was read as UTF-8 shows as a NUL after every character and is recovered (its ASCII part,
 * which is all these formats need; other characters were already lost to the wrong decoding).
 */
function fromString(text: string): { text: string; detected: Detected } {
  if (text.charCodeAt(0) === 0xfeff) return { text: text.slice(1), detected: { encoding: 'UTF-8', bom: true } };
  if (!text.includes('\u0000')) return { text, detected: { encoding: 'UTF-8', bom: false } };
  const lostMark = text.startsWith('\ufffd\ufffd') ? 2 : 0;
  const body = text.slice(lostMark);
  const guess = guessUtf16(Buffer.from(body.slice(0, 4096), 'latin1'));
  // eslint-disable-next-line no-control-regex -- the NUL halves of UTF-16 code units are what is removed
  if (guess === 'UTF-16 LE') return { text: body.replace(/(.)\u0000/gs, '$1'), detected: { encoding: 'UTF-16 LE', bom: lostMark > 0 } };
  // eslint-disable-next-line no-control-regex -- as above, big-endian
  if (guess === 'UTF-16 BE') return { text: body.replace(/\u0000(.)/gs, '$1'), detected: { encoding: 'UTF-16 BE', bom: lostMark > 0 } };
  return { text, detected: { encoding: 'UTF-8', bom: false } };
}
