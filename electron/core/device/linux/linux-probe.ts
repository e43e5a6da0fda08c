import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describeFailure, type CommandResult } from '../../ports/command-runner.js';
import { readOptional } from '../../ports/read-optional.js';
import type { HostEnvironment } from '../../platform/platform.js';
import { decide, unavailable, type Finding } from '../decide.js';
import type { DeviceManagementProbe } from '../types.js';
import { readOutput } from '../read-output.js';
import { readText } from '../../input/read-text.js';
import { INPUT_LIMITS } from '../../input/limits.js';
import { judgeRealmList, REALM_SOURCE } from './realm-list.js';
import { judgeSssdConf, SSSD_SOURCE } from './sssd-conf.js';
import { brokerHasSecureId, judgeLandscape, LANDSCAPE_BROKER, LANDSCAPE_CONF } from './landscape.js';
import { finding as proFinding, judgeUbuntuPro } from './ubuntu-pro.js';
import { INTUNE_PORTAL, judgeIntuneLinux } from './intune-linux.js';

/** Linux has no single "managed" bit: every signal below is read and the evidence names each one. */
export function linuxDeviceProbe(host: HostEnvironment, options: { commandTimeoutMs?: number } = {}): DeviceManagementProbe {
  const at = (path: string) => join(host.root, path);
  const timeoutMs = options.commandTimeoutMs ?? 10_000;
  return {
    async check() {
      const [realm, sssd, landscape, intune, pro] = await Promise.all([
        host.run('realm', ['list'], { timeoutMs, env: host.env }).then(fromRealm),
        sssdFinding(at),
        landscapeFinding(at),
        intuneFinding(at, host.home),
        host.run('pro', ['status', '--format', 'json'], { timeoutMs, env: host.env }).then(fromPro),
      ]);
      return decide('linux', [realm, sssd, landscape, intune, pro]);
    },
  };
}

function fromRealm(result: CommandResult): Finding {
  if (result.kind === 'ok') return readOutput(result.stdout, 'the realm list output', judgeRealmList, REALM_SOURCE);
  if (result.kind === 'missing') {
    return { evidence: { signal: 'Active Directory / FreeIPA join (realmd)', source: REALM_SOURCE, weight: 'decisive', status: 'negative', detail: 'realmd is not installed' } };
  }
  return unavailable('Active Directory / FreeIPA join (realmd)', REALM_SOURCE, describeFailure(result, 'realm list'));
}

function fromPro(result: CommandResult): Finding {
  if (result.kind === 'ok') return readOutput(result.stdout, 'the pro status output', judgeUbuntuPro, 'pro status --format json');
  if (result.kind === 'missing') return proFinding('negative', 'the Ubuntu Pro client is not installed');
  return proFinding('unavailable', describeFailure(result, 'pro status'));
}

async function sssdFinding(at: (p: string) => string): Promise<Finding> {
  const signal = 'Directory sign-in (sssd)';
  const main = await readOptional(at(SSSD_SOURCE));
  if (main.kind === 'denied') return unavailable(signal, SSSD_SOURCE, 'sssd is configured but its settings can be read only by root');
  if (main.kind === 'error') return unavailable(signal, SSSD_SOURCE, `${SSSD_SOURCE} could not be read: ${main.message}`);
  // conf.d snippets are merged into the main file by sssd itself, in name order.
  const snippets = await readdir(at('/etc/sssd/conf.d')).catch(() => [] as string[]);
  const texts: string[] = [];
  const files = main.kind === 'ok' ? [{ path: SSSD_SOURCE, bytes: main.bytes }] : [];
  for (const name of snippets.filter((n) => n.endsWith('.conf')).sort()) {
    const snippet = await readOptional(at(`/etc/sssd/conf.d/${name}`));
    if (snippet.kind === 'ok') files.push({ path: `/etc/sssd/conf.d/${name}`, bytes: snippet.bytes });
    else if (snippet.kind === 'denied') return unavailable(signal, SSSD_SOURCE, 'sssd is configured but its settings can be read only by root');
  }
  for (const file of files) {
    const read = readText(file.bytes, { what: file.path, maxBytes: INPUT_LIMITS.configFile });
    if (!read.ok) return unavailable(signal, SSSD_SOURCE, read.message);
    texts.push(read.text);
  }
  if (texts.length === 0) return { evidence: { signal, source: SSSD_SOURCE, weight: 'decisive', status: 'negative', detail: 'sssd is not configured' } };
  return judgeSssdConf(texts.join('\n'));
}

async function landscapeFinding(at: (p: string) => string): Promise<Finding> {
  const conf = await readOptional(at(LANDSCAPE_CONF));
  if (conf.kind === 'missing') return judgeLandscape(undefined, false);
  if (conf.kind !== 'ok') {
    return unavailable('Canonical Landscape registration', LANDSCAPE_CONF, conf.kind === 'denied' ? 'the Landscape client configuration can be read only by root' : `${LANDSCAPE_CONF} could not be read: ${conf.message}`);
  }
  const read = readText(conf.bytes, { what: LANDSCAPE_CONF, maxBytes: INPUT_LIMITS.configFile });
  if (!read.ok) return unavailable('Canonical Landscape registration', LANDSCAPE_CONF, read.message);
  // The broker persist is binary (a bpickle): searched as bytes, never read as text.
  const broker = await readOptional(at(LANDSCAPE_BROKER));
  if (broker.kind === 'denied' || broker.kind === 'error') return judgeLandscape(read.text, undefined);
  return judgeLandscape(read.text, broker.kind === 'ok' && brokerHasSecureId(broker.bytes));
}

async function intuneFinding(at: (p: string) => string, home: string): Promise<Finding> {
  const installed = await stat(at(INTUNE_PORTAL)).then(() => true, () => false);
  const registration = await readOptional(join(home, '.config/intune/registration.toml'));
  const state = registration.kind === 'ok' ? (registration.text.trim() ? 'present' : 'missing') : registration.kind === 'missing' ? 'missing' : 'unreadable';
  return judgeIntuneLinux(installed, state);
}
