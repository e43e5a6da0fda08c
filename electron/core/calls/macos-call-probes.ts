import type { HostEnvironment } from '../platform/platform.js';
import { macosMediaProbe } from './macos-media.js';
import { teamsLogProbe } from './signals/teams-log-probe.js';
import { combineProbes, fixedStatus } from './signals/signal-status.js';
import { macosProcessSource } from './macos-processes.js';
import { joinLinkStatus, processesStatus, type CallProbes } from './call-probes.js';

export function macosCallProbes(host: HostEnvironment): CallProbes {
  return {
    processes: macosProcessSource(host.run),
    media: combineProbes(
      fixedStatus([
        processesStatus('ps; in-call helpers such as Zoom CptHost'),
        joinLinkStatus('unavailable', 'macOS hands a join link to the app as an Apple event, not in its command line: the notice comes when the call connects'),
      ]),
      macosMediaProbe(host.run),
      teamsLogProbe('macos', host),
    ),
  };
}
