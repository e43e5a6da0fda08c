import type { FleetStatus } from './status-model.js';
import { formatIntune } from './intune-compliance.js';
import { SIGNAL_LABELS, describeStatus } from '../calls/signals/signal-status.js';

export const REPORT_FORMATS = ['text', 'json', 'jamf', 'intune'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function formatStatus(status: FleetStatus, format: ReportFormat): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(status, null, 2)}\n`;
    case 'intune':
      return `${formatIntune(status)}\n`;
    case 'jamf':
      return `<result>${jamfValue(status)}</result>\n`;
    case 'text':
      return formatText(status);
  }
}

/**
 * A Jamf Pro extension attribute value: one line of `key=value` pairs separated by "; ", stable so that smart
 * groups can match with "like" (e.g. `device=managed;` or `recorders=none;`). Angle brackets would end the
 * <result> element early, so they never appear in a value.
 */
export function jamfValue(status: FleetStatus): string {
  const pairs: [string, string][] = [
    ['device', status.device.verdict],
    ['policy-errors', String(status.policy.errorCount)],
    ['recorders', status.recorders.active.length ? status.recorders.active.join(',') : 'none'],
    ['notice-ack', status.notice.lastAcknowledgedAt ?? 'never'],
    ['cleanup', status.cleanup.lastClearedAt ?? 'never'],
    ['version', status.version],
  ];
  return pairs.map(([k, v]) => `${k}=${v.replace(/[<>;]/g, ' ')}`).join('; ');
}

function formatText(status: FleetStatus): string {
  const lines = [
    `Meeting Guard ${status.version} on ${status.os} (${status.generatedAt})`,
    `Device:     ${status.device.verdict}${status.device.managedBy.length ? ` (${status.device.managedBy.join(', ')})` : ''}`,
    `Policy:     ${status.policy.sources.length ? status.policy.sources.join(', ') : 'defaults only'}; ${status.policy.errorCount} error(s)`,
    ...status.policy.errors.map((e) => `            ${e}`),
    `Notice:     last acknowledged ${status.notice.lastAcknowledgedAt ?? 'never'}`,
    `Recorders:  ${status.recorders.active.length ? status.recorders.active.join(', ') : 'none recording'}${status.recorders.present.length ? `; running, may be idle: ${status.recorders.present.join(', ')}` : ''}`,
    `Cleanup:    mode ${status.cleanup.mode}; last cleared ${status.cleanup.lastClearedAt ?? 'never'}`,
    ...callSignalLines(status),
    ...status.problems.map((p) => `Problem:    ${p}`),
  ];
  return `${lines.join('\n')}\n`;
}

/** "Call signals: …" and one line per signal this laptop cannot read, with why: never a silent "no call". */
function callSignalLines(status: FleetStatus): string[] {
  const signals = status.callSignals ?? [];
  if (signals.length === 0) return [];
  const seen = signals.filter((s) => s.state === 'available').map((s) => SIGNAL_LABELS[s.signal].toLowerCase());
  return [
    `Calls:      sees ${seen.length ? seen.join(', ') : 'nothing but the person saying so'}`,
    ...signals.filter((s) => s.state === 'unavailable').map((s) => `            ${describeStatus(s)}`),
  ];
}
