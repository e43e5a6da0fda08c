import type { MediaSignal } from './media-signal.js';

/**
 * Parser for `pactl list source-outputs` (PulseAudio 15+ and pipewire-pulse print the same text; we run it with
 * LC_ALL=C so the headings are English). Each capture stream is a block "Source Output #N" whose `Properties:` list
 * `key = "value"` lines, among them application.name, application.process.id and application.process.binary.
 */
export function parsePactlSourceOutputs(text: string): MediaSignal[] {
  const signals: MediaSignal[] = [];
  for (const block of text.split(/^(?=Source Output #\d+)/m)) {
    if (!block.startsWith('Source Output #')) continue;
    const props = new Map<string, string>();
    // [ \t], not \s: with the m flag \s would also take line breaks, and a run of blank lines was scanned once per line.
    for (const match of block.matchAll(/^[ \t]+([a-z][\w.-]*) = "((?:[^"\\]|\\.)*)"[ \t]*$/gm)) {
      if (match[1] && match[2] !== undefined) props.set(match[1], match[2].replace(/\\(.)/g, '$1'));
    }
    // A peak-meter or a monitor of the speakers is not someone listening to the microphone.
    if (props.get('stream.monitor') === 'true' || props.get('media.role') === 'phone-monitor') continue;
    const pid = Number(props.get('application.process.id'));
    const signal: MediaSignal = { device: 'microphone', source: 'pactl list source-outputs' };
    if (Number.isInteger(pid) && pid > 0) signal.pid = pid;
    const binary = props.get('application.process.binary');
    if (binary) signal.processName = binary;
    const label = props.get('application.name') ?? props.get('media.name');
    if (label) signal.label = label;
    if (signal.pid !== undefined || signal.processName || signal.label) signals.push(signal);
  }
  return signals;
}
