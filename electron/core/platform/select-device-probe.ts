import type { DeviceManagementProbe } from '../device/types.js';
import { defaultHost, osFromNodePlatform } from './host.js';
import type { HostEnvironment, OsName } from './platform.js';

/**
 * The device probe alone, as selectPlatform (select-platform.ts) chooses it, with only that OS's probe loaded: the
 * CLI's `device` command then never loads the policy, call-detection and product code a whole Platform brings.
 * A test holds the two choices to the same answers.
 */
export async function selectDeviceProbe(os: OsName, host: HostEnvironment): Promise<DeviceManagementProbe> {
  switch (os) {
    case 'windows':
      return (await import('../device/windows/windows-probe.js')).windowsDeviceProbe(host);
    case 'macos':
      return (await import('../device/macos/macos-probe.js')).macosDeviceProbe(host);
    case 'linux':
      return (await import('../device/linux/linux-probe.js')).linuxDeviceProbe(host);
  }
}

export function currentDeviceProbe(): Promise<DeviceManagementProbe> {
  return selectDeviceProbe(osFromNodePlatform(process.platform), defaultHost());
}
