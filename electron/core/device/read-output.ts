import { INPUT_LIMITS } from '../input/limits.js';
import { readOutputText } from '../input/read-output-text.js';
import type { Finding } from './decide.js';

/**
 * A command's output or a configuration file, through the input layer, then judged. Input that cannot be read as
 * text (too large, a NUL byte) is a decisive signal that could not be read, so the verdict is unknown, never
 * "not managed"; an encoding other than plain UTF-8 is named in the evidence ("read as UTF-16 LE").
 */
export function readOutput(
  input: string | Uint8Array,
  what: string,
  judge: (text: string) => Finding,
  source: string,
  maxBytes: number = INPUT_LIMITS.commandOutput,
): Finding {
  const read = readOutputText(input, what, maxBytes);
  if (!read.ok) return unreadableFinding(judge, read.message, source);
  const finding = judge(read.text);
  return read.how ? { ...finding, evidence: { ...finding.evidence, detail: `${finding.evidence.detail} (${read.how})` } } : finding;
}

/** Evidence for input that could not be read as text; the judge, asked about nothing, names the signal and source. */
export function unreadableFinding(judge: (text: string) => Finding, message: string, source: string): Finding {
  const shape = judge('').evidence;
  return { evidence: { signal: shape.signal, source: shape.source || source, weight: shape.weight, status: 'unavailable', detail: message } };
}
