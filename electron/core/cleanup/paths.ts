import { readdir } from 'node:fs/promises';
import type { Dirent } from 'node:fs';
import { join, relative, isAbsolute, sep, win32 } from 'node:path';
import { appPaths } from '../platform/app-paths.js';
import type { OsName } from '../platform/platform.js';
import type { DataLocation, PathBase } from './catalogue/types.js';

/**
 * Where Windows' roaming and local application-data folders are when they are not below the profile folder: folder
 * redirection (common with roaming profiles) moves AppData\Roaming to a file share. Only for the person's own scan or
 * clear (another user's home has its defaults).
 */
export interface RedirectedFolders {
  appData?: string;
  localAppData?: string;
}

/**
 * Reads APPDATA and LOCALAPPDATA on Windows. A value is taken only if it is absolute and still ends in the folder
 * name Windows gives it (Roaming, Local): a variable pointed somewhere else (Documents, say) must not turn a clear
 * of Zoom's data into a clear of the person's Documents\Zoom recordings.
 */
export function redirectedFolders(os: OsName, env: NodeJS.ProcessEnv): RedirectedFolders {
  if (os !== 'windows') return {};
  const take = (value: string | undefined, leaf: string) => {
    if (!value || !(win32.isAbsolute(value) || isAbsolute(value))) return undefined;
    return value.split(/[\\/]+/).filter(Boolean).pop()?.toLowerCase() === leaf ? value : undefined;
  };
  const folders: RedirectedFolders = {};
  const appData = take(env.APPDATA, 'roaming');
  const localAppData = take(env.LOCALAPPDATA, 'local');
  if (appData) folders.appData = appData;
  if (localAppData) folders.localAppData = localAppData;
  return folders;
}

/** The folder a catalogue location's path is below: the profile folder, or Windows' (possibly redirected) AppData. */
export function baseFolder(home: string, base: PathBase, folders: RedirectedFolders = {}): string {
  switch (base) {
    case 'home':
      return home;
    case 'appData':
      return folders.appData ?? join(home, 'AppData', 'Roaming');
    case 'localAppData':
      return folders.localAppData ?? join(home, 'AppData', 'Local');
  }
}

/**
 * The absolute paths a catalogue location stands for below `home` (or its redirected AppData). A segment with `*`
 * (a snap revision, a vendor suffix) is matched against the names that exist in its folder; a folder reached on the
 * way must be a real folder, never a link (snap's `current` is a link to the revision: the revision itself is
 * matched), so a location can never reach outside the folders it names.
 */
export async function resolveLocation(home: string, location: DataLocation, folders: RedirectedFolders = {}): Promise<string[]> {
  const segments = location.path.split('/');
  let found = [baseFolder(home, location.base, folders)];
  for (const [i, segment] of segments.entries()) {
    const last = i === segments.length - 1;
    if (!segment.includes('*')) {
      found = found.map((parent) => join(parent, segment));
      continue;
    }
    const matcher = globToRegExp(segment);
    const next: string[] = [];
    for (const parent of found) {
      let entries: Dirent[];
      try {
        entries = await readdir(parent, { withFileTypes: true });
      } catch {
        continue;
      }
      // Below the last segment only real folders are followed; the last one names what is scanned or cleared,
      // and the scan and clear check it themselves (a link there is reported, never followed).
      for (const entry of entries) if (matcher.test(entry.name) && (last || entry.isDirectory())) next.push(join(parent, entry.name));
    }
    found = next.sort();
  }
  return found;
}

function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`);
}

/** True when `path` is `folder` itself or below it (lexically; callers compare real paths). */
export function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel) && !rel.startsWith(`..${sep}`));
}

/** Meeting Guard's own local data folder, where the quarantine lives (platform/app-paths.ts decides it). */
export function dataFolder(os: OsName, home: string, env: NodeJS.ProcessEnv = {}): string {
  return appPaths(os, home, env).localDataDir;
}

/**
 * The quarantine folder: always an absolute path strictly inside `home`. A LOCALAPPDATA pointed outside the home
 * falls back to the home's own AppData\Local (the quarantine holds the person's data and must stay theirs); a home
 * that is not absolute on this computer is refused, because every relative path lands in the working directory.
 */
export function quarantineFolder(os: OsName, home: string, env: NodeJS.ProcessEnv = {}): string {
  const chosen = appPaths(os, home, env).quarantineDir;
  const folder = isStrictlyInside(home, chosen) ? chosen : appPaths(os, home, {}).quarantineDir;
  assertQuarantineLocation(home, folder);
  return folder;
}

/** Throws a message a person can act on unless `folder` is absolute and strictly inside an absolute `home`. */
export function assertQuarantineLocation(home: string, folder: string): void {
  if (!isAbsolute(home)) throw new Error(`the home folder "${home}" is not an absolute path: give the full path (for example --home /home/ada)`);
  if (!isStrictlyInside(home, folder)) throw new Error(`the quarantine folder "${folder}" is not an absolute path inside the home folder ${home}: nothing was moved`);
}

function isStrictlyInside(home: string, path: string): boolean {
  return isAbsolute(home) && isAbsolute(path) && relative(home, path) !== '' && isInside(home, path);
}
