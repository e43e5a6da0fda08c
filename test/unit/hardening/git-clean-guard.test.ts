import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDir, writeTree } from '../../support/temp.js';
import { gitStatus, guardCleanCheckout, leftBehind } from '../../support/git-clean-guard.js';

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, stdio: 'ignore' });

async function repo(): Promise<string> {
  const dir = await tempDir();
  git(dir, 'init', '-q');
  await writeTree(dir, { 'README.md': 'hello\n', 'src/a.ts': 'export {};\n' });
  git(dir, 'add', '.');
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qm', 'first');
  return dir;
}

describe('npm test leaves the checkout as it found it', () => {
  it('names a file a test run wrote into the checkout (the shape of the committed \\tmp\\mg-… folders)', async () => {
    const dir = await repo();
    const check = guardCleanCheckout(dir);
    await writeTree(dir, { '\\tmp\\mg-2KSCLk\\Users\\ada\\AppData\\Local\\MeetingGuard\\quarantine/b/manifest.json': '{}' });
    expect(check).toThrow(/changed the checkout[\s\S]*manifest\.json/);
  });

  it('ignores a developer\'s own uncommitted and untracked changes, but not a further change to a dirty file', async () => {
    const dir = await repo();
    await writeFile(join(dir, 'README.md'), 'edited by the developer\n');
    await writeTree(dir, { 'notes/todo.txt': 'mine\n' });
    const before = gitStatus(dir)!;
    expect(before.size).toBe(2);
    expect(guardCleanCheckout(dir)).not.toThrow();
    await writeFile(join(dir, 'README.md'), 'changed again by a test\n');
    expect(leftBehind(before, gitStatus(dir)!).map((e) => e.slice(3).split(' ')[0])).toEqual(['README.md']);
  });

  it('does nothing outside a git checkout (an unpacked source tarball)', async () => {
    const dir = await tempDir();
    expect(gitStatus(dir)).toBeUndefined();
    const check = guardCleanCheckout(dir);
    await writeTree(dir, { 'stray.txt': 'x' });
    expect(check).not.toThrow();
  });
});
