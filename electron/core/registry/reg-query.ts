import { z } from 'zod';
import { forEachLine } from '../input/lines.js';

/**
 * Parser for the text `reg.exe query <key> /s` prints (Windows 7 to 11, unchanged):
 *
 *   HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Enrollments\{GUID}
 *       ProviderID    REG_SZ    MS DM Server
 *       EnrollmentState    REG_DWORD    0x1
 *
 * Key paths start at column 0; values are indented by four spaces, with name, type and data separated by four
 * spaces. A value name may itself contain spaces, so the line is split on the type token, not on whitespace.
 * `(Default)` is the unnamed value; REG_MULTI_SZ items are joined with the two characters `\0`.
 */

export const registryValueSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('REG_SZ'), name: z.string(), data: z.string() }),
  z.object({ type: z.literal('REG_EXPAND_SZ'), name: z.string(), data: z.string() }),
  z.object({ type: z.literal('REG_MULTI_SZ'), name: z.string(), data: z.array(z.string()) }),
  z.object({ type: z.literal('REG_DWORD'), name: z.string(), data: z.number().int().min(0).max(0xffffffff) }),
  z.object({ type: z.literal('REG_QWORD'), name: z.string(), data: z.bigint() }),
  z.object({ type: z.literal('REG_BINARY'), name: z.string(), data: z.string() }),
  z.object({ type: z.literal('REG_NONE'), name: z.string(), data: z.string() }),
]);
export type RegistryValue = z.infer<typeof registryValueSchema>;

export interface RegistryKey {
  path: string;
  values: RegistryValue[];
}

export interface RegQueryResult {
  keys: RegistryKey[];
  /** Lines that looked like values but could not be read, with their line numbers, so callers can report them. */
  problems: { line: number; text: string; reason: string }[];
}

/** Far more keys than any query this app makes returns; beyond it the rest is reported, not held in memory. */
export const MAX_REG_KEYS = 10_000;
/** Lines that could not be read are listed up to this many; the rest are counted in one last problem. */
const MAX_PROBLEMS = 100;

const HIVE = /^(HKEY_LOCAL_MACHINE|HKEY_CURRENT_USER|HKEY_USERS|HKEY_CLASSES_ROOT|HKEY_CURRENT_CONFIG|HKLM|HKCU|HKU|HKCR|HKCC)(\\|$)/i;
const VALUE_LINE = /^ {4}(.*?) {4}(REG_[A-Z_]+)(?: {4}(.*))?$/;

export function parseRegQuery(text: string): RegQueryResult {
  const keys: RegistryKey[] = [];
  const problems: RegQueryResult['problems'] = [];
  let current: RegistryKey | undefined;
  let unlisted = 0;
  const report = (problem: RegQueryResult['problems'][number]) => (problems.length < MAX_PROBLEMS ? problems.push(problem) : unlisted++);
  forEachLine(text.replace(/^\uFEFF/, ''), (raw, number) => {
    const index = number - 1;
    const line = raw.trimEnd();
    if (line === '' || /^End of search:/i.test(line)) return;
    if (HIVE.test(line)) {
      if (keys.length >= MAX_REG_KEYS) {
        problems.push({ line: index + 1, text: line.slice(0, 120), reason: `more than ${MAX_REG_KEYS} keys: the rest of the output is not read` });
        return false;
      }
      current = { path: line, values: [] };
      keys.push(current);
      return;
    }
    const match = VALUE_LINE.exec(line);
    if (!match) {
      report({ line: index + 1, text: line.slice(0, 120), reason: 'not a registry key or value line' });
      return;
    }
    if (!current) {
      report({ line: index + 1, text: line.slice(0, 120), reason: 'value before any key' });
      return;
    }
    const [, rawName = '', type = '', data = ''] = match;
    const parsed = toValue(rawName === '(Default)' ? '' : rawName, type, data);
    if (parsed.ok) current.values.push(parsed.value);
    else report({ line: index + 1, text: line.slice(0, 120), reason: parsed.reason });
  });
  if (unlisted > 0) problems.push({ line: problems[problems.length - 1]?.line ?? 1, text: '', reason: `and ${unlisted} more lines that could not be read` });
  return { keys, problems };
}

function toValue(name: string, type: string, data: string): { ok: true; value: RegistryValue } | { ok: false; reason: string } {
  switch (type) {
    case 'REG_SZ':
    case 'REG_EXPAND_SZ':
    case 'REG_BINARY':
    case 'REG_NONE':
      return { ok: true, value: { type, name, data } };
    case 'REG_MULTI_SZ':
      return { ok: true, value: { type, name, data: data === '' ? [] : data.split('\\0').filter((s, i, all) => s !== '' || i < all.length - 1) } };
    case 'REG_DWORD': {
      if (!/^0x[0-9a-f]{1,8}$/i.test(data)) return { ok: false, reason: `REG_DWORD data "${data}" is not a hexadecimal number` };
      return { ok: true, value: { type, name, data: Number.parseInt(data, 16) } };
    }
    case 'REG_QWORD': {
      if (!/^0x[0-9a-f]{1,16}$/i.test(data)) return { ok: false, reason: `REG_QWORD data "${data}" is not a hexadecimal number` };
      return { ok: true, value: { type, name, data: BigInt(data) } };
    }
    default:
      return { ok: false, reason: `unknown registry type ${type}` };
  }
}

/** The last path component of a key, e.g. the GUID of an enrolment. */
export function keyLeaf(path: string): string {
  return path.slice(path.lastIndexOf('\\') + 1);
}

export function valueOf(key: RegistryKey, name: string): RegistryValue | undefined {
  const lower = name.toLowerCase();
  return key.values.find((v) => v.name.toLowerCase() === lower);
}
