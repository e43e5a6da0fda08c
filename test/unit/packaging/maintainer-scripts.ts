import { execFile } from 'node:child_process';
import { readFile, readdir, lstat, stat, readlink, writeFile, chmod, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { fillTemplate, packageInfo } from '../../../scripts/package-deb.mjs';

const run = promisify(execFile);
export const PROJECT = fileURLToPath(new URL('../../../', import.meta.url));

/** The deb/rpm scripts exactly as electron-builder fills them in for this project. */
export async function renderedScripts(dir: string): Promise<{ postinst: string; postrm: string }> {
  const info = await packageInfo(PROJECT);
  const vars = { executable: info.executable, sanitizedProductName: info.productName, productFilename: info.productName };
  const out = { postinst: join(dir, 'postinst'), postrm: join(dir, 'postrm') };
  await writeFile(out.postinst, fillTemplate(await readFile(info.afterInstall, 'utf8'), vars));
  await writeFile(out.postrm, fillTemplate(await readFile(info.afterRemove, 'utf8'), vars));
  await chmod(out.postinst, 0o755);
  await chmod(out.postrm, 0o755);
  return out;
}

/**
 * Runs a maintainer script against a temporary root. These tests may run as root, so a root outside the temporary
 * folder (or an empty one, which means "/") is refused before anything runs.
 */
export async function runInRoot(script: string, root: string, args: string[], shell = 'bash'): Promise<{ stdout: string; stderr: string }> {
  if (!root || !root.startsWith(tmpdir() + sep)) throw new Error(`refusing to run ${script} against ${root || '/'}`);
  return run(shell, [script, ...args], { env: { PATH: process.env.PATH ?? '/usr/bin:/bin', DPKG_ROOT: root } });
}

/** Every path below root with its type, mode and (for links) target: a snapshot to compare runs. */
export async function tree(root: string): Promise<string[]> {
  const lines: string[] = [];
  async function walk(dir: string): Promise<void> {
    for (const name of (await readdir(dir)).sort()) {
      const path = join(dir, name);
      const info = await lstat(path);
      const rel = relative(root, path);
      if (info.isSymbolicLink()) lines.push(`${rel} -> ${await readlink(path)}`);
      else if (info.isDirectory()) {
        lines.push(`${rel}/ ${(info.mode & 0o7777).toString(8)}`);
        await walk(path);
      } else lines.push(`${rel} ${(info.mode & 0o7777).toString(8)} ${(await readFile(path)).length}`);
    }
  }
  await walk(root);
  return lines;
}

export async function modeOf(path: string): Promise<{ mode: number; uid: number }> {
  const info = await stat(path);
  return { mode: info.mode & 0o7777, uid: info.uid };
}

export async function seedInstalledApp(root: string, productName: string, executable: string): Promise<void> {
  await mkdir(join(root, 'opt', productName), { recursive: true });
  await writeFile(join(root, 'opt', productName, executable), '#!/bin/sh\n');
  await chmod(join(root, 'opt', productName, executable), 0o755);
}
