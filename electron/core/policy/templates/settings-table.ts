import { definitionOf, settingKeys } from '../policy-schema.js';
import type { ProductIdList, SettingKind } from '../setting-kinds.js';
import { productIdEntries } from './product-ids.js';

/** The settings table IT reads (build/policy/SETTINGS.md), generated like the other templates so it cannot drift. */
export function buildSettingsTable(): string {
  const rows = settingKeys.map((key) => {
    const d = definitionOf(key);
    const who = `${d.scope}${d.userEditable ? ', user may change' : ''}`;
    const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
    // The anchor Jamf's schema links to (docs-links.ts settingDocsUrl).
    const ids = d.names ? ` Ids: [${ID_LISTS[d.names]}](#ids-${d.names}).` : '';
    return `| <a id="${key.toLowerCase()}"></a>\`${key}\` | ${kindLabel(d.kind)} | \`${cell(shorten(JSON.stringify(d.default)))}\` | ${who} | ${cell(d.description.en)}${ids} |`;
  });
  const lists = (Object.keys(ID_LISTS) as ProductIdList[]).flatMap((list) => [
    '',
    `## <a id="ids-${list}"></a>${ID_LISTS[list]}`,
    '',
    '| id | product |',
    '| --- | --- |',
    ...productIdEntries(list).map((e) => `| \`${e.id}\` | ${e.kind === 'current' ? e.names.en : e.kind === 'former' ? `former id of ${e.names.en}: still accepted` : `a browser: ${e.names.en} (\`browser\`)`} |`),
  ]);
  return [
    '# Meeting Guard policy settings',
    '',
    'Generated from the policy schema (`npm run policy:generate`); the key is the same in the registry, plists and JSON.',
    '"machine" settings are honoured only from machine policy (HKLM, the device profile, /etc); "user" settings also from',
    'user policy (HKCU, per-user managed preferences). "user may change": without policy the person may change it in',
    'Settings; any policy value locks it.',
    '',
    '| key | type | default | scope | what it does |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
    'The id lists below are generated from the product definitions, like `meeting-guard catalogue --json`.',
    ...lists,
    '',
  ].join('\n');
}

function kindLabel(kind: SettingKind): string {
  switch (kind.type) {
    case 'string':
      return 'text';
    case 'boolean':
      return 'boolean';
    case 'integer':
      return `integer ${kind.min}–${kind.max}`;
    case 'enum':
      return kind.values.join(' / ');
    case 'list':
      return 'list of text';
    case 'map':
      return 'language → text';
  }
}

const ID_LISTS: Record<ProductIdList, string> = {
  'meeting-clients': 'Meeting client ids',
  'cleanup-clients': 'Cleanup client ids',
  recorders: 'Recorder ids',
};

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
