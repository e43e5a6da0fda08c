import { isAbsolute, join, posix, relative, win32 } from 'node:path';
import type { OsName } from './platform.js';

/**
 * Where Meeting Guard keeps its own few files for one user. Two folders, per OS convention:
 * - the user-data folder, Electron's `userData` (roaming on Windows): preferences and the small state file;
 * - the local data folder (never roaming, so removed meeting data never travels to a profile server):
 *   the fleet status file and the cleanup quarantine.
 *
 *            user data                                   local data
 *   Windows  %APPDATA%\Meeting Guard                     %LOCALAPPDATA%\MeetingGuard
 *   macOS    ~/Library/Application Support/Meeting Guard (the same folder)
 *   Linux    $XDG_CONFIG_HOME/Meeting Guard              $XDG_DATA_HOME/meeting-guard
 *            (default ~/.config/Meeting Guard)           (default ~/.local/share/meeting-guard)
 */
export interface AppPaths {
  userDataDir: string;
  localDataDir: string;
  preferencesFile: string;
  /** Acknowledgements and last-cleanup time: the app's only memory of what the user did. */
  stateFile: string;
  /** The fleet status file osquery, Jamf and Intune scripts read (README, "Fleet reporting"). */
  statusFile: string;
  quarantineDir: string;
}

export function appPaths(os: OsName, home: string, env: NodeJS.ProcessEnv): AppPaths {
  const dirs = folders(os, home, env);
  const at = windowsJoin(os, home);
  return {
    ...dirs,
    preferencesFile: at(dirs.userDataDir, 'preferences.json'),
    stateFile: at(dirs.userDataDir, 'state.json'),
    statusFile: at(dirs.localDataDir, 'status.json'),
    quarantineDir: at(dirs.localDataDir, 'quarantine'),
  };
}

function folders(os: OsName, home: string, env: NodeJS.ProcessEnv): { userDataDir: string; localDataDir: string } {
  switch (os) {
    case 'windows': {
      const at = windowsJoin(os, home);
      return {
        userDataDir: at(env.APPDATA ?? at(home, 'AppData', 'Roaming'), 'Meeting Guard'),
        localDataDir: at(env.LOCALAPPDATA ?? at(home, 'AppData', 'Local'), 'MeetingGuard'),
      };
    }
    case 'macos': {
      const dir = join(home, 'Library', 'Application Support', 'Meeting Guard');
      return { userDataDir: dir, localDataDir: dir };
    }
    case 'linux':
      return {
        userDataDir: join(xdg(env.XDG_CONFIG_HOME, home) ?? join(home, '.config'), 'Meeting Guard'),
        localDataDir: join(xdg(env.XDG_DATA_HOME, home) ?? join(home, '.local', 'share'), 'meeting-guard'),
      };
  }
}

/**
 * Windows' separators for a Windows home. A Windows layout computed for a POSIX home (a Windows profile mounted on
 * another host, the tests) keeps POSIX joins: win32.join would turn "/srv/ada" into "\\srv\\ada", a *relative*
 * path on that host, and whatever is written there lands in the working directory.
 */
function windowsJoin(os: OsName, home: string): (...parts: string[]) => string {
  return os === 'windows' && !posix.isAbsolute(home) ? win32.join : join;
}

/** An XDG base folder counts only when absolute (the spec calls relative values invalid) and inside the home. */
function xdg(value: string | undefined, home: string): string | undefined {
  if (!value || !isAbsolute(value)) return undefined;
  const rel = relative(home, value);
  return rel.startsWith('..') || isAbsolute(rel) ? undefined : value;
}
