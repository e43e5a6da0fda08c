import { describeFailure, type CommandRunner } from '../ports/command-runner.js';
import type { MediaProbe, MediaSignal } from './media-signal.js';
import { NOT_READ_YET, type SignalStatus } from './signals/signal-status.js';
import { CONSENT_STORE, CONSENT_STORE_MACHINE, createConsentTrust, parseConsentEntries } from './consent-store.js';
import { probeOutput } from './signals/probe-text.js';
import { INPUT_LIMITS } from '../input/limits.js';

/** Longer than this between two checks and the laptop probably slept: "in use" keys may be stale again. */
export const RESUME_GAP_MS = 5 * 60_000;

/**
 * Windows: the CapabilityAccessManager ConsentStore, per user (HKCU) and machine-wide (HKLM), read with reg.exe (no
 * privileges needed). One query per hive covers microphone and webcam; the device comes from each key's path.
 * An "in use" is believed only as `createConsentTrust` allows (stale keys after a crash or Modern Standby).
 */
export function windowsMediaProbe(run: CommandRunner, now: () => number = Date.now): MediaProbe {
  const trust = createConsentTrust(now);
  let lastCheck = now();
  let readable: string | undefined;
  let failure = NOT_READ_YET;
  return {
    status: (): SignalStatus[] =>
      (['microphone', 'camera'] as const).map((signal) =>
        readable
          ? { signal, state: 'available', detail: `the privacy ConsentStore (${readable}); an app that keeps the device open while muted still counts` }
          : { signal, state: 'unavailable', detail: failure },
      ),
    async check() {
      if (now() - lastCheck > RESUME_GAP_MS) trust.resumed();
      lastCheck = now();
      const notes: string[] = [];
      const entries = [];
      const hives: string[] = [];
      for (const [hive, key] of [['HKCU', CONSENT_STORE], ['HKLM', CONSENT_STORE_MACHINE]] as const) {
        const result = await run('reg.exe', ['query', key, '/s'], { timeoutMs: 3_000, maxBytes: INPUT_LIMITS.commandOutput });
        // HKLM has no ConsentStore on some installs: that is "nothing machine-wide", not a failure worth a note.
        if (hive === 'HKLM' && result.kind === 'exit') continue;
        // Output that is not readable text (a NUL, over the limit) is this hive unread too, never "nothing in use".
        const read = probeOutput(result, `reg query ${hive} ConsentStore`);
        if (!read.ok) {
          notes.push(read.message);
          if (hive === 'HKCU') failure = result.kind === 'ok' ? read.message : describeFailure(result, 'reg query ConsentStore');
          continue;
        }
        hives.push(hive);
        const parsed = parseConsentEntries(read.text);
        entries.push(...parsed.entries);
        notes.push(...parsed.problems.map((p) => `${hive} ConsentStore ${p}`));
      }
      readable = hives.includes('HKCU') ? hives.join(', ') : undefined;
      const { trusted, distrusted } = trust.judge(entries);
      for (const e of distrusted) notes.push(`${e.signal.appId ?? e.signal.processName ?? e.key} has been "in use" since before Meeting Guard started or the laptop resumed: not believed until Windows shows it stopped once`);
      const signals: MediaSignal[] = trusted.map((e) => e.signal);
      return { signals, notes };
    },
  };
}
