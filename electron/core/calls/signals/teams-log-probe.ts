import { join } from 'node:path';
import type { HostEnvironment, OsName } from '../../platform/platform.js';
import type { MediaProbe, MediaSignal } from '../media-signal.js';
import { createLogTail, type TailRead } from './log-tail.js';
import { applyTeamsLine, initialTeamsLogState, teamsExited, teamsInCall, type TeamsLogState } from './teams-log.js';
import type { SignalStatus } from './signal-status.js';

/** Where Teams writes its logs, per OS: new Teams (a file per launch, rotated) and classic Teams (one logs.txt). */
export function teamsLogFolders(os: OsName, host: Pick<HostEnvironment, 'home' | 'env'>): { kind: 'new' | 'classic'; dir: string; match: (name: string) => boolean }[] {
  const newLog = (name: string) => /^MSTeams_.*\.log$/i.test(name);
  const classicLog = (name: string) => name === 'logs.txt';
  if (os === 'windows') {
    const local = host.env.LOCALAPPDATA ?? join(host.home, 'AppData', 'Local');
    const roaming = host.env.APPDATA ?? join(host.home, 'AppData', 'Roaming');
    return [
      { kind: 'new', dir: join(local, 'Packages', 'MSTeams_8wekyb3d8bbwe', 'LocalCache', 'Microsoft', 'MSTeams', 'Logs'), match: newLog },
      { kind: 'classic', dir: join(roaming, 'Microsoft', 'Teams'), match: classicLog },
    ];
  }
  if (os === 'macos') {
    return [
      { kind: 'new', dir: join(host.home, 'Library', 'Group Containers', 'UBF8T346G9.com.microsoft.teams', 'Library', 'Application Support', 'Logs'), match: newLog },
      { kind: 'classic', dir: join(host.home, 'Library', 'Application Support', 'Microsoft', 'Teams'), match: classicLog },
    ];
  }
  return [];
}

const TEAMS_PROCESS: Record<OsName, string> = { windows: 'ms-teams.exe', macos: 'MSTeams', linux: 'teams' };

/**
 * Teams' own call state, from its logs, tailed (never reread): a call connects and ends by id, and every call ends
 * when Teams is no longer running (a crash writes no end line). Read only while Teams runs.
 */
export function teamsLogProbe(os: OsName, host: Pick<HostEnvironment, 'home' | 'env'>): MediaProbe {
  const sources = teamsLogFolders(os, host).map((folder) => ({ ...folder, tail: createLogTail(folder), state: initialTeamsLogState as TeamsLogState, last: undefined as TailRead | undefined }));
  let status: SignalStatus = sources.length === 0
    ? { signal: 'teams-log', state: 'not-applicable', detail: 'Microsoft Teams writes no call log on Linux' }
    : { signal: 'teams-log', state: 'unavailable', detail: 'not read yet: Teams has not run since Meeting Guard started' };
  return {
    async check(hint = {}) {
      if (sources.length === 0) return { signals: [], notes: [] };
      if (!hint.clients?.has('teams')) {
        for (const s of sources) s.state = teamsExited(s.state);
        return { signals: [], notes: [] };
      }
      const signals: MediaSignal[] = [];
      const notes: string[] = [];
      for (const source of sources) {
        const read = await source.tail.read();
        source.last = read;
        if (read.kind === 'lines') {
          for (const line of read.lines) source.state = applyTeamsLine(source.state, line).state;
          if (read.unreadable) notes.push(`Teams ${source.kind} log: ${read.unreadable} line${read.unreadable === 1 ? '' : 's'} with a NUL character left out (damaged, as after a crash)`);
        } else if (read.kind === 'error') notes.push(`Teams ${source.kind} log: ${read.message}`);
        if (teamsInCall(source.state)) {
          const ids = source.state.active.map((id) => id.slice(0, 8)).join(', ');
          signals.push({ device: 'call', processName: TEAMS_PROCESS[os], label: `${source.kind === 'new' ? 'Teams' : 'classic Teams'} log: call ${ids || 'connected'}`, source: `Teams ${source.kind} log`, via: 'teams-log' });
        }
      }
      status = describe(os, sources.map((s) => ({ kind: s.kind, last: s.last })));
      return { signals, notes };
    },
    status: () => [status],
  };
}

function describe(os: OsName, reads: { kind: 'new' | 'classic'; last: TailRead | undefined }[]): SignalStatus {
  const reading = reads.filter((r) => r.last?.kind === 'lines').map((r) => (r.kind === 'new' ? 'new Teams log' : 'classic Teams logs.txt'));
  if (reading.length > 0) return { signal: 'teams-log', state: 'available', detail: `reading the ${reading.join(' and ')}` };
  if (reads.some((r) => r.last?.kind === 'denied')) {
    return {
      signal: 'teams-log',
      state: 'unavailable',
      detail: os === 'macos' ? "no access to Teams' folder (macOS privacy protection): IT can allow it with a privacy profile" : "no access to Teams' log folder",
    };
  }
  return { signal: 'teams-log', state: 'unavailable', detail: 'Teams has written no log that Meeting Guard can find' };
}
