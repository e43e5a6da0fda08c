// Imports a TypeScript module of the core from a build script: bundles it with esbuild next to the project's
// node_modules (so its dependencies resolve) and imports the result.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function importTs(entry) {
  const outfile = join(root, 'dist', 'scripts', `${entry.replace(/[^a-z0-9]+/gi, '-')}-${process.pid}.mjs`);
  await build({
    entryPoints: [join(root, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    absWorkingDir: root,
    logLevel: 'warning',
  });
  try {
    return await import(pathToFileURL(outfile).href);
  } finally {
    await rm(outfile, { force: true });
  }
}
