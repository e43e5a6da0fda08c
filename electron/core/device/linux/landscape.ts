import type { Finding } from '../decide.js';
import { parseIni } from '../../util/ini.js';

/**
 * Canonical Landscape: `landscape-config` writes /etc/landscape/client.conf ([client] account_name, url,
 * computer_title, ...), and the client stores the server-assigned `secure-id` in its broker persist file
 * /var/lib/landscape/client/broker.bpickle once registration succeeded. A configuration alone is not a
 * registration (the package and `landscape-config` can exist on an unmanaged machine).
 */
export const LANDSCAPE_CONF = '/etc/landscape/client.conf';
export const LANDSCAPE_BROKER = '/var/lib/landscape/client/broker.bpickle';
const SIGNAL = 'Canonical Landscape registration';

export interface LandscapeConfig {
  account?: string;
  url?: string;
}

export function parseLandscapeConf(text: string): LandscapeConfig | undefined {
  const client = parseIni(text).client;
  if (!client || typeof client !== 'object') return undefined;
  const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
  const account = str(client.account_name);
  const url = str(client.url);
  return { ...(account ? { account } : {}), ...(url ? { url } : {}) };
}

/** True when the broker persist holds a secure-id, i.e. the server accepted the registration. */
export function brokerHasSecureId(bytes: Buffer): boolean {
  return bytes.includes('secure-id');
}

/**
 * `registered` is undefined when only the configuration is known (a pasted file): then a configured client cannot
 * be confirmed either way, which reads as unknown rather than managed.
 */
export function judgeLandscape(confText: string | undefined, registered: boolean | undefined, source = LANDSCAPE_CONF): Finding {
  const config = confText === undefined ? undefined : parseLandscapeConf(confText);
  if (!config || (!config.account && !config.url)) {
    return { evidence: { signal: SIGNAL, source, weight: 'decisive', status: 'negative', detail: confText === undefined ? 'Landscape client is not configured' : 'client.conf has no [client] account or server' } };
  }
  const where = `account ${config.account ?? 'not set'}, server ${hostOf(config.url) ?? 'not set'}`;
  if (registered === undefined) {
    return { evidence: { signal: SIGNAL, source, weight: 'decisive', status: 'unavailable', detail: `Landscape is configured (${where}) but its registration cannot be confirmed from the configuration alone` } };
  }
  if (!registered) {
    return {
      evidence: { signal: SIGNAL, source: `${source}, ${LANDSCAPE_BROKER}`, weight: 'decisive', status: 'negative', detail: `configured (${where}) but not registered` },
      note: 'Landscape is configured on it but the registration has not completed.',
    };
  }
  return {
    evidence: { signal: SIGNAL, source: `${source}, ${LANDSCAPE_BROKER}`, weight: 'decisive', status: 'positive', detail: `registered (${where})` },
    phrase: `registered with Canonical Landscape${config.account ? ` (account ${config.account})` : ''}`,
    managedBy: 'Landscape',
    ...(config.account ? { organisation: config.account } : {}),
  };
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
