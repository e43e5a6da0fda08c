import type { HostEnvironment, Platform } from './platform.js';
import { linuxDeviceProbe } from '../device/linux/linux-probe.js';
import { linuxPolicySource } from '../policy/sources/linux-policy-source.js';
import { linuxCallProbes } from '../calls/linux-call-probes.js';

/** Linux's adapters (chosen in select-platform.ts, or loaded alone by load-platform.ts). */
export const linuxPlatform = (host: HostEnvironment): Platform => ({ os: 'linux', host, device: linuxDeviceProbe(host), policy: linuxPolicySource(host), ...linuxCallProbes(host) }) satisfies Platform;
