import type { HostEnvironment, OsName, Platform } from './platform.js';
import { defaultHost, osFromNodePlatform } from './host.js';

/**
 * selectPlatform's choice (select-platform.ts) with only the chosen OS's adapters loaded: a CLI command never reads,
 * or builds the schemas of, the other two OSes' probes and policy readers. A test holds the two to the same answers.
 */
export async function loadPlatform(os: OsName, host: HostEnvironment): Promise<Platform> {
  switch (os) {
    case 'windows':
      return (await import('./windows-platform.js')).windowsPlatform(host);
    case 'macos':
      return (await import('./macos-platform.js')).macosPlatform(host);
    case 'linux':
      return (await import('./linux-platform.js')).linuxPlatform(host);
  }
}

export function loadCurrentPlatform(): Promise<Platform> {
  return loadPlatform(osFromNodePlatform(process.platform), defaultHost());
}
