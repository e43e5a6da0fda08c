import type { HostEnvironment, OsName, Platform } from './platform.js';
import { defaultHost, osFromNodePlatform } from './host.js';
import { windowsDeviceProbe } from '../device/windows/windows-probe.js';
import { macosDeviceProbe } from '../device/macos/macos-probe.js';
import { linuxDeviceProbe } from '../device/linux/linux-probe.js';
import { windowsPolicySource } from '../policy/sources/windows-policy-source.js';
import { macosPolicySource } from '../policy/sources/macos-policy-source.js';
import { linuxPolicySource } from '../policy/sources/linux-policy-source.js';
import { linuxCallProbes, macosCallProbes, windowsCallProbes } from '../calls/platform-probes.js';

/**
 * The only place in the code base that decides which OS's adapters run (select-device-probe.ts makes the same choice
 * for the device probe alone, loading nothing else).
 */
export function selectPlatform(os: OsName, host: HostEnvironment): Platform {
  switch (os) {
    case 'windows':
      return { os, host, device: windowsDeviceProbe(host), policy: windowsPolicySource(host), ...windowsCallProbes(host) } satisfies Platform;
    case 'macos':
      return { os, host, device: macosDeviceProbe(host), policy: macosPolicySource(host), ...macosCallProbes(host) } satisfies Platform;
    case 'linux':
      return { os, host, device: linuxDeviceProbe(host), policy: linuxPolicySource(host), ...linuxCallProbes(host) } satisfies Platform;
  }
}

export { defaultHost, osFromNodePlatform };

export function currentPlatform(): Platform {
  return selectPlatform(osFromNodePlatform(process.platform), defaultHost());
}
