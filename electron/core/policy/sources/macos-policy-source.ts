import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { HostEnvironment } from '../../platform/platform.js';
import { PREFERENCE_DOMAIN } from '../policy-schema.js';
import { entriesOf, mergePieces } from '../merge.js';
import type { InputLayerName, PolicyProblem, RawLayer } from '../resolve.js';
import type { PolicyReadout, PolicySource } from '../policy-source.js';
import { unsafeBecause, unsafeParent } from './ownership.js';

const MANAGED = 'Library/Managed Preferences';

export interface MacosPolicyOptions {
  /** Who must own the files and their folders: root, as the MDM agent (mdmclient) writes them. */
  trustedUid?: number;
}

/**
 * Managed preferences: configuration profiles for our domain materialise as /Library/Managed Preferences/<domain>.plist
 * (device) and /Library/Managed Preferences/<user>/<domain>.plist (user). They may be XML or binary plists; the
 * plist package reads both, so no `plutil` call is needed. A file or its folder that is not root's, or that others may
 * write, is refused, as on Linux: only the MDM agent should be able to set what the app enforces.
 */
export function macosPolicySource(host: HostEnvironment, options: MacosPolicyOptions = {}): PolicySource {
  const trustedUid = options.trustedUid ?? 0;
  const user = host.env.USER ?? basename(host.home);
  const machinePath = join(host.root, MANAGED, `${PREFERENCE_DOMAIN}.plist`);
  const userPath = join(host.root, MANAGED, user, `${PREFERENCE_DOMAIN}.plist`);
  return {
    watchPaths: () => [join(host.root, MANAGED), join(host.root, MANAGED, user)],
    async read(): Promise<PolicyReadout> {
      const problems: PolicyProblem[] = [];
      const machine = await readLayer('machine-policy', machinePath, `/${MANAGED}/${PREFERENCE_DOMAIN}.plist`, { root: host.root, trustedUid }, problems);
      const userLayer = await readLayer('user-policy', userPath, `/${MANAGED}/${user}/${PREFERENCE_DOMAIN}.plist`, { root: host.root, trustedUid }, problems);
      return { machine, user: userLayer, problems };
    },
  };
}

async function readLayer(layer: InputLayerName, path: string, shown: string, trust: { root: string; trustedUid: number }, problems: PolicyProblem[]): Promise<RawLayer> {
  const { root, trustedUid } = trust;
  let bytes: Buffer;
  try {
    const [file, folder] = await Promise.all([stat(path), stat(dirname(path))]);
    if (!file.isFile()) {
      problems.push({ layer, origin: shown, message: 'is not a regular file: ignored' });
      return {};
    }
    const folderUnsafe = unsafeBecause(folder, trustedUid, 'root:wheel');
    const fileUnsafe = unsafeBecause(file, trustedUid, 'root:wheel');
    const parentUnsafe = folderUnsafe || fileUnsafe ? undefined : await unsafeParent(dirname(path), root, trustedUid, 'root:wheel');
    if (folderUnsafe || fileUnsafe || parentUnsafe) {
      const why = folderUnsafe ? `its folder ${folderUnsafe}` : fileUnsafe ? `it ${fileUnsafe}` : (parentUnsafe ?? '');
      problems.push({ layer, origin: shown, message: `the file is ignored because ${why}` });
      return {};
    }
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') problems.push({ layer, origin: shown, message: `cannot be read: ${(error as Error).message}` });
    return {};
  }
  // The plist and XML parsers load only where a managed-preferences file exists: the watcher on other OSes never needs them.
  const { decodePlist, plistSettings } = await import('../decode/plist-decode.js');
  const decoded = decodePlist(bytes);
  const settings = decoded.ok ? plistSettings(decoded.value) : decoded;
  if (!settings.ok) {
    problems.push({ layer, origin: shown, message: settings.message });
    return {};
  }
  if (decoded.ok) {
    const { reportKeyProblems } = await import('../decode/key-problems.js');
    reportKeyProblems(decoded.keyProblems, layer, shown, problems);
  }
  return mergePieces(layer, [entriesOf(settings.value, shown)], problems);
}
