/** Byte tables and UTF-16-aware reads shared by the matchers (text-matcher.ts, address-matcher.ts). */

export function byteSet(chars: string): Uint8Array {
  const set = new Uint8Array(256);
  for (let i = 0; i < chars.length; i++) set[chars.charCodeAt(i)] = 1;
  return set;
}

export const wordChar = byteSet('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_');
export const hexDigit = byteSet('0123456789abcdefABCDEF');

/**
 * The character at `p` when it is ASCII: the byte itself (`step` 1), or the low byte of a UTF-16LE unit whose high
 * byte is zero (`step` 2). 0 outside `[0, end)` or for a wide character beyond ASCII, and 0 is in no class.
 */
export function unit(buf: Uint8Array, p: number, end: number, step: number): number {
  if (p < 0 || p + step > end) return 0;
  return step === 1 || buf[p + 1] === 0 ? buf[p]! : 0;
}

/** An ASCII letter, or any character beyond ASCII (UTF-8 lead or continuation byte, or a wide UTF-16 unit). */
export function isLetterUnit(buf: Uint8Array, p: number, step: number): boolean {
  const b = buf[p]!;
  if (step === 2 && buf[p + 1] !== 0) return true;
  return b >= 0x80 || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a);
}
