import { INPUT_LIMITS } from '../../input/limits.js';
import { describeDetected, readText } from '../../input/read-text.js';
import { describeFailure, type CommandResult } from '../../ports/command-runner.js';

/**
 * A call-signal probe's output (pmset, reg query, pactl, pw-dump, PowerShell's CIM answer, a Teams log), live or
 * pasted, through the input layer as device outputs go: UTF-16 and byte-order marks decoded, CRLF normalised,
 * indentation every line shares removed (text pasted from a ticket), a size limit and a NUL refused. A refusal is
 * the reason the signal cannot be read this time, never "no call": the caller reports it as such.
 */
export type ProbeText = { ok: true; text: string; how?: string } | { ok: false; message: string };

export function readProbeText(input: string | Uint8Array, what: string, maxBytes: number = INPUT_LIMITS.commandOutput): ProbeText {
  const read = readText(input, { what, maxBytes, dedent: true });
  if (!read.ok) return { ok: false, message: read.message };
  // "read as UTF-16 LE with a byte-order mark", only when the output was anything but plain UTF-8.
  const how = describeDetected(read.detected);
  return how ? { ok: true, text: read.text, how } : { ok: true, text: read.text };
}

/**
 * A probe command's result as text for its parser: the output through the input layer, or one sentence saying why
 * there is none ("pactl is not installed", "the pactl output contains a NUL character at line 3, column 9 …").
 */
export function probeOutput(result: CommandResult, label: string, maxBytes?: number): ProbeText {
  if (result.kind !== 'ok') return { ok: false, message: describeFailure(result, label) };
  return readProbeText(result.stdout, `the ${label} output`, maxBytes);
}
