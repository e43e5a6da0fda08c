import { join } from 'node:path';
import type { HostEnvironment } from '../platform/platform.js';
import type { ProcessSource } from './process-snapshot.js';
import type { MediaProbe } from './media-signal.js';
import { macosMediaProbe } from './macos-media.js';
import { teamsLogProbe } from './signals/teams-log-probe.js';
import { combineProbes, fixedStatus, type SignalStatus } from './signals/signal-status.js';
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

const processes = (detail: string): SignalStatus => ({ signal: 'processes', state: 'available', detail });
const joinLink = (state: SignalStatus['state'], detail: string): SignalStatus => ({ signal: 'join-link', state, detail });

export function windowsCallProbes(host: HostEnvironment): CallProbes {
  return {
    processes: windowsProcessSource(host.run),
    media: combineProbes(
      fixedStatus([
        processes('tasklist; in-call helpers such as Zoom CptHost'),
        joinLink('available', "the meeting app's command line (Zoom --url=zoommtg://…, msteams:/l/meetup-join/…)"),
        { signal: 'call-state', state: 'unavailable', detail: "Windows has no call state of its own: Teams' log and in-call helpers stand in" },
        { signal: 'screen', state: 'unavailable', detail: 'Windows does not say which app captures the screen: recording programs are recognised by name' },
      ]),
      windowsMediaProbe(host.run),
      teamsLogProbe('windows', host),
    ),
  };
}

export function macosCallProbes(host: HostEnvironment): CallProbes {
  return {
    processes: macosProcessSource(host.run),
    media: combineProbes(
      fixedStatus([
        processes('ps; in-call helpers such as Zoom CptHost'),
        joinLink('unavailable', 'macOS hands a join link to the app as an Apple event, not in its command line: the notice comes when the call connects'),
      ]),
      macosMediaProbe(host.run),
      teamsLogProbe('macos', host),
    ),
  };
}

export function linuxCallProbes(host: HostEnvironment): CallProbes {
  const procRoot = join(host.root, 'proc');
  return {
    processes: linuxProcessSource({ procRoot }),
    media: combineProbes(
      fixedStatus([
        processes('/proc; in-call helpers such as Zoom aomhost'),
        joinLink('available', "the meeting app's command line (zoom zoommtg://…join…)"),
        { signal: 'call-state', state: 'unavailable', detail: 'Linux has no call state of its own: in-call helpers and the microphone stand in' },
      ]),
      linuxMediaProbe(host.run, procRoot, join(host.root, 'dev')),
      teamsLogProbe('linux', host),
    ),
  };
}
