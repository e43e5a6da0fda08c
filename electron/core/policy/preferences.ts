import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { OsName } from '../platform/platform.js';
import { appPaths } from '../platform/app-paths.js';
import type { SettingKey } from './policy-schema.js';

/**
 * What the user chose, below every policy. The shell backs this with electron-store (file "preferences.json" in the
 * app's user-data folder); the core ships an in-memory store for tests and a JSON-file store for the CLI.
 */
export interface UserPreferencesStore {
  /** Every stored preference; unknown or invalid ones are reported by the resolver, not dropped here. */
  all(): Promise<Readonly<Record<string, unknown>>>;
  get(key: SettingKey): Promise<unknown>;
  set(key: SettingKey, value: unknown): Promise<void>;
  delete(key: SettingKey): Promise<void>;
  /** Shown as the origin of preference values and in problems. */
  readonly location: string;
}

export class PreferencesError extends Error {}

export function memoryPreferences(initial: Record<string, unknown> = {}): UserPreferencesStore {
  const values: Record<string, unknown> = { ...initial };
  return {
    location: 'user preferences',
    all: async () => ({ ...values }),
    get: async (key) => values[key],
    set: async (key, value) => {
      values[key] = value;
    },
    delete: async (key) => {
      delete values[key];
    },
  };
}

/** The same file electron-store writes, so the CLI reports what the app uses. */
export function jsonFilePreferences(path: string): UserPreferencesStore {
  const load = async (): Promise<Record<string, unknown>> => {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw new PreferencesError(`${path} cannot be read: ${(error as Error).message}`);
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new PreferencesError(`${path} is not valid JSON (${(error as Error).message}); delete it to start again`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new PreferencesError(`${path} must hold a JSON object`);
    }
    return value as Record<string, unknown>;
  };
  const save = async (values: Record<string, unknown>) => {
    await mkdir(dirname(path), { recursive: true });
    // Write then rename, so a crash never leaves half a file that would lose every preference.
    const temporary = `${path}.${process.pid}.tmp`;
    await writeFile(temporary, `${JSON.stringify(values, null, 2)}\n`);
    await rename(temporary, path);
  };
  return {
    location: path,
    all: load,
    get: async (key) => (await load())[key],
    set: async (key, value) => save({ ...(await load()), [key]: value }),
    delete: async (key) => {
      const values = await load();
      delete values[key];
      await save(values);
    },
  };
}

/** Where Electron's userData folder (product name "Meeting Guard") puts preferences.json on each OS. */
export function userPreferencesPath(os: OsName, home: string, env: NodeJS.ProcessEnv): string {
  return appPaths(os, home, env).preferencesFile;
}
