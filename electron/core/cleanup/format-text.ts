import type { Findings } from './findings.js';
import type { ScanReport } from './scan-report.js';
import type { ClearResult } from './clear.js';
import { describeFindings, describeLocation, nameForId } from '../products/describe.js';

const SSD_NOTE =
  'Removed items wait in quarantine, then are deleted. Deleting (or overwriting) does not guarantee erasure on SSDs; full-disk encryption is what protects deleted data.';

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let v = n / 1024;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${v.toFixed(1)} ${units[u]}`;
}

/** "3 e-mail addresses and 12 IP addresses (j***@example.org, 192.0.2.x)": counts in words, then masked previews. */
export function formatFindings(f: Findings): string {
  const previews = [f.emails, f.ipv4, f.ipv6, f.accountNames, f.macAddresses].flatMap((s) => s.previews);
  return `${describeFindings(f)}${previews.length > 0 ? ` (${previews.join(', ')})` : ''}`;
}

export function formatScanText(report: ScanReport): string {
  const lines: string[] = [];
  for (const client of report.clients) {
    const present = client.locations.filter((l) => l.exists);
    lines.push(`${client.name}: ${present.length === 0 ? 'nothing found' : `${formatBytes(client.bytes)} in ${present.length} location(s)`}`);
    for (const loc of present) {
      const rule = loc.clear === 'clear' ? (loc.signsOut ? 'cleared (signs you out)' : 'cleared') : loc.clear === 'consent' ? 'your own files: only on separate request' : 'shared with other apps: never touched';
      lines.push(`  ${describeLocation(loc.id)}`);
      lines.push(`    ${loc.path}  ${formatBytes(loc.bytes)}, ${loc.files.length + loc.filesNotListed} file(s) - ${rule}`);
      if (loc.clear === 'clear') lines.push(`    found: ${formatFindings(loc.findings)}`);
      for (const file of loc.files.filter((f) => f.note || f.findings)) {
        lines.push(`    ${file.path} (${formatBytes(file.size)})${file.note ? `: ${file.note}` : ''}${file.findings ? ` - ${formatFindings(file.findings)}` : ''}`);
      }
      for (const skip of loc.skipped) lines.push(`    skipped ${skip.path}: ${skip.reason}`);
    }
    if (present.length > 0 || client.limits) lines.push(`  Tip: ${client.vendorAction}`);
    if (client.limits) lines.push(`  Not cleared: ${client.limits}`);
  }
  if (!report.complete) lines.push('Scan cancelled: the list above is incomplete.');
  return `${lines.join('\n')}\n`;
}

export function formatClearText(result: ClearResult): string {
  const lines: string[] = [];
  for (const refused of result.refusedClients) {
    const names = [...new Set(refused.running.map((p) => `${p.name} (pid ${p.pid})`))].join(', ');
    lines.push(`Refused for ${nameForId(refused.client)}: ${names} is running. Quit it (including tray icon), or run again with --wait SECONDS.`);
  }
  const verb = { cleared: 'cleared', 'would-clear': 'would clear', skipped: 'skipped', kept: 'kept' } as const;
  for (const item of result.items) lines.push(`${verb[item.status]}: ${item.path}${item.reason ? ` (${item.reason})` : ''}`);
  if (result.items.length === 0) lines.push('Nothing to clear.');
  if (result.dryRun) lines.push('Dry run: nothing was changed.');
  if (result.batchId) lines.push(`Undo with: meeting-guard cleanup --undo ${result.batchId}`);
  lines.push(SSD_NOTE);
  return `${lines.join('\n')}\n`;
}
