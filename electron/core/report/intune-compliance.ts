import { IT_FILLS_IN_URL } from '../policy/templates/docs-links.js';
import type { FleetStatus } from './status-model.js';

/**
 * Intune custom compliance (Windows and Linux): the discovery script prints one compact JSON object, and the
 * rules file names each setting with its data type and the value that complies. Both come from this one list,
 * so the shipped rules file (build/fleet/intune-compliance-rules.json) cannot name a setting the report lacks.
 */
interface ComplianceSetting<T extends string | number | boolean> {
  name: string;
  dataType: T extends boolean ? 'Boolean' : T extends number ? 'Int64' : 'String';
  value: (status: FleetStatus) => T;
  rule: { operator: 'IsEquals' | 'LessEquals' | 'GreaterEquals'; operand: T; title: string; description: string };
}

const setting = <T extends string | number | boolean>(s: ComplianceSetting<T>) => s;

export const complianceSettings = [
  setting({
    name: 'MeetingGuardDeviceManaged',
    dataType: 'Boolean',
    value: (s) => s.device.verdict === 'managed',
    rule: { operator: 'IsEquals', operand: true, title: 'Meeting Guard could not confirm this device is managed', description: 'Meeting Guard checks that this laptop is enrolled in your organisation\u2019s device management. Open Meeting Guard from the system tray to see which check failed, then contact IT.' },
  }),
  setting({
    name: 'MeetingGuardPolicyErrors',
    dataType: 'Int64',
    value: (s) => s.policy.errorCount,
    rule: { operator: 'IsEquals', operand: 0, title: 'Meeting Guard settings from IT could not all be applied', description: 'One or more Meeting Guard policy settings were invalid. IT: run "meeting-guard policy --check" on the deployed file.' },
  }),
  setting({
    name: 'MeetingGuardRecorderActive',
    dataType: 'Boolean',
    value: (s) => s.recorders.active.length > 0,
    rule: { operator: 'IsEquals', operand: false, title: 'Recording software is running', description: 'Meeting Guard found screen or call recording software running. Quit it unless recording has been agreed and announced.' },
  }),
  setting({
    name: 'MeetingGuardVersion',
    dataType: 'String',
    value: (s) => s.version,
    rule: { operator: 'GreaterEquals', operand: '0.1.0', title: 'Meeting Guard is out of date', description: 'Install the current Meeting Guard from Company Portal.' },
  }),
];

/** The discovery script's output: compact JSON, one key per setting. */
export function formatIntune(status: FleetStatus): string {
  return JSON.stringify(Object.fromEntries(complianceSettings.map((s) => [s.name, s.value(status)])));
}

/**
 * The compliance JSON rules file IT uploads. MoreInfoUrl is the page Company Portal links to from each failed rule:
 * the organisation's own help page, which only IT knows, so the shipped file carries a marker that never resolves.
 */
export function intuneRules(moreInfoUrl: string = IT_FILLS_IN_URL): object {
  return {
    Rules: complianceSettings.map((s) => ({
      SettingName: s.name,
      Operator: s.rule.operator,
      DataType: s.name === 'MeetingGuardVersion' ? 'Version' : s.dataType,
      Operand: s.rule.operand,
      MoreInfoUrl: moreInfoUrl,
      RemediationStrings: [{ Language: 'en_US', Title: s.rule.title, Description: s.rule.description }],
    })),
  };
}
