import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { HostEnvironment } from '../../platform/platform.js';
import { LINUX_POLICY_DIR } from '../policy-schema.js';
import { decodePolicyJson } from '../decode/json-decode.js';
import { reportKeyProblems } from '../decode/key-problems.js';
import { entriesOf, mergePieces } from '../merge.js';
import type { PolicyProblem, RawLayer } from '../resolve.js';
import type { PolicyReadout, PolicySource } from '../policy-source.js';
import { unsafeBecause, unsafeParent } from './ownership.js';

export interface LinuxPolicyOptions {
  /** Who must own the folder and files; root, as for browsers' policy folders. */
  trustedUid?: number;
}

/**
 * Chrome-style managed policy: every *.json in /etc/meeting-guard/policies/managed, merged in name order (a later
 * file wins key by key). A file, or the folder, that is not owned by root or is writable by group or others is refused:
 * anyone who could edit it could otherwise switch off what IT set.
 */
export function linuxPolicySource(host: HostEnvironment, options: LinuxPolicyOptions = {}): PolicySource {
  const dir = join(host.root, LINUX_POLICY_DIR);
  const trustedUid = options.trustedUid ?? 0;
  return {
    watchPaths: () => [dir],
    async read(): Promise<PolicyReadout> {
      const problems: PolicyProblem[] = [];
      const pieces = await readPieces(dir, host.root, trustedUid, problems);
      return { machine: mergePieces('machine-policy', pieces, problems), user: {}, problems };
    },
  };
}

async function readPieces(dir: string, root: string, trustedUid: number, problems: PolicyProblem[]): Promise<RawLayer[]> {
  const refuse = (origin: string, message: string) => problems.push({ layer: 'machine-policy', origin, message });
  let names: string[];
  try {
    const info = await stat(dir);
    const unsafe = unsafeBecause(info, trustedUid, 'root:root');
    if (unsafe) {
      refuse(LINUX_POLICY_DIR, `the folder is ignored because it ${unsafe}`);
      return [];
    }
    const parent = await unsafeParent(dir, root, trustedUid, 'root:root');
    if (parent) {
      refuse(LINUX_POLICY_DIR, `the folder is ignored because ${parent}`);
      return [];
    }
    names = await readdir(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') refuse(LINUX_POLICY_DIR, `cannot be read: ${(error as Error).message}`);
    return [];
  }
  const pieces: RawLayer[] = [];
  // Code-point order, not locale order, so "10-org.json" and "9-team.json" sort the same on every laptop.
  for (const name of names.filter((n) => n.endsWith('.json')).sort()) {
    const shown = `${LINUX_POLICY_DIR}/${name}`;
    const path = join(dir, name);
    try {
      const info = await stat(path);
      if (!info.isFile()) {
        refuse(shown, 'is not a regular file (a folder, link target or pipe): ignored');
        continue;
      }
      const unsafe = unsafeBecause(info, trustedUid, 'root:root');
      if (unsafe) {
        refuse(shown, `the file is ignored because it ${unsafe}`);
        continue;
      }
      const decoded = decodePolicyJson(await readFile(path));
      if (decoded.ok) {
        reportKeyProblems(decoded.keyProblems, 'machine-policy', shown, problems);
        pieces.push(entriesOf(decoded.value, shown));
      } else refuse(shown, decoded.message);
    } catch (error) {
      refuse(shown, `cannot be read: ${(error as Error).message}`);
    }
  }
  return pieces;
}
