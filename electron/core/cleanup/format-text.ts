import type { Findings } from './findings.js';
import type { ScanReport } from './scan-report.js';
import type { ClearResult } from './clear.js';
import { cleanupAdvice, describeFindings, describeLocation, nameForId } from '../products/describe.js';
import { fill, resolveUiLanguage } from '../i18n/translate.js';
import { cleanupTextWords } from '../i18n/cleanup-text-words.js';

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
export function formatFindings(f: Findings, language: string | undefined = 'en-GB'): string {
  const previews = [f.emails, f.ipv4, f.ipv6, f.accountNames, f.macAddresses].flatMap((s) => s.previews);
  return `${describeFindings(f, language)}${previews.length > 0 ? ` (${previews.join(', ')})` : ''}`;
}

/** The scan for a person at a terminal: display names and plain descriptions in `language`, never ids. */
export function formatScanText(report: ScanReport, language: string | undefined = 'en-GB'): string {
  const ui = resolveUiLanguage(language);
  const w = cleanupTextWords(ui);
  const lines: string[] = [];
  for (const client of report.clients) {
    const present = client.locations.filter((l) => l.exists);
    const advice = cleanupAdvice(client.id, ui);
    const vendorAction = advice.vendorAction ?? client.vendorAction;
    const limits = client.limits ? (advice.limits ?? client.limits) : undefined;
    lines.push(`${nameForId(client.id, ui, [client])}: ${present.length === 0 ? w.nothingFound : fill(w.summary, { size: formatBytes(client.bytes), count: present.length })}`);
    for (const loc of present) {
      const rule = loc.clear === 'clear' ? (loc.signsOut ? w.ruleClearSignsOut : w.ruleClear) : loc.clear === 'consent' ? w.ruleConsent : w.ruleNever;
      lines.push(`  ${describeLocation(loc.id, ui)}`);
      lines.push(`    ${loc.path}  ${formatBytes(loc.bytes)}, ${fill(w.files, { count: loc.files.length + loc.filesNotListed })} - ${rule}`);
      if (loc.clear === 'clear') lines.push(`    ${w.found}: ${formatFindings(loc.findings, ui)}`);
      for (const file of loc.files.filter((f) => f.note || f.findings)) {
        lines.push(`    ${file.path} (${formatBytes(file.size)})${file.note ? `: ${file.note}` : ''}${file.findings ? ` - ${formatFindings(file.findings, ui)}` : ''}`);
      }
      for (const skip of loc.skipped) lines.push(`    ${w.skipped} ${skip.path}: ${skip.reason}`);
    }
    if (present.length > 0 || limits) lines.push(`  ${w.tip}: ${vendorAction}`);
    if (limits) lines.push(`  ${w.notCleared}: ${limits}`);
  }
  if (!report.complete) lines.push(w.cancelled);
  return `${lines.join('\n')}\n`;
}

export function formatClearText(result: ClearResult, language: string | undefined = 'en-GB'): string {
  const w = cleanupTextWords(resolveUiLanguage(language));
  const lines: string[] = [];
  for (const refused of result.refusedClients) {
    const names = [...new Set(refused.running.map((p) => `${p.name} (pid ${p.pid})`))].join(', ');
    lines.push(fill(w.refused, { client: nameForId(refused.client, language), names }));
  }
  for (const item of result.items) lines.push(`${w.verb[item.status]}: ${item.path}${item.reason ? ` (${item.reason})` : ''}`);
  if (result.items.length === 0) lines.push(w.nothingToClear);
  if (result.dryRun) lines.push(w.dryRun);
  if (result.batchId) lines.push(`${w.undo}: meeting-guard cleanup --undo ${result.batchId}`);
  lines.push(w.ssd);
  return `${lines.join('\n')}\n`;
}
