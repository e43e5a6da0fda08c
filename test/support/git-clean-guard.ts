import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `npm test` must write nothing into the checkout (a test that computed a Windows layout on a POSIX host once
 * wrote quarantine folders named `\tmp\mg-…` into the repository root, and they were committed). This records
 * `git status --porcelain` before the run and names every entry that appeared or changed after it. A developer's own
 * uncommitted changes are in both pictures and so never count; outside a git checkout (an unpacked tarball) there is
 * nothing to compare and the guard does nothing.
 */
export function gitStatus(cwd: string): Set<string> | undefined {
  try {
    const out = execFileSync('git', ['status', '--porcelain=v1', '-z', '--untracked-files=all'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    // An entry with the digest of what is there now, so a file already dirty before the run that the run changes
    // again counts too.
    return new Set(out.split('\0').filter(Boolean).map((entry) => `${entry} ${digestOf(join(cwd, entry.slice(3)))}`));
  } catch {
    return undefined;
  }
}

function digestOf(path: string): string {
  try {
    return lstatSync(path).isFile() ? createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 16) : 'not a file';
  } catch {
    return 'absent';
  }
}

/** The entries of `after` that were not in `before`: what the test run left behind. */
export function leftBehind(before: ReadonlySet<string>, after: ReadonlySet<string>): string[] {
  return [...after].filter((entry) => !before.has(entry)).sort();
}

export function guardCleanCheckout(cwd: string): () => void {
  const before = gitStatus(cwd);
  return () => {
    if (!before) return;
    const after = gitStatus(cwd);
    if (!after) return;
    const added = leftBehind(before, after);
    if (added.length > 0) {
      throw new Error(`the tests changed the checkout (git status), write into a temporary folder instead:\n${added.map((e) => `  ${e}`).join('\n')}`);
    }
  };
}
