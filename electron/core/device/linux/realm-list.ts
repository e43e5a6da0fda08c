import type { Finding } from '../decide.js';
import { forEachLine } from '../../input/lines.js';

/**
 * `realm list` (realmd) prints one block per configured realm: the realm name at column 0, then indented
 * "key: value" lines (type, realm-name, domain-name, configured, server-software, client-software, ...).
 * `configured: kerberos-member` means the machine holds a computer account; discovered but unjoined realms
 * say `configured: no`. No output means no realm. Format: realmd's realm(8) and its `realm list` source.
 */
export interface RealmBlock {
  name: string;
  fields: Record<string, string[]>;
}

export const REALM_SOURCE = 'realm list';
/** A machine is joined to one realm, perhaps discovers a few: far more is not `realm list` output (and costs memory). */
export const MAX_REALMS = 100;
const SIGNAL = 'Active Directory / FreeIPA join (realmd)';

export function parseRealmList(text: string): RealmBlock[] {
  const blocks: RealmBlock[] = [];
  forEachLine(text, (raw) => {
    if (raw.trim() === '') return;
    if (!/^[ \t]/.test(raw)) {
      if (blocks.length > MAX_REALMS) return false;
      blocks.push({ name: raw.trim(), fields: {} });
      return;
    }
    const match = /^[ \t]+([a-z][a-z-]*):\s*(.*)$/.exec(raw);
    const block = blocks[blocks.length - 1];
    if (match?.[1] && block) (block.fields[match[1]] ??= []).push((match[2] ?? '').trim());
  });
  return blocks;
}

export function judgeRealmList(text: string): Finding {
  const blocks = parseRealmList(text);
  if (blocks.length > MAX_REALMS) {
    return { evidence: { signal: SIGNAL, source: REALM_SOURCE, weight: 'decisive', status: 'unavailable', detail: `realm list printed more than ${MAX_REALMS} realms, which is not a list of this machine's realms` } };
  }
  const garbage = text.trim() !== '' && blocks.every((b) => Object.keys(b.fields).length === 0);
  if (garbage) {
    return { evidence: { signal: SIGNAL, source: REALM_SOURCE, weight: 'decisive', status: 'unavailable', detail: 'realm list printed something that is not a list of realms' } };
  }
  const joined = blocks.filter((b) => {
    const configured = b.fields.configured?.[0];
    return configured !== undefined && configured !== 'no';
  });
  if (joined.length === 0) {
    const detail = blocks.length === 0 ? 'no realm is configured' : `realms discovered but not joined: ${blocks.map((b) => b.name).join(', ')}`;
    return { evidence: { signal: SIGNAL, source: REALM_SOURCE, weight: 'decisive', status: 'negative', detail } };
  }
  const first = joined[0]!;
  const software = first.fields['server-software']?.[0];
  const directory = software === 'ipa' ? 'FreeIPA' : software === 'active-directory' ? 'Active Directory' : 'Kerberos';
  const domain = first.fields['domain-name']?.[0] ?? first.name;
  return {
    evidence: {
      signal: SIGNAL,
      source: REALM_SOURCE,
      weight: 'decisive',
      status: 'positive',
      detail: joined.map((b) => `${b.name}: ${b.fields.configured?.[0]} (${b.fields['server-software']?.[0] ?? 'unknown server'})`).join('; '),
    },
    phrase: `joined to the ${domain} ${directory} domain`,
    managedBy: directory,
    organisation: domain,
  };
}
