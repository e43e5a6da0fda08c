import { INPUT_LIMITS } from './limits.js';
import { describeDetected, readText } from './read-text.js';

/**
 * A command's output or text pasted from one (a device check, a call signal): decoded, CRLF normalised, the
 * indentation every line shares removed (text pasted from a ticket or a vendor's documentation), size-capped and
 * refused on a NUL. `how` names the encoding when it was anything but plain UTF-8 ("read as UTF-16 LE with a
 * byte-order mark"), for the caller's evidence.
 */
export type OutputText = { ok: true; text: string; how?: string } | { ok: false; message: string };

export function readOutputText(input: string | Uint8Array, what: string, maxBytes: number = INPUT_LIMITS.commandOutput): OutputText {
  const read = readText(input, { what, maxBytes, dedent: true });
  if (!read.ok) return { ok: false, message: read.message };
  const how = describeDetected(read.detected);
  return how ? { ok: true, text: read.text, how } : { ok: true, text: read.text };
}
