import type { CommandRunner } from '../ports/command-runner.js';
import type { MediaProbe } from './media-signal.js';
import { judgePmsetAssertions } from './signals/pmset-assertions.js';
import { NOT_READ_YET, type SignalStatus } from './signals/signal-status.js';
import { probeOutput } from './signals/probe-text.js';

/** A busy Mac lists a few dozen assertions (a few KB); far more is not pmset's answer. */
const PMSET_MAX_BYTES = 1024 * 1024;

const AVAILABLE: SignalStatus[] = [
  { signal: 'microphone', state: 'available', detail: "pmset -g assertions: coreaudiod's assertion for the app using it" },
  { signal: 'camera', state: 'available', detail: 'pmset -g assertions: cameracaptured (macOS does not say which app)' },
  { signal: 'screen', state: 'available', detail: 'pmset -g assertions and the process list: screencapture' },
  { signal: 'call-state', state: 'available', detail: 'pmset -g assertions: FaceTime, Webex, Zoom and WebRTC calls in browsers and Teams' },
];

/**
 * macOS without a native helper: `pmset -g assertions` (any user, no prompt, about 10 ms) tells who uses the
 * microphone, that the camera runs, and which apps declare a call. CoreAudio's "running somewhere" would need code
 * of our own in the app bundle.
 */
export function macosMediaProbe(run: CommandRunner): MediaProbe {
  let status: SignalStatus[] = AVAILABLE.map((s) => ({ ...s, state: 'unavailable', detail: NOT_READ_YET }));
  return {
    async check() {
      const result = await run('/usr/bin/pmset', ['-g', 'assertions'], { timeoutMs: 2_000, maxBytes: PMSET_MAX_BYTES });
      // Output that is not readable text (a NUL, over the limit) is as unusable as no output: said, never "no call".
      const read = probeOutput(result, 'pmset -g assertions', PMSET_MAX_BYTES);
      if (!read.ok) {
        const why = read.message;
        status = AVAILABLE.map((s) => ({ signal: s.signal, state: 'unavailable', detail: `${why}; relying on the process list` }));
        return { signals: [], notes: [why] };
      }
      status = AVAILABLE;
      return { signals: judgePmsetAssertions(read.text).signals, notes: [] };
    },
    status: () => status,
  };
}
