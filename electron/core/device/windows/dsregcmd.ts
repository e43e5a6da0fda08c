import { z } from 'zod';
import type { Finding } from '../decide.js';
import { forEachLine } from '../../input/lines.js';

/**
 * `dsregcmd /status` prints framed sections ("| Device State |" between "+----+" rules) of right-aligned
 * "Name : Value" lines. The names are not localised; values are YES/NO for the join flags.
 * Format: Microsoft Learn, "Troubleshoot devices by using the dsregcmd command".
 */
export type DsregSections = Record<string, Record<string, string>>;

export function parseDsregcmd(text: string): DsregSections {
  // No prototype: a pasted "| __proto__ |" header must name a section, not reach Object.prototype.
  const sections: DsregSections = Object.create(null) as DsregSections;
  let current: Record<string, string> | undefined;
  forEachLine(text, (raw) => {
    const line = raw.trim();
    const header = /^\|\s*(.+?)\s*\|$/.exec(line);
    if (header?.[1]) {
      current = sections[header[1]] ??= Object.create(null) as Record<string, string>;
      return;
    }
    const pair = /^([A-Za-z][\w ()/-]*?)\s+:\s?(.*)$/.exec(line);
    if (pair?.[1] && current) current[pair[1]] = (pair[2] ?? '').trim();
  });
  return sections;
}

const yesNo = z.enum(['YES', 'NO'], { error: (issue) => (issue.input === undefined ? 'no such line' : `expected YES or NO, found "${String(issue.input)}"`) });

const deviceStateSchema = z.object({
  AzureAdJoined: yesNo,
  EnterpriseJoined: yesNo.optional(),
  DomainJoined: yesNo,
  DomainName: z.string().optional(),
});

export const DSREG_SOURCE = 'dsregcmd /status';
const SIGNAL = 'Microsoft Entra / Active Directory join';

export function judgeDsregcmd(text: string): Finding {
  const sections = parseDsregcmd(text);
  const device = sections['Device State'];
  if (!device) return unreadable('its output has no "Device State" section');
  const parsed = deviceStateSchema.safeParse(device);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = String(issue?.path[0] ?? '');
    return unreadable(field in device ? `its "Device State" field ${field} is unreadable (${issue?.message ?? ''})` : `its "Device State" section has no ${field} line`);
  }
  const state = parsed.data;
  const tenant = sections['Tenant Details']?.TenantName || undefined;
  const domain = state.DomainName || undefined;
  const workplaceJoined = sections['User State']?.WorkplaceJoined === 'YES';
  const entra = state.AzureAdJoined === 'YES';
  const ad = state.DomainJoined === 'YES';
  const drs = state.EnterpriseJoined === 'YES';
  const entraName = tenant ? `${tenant}'s Microsoft Entra ID` : 'Microsoft Entra ID';
  const domainName = domain ? `the ${domain} Active Directory domain` : 'an Active Directory domain';

  let phrase: string | undefined;
  if (entra && ad) phrase = `joined to ${entraName} and ${domainName} (hybrid join)`;
  else if (entra) phrase = `joined to ${entraName}`;
  else if (drs) phrase = `joined to ${domainName} through on-premises device registration`;
  else if (ad) phrase = `joined to ${domainName}`;

  const flags = `AzureAdJoined ${state.AzureAdJoined}, DomainJoined ${state.DomainJoined}${state.EnterpriseJoined ? `, EnterpriseJoined ${state.EnterpriseJoined}` : ''}, WorkplaceJoined ${workplaceJoined ? 'YES' : 'NO'}`;
  if (phrase) {
    return {
      evidence: { signal: SIGNAL, source: DSREG_SOURCE, weight: 'decisive', status: 'positive', detail: flags },
      phrase,
      managedBy: entra ? 'Microsoft Entra ID' : 'Active Directory',
      ...(tenant || domain ? { organisation: tenant ?? domain } : {}),
    };
  }
  return {
    evidence: { signal: SIGNAL, source: DSREG_SOURCE, weight: 'decisive', status: 'negative', detail: flags },
    // Registered (BYOD) devices carry a work account but stay under the owner's control.
    ...(workplaceJoined
      ? { note: 'A work account has been added to it (Microsoft Entra registered), but that does not make it a managed device.' }
      : {}),
  };
}

function unreadable(reason: string): Finding {
  return {
    evidence: { signal: SIGNAL, source: DSREG_SOURCE, weight: 'decisive', status: 'unavailable', detail: `dsregcmd could not be read: ${reason}` },
  };
}
