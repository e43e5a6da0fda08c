import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LAYERS, resolve, type InputLayerName, type RawLayers } from '../../../electron/core/policy/resolve.js';
import { policySchema, settingKeys, type SettingKey } from '../../../electron/core/policy/policy-schema.js';
import type { SettingDefinition } from '../../../electron/core/policy/setting-kinds.js';

const at = (origin: string, values: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(values).map(([k, value]) => [k, { value, origin }]));

describe('precedence', () => {
  it('machine policy beats user policy beats user preference beats default', () => {
    const layers: RawLayers = {
      'user-preference': at('prefs', { cleanupMode: 'off', snoozeMinutes: 10, showNoticeBeforeCalls: false }),
      'user-policy': at('HKCU', { cleanupMode: 'remind', snoozeMinutes: 20 }),
      'machine-policy': at('HKLM', { cleanupMode: 'clear-on-confirm' }),
    };
    const { settings, problems } = resolve(layers);
    expect(problems).toEqual([]);
    expect(settings.cleanupMode).toEqual({ value: 'clear-on-confirm', source: 'machine-policy', locked: true, policyKey: 'cleanupMode', origin: 'HKLM' });
    expect(settings.snoozeMinutes).toMatchObject({ value: 20, source: 'user-policy', locked: true });
    expect(settings.showNoticeBeforeCalls).toMatchObject({ value: false, source: 'user-preference', locked: false });
    expect(settings.quarantineDays).toEqual({ value: 7, source: 'default', locked: false, policyKey: 'quarantineDays' });
  });

  it('the other direction: a lower layer never overrides a higher one when given in any order', () => {
    const layers: RawLayers = {
      'machine-policy': at('HKLM', { snoozeMinutes: 30 }),
      'user-policy': at('HKCU', { snoozeMinutes: 40 }),
      'user-preference': at('prefs', { snoozeMinutes: 50 }),
    };
    expect(resolve(layers).settings.snoozeMinutes.value).toBe(30);
    const { 'machine-policy': _drop, ...withoutMachine } = layers;
    expect(resolve(withoutMachine).settings.snoozeMinutes.value).toBe(40);
  });

  it('an absent key is not set; an undefined value is reported, never laid over a lower value', () => {
    const { settings, problems } = resolve({
      'user-preference': at('prefs', { snoozeMinutes: 15 }),
      'machine-policy': at('HKLM', { snoozeMinutes: undefined }),
    });
    expect(settings.snoozeMinutes).toMatchObject({ value: 15, source: 'user-preference' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ layer: 'machine-policy', setting: 'snoozeMinutes', origin: 'HKLM' });
  });

  it('refuses machine-only settings from user policy and non-editable ones from preferences, naming why', () => {
    const { settings, problems } = resolve({
      'user-policy': at('HKCU', { hideQuit: true }),
      'user-preference': at('prefs', { allowSnooze: false }),
    });
    expect(settings.hideQuit.value).toBe(false);
    expect(settings.allowSnooze.value).toBe(true);
    expect(problems.map((p) => p.setting).sort()).toEqual(['allowSnooze', 'hideQuit']);
    expect(problems.find((p) => p.setting === 'hideQuit')?.message).toMatch(/whole machine/);
  });

  it('one bad key never discards the rest, and the next layer stands for the bad one', () => {
    const { settings, problems } = resolve({
      'user-preference': at('prefs', { snoozeMinutes: 25 }),
      'machine-policy': at('/etc/x.json', { snoozeMinutes: 99999, organisationName: 'Council', cleanupMode: 'sometimes', helpLink: 'http://example.org' }),
    });
    expect(settings.organisationName).toMatchObject({ value: 'Council', locked: true });
    expect(settings.snoozeMinutes).toMatchObject({ value: 25, source: 'user-preference' });
    expect(settings.cleanupMode.source).toBe('default');
    expect(settings.helpLink.value).toBe('');
    const messages = Object.fromEntries(problems.map((p) => [p.setting, p.message]));
    expect(messages.snoozeMinutes).toMatch(/at most 1440/);
    expect(messages.cleanupMode).toMatch(/off, remind, clear-on-confirm/);
    expect(messages.helpLink).toMatch(/https: or mailto:/);
  });

  it('names unknown keys and suggests the right spelling', () => {
    const { problems } = resolve({ 'machine-policy': at('f.json', { CleanupMode: 'off', colour: 'red' }) });
    expect(problems.map((p) => p.message)).toEqual(['unknown setting; did you mean "cleanupMode"? (names are case-sensitive)', 'unknown setting; it is ignored']);
  });

  it('refuses cleanup paths that leave the home folder, item by item in the message', () => {
    const { settings, problems } = resolve({ 'machine-policy': at('f', { cleanupExtraPaths: ['Documents/Zoom', '../../etc'] }) });
    expect(settings.cleanupExtraPaths.value).toEqual([]);
    expect(problems[0]?.message).toMatch(/entry 2: .*inside the home folder/);
    expect(resolve({ 'machine-policy': at('f', { cleanupExtraPaths: ['Documents\\Zoom\\', './x'] }) }).settings.cleanupExtraPaths.value).toEqual(['Documents/Zoom', 'x']);
  });

  it('gives each caller its own copy of a default list', () => {
    const first = resolve({}).settings.organiserChecklist.value;
    first.push('changed');
    expect(resolve({}).settings.organiserChecklist.value).not.toContain('changed');
  });
});

