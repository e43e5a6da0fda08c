import { z } from 'zod';
import type { Finding } from '../decide.js';
import { parseIni } from '../../util/ini.js';

/**
 * sssd.conf (sssd.conf(5)): an [sssd] section whose `domains` lists the active domains, and one
 * [domain/<name>] section each with `id_provider` (ad, ipa, ldap, files, proxy). SSSD 2.x also activates a domain
 * with `enabled = true`. Only directory providers count: `files`/`proxy` domains are local accounts.
 */
export const SSSD_SOURCE = '/etc/sssd/sssd.conf';
const SIGNAL = 'Directory sign-in (sssd)';
const DIRECTORY: Record<string, string> = { ad: 'Active Directory', ipa: 'FreeIPA', ldap: 'LDAP directory' };

// Made at its first parse (z.lazy): most Linux laptops have no sssd.conf.
const domainSchema = z.lazy(() => z.object({ id_provider: z.string().optional(), enabled: z.string().optional() }).loose());

export function judgeSssdConf(text: string, source = SSSD_SOURCE): Finding {
  const parsed = parseIni(text);
  const sssd = parsed.sssd ?? {};
  const listed = String(sssd.domains ?? '')
    .split(',')
    .map((d) => d.trim())
    .filter(Boolean);
  const domains = Object.entries(parsed)
    .filter(([section]) => section.startsWith('domain/'))
    .map(([section, body]) => ({ name: section.slice('domain/'.length), body: domainSchema.safeParse(body) }));
  if (domains.length === 0 && listed.length === 0 && Object.keys(parsed).length === 0) {
    return unreadable(`${source} has no sections`, source);
  }
  const active = domains.filter((d) => {
    if (!d.body.success) return false;
    const enabled = d.body.data.enabled;
    return listed.includes(d.name) || enabled?.toLowerCase() === 'true';
  });
  const directory = active.find((d) => d.body.success && DIRECTORY[String(d.body.data.id_provider)]);
  const summary = domains.map((d) => `${d.name} (${d.body.success ? (d.body.data.id_provider ?? 'no id_provider') : 'unreadable'}${active.includes(d) ? '' : ', inactive'})`).join('; ');
  if (!directory || !directory.body.success) {
    return { evidence: { signal: SIGNAL, source, weight: 'decisive', status: 'negative', detail: summary || 'no sssd domain configured' } };
  }
  const kind = DIRECTORY[String(directory.body.data.id_provider)]!;
  return {
    evidence: { signal: SIGNAL, source, weight: 'decisive', status: 'positive', detail: summary },
    phrase: kind === 'LDAP directory' ? `signing in through the ${directory.name} LDAP directory (sssd)` : `joined to the ${directory.name} ${kind} domain (sssd)`,
    managedBy: kind,
    organisation: directory.name,
  };
}

function unreadable(detail: string, source: string): Finding {
  return { evidence: { signal: SIGNAL, source, weight: 'decisive', status: 'unavailable', detail } };
}
