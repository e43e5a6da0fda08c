import Store from 'electron-store';
import type { SettingKey } from './core/policy/policy-schema.js';
import type { UserPreferencesStore } from './core/policy/preferences.js';
import type { LocaleStore } from './core/contract/services/app-service.js';
import { localeSchema } from './core/contract/views.js';

/**
 * The user's own choices, in the user-data folder as preferences.json (the file the CLI's jsonFilePreferences reads).
 * No schema here: the core validates every value against the setting definitions when it resolves them, so a
 * hand-edited file cannot smuggle a bad value past policy.
 */
export function electronPreferences(cwd?: string): UserPreferencesStore {
  const store = new Store<Record<string, unknown>>({ name: 'preferences', clearInvalidConfig: true, ...(cwd ? { cwd } : {}) });
  return {
    location: store.path,
    all: async () => ({ ...store.store }),
    get: async (key: SettingKey) => store.get(key),
    set: async (key: SettingKey, value: unknown) => store.set(key, value),
    delete: async (key: SettingKey) => store.delete(key),
  };
}

/** The window language the person picked, kept apart from settings IT may lock. */
export function electronLocaleStore(cwd?: string): LocaleStore {
  const store = new Store<{ locale?: string }>({ name: 'ui', clearInvalidConfig: true, ...(cwd ? { cwd } : {}) });
  return {
    location: store.path,
    clear: async () => store.clear(),
    get: async () => {
      const parsed = localeSchema.safeParse(store.get('locale'));
      return parsed.success ? parsed.data : undefined;
    },
    set: async (locale) => store.set('locale', locale),
  };
}
