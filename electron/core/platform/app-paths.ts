import { join, win32 } from 'node:path';
import type { OsName } from './platform.js';

/**
 * Where Meeting Guard keeps its own few files for one user, per OS convention. Everything the app stores lives
 * below this folder, so "What Meeting Guard keeps" can list it and clear it in one place.
 *   Windows  %LOCALAPPDATA%\MeetingGuard
 *   macOS    ~/Library/Application Support/Meeting Guard
 *   Linux    $XDG_DATA_HOME/meeting-guard (default ~/.local/share/meeting-guard)
 */
export function appDataDir(os: OsName, home: string, env: NodeJS.ProcessEnv): string {
  switch (os) {
    case 'windows':
      return win32.join(env.LOCALAPPDATA ?? win32.join(home, 'AppData', 'Local'), 'MeetingGuard');
    case 'macos':
      return join(home, 'Library', 'Application Support', 'Meeting Guard');
    case 'linux':
      return join(env.XDG_DATA_HOME && env.XDG_DATA_HOME.startsWith('/') ? env.XDG_DATA_HOME : join(home, '.local', 'share'), 'meeting-guard');
  }
}

export interface AppPaths {
  dataDir: string;
  /** The fleet status file osquery, Jamf and Intune scripts read (see README, "Fleet reporting"). */
  statusFile: string;
  /** Acknowledgements and last-cleanup time: the app's only memory of what the user did. */
  stateFile: string;
  quarantineDir: string;
}

export function appPaths(os: OsName, home: string, env: NodeJS.ProcessEnv): AppPaths {
  const dataDir = appDataDir(os, home, env);
  const joinFor = os === 'windows' ? win32.join : join;
  return {
    dataDir,
    statusFile: joinFor(dataDir, 'status.json'),
    stateFile: joinFor(dataDir, 'state.json'),
    quarantineDir: joinFor(dataDir, 'quarantine'),
  };
}
