import { positionTracker } from '../../input/lines.js';
import type { InputLayerName, PolicyProblem } from '../resolve.js';

/**
 * Keys the JSON and plist readers would lose without a word: a key given twice (both parsers keep the last one) and
 * `__proto__` (which, assigned to an object, changes its prototype instead of adding a key). Found by a scan of the
 * text that takes one pass, so each is reported with its line and column.
 */
export type KeyProblem = { key: string; message: string } & (
  | { line: number; column: number }
  /** A binary plist has no lines: where names the dictionary ("binary plist, dictionary PayloadContent[0]"). */
  | { where: string }
);

/** Adds the key problems a decoder found to a policy read's problems, each at its file:line (or file and dictionary). */
export function reportKeyProblems(found: readonly KeyProblem[] | undefined, layer: InputLayerName, file: string, problems: PolicyProblem[]): void {
  for (const p of found ?? []) problems.push({ layer, origin: 'where' in p ? `${file} (${p.where})` : `${file}:${p.line}`, setting: p.key, message: p.message });
}

// JSON.parse keeps "__proto__" as an ordinary key (then reported as an unknown setting); the plist reader assigns it
// and loses it, so for plists the scan is the only place it can be seen.
function problemFor(key: string, earlier: number | undefined, at: { line: number; column: number }, reportProto: boolean): KeyProblem | undefined {
  if (key === '__proto__' && reportProto) return { ...at, key, message: 'the key "__proto__" is not a setting and cannot be read safely: remove it' };
  if (earlier !== undefined) return { ...at, key, message: `the key appears twice (first at line ${earlier}): only one would count; keep one` };
  return undefined;
}

/** Duplicate and `__proto__` keys of a JSON text that JSON.parse already accepted. */
export function jsonKeyProblems(source: string): KeyProblem[] {
  const problems: KeyProblem[] = [];
  const position = positionTracker(source);
  // One frame per open object (a map of its keys to their line) or array (undefined).
  const stack: (Map<string, number> | undefined)[] = [];
  let expectKey = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '{' || c === '[') {
      stack.push(c === '{' ? new Map() : undefined);
      expectKey = c === '{';
    } else if (c === '}' || c === ']') {
      stack.pop();
      expectKey = false;
    } else if (c === ',') expectKey = stack[stack.length - 1] !== undefined;
    else if (c === '"') {
      let end = i + 1;
      while (end < source.length && source[end] !== '"') end += source[end] === '\\' ? 2 : 1;
      const keys = stack[stack.length - 1];
      if (expectKey && keys) {
        const key = JSON.parse(source.slice(i, end + 1)) as string;
        const at = position(i);
        const problem = problemFor(key, keys.get(key), at, false);
        if (problem) problems.push(problem);
        if (!keys.has(key)) keys.set(key, at.line);
        expectKey = false;
      }
      i = end;
    }
  }
  return problems;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Duplicate and `__proto__` keys of a well-formed XML plist, dictionary by dictionary. */
export function plistKeyProblems(xml: string): KeyProblem[] {
  const problems: KeyProblem[] = [];
  const position = positionTracker(xml);
  const stack: (Map<string, number> | undefined)[] = [];
  for (let i = xml.indexOf('<'); i >= 0; i = xml.indexOf('<', i + 1)) {
    if (xml.startsWith('<!--', i)) {
      const close = xml.indexOf('-->', i + 4);
      if (close < 0) break;
      i = close + 2;
      continue;
    }
    const close = xml.indexOf('>', i);
    if (close < 0) break;
    const tag = /^<(\/?)(dict|array|key)\b[^>]*?(\/?)$/.exec(xml.slice(i, close));
    if (!tag) continue;
    const [, closing, name, selfClosing] = tag;
    if (selfClosing) continue;
    if (name === 'key' && !closing) {
      const end = xml.indexOf('</key>', close);
      if (end < 0) break;
      const key = decodeXmlText(xml.slice(close + 1, end));
      const keys = stack[stack.length - 1];
      if (keys) {
        const at = position(i);
        const problem = problemFor(key, keys.get(key), at, true);
        if (problem) problems.push(problem);
        if (!keys.has(key)) keys.set(key, at.line);
      }
      i = end;
    } else if (name !== 'key') {
      if (closing) stack.pop();
      else stack.push(name === 'dict' ? new Map() : undefined);
    }
  }
  return problems;
}
