import { parse, parseBinary, type PlistValue } from 'plist';
import { XMLValidator } from 'fast-xml-parser';
import { PREFERENCE_DOMAIN } from '../policy-schema.js';
import { isPlainObject } from '../merge.js';
import { plistKeyProblems, type KeyProblem } from './key-problems.js';
import { readText, tooLarge } from '../../input/read-text.js';
import { scanBinaryPlist } from './bplist-scan.js';
import { INPUT_LIMITS } from '../../input/limits.js';
import { positionOf } from '../../input/lines.js';

export type Decoded<T> = { ok: true; value: T; keyProblems?: KeyProblem[] } | { ok: false; message: string };

const BINARY_MAGIC = 'bplist00';

/**
 * Reads an XML or binary plist (both are what `/Library/Managed Preferences` may hold). The XML is checked for
 * well-formedness first so a broken file is reported with its line and column instead of the parser's guess.
 */
export function decodePlist(bytes: Uint8Array): Decoded<PlistValue> {
  const head = Buffer.from(bytes.subarray(0, 8)).toString('latin1');
  if (head === BINARY_MAGIC) {
    if (bytes.byteLength > INPUT_LIMITS.policyFile) return { ok: false, message: tooLarge('the binary plist', bytes.byteLength, INPUT_LIMITS.policyFile) };
    // Its structure first: the reader would loop on a reference cycle and build a shared object once per reference.
    const scan = scanBinaryPlist(bytes);
    if (!scan.ok) return { ok: false, message: `${scan.message}; convert it with "plutil -convert xml1 FILE" to see it` };
    const proto = scan.keyProblems.find((p) => p.key === '__proto__');
    if (proto && 'where' in proto) return { ok: false, message: `${proto.where}: ${proto.message}` };
    try {
      const value = parseBinary(bytes);
      // A "__proto__" key became the prototype of its dictionary: refused, as for XML (the scan above finds it first).
      if (changedPrototype(value)) return { ok: false, message: 'the plist has a key "__proto__", which cannot be read safely: remove it' };
      return { ok: true, value, keyProblems: scan.keyProblems };
    } catch (error) {
      return { ok: false, message: `binary plist could not be read (${(error as Error).message}); convert it with "plutil -convert xml1 FILE" and check it again` };
    }
  }
  const read = readText(bytes, { what: 'the plist', maxBytes: INPUT_LIMITS.policyFile });
  if (!read.ok) return { ok: false, message: read.message };
  const xml = read.text;
  if (!xml.trimStart().startsWith('<')) {
    return { ok: false, message: 'not a plist: expected XML starting with "<?xml" or "<plist" (a signed profile must be checked before signing)' };
  }
  // An internal DTD subset declares entities, which can expand a small file to gigabytes and make the XML reader
  // print a message per problem: a plist never has one (Apple's DOCTYPE names an external DTD only).
  const subset = /<!DOCTYPE[^>[]*\[|<!ENTITY/i.exec(xml);
  if (subset) {
    const at = positionOf(xml, subset.index);
    return { ok: false, message: `the plist declares XML entities (line ${at.line}, column ${at.column}): not allowed in a plist; remove the [ … ] part of its <!DOCTYPE>` };
  }
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) {
    return { ok: false, message: `malformed XML at line ${wellFormed.err.line}, column ${wellFormed.err.col}: ${wellFormed.err.msg}` };
  }
  // A "__proto__" key refuses the whole file (the plist reader would refuse it too, without saying where).
  const keyProblems = plistKeyProblems(xml);
  const proto = keyProblems.find((p) => p.key === '__proto__');
  if (proto) return { ok: false, message: 'line' in proto ? `line ${proto.line}, column ${proto.column}: ${proto.message}` : proto.message };
  const parsed = quietly(() => parse(xml));
  if (!parsed.ok) return { ok: false, message: `not a valid plist: ${firstLine(parsed.error.message)}` };
  return { ok: true, value: parsed.value, keyProblems };
}

function changedPrototype(value: unknown, depth = 0): boolean {
  if (typeof value !== 'object' || value === null || depth > 64) return false;
  if (Array.isArray(value)) return value.some((item) => changedPrototype(item, depth + 1));
  if (value instanceof Date || Buffer.isBuffer(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return true;
  return Object.values(value).some((item) => changedPrototype(item, depth + 1));
}

/**
 * The plist package's XML reader reports to the console as it goes; in the tray app and `policy --check` that would
 * be a stream of lines on stderr for one bad file. Its messages are held back: the exception (one message) is enough.
 */
function quietly<T>(run: () => T): { ok: true; value: T } | { ok: false; error: Error } {
  const saved = { error: console.error, warn: console.warn, log: console.log };
  console.error = console.warn = console.log = () => undefined;
  try {
    return { ok: true, value: run() };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error : new Error(String(error)) };
  } finally {
    Object.assign(console, saved);
  }
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).slice(0, 200);
}

/** The profile keys Apple requires in every payload; they are not settings. */
const PAYLOAD_KEYS = /^Payload/;

/** A managed-preferences plist is a dictionary of settings at the top level (plus any Payload* bookkeeping). */
export function plistSettings(value: PlistValue): Decoded<Record<string, unknown>> {
  if (!isPlainObject(value)) return { ok: false, message: 'the plist must hold a dictionary of settings at the top level' };
  return { ok: true, value: Object.fromEntries(Object.entries(value).filter(([key]) => !PAYLOAD_KEYS.test(key))) };
}

/**
 * The settings for our preference domain in a configuration profile, whichever form the MDM wrote: a payload whose
 * PayloadType is the domain (what Jamf and our example use) or the older Custom Settings form
 * (com.apple.ManagedClient.preferences → domain → Forced → mcx_preference_settings).
 */
export function mobileconfigSettings(value: PlistValue): Decoded<Record<string, unknown>[]> {
  if (!isPlainObject(value)) return { ok: false, message: 'a profile must hold a dictionary at the top level' };
  const content = value.PayloadContent;
  if (!Array.isArray(content)) return { ok: false, message: 'the profile has no PayloadContent array' };
  const found: Record<string, unknown>[] = [];
  for (const payload of content) {
    if (!isPlainObject(payload)) continue;
    if (payload.PayloadType === PREFERENCE_DOMAIN) {
      found.push(Object.fromEntries(Object.entries(payload).filter(([key]) => !PAYLOAD_KEYS.test(key))));
    } else if (payload.PayloadType === 'com.apple.ManagedClient.preferences') {
      found.push(...customSettings(payload.PayloadContent));
    }
  }
  if (found.length === 0) {
    return { ok: false, message: `the profile has no payload for ${PREFERENCE_DOMAIN} (PayloadType must be "${PREFERENCE_DOMAIN}")` };
  }
  return { ok: true, value: found };
}

function customSettings(content: unknown): Record<string, unknown>[] {
  if (!isPlainObject(content)) return [];
  const domain = content[PREFERENCE_DOMAIN];
  if (!isPlainObject(domain) || !Array.isArray(domain.Forced)) return [];
  return domain.Forced.flatMap((entry: unknown) =>
    isPlainObject(entry) && isPlainObject(entry.mcx_preference_settings) ? [entry.mcx_preference_settings] : [],
  );
}
