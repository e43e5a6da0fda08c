import { POLICY_REGISTRY_PATH, POLICY_VENDOR, policySchema, settingKeys } from '../policy-schema.js';
import { categories, type CategoryId, type SettingDefinition } from '../setting-kinds.js';
import { stringId, xml } from './xml.js';

export const ADMX_NAMESPACE = `${POLICY_VENDOR}.Policies.MeetingGuard`;
export const SUPPORTED_ON = 'SUPPORTED_MeetingGuard_0_1';
export const ROOT_CATEGORY = 'MeetingGuard';

export function categoryId(category: CategoryId): string {
  return stringId('Cat', category);
}

/**
 * The policy definitions for the Group Policy editor and Intune's ADMX import. It uses no other namespace (so it
 * imports on its own) and defines its own supportedOn, because Intune rejects references it cannot resolve.
 */
export function buildAdmx(): string {
  const out = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<!-- Generated from the Meeting Guard policy schema by "npm run policy:generate". Do not edit by hand. -->',
    '<policyDefinitions xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" xmlns="http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions">',
    '  <policyNamespaces>',
    `    <target prefix="meetingguard" namespace="${ADMX_NAMESPACE}" />`,
    '  </policyNamespaces>',
    '  <resources minRequiredRevision="1.0" />',
    '  <supportedOn>',
    '    <definitions>',
    `      <definition name="${SUPPORTED_ON}" displayName="$(string.${SUPPORTED_ON})" />`,
    '    </definitions>',
    '  </supportedOn>',
    '  <categories>',
    `    <category name="${ROOT_CATEGORY}" displayName="$(string.${ROOT_CATEGORY})" />`,
    ...(Object.keys(categories) as CategoryId[]).map(
      (c) => `    <category name="${categoryId(c)}" displayName="$(string.${categoryId(c)})"><parentCategory ref="${ROOT_CATEGORY}" /></category>`,
    ),
    '  </categories>',
    '  <policies>',
    ...settingKeys.flatMap((key) => policy(key, policySchema[key] as SettingDefinition)),
    '  </policies>',
    '</policyDefinitions>',
    '',
  ];
  return out.join('\r\n');
}

function policy(key: string, d: SettingDefinition): string[] {
  const cls = d.scope === 'machine' ? 'Machine' : 'Both';
  const presentation = d.kind.type === 'boolean' ? '' : ` presentation="$(presentation.${key})"`;
  const head = `    <policy name="${key}" class="${cls}" displayName="$(string.${key})" explainText="$(string.${stringId(key, 'Explain')})"${presentation} key="${POLICY_REGISTRY_PATH}"${d.kind.type === 'boolean' ? ` valueName="${key}"` : ''}>`;
  const lines = [head, `      <parentCategory ref="${categoryId(d.category)}" />`, `      <supportedOn ref="${SUPPORTED_ON}" />`];
  const kind = d.kind;
  switch (kind.type) {
    case 'boolean':
      lines.push('      <enabledValue><decimal value="1" /></enabledValue>', '      <disabledValue><decimal value="0" /></disabledValue>');
      break;
    case 'string':
      lines.push(`      <elements><text id="${key}" valueName="${key}" maxLength="${kind.maxLength}" required="true" /></elements>`);
      break;
    case 'integer':
      lines.push(`      <elements><decimal id="${key}" valueName="${key}" minValue="${kind.min}" maxValue="${kind.max}" required="true" /></elements>`);
      break;
    case 'enum':
      lines.push(`      <elements>`, `        <enum id="${key}" valueName="${key}" required="true">`);
      for (const value of kind.values) {
        lines.push(`          <item displayName="$(string.${stringId(key, value)})"><value><string>${xml(value)}</string></value></item>`);
      }
      lines.push('        </enum>', '      </elements>');
      break;
    case 'list':
      // Values 1, 2, 3… in a subkey, as Chrome and Edge lists: the order IT typed is kept.
      lines.push(`      <elements><list id="${key}" key="${POLICY_REGISTRY_PATH}\\${key}" valuePrefix="" /></elements>`);
      break;
    case 'map':
      // Value name = language tag, value = file or text.
      lines.push(`      <elements><list id="${key}" key="${POLICY_REGISTRY_PATH}\\${key}" explicitValue="true" /></elements>`);
      break;
  }
  lines.push('    </policy>');
  return lines;
}
