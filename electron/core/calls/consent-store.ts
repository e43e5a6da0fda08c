import { keyLeaf, parseRegQuery, valueOf } from '../registry/reg-query.js';
import type { MediaSignal } from './media-signal.js';

const STORE = 'Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore';
export const CONSENT_STORE = `HKCU\\${STORE}`;
/** Windows keeps some apps' use machine-wide (apps run by another account, some elevated tools): read it as well. */
export const CONSENT_STORE_MACHINE = `HKLM\\${STORE}`;

/** One app's key under `ConsentStore\<microphone|webcam>`. */
export interface ConsentEntry {
  /** The key path as reg.exe printed it: the identity used to remember having seen the key inactive. */
  key: string;
  device: 'microphone' | 'camera';
  inUse: boolean;
  /** LastUsedTimeStart as milliseconds since 1970 (0 when never used). */
  startedAt: number;
  signal: MediaSignal;
}

/**
 * Reads `reg query <ConsentStore>[\microphone|\webcam] /s` (HKCU or HKLM). Windows keeps one subkey per app that used
 * the device: packaged apps by package family name (`MSTeams_8wekyb3d8bbwe`), desktop apps under
 * `NonPackaged\<path with # for \>`. An app has the device open right now when `LastUsedTimeStart` is set and
 * `LastUsedTimeStop` is 0. The device comes from the key path; `device` is only the fallback for a key that has none.
 */
export function parseConsentEntries(text: string, device?: 'microphone' | 'camera'): { entries: ConsentEntry[]; problems: string[] } {
  const parsed = parseRegQuery(text);
  const entries: ConsentEntry[] = [];
  for (const key of parsed.keys) {
    const start = valueOf(key, 'LastUsedTimeStart');
    const stop = valueOf(key, 'LastUsedTimeStop');
    if (start?.type !== 'REG_QWORD' || stop?.type !== 'REG_QWORD') continue;
    const keyDevice = deviceOf(key.path) ?? device;
    if (!keyDevice) continue;
    const leaf = keyLeaf(key.path);
    // A key path cut short ("...\\") names no app: there is nothing to warn about by name.
    if (leaf === '' || leaf.replace(/#/g, '') === '') continue;
    const signal: MediaSignal = { device: keyDevice, source: `registry ${keyDevice === 'camera' ? 'webcam' : 'microphone'} ConsentStore${/^HKLM|^HKEY_LOCAL_MACHINE/i.test(key.path) ? ' (machine)' : ''}` };
    if (/\\NonPackaged\\[^\\]+$/i.test(key.path)) {
      const path = leaf.replace(/#/g, '\\');
      signal.processName = path.slice(path.lastIndexOf('\\') + 1);
      signal.label = path;
    } else {
      signal.appId = leaf;
    }
    entries.push({ key: key.path.toLowerCase(), device: keyDevice, inUse: start.data !== 0n && stop.data === 0n, startedAt: filetimeToMs(start.data), signal });
  }
  return { entries, problems: parsed.problems.map((p) => `line ${p.line}: ${p.reason}`) };
}

/** The apps using the device now, as the earlier single-device reader returned them. */
export function parseConsentStore(text: string, device: 'microphone' | 'camera'): { signals: MediaSignal[]; problems: string[] } {
  const { entries, problems } = parseConsentEntries(text, device);
  return { signals: entries.filter((e) => e.inUse).map((e) => e.signal), problems };
}

function deviceOf(path: string): 'microphone' | 'camera' | undefined {
  const match = /\\ConsentStore\\(microphone|webcam)(?:\\|$)/i.exec(path);
  if (!match?.[1]) return undefined;
  return match[1].toLowerCase() === 'webcam' ? 'camera' : 'microphone';
}

/** A package family name without its publisher hash, as a fallback name: `Microsoft.WindowsSoundRecorder`. */
export function packageDisplayName(familyName: string): string {
  return familyName.replace(/_[a-z0-9]{13}$/i, '');
}

const FILETIME_EPOCH_MS = 11_644_473_600_000n;

function filetimeToMs(filetime: bigint): number {
  if (filetime === 0n) return 0;
  return Number(filetime / 10_000n - FILETIME_EPOCH_MS);
}

/**
 * Windows leaves a key "in use" when an app crashed or the laptop slept through Modern Standby with the device open:
 * a phantom call that never ends. So an "in use" is trusted only when the key has been seen inactive since this
 * watcher started (or the laptop resumed), or when the app opened the device after that moment. A call already
 * running when Meeting Guard starts is therefore seen through its other signals until the device is released once.
 */
export function createConsentTrust(now: () => number) {
  let since = now();
  const seenInactive = new Set<string>();
  return {
    /** The in-use entries to believe, and those set aside, by key. */
    judge(entries: readonly ConsentEntry[]): { trusted: ConsentEntry[]; distrusted: ConsentEntry[] } {
      const trusted: ConsentEntry[] = [];
      const distrusted: ConsentEntry[] = [];
      for (const entry of entries) {
        if (!entry.inUse) {
          seenInactive.add(entry.key);
          continue;
        }
        if (seenInactive.has(entry.key) || entry.startedAt >= since) trusted.push(entry);
        else distrusted.push(entry);
      }
      return { trusted, distrusted };
    },
    /** After sleep: what was in use before may be stale again. */
    resumed(): void {
      since = now();
      seenInactive.clear();
    },
  };
}
