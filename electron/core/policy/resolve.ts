import type { z } from 'zod';
import { definitionOf, isSettingKey, policySchema, settingKeys, type SettingKey, type Settings } from './policy-schema.js';
import type { SettingDefinition } from './setting-kinds.js';

/** The layers, lowest first. The order is data so it is stated once and tested in both directions. */
export const LAYERS = ['default', 'user-preference', 'user-policy', 'machine-policy'] as const;
export type LayerName = (typeof LAYERS)[number];
export type InputLayerName = Exclude<LayerName, 'default'>;

/** Which layers may set a setting: machine settings only from machine policy; user preferences only where editable. */
const ACCEPTS: Record<InputLayerName, (definition: SettingDefinition) => boolean> = {
  // Scope says which policy may set it; userEditable alone says whether the person's own choice counts.
  'user-preference': (d) => d.userEditable,
  'user-policy': (d) => d.scope === 'user',
  'machine-policy': () => true,
};

const REFUSAL: Record<InputLayerName, string> = {
  'user-preference': 'is not a setting the user may change; it is ignored',
  'user-policy': 'can only be set for the whole machine (HKLM, the device profile or /etc); the per-user value is ignored',
  'machine-policy': '',
};

/** A value as a source read it: not yet validated, with where it came from (file, registry key, plist). */
export interface LayerEntry {
  value: unknown;
  origin: string;
}
/** A sparse layer: a key that is absent is not set here. */
export type RawLayer = Readonly<Record<string, LayerEntry>>;
export type RawLayers = Partial<Record<InputLayerName, RawLayer>>;

export interface PolicyProblem {
  layer: InputLayerName;
  /** The file, registry key or plist the bad value came from. */
  origin: string;
  setting?: string;
  message: string;
}

export interface ResolvedSetting<T> {
  value: T;
  source: LayerName;
  /** Set by the organisation: the user cannot change it and the UI shows it as locked. */
  locked: boolean;
  /** The key IT sets, identical in the registry, plists and JSON. */
  policyKey: string;
  /** Where a policy or preference value was read from. */
  origin?: string;
}
export type ResolvedSettings = { [K in SettingKey]: ResolvedSetting<Settings[K]> };

export interface Resolution {
  settings: ResolvedSettings;
  problems: PolicyProblem[];
}

const POLICY_LAYERS: ReadonlySet<LayerName> = new Set(['user-policy', 'machine-policy']);

/** Validates every layer key by key and picks, for each setting, the highest layer that holds a valid value. */
export function resolve(layers: RawLayers, earlierProblems: readonly PolicyProblem[] = []): Resolution {
  const problems = [...earlierProblems];
  const valid: Partial<Record<InputLayerName, Map<SettingKey, { value: unknown; origin: string }>>> = {};
  for (const layer of LAYERS) {
    if (layer === 'default') continue;
    const raw = layers[layer];
    if (raw) valid[layer] = validateLayer(layer, raw, problems);
  }
  const settings = {} as Record<SettingKey, ResolvedSetting<unknown>>;
  for (const key of settingKeys) {
    settings[key] = pick(key, valid);
  }
  return { settings: settings as ResolvedSettings, problems };
}

function pick(key: SettingKey, valid: Partial<Record<InputLayerName, Map<SettingKey, LayerEntry>>>): ResolvedSetting<unknown> {
  for (let i = LAYERS.length - 1; i > 0; i--) {
    const layer = LAYERS[i] as InputLayerName;
    const entry = valid[layer]?.get(key);
    if (entry) return { value: entry.value, source: layer, locked: POLICY_LAYERS.has(layer), policyKey: key, origin: entry.origin };
  }
  return { value: structuredClone(policySchema[key].default), source: 'default', locked: false, policyKey: key };
}

function validateLayer(layer: InputLayerName, raw: RawLayer, problems: PolicyProblem[]): Map<SettingKey, LayerEntry> {
  const out = new Map<SettingKey, LayerEntry>();
  for (const [key, entry] of Object.entries(raw)) {
    if (!isSettingKey(key)) {
      problems.push({ layer, origin: entry.origin, setting: key, message: unknownKeyMessage(key) });
      continue;
    }
    const definition = definitionOf(key);
    if (!ACCEPTS[layer](definition)) {
      problems.push({ layer, origin: entry.origin, setting: key, message: REFUSAL[layer] });
      continue;
    }
    const checked = validateValue(key, entry.value);
    if (checked.ok) out.set(key, { value: checked.value, origin: entry.origin });
    else problems.push({ layer, origin: entry.origin, setting: key, message: checked.message });
  }
  return out;
}

export function validateValue(key: SettingKey, value: unknown): { ok: true; value: unknown } | { ok: false; message: string } {
  const result = definitionOf(key).schema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, message: describeIssues(result.error) };
}

/** "entry 3: must be a process name…" — zod's path made readable for the person who wrote the policy. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => {
      const where = issue.path.map((p) => (typeof p === 'number' ? `entry ${p + 1}` : `"${String(p)}"`)).join(' ');
      return `${where ? `${where}: ` : ''}${issue.message}`;
    })
    .join('; ');
}

export function unknownKeyMessage(key: string): string {
  if (key === '__proto__') return 'not a setting: a key named "__proto__" cannot be read safely; remove it';
  const lower = key.toLowerCase();
  const near = settingKeys.find((k) => k.toLowerCase() === lower);
  return near ? `unknown setting; did you mean "${near}"? (names are case-sensitive)` : 'unknown setting; it is ignored';
}
