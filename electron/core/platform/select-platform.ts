import type { HostEnvironment, OsName, Platform } from './platform.js';
import { defaultHost, osFromNodePlatform } from './host.js';
import { windowsPlatform } from './windows-platform.js';
import { macosPlatform } from './macos-platform.js';
import { linuxPlatform } from './linux-platform.js';

/**
 * The only place in the code base that decides which OS's adapters run. load-platform.ts (the CLI's, which loads the
 * chosen OS's adapters alone) and select-device-probe.ts (the device probe alone) make the same choice; tests hold
 * them to it.
 */
export function selectPlatform(os: OsName, host: HostEnvironment): Platform {
  switch (os) {
    case 'windows':
      return windowsPlatform(host);
    case 'macos':
      return macosPlatform(host);
    case 'linux':
      return linuxPlatform(host);
  }
}

export { defaultHost, osFromNodePlatform };

export function currentPlatform(): Platform {
  return selectPlatform(osFromNodePlatform(process.platform), defaultHost());
}
