import { isAbsolute, join, normalize, relative, sep } from 'node:path';
import type { OsName } from '../platform/platform.js';
import type { ClientId, DataLocation } from './catalogue/types.js';
import { clientIds } from './catalogue/catalogue.js';
import { dataFolder, isInside } from './paths.js';

export interface ExtraPath {
  client: string;
  path: string;
}

/**
 * Turns policy's extra paths into catalogue locations. Each must name a known client and lie strictly inside the
 * user's home (relative paths are taken from home); Meeting Guard's own folder and the home itself are refused.
 * Problems name the entry so IT can fix the policy.
 */
export function extraLocations(os: OsName, home: string, entries: readonly ExtraPath[]): { locations: DataLocation[]; problems: string[] } {
  const locations: DataLocation[] = [];
  const problems: string[] = [];
  entries.forEach((entry, i) => {
    const label = `extra path ${i + 1} ("${entry.path}")`;
    if (!clientIds.includes(entry.client as ClientId)) {
      problems.push(`${label}: unknown client "${entry.client}"; use one of ${clientIds.join(', ')}`);
      return;
    }
    if (entry.path.includes('*') || entry.path.trim() === '') {
      problems.push(`${label}: must be a plain path without wildcards`);
      return;
    }
    const absolute = normalize(isAbsolute(entry.path) ? entry.path : join(home, entry.path));
    const rel = relative(home, absolute);
    if (rel === '' || !isInside(home, absolute)) {
      problems.push(`${label}: must be inside the user's home folder (${home}), not the home itself`);
      return;
    }
    if (isInside(dataFolder(os, home), absolute) || isInside(absolute, dataFolder(os, home))) {
      problems.push(`${label}: overlaps Meeting Guard's own data folder`);
      return;
    }
    locations.push({
      id: `${entry.client}.extra.${i + 1}`, os, base: 'home', path: rel.split(sep).join('/'), kind: 'folder',
      holds: ['ip-addresses', 'login-email', 'display-names'], clear: 'clear', signsOut: false,
      note: 'added by your organisation\'s policy', source: 'policy',
    });
  });
  return { locations, problems };
}
