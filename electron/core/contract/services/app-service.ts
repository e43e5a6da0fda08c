import { resolveUiLanguage } from '../../i18n/translate.js';
import type { OsName } from '../../platform/platform.js';
import type { Resolution } from '../../policy/resolve.js';
import { PRODUCT_NAME, VERSION } from '../../version.js';
import type { AppInfo, Locale } from '../views.js';

/** Remembers the language the person picked; nothing else. */
export interface LocaleStore {
  get(): Promise<Locale | undefined>;
  set(locale: Locale): Promise<void>;
  clear(): Promise<void>;
  /** Where it is kept, for "What Meeting Guard keeps". */
  readonly location: string;
}

export interface AppServiceDeps {
  os: OsName;
  /** The OS's language (Electron's app.getLocale(), or LANG in tests). */
  systemLocale: string;
  store: LocaleStore;
  settings: () => Promise<Resolution>;
}

export function createAppService(deps: AppServiceDeps) {
  const locale = async (): Promise<Locale> => (await deps.store.get()) ?? resolveUiLanguage(deps.systemLocale);
  const info = async (): Promise<AppInfo> => {
    const resolution = await deps.settings();
    const helpUrl = resolution.settings.helpLink.value as string;
    return { productName: PRODUCT_NAME, version: VERSION, os: deps.os, locale: await locale(), ...(helpUrl ? { helpUrl } : {}) };
  };
  return {
    locale,
    info,
    async setLocale(next: Locale): Promise<AppInfo> {
      await deps.store.set(next);
      return info();
    },
  };
}

export function memoryLocaleStore(initial?: Locale): LocaleStore {
  let value = initial;
  return {
    location: 'memory',
    get: async () => value,
    set: async (next) => {
      value = next;
    },
    clear: async () => {
      value = undefined;
    },
  };
}
