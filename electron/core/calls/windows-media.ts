import { describeFailure, type CommandRunner } from '../ports/command-runner.js';
import type { MediaProbe } from './media-signal.js';
import { CONSENT_STORE, parseConsentStore } from './consent-store.js';

/** Windows: the per-user CapabilityAccessManager ConsentStore, read with reg.exe (no privileges needed). */
export function windowsMediaProbe(run: CommandRunner): MediaProbe {
  return {
    async check() {
      const notes: string[] = [];
      const signals = [];
      for (const [subkey, device] of [['microphone', 'microphone'], ['webcam', 'camera']] as const) {
        const result = await run('reg.exe', ['query', `${CONSENT_STORE}\\${subkey}`, '/s'], { timeoutMs: 3_000 });
        if (result.kind !== 'ok') {
          notes.push(describeFailure(result, `reg query ConsentStore\\${subkey}`));
          continue;
        }
        const parsed = parseConsentStore(result.stdout, device);
        signals.push(...parsed.signals);
        notes.push(...parsed.problems.map((p) => `ConsentStore\\${subkey} ${p}`));
      }
      return { signals, notes };
    },
  };
}
