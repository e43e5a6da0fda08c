import { isPlainObject } from '../merge.js';
import type { Decoded } from './plist-decode.js';
import { jsonKeyProblems } from './key-problems.js';
import { readText } from '../../input/read-text.js';
import { INPUT_LIMITS } from '../../input/limits.js';

/**
 * Reads a Linux policy file: one JSON object of settings, as Chrome's /etc/opt/chrome/policies/managed/*.json.
 * Syntax errors name the line and column, which JSON.parse only gives as a character offset.
 */
export function decodePolicyJson(input: Uint8Array | string): Decoded<Record<string, unknown>> {
  const read = readText(input, { what: 'the policy file', maxBytes: INPUT_LIMITS.policyFile });
  if (!read.ok) return { ok: false, message: read.message };
  const source = read.text;
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    return { ok: false, message: `not valid JSON: ${withLine((error as Error).message, source)}` };
  }
  if (!isPlainObject(value)) return { ok: false, message: 'a policy file must hold one JSON object, e.g. {"cleanupMode": "remind"}' };
  return { ok: true, value, keyProblems: jsonKeyProblems(source) };
}

function withLine(message: string, source: string): string {
  const match = /at position (\d+)/.exec(message);
  if (!match) return message;
  const position = Number(match[1]);
  const before = source.slice(0, position).split('\n');
  const line = before.length;
  const column = (before[before.length - 1]?.length ?? 0) + 1;
  return `${message.replace(/ in JSON at position \d+.*$/, '').replace(/ at position \d+.*$/, '')} at line ${line}, column ${column}`;
}
