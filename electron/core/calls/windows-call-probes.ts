import type { HostEnvironment } from '../platform/platform.js';
import { teamsLogProbe } from './signals/teams-log-probe.js';
import { combineProbes, fixedStatus } from './signals/signal-status.js';
import { windowsProcessSource } from './windows-processes.js';
import { windowsMediaProbe } from './windows-media.js';
import { joinLinkStatus, processesStatus, type CallProbes } from './call-probes.js';

export function windowsCallProbes(host: HostEnvironment): CallProbes {
  return {
    processes: windowsProcessSource(host.run),
    media: combineProbes(
      fixedStatus([
        processesStatus('tasklist; in-call helpers such as Zoom CptHost'),
        joinLinkStatus('available', "the meeting app's command line (Zoom --url=zoommtg://…, msteams:/l/meetup-join/…)"),
        { signal: 'call-state', state: 'unavailable', detail: "Windows has no call state of its own: Teams' log and in-call helpers stand in" },
        { signal: 'screen', state: 'unavailable', detail: 'Windows does not say which app captures the screen: recording programs are recognised by name' },
      ]),
      windowsMediaProbe(host.run),
      teamsLogProbe('windows', host),
    ),
  };
}
