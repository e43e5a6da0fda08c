import { watch as fsWatch } from 'node:fs';
import type { PolicySource } from './policy-source.js';
import type { UserPreferencesStore } from './preferences.js';
import { readSettings } from './read-settings.js';
import { definitionOf, type SettingKey } from './policy-schema.js';
import { validateValue, type Resolution } from './resolve.js';

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Watches a folder; calls onGone when the watch ends by itself (the folder was removed). */
export type Watcher = (path: string, onChange: () => void, onGone: () => void) => { close(): void };

export interface PolicyServiceOptions {
  source: PolicySource;
  preferences: UserPreferencesStore;
  /** How often policy is re-read when nothing signals a change (the registry and MDM agents give no signal). */
  intervalMs?: number;
  /** Folder events come in bursts while an MDM agent writes a file; wait this long before reading. */
  settleMs?: number;
  timers?: Timers;
  watch?: Watcher;
}

export type SetPreferenceResult = { ok: true; resolution: Resolution } | { ok: false; message: string };

const nodeTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

const nodeWatch: Watcher = (path, onChange, onGone) => {
  const watcher = fsWatch(path, { persistent: false }, () => onChange());
  watcher.on('error', () => {
    watcher.close();
    onGone();
  });
  return watcher;
};

/**
 * Keeps the resolved settings current while the app runs: re-reads on a setTimeout chain (never overlapping itself)
 * and soon after a watched policy folder changes, and tells listeners only when something actually changed.
 */
export class PolicyService {
  private readonly timers: Timers;
  private readonly watch: Watcher;
  private readonly intervalMs: number;
  private readonly settleMs: number;
  private readonly listeners = new Set<(resolution: Resolution) => void>();
  private readonly watchers = new Map<string, { close(): void }>();
  private latest: Resolution | undefined;
  private latestJson = '';
  private timer: unknown;
  private settleTimer: unknown;
  private running = false;
  private reading: Promise<Resolution> | undefined;
  private readAgain = false;

  constructor(private readonly options: PolicyServiceOptions) {
    this.timers = options.timers ?? nodeTimers;
    this.watch = options.watch ?? nodeWatch;
    this.intervalMs = options.intervalMs ?? 60_000;
    this.settleMs = options.settleMs ?? 500;
  }

  async start(): Promise<Resolution> {
    this.running = true;
    const first = await this.refresh();
    this.schedule();
    return first;
  }

  stop(): void {
    this.running = false;
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    if (this.settleTimer !== undefined) this.timers.clearTimeout(this.settleTimer);
    this.timer = this.settleTimer = undefined;
    for (const watcher of this.watchers.values()) watcher.close();
    this.watchers.clear();
  }

  current(): Resolution | undefined {
    return this.latest;
  }

  onChange(listener: (resolution: Resolution) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Reads now. Calls while a read runs share it and cause one more read after it, so no change is missed. */
  refresh(): Promise<Resolution> {
    if (this.reading) {
      this.readAgain = true;
      return this.reading;
    }
    this.reading = this.readOnce().finally(() => {
      this.reading = undefined;
      if (this.readAgain) {
        this.readAgain = false;
        void this.refresh();
      }
    });
    return this.reading;
  }

  /** Changes a user preference, refusing settings the organisation has set or the user may not change. */
  async setPreference(key: SettingKey, value: unknown): Promise<SetPreferenceResult> {
    const definition = definitionOf(key);
    if (!definition.userEditable) return { ok: false, message: `${key} is not a setting you can change` };
    if (this.latest?.settings[key].locked) return { ok: false, message: `${key} is set by your organisation` };
    const checked = validateValue(key, value);
    if (!checked.ok) return { ok: false, message: `${key}: ${checked.message}` };
    await this.options.preferences.set(key, checked.value);
    return { ok: true, resolution: await this.refresh() };
  }

  private async readOnce(): Promise<Resolution> {
    const resolution = await readSettings(this.options.source, this.options.preferences);
    const json = JSON.stringify(resolution);
    const changed = json !== this.latestJson;
    this.latest = resolution;
    this.latestJson = json;
    if (this.running) this.attachWatchers();
    if (changed) for (const listener of this.listeners) listener(resolution);
    return resolution;
  }

  private schedule(): void {
    if (!this.running) return;
    this.timer = this.timers.setTimeout(() => {
      this.timer = undefined;
      void this.refresh().finally(() => this.schedule());
    }, this.intervalMs);
  }

  /** A folder that does not exist yet (no policy deployed) is tried again after each read. */
  private attachWatchers(): void {
    for (const path of this.options.source.watchPaths()) {
      if (this.watchers.has(path)) continue;
      try {
        const gone = () => {
          this.watchers.delete(path);
          this.changed();
        };
        this.watchers.set(path, this.watch(path, () => this.changed(), gone));
      } catch {
        // Missing folder: the periodic read still sees policy when it appears.
      }
    }
  }

  private changed(): void {
    if (!this.running || this.settleTimer !== undefined) return;
    this.settleTimer = this.timers.setTimeout(() => {
      this.settleTimer = undefined;
      void this.refresh();
    }, this.settleMs);
  }
}
