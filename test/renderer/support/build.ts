import { build as esbuild } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const cache = join(repo, 'node_modules/.cache/meeting-guard-renderer');

/** Every source the renderer bundle is made from: a change anywhere makes a new build. */
async function sourceHash(): Promise<string> {
  const hash = createHash('sha256');
  const add = async (dir: string) => {
    for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await add(path);
      else {
        hash.update(path);
        hash.update(await readFile(path));
      }
    }
  };
  await add(join(repo, 'renderer'));
  await add(join(repo, 'electron/core/contract'));
  return hash.digest('hex').slice(0, 16);
}

/**
 * Builds the renderer with its real Vite config. Test files share a build of the same sources (each test file runs
 * in its own process), written to a temporary folder and renamed into place so two builders never mix files.
 */
export async function buildRenderer(): Promise<string> {
  const outDir = join(cache, await sourceHash());
  if (await stat(join(outDir, 'index.html')).then(() => true, () => false)) return outDir;
  await mkdir(cache, { recursive: true });
  const temporary = await mkdtemp(join(cache, 'tmp-'));
  const { build } = await import('vite');
  await build({ configFile: join(repo, 'renderer/vite.config.ts'), logLevel: 'error', build: { outDir: temporary, emptyOutDir: true } });
  await rename(temporary, outDir).catch(async () => {
    // Another test file finished the same build first: use theirs.
    await rm(temporary, { recursive: true, force: true });
  });
  return outDir;
}

/** The bridge as one script for page.addInitScript. */
export async function bridgeScript(): Promise<string> {
  const result = await esbuild({
    entryPoints: [fileURLToPath(new URL('./bridge-entry.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'error',
  });
  return result.outputFiles[0]?.text ?? '';
}
