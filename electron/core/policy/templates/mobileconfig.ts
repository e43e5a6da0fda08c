import { createHash } from 'node:crypto';
import { build } from 'plist';
import { PREFERENCE_DOMAIN, policySchema, settingKeys } from '../policy-schema.js';
import type { SettingDefinition } from '../setting-kinds.js';

/** Example values for every setting, as IT would deploy them: the start of a real profile. */
export function exampleSettings(): Record<string, unknown> {
  return Object.fromEntries(settingKeys.map((key) => [key, (policySchema[key] as SettingDefinition).example]));
}

/** Stable UUIDs, so regenerating the example does not change it; a real profile gets its own. */
function stableUuid(name: string): string {
  const hex = createHash('sha256').update(`${PREFERENCE_DOMAIN}/${name}`).digest('hex');
  return [hex.slice(0, 8), hex.slice(8, 12), `5${hex.slice(13, 16)}`, `8${hex.slice(17, 20)}`, hex.slice(20, 32)].join('-').toUpperCase();
}

/**
 * An example configuration profile: a Configuration payload (scope System) holding one payload whose PayloadType is
 * the app's preference domain, which macOS turns into /Library/Managed Preferences/org.meetingguard.app.plist.
 */
export function buildMobileconfig(): string {
  const profile = {
    PayloadContent: [
      {
        PayloadType: PREFERENCE_DOMAIN,
        PayloadVersion: 1,
        PayloadIdentifier: `${PREFERENCE_DOMAIN}.settings`,
        PayloadUUID: stableUuid('settings'),
        PayloadDisplayName: 'Meeting Guard settings',
        PayloadEnabled: true,
        ...exampleSettings(),
      },
    ],
    PayloadDisplayName: 'Meeting Guard',
    PayloadDescription: 'Example settings for Meeting Guard. Remove the keys you do not set; replace both PayloadUUIDs.',
    PayloadIdentifier: `${PREFERENCE_DOMAIN}.profile`,
    PayloadOrganization: 'Example Organisation',
    PayloadRemovalDisallowed: true,
    PayloadScope: 'System',
    PayloadType: 'Configuration',
    PayloadUUID: stableUuid('profile'),
    PayloadVersion: 1,
  };
  return `${build(profile as Parameters<typeof build>[0])}\n`;
}
