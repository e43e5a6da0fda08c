import { definitionOf, isSettingKey, settingKeys, type SettingKey } from '../../policy/policy-schema.js';
import type { Resolution } from '../../policy/resolve.js';
import type { SetPreferenceResult } from '../../policy/policy-service.js';
import { ContractError } from '../errors.js';
import { fieldError, staffWords } from './staff-settings.js';
import type { Locale, SettingView } from '../views.js';

export interface SettingsServiceDeps {
  settings: () => Promise<Resolution>;
  setPreference: (key: SettingKey, value: unknown) => Promise<SetPreferenceResult>;
  locale: () => Promise<Locale>;
}

/**
 * The settings a person may change, each with where its value comes from. A setting IT has set is still listed,
 * locked: hiding it would leave people wondering why the app behaves as it does.
 */
export function settingViews(resolution: Resolution, locale: Locale): SettingView[] {
  const lang = locale === 'cy' ? 'cy' : 'en';
  return settingKeys.flatMap((key): SettingView[] => {
    const definition = definitionOf(key);
    if (!definition.userEditable) return [];
    const resolved = resolution.settings[key];
    const kind = definition.kind;
    const words = staffWords(key, locale);
    const base = {
      key,
      label: words?.label ?? definition.title[lang],
      description: words?.help ?? definition.description[lang],
      source: resolved.source === 'default' ? 'default' : resolved.source === 'user-preference' ? 'user' : 'policy',
      locked: resolved.locked,
      ...(resolved.locked ? { policyKey: resolved.policyKey } : {}),
    } as const;
    const value = resolved.value as boolean | number | string;
    switch (kind.type) {
      case 'boolean':
        return [{ ...base, kind: 'boolean', value }];
      case 'integer':
        return [{ ...base, kind: 'number', value }];
      case 'string':
        return [{ ...base, kind: 'string', value }];
      case 'enum':
        return [{ ...base, kind: 'choice', value, choices: kind.values.map((v) => ({ value: v, label: words?.choices?.[v] ?? kind.labels[v]?.[lang] ?? v })) }];
      default:
        // Lists and maps are for IT's templates, not a settings window.
        return [];
    }
  });
}

export function createSettingsService(deps: SettingsServiceDeps) {
  return {
    async list(): Promise<SettingView[]> {
      return settingViews(await deps.settings(), await deps.locale());
    },
    async set(key: string, value: boolean | number | string): Promise<SettingView[]> {
      if (!isSettingKey(key)) throw new ContractError('not-found', `There is no setting called "${key}".`);
      const result = await deps.setPreference(key, value);
      if (!result.ok) {
        if (/organisation/.test(result.message)) throw new ContractError('locked', result.message);
        // The resolver's message names the internal key; the person gets what to type instead.
        throw new ContractError('invalid-request', fieldError(definitionOf(key).kind, await deps.locale()));
      }
      return settingViews(result.resolution, await deps.locale());
    },
  };
}
