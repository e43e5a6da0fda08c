import { z } from 'zod';
import type { Finding } from '../decide.js';

/**
 * Win32_ComputerSystem.PartOfDomain through PowerShell's CIM cmdlet, printed as "True|contoso.local" so one line
 * carries both values. PowerShell prints booleans as True/False whatever the display language.
 */
export const PART_OF_DOMAIN_ARGS = [
  '-NoProfile',
  '-NonInteractive',
  '-Command',
  "$cs = Get-CimInstance -ClassName Win32_ComputerSystem; '{0}|{1}' -f $cs.PartOfDomain, $cs.Domain",
] as const;
export const PART_OF_DOMAIN_SOURCE = 'Win32_ComputerSystem.PartOfDomain (PowerShell)';
const SIGNAL = 'Active Directory domain membership (WMI)';

const lineSchema = z
  .string()
  .regex(/^(True|False|)\|(.*)$/, 'expected "True|<domain>" or "False|<workgroup>"')
  .transform((line) => {
    const [flag = '', name = ''] = line.split('|');
    return { partOfDomain: flag === 'True', name: name.trim() };
  });

export function judgePartOfDomain(stdout: string): Finding {
  const line = stdout.split(/\r?\n/).map((l) => l.trim()).find((l) => l !== '') ?? '';
  const parsed = lineSchema.safeParse(line);
  if (!parsed.success) {
    return { evidence: { signal: SIGNAL, source: PART_OF_DOMAIN_SOURCE, weight: 'decisive', status: 'unavailable', detail: `WMI answer could not be read: "${line.slice(0, 80)}"` } };
  }
  const { partOfDomain, name } = parsed.data;
  if (!partOfDomain) {
    return { evidence: { signal: SIGNAL, source: PART_OF_DOMAIN_SOURCE, weight: 'decisive', status: 'negative', detail: `not part of a domain${name ? ` (workgroup ${name})` : ''}` } };
  }
  return {
    evidence: { signal: SIGNAL, source: PART_OF_DOMAIN_SOURCE, weight: 'decisive', status: 'positive', detail: `part of the ${name || 'unnamed'} domain` },
    phrase: `joined to the ${name || 'organisation’s'} Active Directory domain`,
    managedBy: 'Active Directory',
    ...(name ? { organisation: name } : {}),
  };
}
