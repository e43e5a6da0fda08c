import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describeFailure } from '../../ports/command-runner.js';
import type { HostEnvironment } from '../../platform/platform.js';
import { decide, unavailable, type Finding } from '../decide.js';
import type { DeviceManagementProbe } from '../types.js';
import { readOutput } from '../read-output.js';
import { judgeProfilesStatus, PROFILES_SOURCE } from './profiles-status.js';

// Agent footprints: shown as supporting evidence only, because an agent left behind after unenrolment proves nothing.
const JAMF_BINARY = 'usr/local/jamf/bin/jamf';
const JAMF_PLIST = 'Library/Preferences/com.jamfsoftware.jamf.plist';
const INTUNE_AGENT = 'Library/Intune/Microsoft Intune Agent.app';

export function macosDeviceProbe(host: HostEnvironment): DeviceManagementProbe {
  return {
    async check() {
      const result = await host.run('/usr/bin/profiles', ['status', '-type', 'enrollment'], { timeoutMs: 10_000, env: host.env });
      const profiles: Finding =
        result.kind === 'ok'
          ? readOutput(result.stdout, 'the profiles output', judgeProfilesStatus, PROFILES_SOURCE)
          : unavailable('MDM enrolment (profiles)', PROFILES_SOURCE, describeFailure(result, 'profiles'));
      const markers = await Promise.all([jamfMarker(host.root), intuneMarker(host.root)]);
      return decide('macos', [profiles, ...markers]);
    },
  };
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

async function jamfMarker(root: string): Promise<Finding> {
  const signal = 'Jamf agent';
  const source = `/${JAMF_BINARY}, /${JAMF_PLIST}`;
  if (!(await exists(join(root, JAMF_BINARY)))) {
    return { evidence: { signal, source, weight: 'supporting', status: 'negative', detail: 'the Jamf agent is not installed' } };
  }
  let server = '';
  try {
    // Loaded only on a Mac that has the Jamf agent: other OSes and most Macs never pay for the plist parser.
    const { parse: parsePlist } = await import('plist');
    const parsed = parsePlist(await readFile(join(root, JAMF_PLIST), 'utf8')) as Record<string, unknown>;
    if (typeof parsed.jss_url === 'string') server = ` (Jamf Pro server ${new URL(parsed.jss_url).hostname})`;
  } catch {
    // The preferences are optional evidence; the binary alone is reported.
  }
  return { evidence: { signal, source, weight: 'supporting', status: 'positive', detail: `the Jamf agent is installed${server}` } };
}

async function intuneMarker(root: string): Promise<Finding> {
  const present = await exists(join(root, INTUNE_AGENT));
  return {
    evidence: {
      signal: 'Intune agent',
      source: `/${INTUNE_AGENT}`,
      weight: 'supporting',
      status: present ? 'positive' : 'negative',
      detail: present ? 'the Microsoft Intune agent is installed' : 'the Microsoft Intune agent is not installed',
    },
  };
}
