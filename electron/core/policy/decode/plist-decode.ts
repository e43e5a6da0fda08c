import { parse, parseBinary, type PlistValue } from 'plist';
import { XMLValidator } from 'fast-xml-parser';
import { PREFERENCE_DOMAIN } from '../policy-schema.js';
import { isPlainObject } from '../merge.js';

export type Decoded<T> = { ok: true; value: T } | { ok: false; message: string };

const BINARY_MAGIC = 'bplist00';

/**
 * Reads an XML or binary plist (both are what `/Library/Managed Preferences` may hold). The XML is checked for
 * well-formedness first so a broken file is reported with its line and column instead of the parser's guess.
 */
export function decodePlist(bytes: Uint8Array): Decoded<PlistValue> {
  const head = Buffer.from(bytes.subarray(0, 8)).toString('latin1');
  if (head === BINARY_MAGIC) {
    try {
      return { ok: true, value: parseBinary(bytes) };
    } catch (error) {
      return { ok: false, message: `binary plist could not be read (${(error as Error).message}); convert it with "plutil -convert xml1 FILE" and check it again` };
    }
  }
  const xml = Buffer.from(bytes).toString('utf8').replace(/^\uFEFF/, '');
  if (!xml.trimStart().startsWith('<')) {
    return { ok: false, message: 'not a plist: expected XML starting with "<?xml" or "<plist" (a signed profile must be checked before signing)' };
  }
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) {
    return { ok: false, message: `malformed XML at line ${wellFormed.err.line}, column ${wellFormed.err.col}: ${wellFormed.err.msg}` };
  }
  try {
    return { ok: true, value: parse(xml) };
  } catch (error) {
    return { ok: false, message: `not a valid plist: ${(error as Error).message}` };
  }
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
