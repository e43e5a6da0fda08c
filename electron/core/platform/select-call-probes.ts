import type { CallProbes } from '../calls/call-probes.js';
import { defaultHost, osFromNodePlatform } from './host.js';
import type { HostEnvironment, OsName } from './platform.js';

/** What the `watch` command takes from a Platform: the OS, its host, and its call-detection adapters. */
export type CallProbesOf = CallProbes & { os: OsName; host: HostEnvironment };

/**
 * The call-detection adapters alone, as selectPlatform (select-platform.ts) chooses them, with only that OS's probes
 * loaded: the CLI's `watch` then never loads (at each start) the device probe and policy readers a whole Platform
 * brings, and the modules under them. A test holds the two choices to the same answers.
 */
export async function selectCallProbes(os: OsName, host: HostEnvironment): Promise<CallProbesOf> {
  switch (os) {
    case 'windows':
      return { os, host, ...(await import('../calls/windows-call-probes.js')).windowsCallProbes(host) };
    case 'macos':
      return { os, host, ...(await import('../calls/macos-call-probes.js')).macosCallProbes(host) };
    case 'linux':
      return { os, host, ...(await import('../calls/linux-call-probes.js')).linuxCallProbes(host) };
  }
}

export function currentCallProbes(): Promise<CallProbesOf> {
  return selectCallProbes(osFromNodePlatform(process.platform), defaultHost());
}
