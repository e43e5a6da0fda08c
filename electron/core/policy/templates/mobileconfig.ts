import { build } from 'plist';
import { PREFERENCE_DOMAIN, policySchema, settingKeys, type SettingKey } from '../policy-schema.js';
import type { SettingDefinition } from '../setting-kinds.js';

/**
 * Where an example's value depends on the OS: a notice file's path, and program names (a recorder IT adds or a
 * built-in tool it ignores), each a real program of that OS. The schema's own examples are the macOS ones.
 */
const PER_OS_EXAMPLES: Record<'macos' | 'linux', Partial<Record<SettingKey, unknown>>> = {
  // CleanShot X (cleanshot.com) records the screen; screencaptureui is macOS's own screenshot and recording panel.
  macos: { extraRecorders: ['CleanShot X'], ignoredRecorders: ['screencaptureui'] },
  // The notice beside the policy folder the package creates; gpu-screen-recorder (Flathub
  // com.dec05eba.gpu_screen_recorder) records the screen; gnome-screenshot is Debian's gnome-screenshot package.
  linux: { noticeFiles: { en: '/etc/meeting-guard/notices/notice.en.md' }, extraRecorders: ['gpu-screen-recorder'], ignoredRecorders: ['gnome-screenshot'] },
};

/** Example values for every setting on one OS, as IT would deploy them: the start of a real policy. */
export function exampleSettings(os: 'macos' | 'linux' = 'macos'): Record<string, unknown> {
  const perOs = PER_OS_EXAMPLES[os];
  return Object.fromEntries(settingKeys.map((key) => [key, key in perOs ? perOs[key] : (policySchema[key] as SettingDefinition).example]));
}

/** Left for IT, visibly: a profile with this organisation or these UUIDs must not be deployed as it is. */
export const MOBILECONFIG_MARKERS = { organisation: 'REPLACE WITH YOUR ORGANISATION', uuid: 'REPLACE-WITH-A-NEW-UUID' } as const;

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
        PayloadUUID: `${MOBILECONFIG_MARKERS.uuid}-1`,
        PayloadDisplayName: 'Meeting Guard settings',
        PayloadEnabled: true,
        ...exampleSettings(),
      },
    ],
    PayloadDisplayName: 'Meeting Guard',
    PayloadDescription:
      'EXAMPLE VALUES, not for deployment as they are: set each key to your organisation\'s value or remove it, set PayloadOrganization, and give both PayloadUUIDs new values (uuidgen).',
    PayloadIdentifier: `${PREFERENCE_DOMAIN}.profile`,
    PayloadOrganization: MOBILECONFIG_MARKERS.organisation,
    PayloadRemovalDisallowed: true,
    PayloadScope: 'System',
    PayloadType: 'Configuration',
    PayloadUUID: `${MOBILECONFIG_MARKERS.uuid}-2`,
    PayloadVersion: 1,
  };
  return `${build(profile as Parameters<typeof build>[0])}\n`;
}
