import type { HostEnvironment, Platform } from './platform.js';
import { macosDeviceProbe } from '../device/macos/macos-probe.js';
import { macosPolicySource } from '../policy/sources/macos-policy-source.js';
import { macosCallProbes } from '../calls/macos-call-probes.js';

/** macOS's adapters (chosen in select-platform.ts, or loaded alone by load-platform.ts). */
export const macosPlatform = (host: HostEnvironment): Platform => ({ os: 'macos', host, device: macosDeviceProbe(host), policy: macosPolicySource(host), ...macosCallProbes(host) }) satisfies Platform;
