import { PREFERENCE_DOMAIN, policySchema, settingKeys } from '../policy-schema.js';
import type { SettingDefinition, SettingKind } from '../setting-kinds.js';
import { settingDocsUrl } from './docs-links.js';
import { describedSetting, productIdEntries } from './product-ids.js';

/**
 * Jamf Pro "Application & Custom Settings" JSON Schema manifest for the preference domain. Each key offers
 * "Not Configured" (type null, so Jamf writes nothing) or "Configured", the pattern macadmins projects use.
 */
export function buildJamfSchema(): string {
  const properties = Object.fromEntries(
    settingKeys.map((key, index) => {
      const d = policySchema[key] as SettingDefinition;
      return [
        key,
        {
          title: d.title.en,
          description: describedSetting(d, 'en'),
          // Jamf Pro orders the form by property_order and shows `links` under each setting.
          property_order: (index + 1) * 5,
          links: [{ rel: 'More information', href: settingDocsUrl(key) }],
          anyOf: [{ type: 'null', title: 'Not Configured' }, { title: 'Configured', ...jsonType(d.kind), ...idItems(d), default: d.default }],
        },
      ];
    }),
  );
  const schema = {
    title: `Meeting Guard (${PREFERENCE_DOMAIN})`,
    description: 'Managed settings for Meeting Guard. Settings set here are locked in the app and shown as set by your organisation.',
    links: [{ rel: 'Settings reference', href: settingDocsUrl() }],
    properties,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

function jsonType(kind: SettingKind): Record<string, unknown> {
  switch (kind.type) {
    case 'string':
      return { type: 'string', maxLength: kind.maxLength };
    case 'boolean':
      return { type: 'boolean' };
    case 'integer':
      return { type: 'integer', minimum: kind.min, maximum: kind.max };
    case 'enum':
      return { type: 'string', enum: [...kind.values], options: { enum_titles: kind.values.map((v) => kind.labels[v]?.en ?? v) } };
    case 'list':
      return { type: 'array', maxItems: kind.maxItems, items: { type: 'string' } };
    case 'map':
      return {
        type: 'object',
        properties: { en: { type: 'string', title: 'English (en)' }, cy: { type: 'string', title: 'Welsh (cy)' } },
        additionalProperties: { type: 'string' },
      };
  }
}

/**
 * Cleanup clients are ids only, so Jamf offers them as a choice (former ids included: deployed values stay valid).
 * The ignore lists also take process names, so they stay free text with the ids in their description.
 */
function idItems(d: SettingDefinition): Record<string, unknown> {
  if (d.names !== 'cleanup-clients') return {};
  const entries = productIdEntries(d.names);
  return { items: { type: 'string', enum: entries.map((e) => e.id), options: { enum_titles: entries.map((e) => (e.kind === 'current' ? e.names.en : `${e.names.en} (${e.kind === 'former' ? 'former id' : 'browser id'} ${e.id})`)) } } };
}
