import { keyLeaf, parseRegQuery, valueOf } from '../registry/reg-query.js';
import type { MediaSignal } from './media-signal.js';

export const CONSENT_STORE = 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore';

/**
 * Reads `reg query <ConsentStore>\microphone /s` (or `\webcam`). Windows keeps one subkey per app that used the
 * device: packaged apps by package family name, desktop apps under `NonPackaged\<path with # for \>`. An app has
 * the device open right now when `LastUsedTimeStart` is set and `LastUsedTimeStop` is 0.
 */
export function parseConsentStore(text: string, device: 'microphone' | 'camera'): { signals: MediaSignal[]; problems: string[] } {
  const parsed = parseRegQuery(text);
  const signals: MediaSignal[] = [];
  for (const key of parsed.keys) {
    const start = valueOf(key, 'LastUsedTimeStart');
    const stop = valueOf(key, 'LastUsedTimeStop');
    if (start?.type !== 'REG_QWORD' || stop?.type !== 'REG_QWORD') continue;
    if (start.data === 0n || stop.data !== 0n) continue;
    const leaf = keyLeaf(key.path);
    // A key path cut short ("...\\") names no app: there is nothing to warn about by name.
    if (leaf === '' || leaf.replace(/#/g, '') === '') continue;
    const nonPackaged = /\\NonPackaged\\[^\\]+$/i.test(key.path);
    const signal: MediaSignal = { device, source: `registry ${device === 'camera' ? 'webcam' : 'microphone'} ConsentStore` };
    if (nonPackaged) {
      const path = leaf.replace(/#/g, '\\');
      signal.processName = path.slice(path.lastIndexOf('\\') + 1);
      signal.label = path;
    } else {
      signal.appId = leaf;
    }
    signals.push(signal);
  }
  return { signals, problems: parsed.problems.map((p) => `line ${p.line}: ${p.reason}`) };
}
