import type { HostEnvironment, Platform } from './platform.js';
import { windowsDeviceProbe } from '../device/windows/windows-probe.js';
import { windowsPolicySource } from '../policy/sources/windows-policy-source.js';
import { windowsCallProbes } from '../calls/windows-call-probes.js';

/** Windows's adapters (chosen in select-platform.ts, or loaded alone by load-platform.ts). */
export const windowsPlatform = (host: HostEnvironment): Platform => ({ os: 'windows', host, device: windowsDeviceProbe(host), policy: windowsPolicySource(host), ...windowsCallProbes(host) }) satisfies Platform;
