import type { RegistryKey, RegistryValue } from '../../registry/reg-query.js';
import { forEachLine } from '../../input/lines.js';

/**
 * Parser for the `.reg` files regedit exports and IT edits by hand ("Windows Registry Editor Version 5.00",
 * UTF-16LE with a byte-order mark, or REGEDIT4 in ANSI). It reads the forms regedit writes:
 *
 *   [HKEY_LOCAL_MACHINE\SOFTWARE\Policies\Vendor\App]
 *   "Name"="text with \"quotes\" and \\ backslashes"
 *   "Count"=dword:0000000a
 *   "Items"=hex(7):61,00,00,00,00,00        REG_MULTI_SZ, UTF-16LE, lines may continue with "\"
 *   "Path"=hex(2):…                          REG_EXPAND_SZ
 *   @="default value"                        "Name"=- deletes a value, [-KEY] deletes a key
 */
export interface RegFile {
  keys: RegistryKey[];
  problems: { line: number; message: string }[];
}

/** Parses the text of a .reg file; its bytes are decoded (UTF-16 LE with a mark, as regedit writes) by the input layer. */
export function parseRegFile(text: string): RegFile {
  const keys: RegistryKey[] = [];
  const problems: RegFile['problems'] = [];
  let current: RegistryKey | undefined;
  const lines = logicalLines(text);
  const header = lines[0]?.text.trim() ?? '';
  if (header !== 'Windows Registry Editor Version 5.00' && header !== 'REGEDIT4') {
    problems.push({ line: 1, message: 'first line must be "Windows Registry Editor Version 5.00" (or REGEDIT4)' });
  }
  for (const { line, text: raw } of lines.slice(1)) {
    const entry = raw.trim();
    if (entry === '' || entry.startsWith(';')) continue;
    const keyMatch = /^\[(-?)(.+)\]$/.exec(entry);
    if (keyMatch) {
      if (keyMatch[1] === '-') {
        problems.push({ line, message: `deletes the key ${keyMatch[2]}; a policy file should only set values` });
        current = undefined;
      } else {
        current = { path: keyMatch[2] ?? '', values: [] };
        keys.push(current);
      }
      continue;
    }
    const valueMatch = /^(@|"(?:[^"\\]|\\.)*")=(.*)$/.exec(entry);
    if (!valueMatch) {
      problems.push({ line, message: `not a key or value line: ${entry.slice(0, 80)}` });
      continue;
    }
    if (!current) {
      problems.push({ line, message: 'value before any [key] line' });
      continue;
    }
    const name = valueMatch[1] === '@' ? '' : unquote(valueMatch[1] ?? '""');
    const parsed = parseData(name, valueMatch[2] ?? '');
    if ('message' in parsed) problems.push({ line, message: `value "${name}": ${parsed.message}` });
    else current.values.push(parsed);
  }
  return { keys, problems };
}

/**
 * Joins continuation lines (ending in "\\") and remembers where each logical line started. Pieces are collected and
 * joined once, and whether the line is hex data is decided on its first piece, so 64k continuation lines cost 64k
 * steps, not 64k joins of an ever longer string.
 */
function logicalLines(text: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  let pending: { line: number; pieces: string[] } | undefined;
  forEachLine(text, (raw, number) => {
    const piece = pending ? raw.trimStart() : raw;
    const isHex = pending !== undefined || /=\s*hex/i.test(piece);
    if (isHex && piece.endsWith('\\')) {
      if (pending) pending.pieces.push(piece.slice(0, -1));
      else pending = { line: number, pieces: [piece.slice(0, -1)] };
      return;
    }
    if (pending) {
      pending.pieces.push(piece);
      out.push({ line: pending.line, text: pending.pieces.join('') });
      pending = undefined;
    } else out.push({ line: number, text: piece });
  });
  if (pending) out.push({ line: pending.line, text: pending.pieces.join('') });
  return out;
}

function unquote(quoted: string): string {
  return quoted.slice(1, -1).replace(/\\(.)/g, '$1');
}

function parseData(name: string, data: string): RegistryValue | { message: string } {
  if (data === '-') return { message: 'deletes the value; a policy file should only set values' };
  if (data.startsWith('"')) {
    if (!/^"(?:[^"\\]|\\.)*"$/.test(data)) return { message: 'text is not closed by a double quote' };
    return { type: 'REG_SZ', name, data: unquote(data) };
  }
  const dword = /^dword:([0-9a-f]{8})$/i.exec(data);
  if (dword) return { type: 'REG_DWORD', name, data: Number.parseInt(dword[1] ?? '0', 16) };
  if (/^dword:/i.test(data)) return { message: `dword must be 8 hexadecimal digits, e.g. dword:00000001, not ${data}` };
  const hex = /^hex(?:\(([0-9a-f]+)\))?:([0-9a-f,\s]*)$/i.exec(data);
  if (!hex) return { message: `unrecognised data: ${data.slice(0, 60)}` };
  const bytes = Buffer.from((hex[2] ?? '').split(',').map((b) => b.trim()).filter((b) => b !== '').map((b) => Number.parseInt(b, 16)));
  switch ((hex[1] ?? '3').toLowerCase()) {
    case '7':
      return { type: 'REG_MULTI_SZ', name, data: utf16(bytes).split('\u0000').filter((s) => s !== '') };
    case '2':
      return { type: 'REG_EXPAND_SZ', name, data: trimNul(utf16(bytes)) };
    case '1':
      return { type: 'REG_SZ', name, data: trimNul(utf16(bytes)) };
    case '4':
      return bytes.length === 4 ? { type: 'REG_DWORD', name, data: bytes.readUInt32LE(0) } : { message: 'hex(4) must be 4 bytes' };
    case 'b':
      return bytes.length === 8 ? { type: 'REG_QWORD', name, data: bytes.readBigUInt64LE(0) } : { message: 'hex(b) must be 8 bytes' };
    default:
      return { type: 'REG_BINARY', name, data: bytes.toString('hex') };
  }
}

function utf16(bytes: Buffer): string {
  return bytes.toString('utf16le');
}

/** Registry strings end with a NUL character that is not part of the text. */
function trimNul(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0) end--;
  return text.slice(0, end);
}
