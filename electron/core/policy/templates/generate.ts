import { PREFERENCE_DOMAIN } from '../policy-schema.js';
import { buildAdml } from './adml.js';
import { buildAdmx } from './admx.js';
import { buildJamfSchema } from './jamf-schema.js';
import { buildMobileconfig, exampleSettings } from './mobileconfig.js';
import { buildSettingsTable } from './settings-table.js';

/**
 * Every admin template, by path below build/policy/. The generator script writes these and a test fails when a
 * committed file differs, so the templates can never drift from the schema.
 */
export function policyTemplates(): Record<string, string> {
  return {
    'windows/meeting-guard.admx': buildAdmx(),
    'windows/en-US/meeting-guard.adml': buildAdml('en'),
    'windows/cy-GB/meeting-guard.adml': buildAdml('cy'),
    [`macos/${PREFERENCE_DOMAIN}.mobileconfig`]: buildMobileconfig(),
    [`macos/${PREFERENCE_DOMAIN}.jamf-schema.json`]: buildJamfSchema(),
    'SETTINGS.md': buildSettingsTable(),
    'linux/meeting-guard.json': `${JSON.stringify(exampleSettings('linux'), null, 2)}\n`,
  };
}
