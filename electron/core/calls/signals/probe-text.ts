import { readOutputText, type OutputText } from '../../input/read-output-text.js';
import { describeFailure, type CommandResult } from '../../ports/command-runner.js';

/**
 * A call-signal probe's result (pmset, reg query, pactl, pw-dump, PowerShell's CIM answer) as text for its parser:
 * the output through the input layer as device outputs go, or one sentence saying why there is none ("pactl is not
 * installed", "the pactl output contains a NUL character at line 3, column 9 …"). A refusal is the reason the signal
 * cannot be read this time, never "no call": the caller reports it as such.
 */
export function probeOutput(result: CommandResult, label: string, maxBytes?: number): OutputText {
  if (result.kind !== 'ok') return { ok: false, message: describeFailure(result, label) };
  return readOutputText(result.stdout, `the ${label} output`, maxBytes);
}
