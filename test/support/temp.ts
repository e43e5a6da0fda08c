import { mkdtemp, rm, mkdir, writeFile, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach } from 'vitest';

const made: string[] = [];

/** A fresh temporary folder, removed after the test. */
export async function tempDir(prefix = 'mg-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

afterEach(async () => {
  await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** Writes files below `root` ({"etc/x.conf": "..."}), creating folders. */
export async function writeTree(root: string, files: Record<string, string>, mode?: number): Promise<void> {
  for (const [rel, content] of Object.entries(files)) {
    const path = join(root, rel);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content);
    if (mode !== undefined) await chmod(path, mode);
  }
}

/**
 * Puts an executable script called `name` in `binDir` that prints `stdout` and exits with `code`
 * (or sleeps forever when `hang` is set): a real program on a real PATH, not a mock.
 */
export async function fakeTool(binDir: string, name: string, opts: { stdout?: string; stderr?: string; code?: number; hang?: boolean }): Promise<void> {
  await mkdir(binDir, { recursive: true });
  const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  const lines = ['#!/bin/sh'];
  if (opts.stdout !== undefined) lines.push(`printf '%s' ${q(opts.stdout)}`);
  if (opts.stderr !== undefined) lines.push(`printf '%s' ${q(opts.stderr)} >&2`);
  if (opts.hang) lines.push('exec sleep 600');
  lines.push(`exit ${opts.code ?? 0}`);
  const path = join(binDir, name);
  await writeFile(path, `${lines.join('\n')}\n`);
  await chmod(path, 0o755);
}
