import { join } from 'node:path';
import type { HostEnvironment } from '../platform/platform.js';
import { teamsLogProbe } from './signals/teams-log-probe.js';
import { combineProbes, fixedStatus } from './signals/signal-status.js';
import { linuxProcessSource } from './linux-processes.js';
import { linuxMediaProbe } from './linux-media.js';
import { joinLinkStatus, processesStatus, type CallProbes } from './call-probes.js';

export function linuxCallProbes(host: HostEnvironment): CallProbes {
  const procRoot = join(host.root, 'proc');
  return {
    processes: linuxProcessSource({ procRoot }),
    media: combineProbes(
      fixedStatus([
        processesStatus('/proc; in-call helpers such as Zoom aomhost'),
        joinLinkStatus('available', "the meeting app's command line (zoom zoommtg://…join…)"),
        { signal: 'call-state', state: 'unavailable', detail: 'Linux has no call state of its own: in-call helpers and the microphone stand in' },
      ]),
      linuxMediaProbe(host.run, procRoot, join(host.root, 'dev'), Date.now, host.stream ? { stream: host.stream } : {}),
      teamsLogProbe('linux', host),
    ),
  };
}
