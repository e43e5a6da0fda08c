import { homedir } from 'node:os';
import { runCommand } from '../ports/command-runner.js';
import type { HostEnvironment, OsName, Platform } from './platform.js';
import { windowsDeviceProbe } from '../device/windows/windows-probe.js';
import { macosDeviceProbe } from '../device/macos/macos-probe.js';
import { linuxDeviceProbe } from '../device/linux/linux-probe.js';
import { windowsPolicySource } from '../policy/sources/windows-policy-source.js';
import { macosPolicySource } from '../policy/sources/macos-policy-source.js';
import { linuxPolicySource } from '../policy/sources/linux-policy-source.js';
import { linuxCallProbes, macosCallProbes, windowsCallProbes } from '../calls/platform-probes.js';

/** The only place in the code base that decides which OS's adapters run. */
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

export function osFromNodePlatform(platform: NodeJS.Platform): OsName {
  if (platform === 'win32') return 'windows';
  if (platform === 'darwin') return 'macos';
  // The BSDs and others are closest to Linux in what they offer (/etc files, command-line tools).
  return 'linux';
}

export function defaultHost(): HostEnvironment {
  const root = process.platform === 'win32' ? `${process.env.SystemDrive ?? 'C:'}\\` : '/';
  return { run: runCommand, root, home: homedir(), env: process.env };
}

export function currentPlatform(): Platform {
  return selectPlatform(osFromNodePlatform(process.platform), defaultHost());
}
