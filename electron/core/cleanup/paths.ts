import { readdir } from 'node:fs/promises';
import { join, relative, isAbsolute, sep } from 'node:path';
import { appPaths } from '../platform/app-paths.js';
import type { OsName } from '../platform/platform.js';
import type { DataLocation, PathBase } from './catalogue/types.js';

/** Windows' per-user folders as they sit below the profile folder by default. */
function baseFolder(home: string, base: PathBase): string {
  switch (base) {
    case 'home':
      return home;
    case 'appData':
      return join(home, 'AppData', 'Roaming');
    case 'localAppData':
      return join(home, 'AppData', 'Local');
  }
}

/**
 * The absolute paths a catalogue location stands for below `home`. A `*` in the last segment is matched against
 * the names that exist; nothing else is expanded, so a location can never reach outside its parent folder.
 */
export async function resolveLocation(home: string, location: DataLocation): Promise<string[]> {
  const segments = location.path.split('/');
  const last = segments.pop() ?? '';
  const parent = join(baseFolder(home, location.base), ...segments);
  if (!last.includes('*')) return [join(parent, last)];
  const matcher = globToRegExp(last);
  let names: string[];
  try {
    names = await readdir(parent);
  } catch {
    return [];
  }
  return names.filter((n) => matcher.test(n)).sort().map((n) => join(parent, n));
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

export function quarantineFolder(os: OsName, home: string, env: NodeJS.ProcessEnv = {}): string {
  return appPaths(os, home, env).quarantineDir;
}