const allowed: Record<InputLayerName, (d: SettingDefinition) => boolean> = {
  'machine-policy': () => true,
  'user-policy': (d) => d.scope === 'user',
  // Scope limits policy layers only; a machine setting the user may change (startAtLogin) takes their preference.
  'user-preference': (d) => d.userEditable,
};

describe('precedence (property)', () => {
  const layerNames = LAYERS.filter((l): l is InputLayerName => l !== 'default');
  // Each layer sets an arbitrary subset of settings to its own example value or a value that fails validation.
  const entry = fc.oneof(fc.constant('valid' as const), fc.constant('invalid' as const));
  const layer = fc.dictionary(fc.constantFrom(...settingKeys), entry, { maxKeys: settingKeys.length });
  const arbitraryLayers = fc.record({ 'user-preference': fc.option(layer), 'user-policy': fc.option(layer), 'machine-policy': fc.option(layer) });

  it('each setting comes from the highest layer that may set it and holds a valid value', () => {
    fc.assert(
      fc.property(arbitraryLayers, (spec) => {
        const layers: RawLayers = {};
        for (const name of layerNames) {
          const chosen = spec[name];
          if (!chosen) continue;
          layers[name] = Object.fromEntries(
            Object.entries(chosen).map(([key, kind]) => [key, { value: kind === 'valid' ? markedValue(key as SettingKey, name) : Symbol('bad'), origin: name }]),
          );
        }
        const { settings } = resolve(layers);
        for (const key of settingKeys) {
          const definition = policySchema[key] as SettingDefinition;
          const winner = [...layerNames].reverse().find((name) => spec[name]?.[key] === 'valid' && allowed[name](definition));
          expect(settings[key].source).toBe(winner ?? 'default');
          expect(settings[key].locked).toBe(winner === 'machine-policy' || winner === 'user-policy');
          expect(settings[key].value).toEqual(winner ? markedValue(key, winner) : definition.default);
        }
      }),
      { numRuns: 300 },
    );
  });
});

/** A valid value that differs per layer where the type allows, so the test can see which layer won. */
function markedValue(key: SettingKey, layer: InputLayerName): unknown {
  const definition = policySchema[key] as SettingDefinition;
  const index = ['user-preference', 'user-policy', 'machine-policy'].indexOf(layer);
  switch (definition.kind.type) {
    case 'boolean':
      return index % 2 === 0;
    case 'integer':
      return definition.kind.min + index;
    case 'enum':
      return definition.kind.values[index % definition.kind.values.length];
    case 'list':
      return [`item-${layer}`];
    case 'map':
      return { en: key === 'noticeFiles' ? `/srv/${layer}.md` : layer };
    case 'string':
      return key === 'helpLink' ? `https://example.org/${layer}` : key === 'noticeFallbackLanguage' ? ['en', 'cy', 'de'][index] : layer;
  }
}
