// Builds everything the app and the CLI run from: esbuild bundles for the CLI and the Electron main/preload
// (one file each, so a cold CLI start reads one module), and Vite for the renderer when it exists.
import { build } from 'esbuild';
import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.includes('--cli-only');

// Some dependencies are CommonJS; an ESM bundle needs `require` for them.
const esmBanner = "import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);";

/**
 * zod's `z` is a namespace re-exported as a value, so esbuild keeps all of zod (750 KB with its 250 locales) in every
 * bundle that imports it, and every CLI command loads zod to check its arguments: its size is start-up time. Imported
 * as a namespace straight from zod's own module (`import * as z`), only what the code uses is kept (about 180 KB);
 * the locales are left out in any case, as the product never switches zod's language (zod registers English itself).
 */
const zodModule = join(root, 'node_modules/zod/v4/classic/external.js');
export const zodTreeShaken = {
  name: 'zod-tree-shaken',
  setup(b) {
    b.onLoad({ filter: /[\\/]electron[\\/].*\.tsx?$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes("import { z } from 'zod';")) return undefined;
      return { contents: source.replace("import { z } from 'zod';", `import * as z from ${JSON.stringify(zodModule)};`), loader: args.path.endsWith('x') ? 'tsx' : 'ts' };
    });
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) => (/[\\/]zod[\\/]/.test(args.importer) ? { path: 'zod-locales', namespace: 'zod-tree-shaken' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'zod-tree-shaken' }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};

export async function buildCli() {
  // Chunk names carry content hashes: clear the old ones so the folder holds exactly one build.
  rmSync(join(root, 'dist/cli'), { recursive: true, force: true });
  await build({
    // The scanning threads' bundle sits beside main.mjs, where the CLI's entry point looks for it.
    entryPoints: {
      main: join(root, 'electron/core/cli/main.ts'),
      'scan-worker': join(root, 'electron/core/cleanup/scan-worker.ts'),
      // Not used by the CLI (it reads notices on its own thread); built here so tests run the thread as shipped.
      'notice-worker': join(root, 'electron/core/notice/notice-worker.ts'),
    },
    outdir: join(root, 'dist/cli'),
    outExtension: { '.js': '.mjs' },
    // Each command is its own chunk, loaded only when it runs.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: { js: esmBanner },
    logLevel: 'warning',
    legalComments: 'none',
    plugins: [zodTreeShaken],
  });
}

/** The shell's bundles: [source, output under the output folder]. Tests that build the app use the same list. */
export const shellEntries = [
  ['electron/main.ts', 'main.cjs'],
  ['electron/preload.ts', 'preload.cjs'],
  // The cleanup scan's threads, beside main.cjs (Electron loads worker scripts from inside the asar).
  ['electron/core/cleanup/scan-worker.ts', 'scan-worker.cjs'],
  // Notices parsed off the main thread (load-off-thread.ts).
  ['electron/core/notice/notice-worker.ts', 'notice-worker.cjs'],
];

/**
 * A sandboxed preload runs inside Electron's preload wrapper, which gives it require (electron, events, timers, url
 * only), process, Buffer and global, but no __filename or __dirname: the import.meta.url shim would throw there.
 */
const SANDBOXED = new Set(['electron/preload.ts']);

/** esbuild options for one shell bundle; `define` adds to them (the end-to-end tests compile their hooks in). */
export function shellBuildOptions(entry, outfile, define = {}) {
  const options = {
    entryPoints: [join(root, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['electron'],
    define,
    logLevel: 'warning',
    legalComments: 'none',
    plugins: [zodTreeShaken],
  };
  if (SANDBOXED.has(entry)) return options;
  return {
    ...options,
    // The core is ESM and uses import.meta.url (e.g. to load sql.js's WebAssembly); CommonJS has no import.meta.
    define: { 'import.meta.url': '__mgImportMetaUrl', ...define },
    banner: { js: "const __mgImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  };
}

/**
 * The tray pictures beside the main bundle: electron-builder ships dist/** (and package.json) only, so an icon left
 * in build/ would be missing from the installed app and the tray would show a blank square.
 */
export function copyTrayIcons(outDir) {
  const from = join(root, 'build/icons');
  rmSync(outDir, { recursive: true, force: true });
  for (const name of readdirSync(from).filter((n) => n.endsWith('.png'))) cpSync(join(from, name), join(outDir, name));
}

async function buildShell() {
  for (const [entry, out] of shellEntries) {
    if (existsSync(join(root, entry))) await build(shellBuildOptions(entry, join(root, 'dist', out)));
  }
  copyTrayIcons(join(root, 'dist/icons'));
}

async function buildRenderer() {
  if (!existsSync(join(root, 'renderer/index.html'))) return;
  const { build: viteBuild } = await import('vite');
  await viteBuild({ configFile: join(root, 'renderer/vite.config.ts'), logLevel: 'warn' });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildCli();
  if (!only) {
    await buildShell();
    await buildRenderer();
  }
}
