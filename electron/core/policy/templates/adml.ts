import { policySchema, settingKeys } from '../policy-schema.js';
import { categories, type CategoryId, type Localised, type SettingDefinition } from '../setting-kinds.js';
import { ROOT_CATEGORY, SUPPORTED_ON, categoryId } from './admx.js';
import { stringId, xml } from './xml.js';
import { describedSetting } from './product-ids.js';

type Language = keyof Localised;

const COMMON: Record<string, Localised> = {
  [ROOT_CATEGORY]: { en: 'Meeting Guard', cy: 'Meeting Guard' },
  [SUPPORTED_ON]: { en: 'Meeting Guard 0.1 or later', cy: 'Meeting Guard 0.1 neu’n ddiweddarach' },
};

const SCOPE_NOTE: Record<Language, { machine: string; user: string; editable: string; registry: string }> = {
  en: {
    machine: 'Computer policy only.',
    user: 'Computer or user policy; computer policy wins.',
    editable: 'When not configured, the user may change it in Meeting Guard’s settings.',
    registry: 'Registry value',
  },
  cy: {
    machine: 'Polisi cyfrifiadur yn unig.',
    user: 'Polisi cyfrifiadur neu ddefnyddiwr; polisi’r cyfrifiadur sy’n drech.',
    editable: 'Pan nad yw wedi’i ffurfweddu, caiff y defnyddiwr ei newid yng ngosodiadau Meeting Guard.',
    registry: 'Gwerth y gofrestrfa',
  },
};

/** The language resources for the ADMX: one file per language, same string and presentation ids in each. */
export function buildAdml(language: Language): string {
  const strings: [string, string][] = Object.entries(COMMON).map(([id, text]) => [id, text[language]]);
  for (const c of Object.keys(categories) as CategoryId[]) strings.push([categoryId(c), categories[c].title[language]]);
  const presentations: string[] = [];
  for (const key of settingKeys) {
    const d = policySchema[key] as SettingDefinition;
    strings.push([key, d.title[language]], [stringId(key, 'Explain'), explain(key, d, language)]);
    if (d.kind.type === 'enum') {
      for (const value of d.kind.values) strings.push([stringId(key, value), d.kind.labels[value]?.[language] ?? value]);
    }
    const p = presentation(key, d, language);
    if (p) presentations.push(p);
  }
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<!-- Generated from the Meeting Guard policy schema by "npm run policy:generate". Do not edit by hand. -->',
    '<policyDefinitionResources xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" xmlns="http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions">',
    '  <displayName>Meeting Guard</displayName>',
    `  <description>${xml(language === 'en' ? 'Meeting Guard policy settings' : 'Gosodiadau polisi Meeting Guard')}</description>`,
    '  <resources>',
    '    <stringTable>',
    ...strings.map(([id, text]) => `      <string id="${id}">${xml(text)}</string>`),
    '    </stringTable>',
    '    <presentationTable>',
    ...presentations,
    '    </presentationTable>',
    '  </resources>',
    '</policyDefinitionResources>',
    '',
  ].join('\r\n');
}

function explain(key: string, d: SettingDefinition, language: Language): string {
  const note = SCOPE_NOTE[language];
  const scope = d.scope === 'machine' ? note.machine : note.user;
  const editable = d.userEditable ? ` ${note.editable}` : '';
  return `${describedSetting(d, language)}\n\n${scope}${editable}\n\n${note.registry}: ${key}`;
}

function presentation(key: string, d: SettingDefinition, language: Language): string | undefined {
  const label = xml(d.title[language]);
  const kind = d.kind;
  const body = (() => {
    switch (kind.type) {
      case 'boolean':
        return undefined;
      case 'string':
        return `<textBox refId="${key}"><label>${label}</label></textBox>`;
      case 'integer':
        return `<decimalTextBox refId="${key}" defaultValue="${String(d.default)}">${label}</decimalTextBox>`;
      case 'enum':
        return `<dropdownList refId="${key}" noSort="true" defaultItem="${Math.max(0, kind.values.indexOf(String(d.default)))}">${label}</dropdownList>`;
      case 'list':
      case 'map':
        return `<listBox refId="${key}">${label}</listBox>`;
    }
  })();
  return body ? `      <presentation id="${key}">${body}</presentation>` : undefined;
}
