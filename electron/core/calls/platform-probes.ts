import { join } from 'node:path';
import type { HostEnvironment } from '../platform/platform.js';
import type { ProcessSource } from './process-snapshot.js';
import { noMediaProbe, type MediaProbe } from './media-signal.js';
import { linuxProcessSource } from './linux-processes.js';
import { linuxMediaProbe } from './linux-media.js';
import { windowsProcessSource } from './windows-processes.js';
import { windowsMediaProbe } from './windows-media.js';
import { macosProcessSource } from './macos-processes.js';

/** The two Platform fields this feature adds; select-platform.ts spreads the OS's set into its Platform. */
export interface CallProbes {
  processes: ProcessSource;
  media: MediaProbe;
}

export function windowsCallProbes(host: HostEnvironment): CallProbes {
  return { processes: windowsProcessSource(host.run), media: windowsMediaProbe(host.run) };
}

export function macosCallProbes(host: HostEnvironment): CallProbes {
  return {
    processes: macosProcessSource(host.run),
    // CoreAudio/CoreMediaIO "running somewhere" needs native code; log scraping breaks between releases.
    media: noMediaProbe('macOS: microphone and camera use is not readable without a native helper; relying on processes'),
  };
}

export function linuxCallProbes(host: HostEnvironment): CallProbes {
  const procRoot = join(host.root, 'proc');
  return { processes: linuxProcessSource({ procRoot }), media: linuxMediaProbe(host.run, procRoot, join(host.root, 'dev')) };
}
