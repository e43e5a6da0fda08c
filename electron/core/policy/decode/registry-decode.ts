import type { RegistryKey, RegistryValue } from '../../registry/reg-query.js';
import { POLICY_REGISTRY_PATH, definitionOf, settingKeys, type SettingKey } from '../policy-schema.js';
import type { LayerEntry, PolicyProblem, RawLayer } from '../resolve.js';

export type Hive = 'HKLM' | 'HKCU';

const LONG_HIVE: Record<Hive, string> = { HKLM: 'HKEY_LOCAL_MACHINE', HKCU: 'HKEY_CURRENT_USER' };
const SHORT_TO_LONG: Record<string, string> = { HKLM: 'HKEY_LOCAL_MACHINE', HKCU: 'HKEY_CURRENT_USER', HKU: 'HKEY_USERS' };

/** The key `reg query` is asked for and that every value is reported under. */
export function policyKeyPath(hive: Hive): string {
  return `${hive}\\${POLICY_REGISTRY_PATH}`;
}

/** Registry names are case-insensitive, so `allowsnooze` written by a script is the same value as `allowSnooze`. */
const BY_LOWER = new Map<string, SettingKey>(settingKeys.map((key) => [key.toLowerCase(), key]));

export function normaliseKeyPath(path: string): string {
  const [hive = '', ...rest] = path.split('\\');
  return [SHORT_TO_LONG[hive.toUpperCase()] ?? hive.toUpperCase(), ...rest].join('\\').toLowerCase();
}

/**
 * Turns the keys below one hive's policy key into a layer: values on the key itself are scalar settings (or a
 * REG_MULTI_SZ list); a subkey named after a list setting holds its items (values 1, 2, 3… as the ADMX list element
 * writes them) and one named after a language map holds one value per language tag.
 */
export function registryLayer(keys: readonly RegistryKey[], hive: Hive, problems: PolicyProblem[]): RawLayer {
  const layer = hive === 'HKLM' ? 'machine-policy' : 'user-policy';
  const base = `${LONG_HIVE[hive]}\\${POLICY_REGISTRY_PATH}`.toLowerCase();
  const display = policyKeyPath(hive);
  const out: Record<string, LayerEntry> = Object.create(null) as Record<string, LayerEntry>;
  for (const key of keys) {
    const path = normaliseKeyPath(key.path);
    if (path === base) {
      for (const value of key.values) {
        if (value.name === '') continue; // the key's unnamed default value: not a setting
        const origin = `${display}\\${value.name}`;
        const setting = BY_LOWER.get(value.name.toLowerCase());
        if (!setting) {
          out[value.name] = { value: value.data, origin };
          continue;
        }
        const converted = fromValue(setting, value);
        if (converted.ok) out[setting] = { value: converted.value, origin };
        else problems.push({ layer, origin, setting, message: converted.message });
      }
    } else if (path.startsWith(`${base}\\`)) {
      const rest = key.path.split('\\').slice(base.split('\\').length);
      const origin = `${display}\\${rest.join('\\')}`;
      const setting = rest.length === 1 ? BY_LOWER.get((rest[0] ?? '').toLowerCase()) : undefined;
      const kind = setting ? definitionOf(setting).kind.type : undefined;
      if (!setting || (kind !== 'list' && kind !== 'map')) {
        problems.push({ layer, origin, setting: rest.join('\\'), message: 'unexpected subkey: only list and per-language settings use subkeys' });
        continue;
      }
      out[setting] = { value: kind === 'list' ? listItems(key.values) : languageEntries(key.values), origin };
    }
  }
  return out;
}

function fromValue(setting: SettingKey, value: RegistryValue): { ok: true; value: unknown } | { ok: false; message: string } {
  const kind = definitionOf(setting).kind;
  const wrongType = (expected: string) => ({ ok: false as const, message: `is ${value.type}; expected ${expected}` });
  switch (kind.type) {
    case 'boolean':
      if (value.type !== 'REG_DWORD') return wrongType('REG_DWORD 1 (on) or 0 (off)');
      if (value.data !== 0 && value.data !== 1) return { ok: false, message: `REG_DWORD must be 1 (on) or 0 (off), not ${value.data}` };
      return { ok: true, value: value.data === 1 };
    case 'integer':
      return value.type === 'REG_DWORD' ? { ok: true, value: value.data } : wrongType(`REG_DWORD between ${kind.min} and ${kind.max}`);
    case 'string':
    case 'enum':
      return value.type === 'REG_SZ' || value.type === 'REG_EXPAND_SZ' ? { ok: true, value: value.data } : wrongType('REG_SZ');
    case 'list':
      if (value.type === 'REG_MULTI_SZ') return { ok: true, value: value.data };
      return wrongType(`REG_MULTI_SZ, or a subkey ${setting} with values 1, 2, 3…`);
    case 'map':
      return { ok: false, message: `must be a subkey ${setting} with one REG_SZ value per language tag (en, cy…)` };
  }
}

/** Items in the order of their numeric value names, as Group Policy numbers them; other names keep their order. */
function listItems(values: readonly RegistryValue[]): unknown[] {
  const named = values.filter((v) => v.name !== '');
  const numeric = named.every((v) => /^\d+$/.test(v.name));
  const ordered = numeric ? [...named].sort((a, b) => Number(a.name) - Number(b.name)) : named;
  return ordered.map((v) => v.data);
}

function languageEntries(values: readonly RegistryValue[]): Record<string, unknown> {
  return Object.fromEntries(values.filter((v) => v.name !== '').map((v) => [v.name, v.data]));
}
