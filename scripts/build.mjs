// Builds everything the app and the CLI run from: esbuild bundles for the CLI and the Electron main/preload
// (one file each, so a cold CLI start reads one module), and Vite for the renderer when it exists.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BUILD_MARK, cacheFileOf, cliBundleName } from '../bin/run-bundle.js';
import { importTs } from './import-ts.mjs';
import { buildEngine, engineDefine } from './build-engine.mjs';
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

/**
 * The commands of electron/core/cli/commands.ts, read from its one-line-per-command form:
 * [name, module path relative to the cli folder, exported name].
 */
export function cliCommands() {
  const source = readFileSync(join(root, 'electron/core/cli/commands.ts'), 'utf8');
  const found = [...source.matchAll(/^\s*\{ name: '([a-z]+)', load: async \(\) => \(await import\('([^']+)'\)\)\.(\w+) \}/gm)].map((m) => [m[1], m[2], m[3]]);
  const entries = (source.match(/^\s*\{ name: /gm) ?? []).length;
  if (found.length === 0 || found.length !== entries) throw new Error(`commands.ts: ${entries} commands, ${found.length} in the one-line form the build reads`);
  return found;
}

/**
 * A command bundle's command list holds that command alone, so nothing of the others is bundled or read (none at all
 * for the --version bundle).
 */
const oneCommand = (command) => ({
  name: 'one-command',
  setup(b) {
    b.onResolve({ filter: /^\.\/commands\.js$/ }, (args) => (args.importer.endsWith(join('cli', 'run-cli.ts')) ? { path: command?.[0] ?? 'none', namespace: 'one-command' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'one-command' }, () => ({
      contents: command
        ? `export const commands = [{ name: ${JSON.stringify(command[0])}, load: async () => (await import(${JSON.stringify(command[1])})).${command[2]} }];`
        : 'export const commands = [];',
      resolveDir: join(root, 'electron/core/cli'),
      loader: 'ts',
    }));
  },
});

/**
 * What each command's training run does at build time (see trainCodeCache): the common path, in a home and PATH of
 * empty folders so that it reads nothing of the build machine's own and starts no tool.
 */
const TRAINING_ARGS = {
  device: ['device', '--json'],
  report: ['report'],
  catalogue: ['catalogue', '--json'],
  policy: ['policy', '--json'],
  notice: ['notice', '--schema'],
  signals: ['signals', '--json'],
  watch: ['watch', '--exit-after-ms', '1', '--json'],
  cleanup: ['cleanup', '--scan', '--json', '--home', '{home}'],
};

/**
 * The product's own data as checked by zod (electron/core/util/checked-at-build.ts), computed from the sources once
 * per build (the CLI's bundles and the app's main bundle carry the same): a mistake in it fails the build.
 */
let checkedOnce;
export function checkedAtBuild() {
  checkedOnce ??= checkFromSources();
  return checkedOnce;
}

async function checkFromSources() {
  const dir = mkdtempSync(join(tmpdir(), 'mg-build-data-'));
  try {
    const outfile = join(dir, 'data.mjs');
    await build({
      stdin: {
        contents: [
          "import { allProducts } from './electron/core/products/index.ts';",
          "import { builtInCatalogue } from './electron/core/calls/catalogue.ts';",
          'export const data = () => ({ products: JSON.stringify(allProducts()), catalogue: JSON.stringify(builtInCatalogue()) });',
        ].join('\n'),
        resolveDir: root,
        loader: 'ts',
      },
      bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile, logLevel: 'warning', plugins: [zodTreeShaken],
    });
    return (await import(pathToFileURL(outfile).href)).data();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The modules that check the product's own data from its sources, each with what the CLI's bundles hold instead: the
 * bundles carry that data as checked at build (checkedAtBuild), so the check, its schemas and the ~200 product files
 * it reads are left out of them. Reaching one of these in a bundle means the carried data is missing: a loud error.
 */
const CHECKED_FROM_SOURCES = {
  'electron/core/products/check-products.ts': 'export function checkProducts() { throw new Error("the products were not carried into this bundle at build"); }',
};
export const leaveOutSourceChecks = {
  name: 'leave-out-source-checks',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\// }, (args) => {
      const path = join(args.resolveDir, args.path).replace(/\.js$/, '.ts');
      const key = Object.keys(CHECKED_FROM_SOURCES).find((k) => path === join(root, k));
      return key ? { path: key, namespace: 'checked-at-build' } : undefined;
    });
    b.onLoad({ filter: /.*/, namespace: 'checked-at-build' }, (args) => ({ contents: CHECKED_FROM_SOURCES[args.path], loader: 'js' }));
  },
};

/**
 * The CLI bundles' electron/core/util/checked-at-build.ts: the same function, answering from the data checked by this
 * build. Each piece is the text of a function of its own, because V8 keeps compiled code only for what a bundle's
 * training run called: a command that never reads a piece (report never reads the products) does not deserialize,
 * or hash, its ~130 KB of text at every start, as it did when the data was one constant.
 */
const carryCheckedData = (data) => ({
  name: 'carry-checked-data',
  setup(b) {
    const file = join(root, 'electron/core/util/checked-at-build.ts');
    b.onResolve({ filter: /[\\/]checked-at-build\.js$/ }, (args) => (join(args.resolveDir, args.path).replace(/\.js$/, '.ts') === file ? { path: 'checked-at-build', namespace: 'carried-data' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'carried-data' }, () => ({
      contents: [
        'const pieces = {',
        ...Object.entries(data).map(([name, json]) => `  ${JSON.stringify(name)}: () => ${JSON.stringify(json)},`),
        '};',
        'export function checkedAtBuild(name) {',
        '  const json = Object.hasOwn(pieces, name) ? pieces[name]() : undefined;',
        '  return json === undefined ? undefined : JSON.parse(json);',
        '}',
      ].join('\n'),
      loader: 'js',
    }));
  },
});

/** What a bundle that carries checkedAtBuild()'s data adds to its plugins (the app's main bundle; the bench's core). */
export const carriedDataPlugins = (carried) => [leaveOutSourceChecks, carryCheckedData(carried)];

/**
 * The CLI's three lazy per-OS loaders and the adapters module each loads for an OS, with the function it calls there.
 * A command's bundle is built for the OS the build runs on: it keeps that OS's adapters and has a stub for the other
 * two, so it never reads (at every start) the ~430 KB of plist/XML code of macOS or the registry code of Windows.
 * bin/meeting-guard.js starts it only on that platform (its name says which); main.cjs keeps all three for any other.
 */
const PER_OS_LOADERS = {
  'electron/core/platform/load-platform.ts': {
    windows: ['./windows-platform.js', 'windowsPlatform'],
    macos: ['./macos-platform.js', 'macosPlatform'],
    linux: ['./linux-platform.js', 'linuxPlatform'],
  },
  'electron/core/platform/select-device-probe.ts': {
    windows: ['../device/windows/windows-probe.js', 'windowsDeviceProbe'],
    macos: ['../device/macos/macos-probe.js', 'macosDeviceProbe'],
    linux: ['../device/linux/linux-probe.js', 'linuxDeviceProbe'],
  },
  'electron/core/platform/select-call-probes.ts': {
    windows: ['../calls/windows-call-probes.js', 'windowsCallProbes'],
    macos: ['../calls/macos-call-probes.js', 'macosCallProbes'],
    linux: ['../calls/linux-call-probes.js', 'linuxCallProbes'],
  },
};
export const onlyThisOs = (os, platform) => ({
  name: 'only-this-os',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\// }, (args) => {
      const loader = Object.entries(PER_OS_LOADERS).find(([file]) => args.importer === join(root, file));
      const other = loader && Object.entries(loader[1]).find(([name, [path]]) => name !== os && path === args.path);
      return other ? { path: other[1][1], namespace: 'only-this-os' } : undefined;
    });
    b.onLoad({ filter: /.*/, namespace: 'only-this-os' }, (args) => ({
      contents: `export function ${args.path}() { throw new Error(${JSON.stringify(`this bundle holds the adapters of ${os} alone (built for the platform ${platform}); bin/meeting-guard.js starts main.cjs elsewhere`)}); }`,
      loader: 'js',
    }));
  },
});

/**
 * `node:fs/promises` in the CLI's bundles is electron/core/cli/fs-promises-at-start.ts: the calls a command makes at
 * start on Node's callback functions, without the ten modules Node's promises module loads with it (2 ms of CPU).
 * Only the project's own sources are redirected; the app keeps Node's module.
 */
const fsPromisesAtStart = {
  name: 'fs-promises-at-start',
  setup(b) {
    const shim = join(root, 'electron/core/cli/fs-promises-at-start.ts');
    b.onResolve({ filter: /^node:fs\/promises$/ }, (args) => (args.importer.startsWith(join(root, 'electron')) && args.importer !== shim ? { path: shim } : undefined));
  },
};

const cliBundleOptions = (outfile, plugins, data) => ({
  entryPoints: [join(root, 'electron/core/cli/main.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  // CommonJS: V8 keeps compiled code for a script (vm.Script cachedData), not for an ES module under Node 20.
  format: 'cjs',
  target: 'node20',
  define: { 'import.meta.url': '__mgImportMetaUrl', ...engineDefine() },
  banner: { js: "const __mgImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
  legalComments: 'none',
  metafile: true,
  plugins: [zodTreeShaken, ...carriedDataPlugins(data), fsPromisesAtStart, ...plugins],
});

/**
 * Ends a bundle with the line naming its build (a hash of its text), which its code cache must carry too. esbuild
 * writes strings and regular expressions in ASCII but keeps comments as they are: one "—" in a comment makes V8 hold
 * the whole ~1 MB source in two bytes a character, decoded and scanned the slow way at every start. Written as \u
 * escapes (valid in comments, and in any literal or name esbuild left unescaped), the bundle is all ASCII.
 */
function markBuild(file) {
  const source = readFileSync(file, 'utf8').replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  writeFileSync(file, `${source}${BUILD_MARK}${createHash('sha256').update(source).digest('hex').slice(0, 32)}\n`);
}

/**
 * Runs the bundle once, as bin/meeting-guard.js does, and keeps what V8 compiled on the way (bin/run-bundle.js). Run
 * in a child with the same Node and no flags, as the CLI runs; a cache that does not fit is ignored at start-up.
 */
function trainCodeCache(bundle, args, home) {
  const script = `import { runBundle } from ${JSON.stringify(pathToFileURL(join(root, 'bin/run-bundle.js')).href)};
process.argv = [process.argv[0], ${JSON.stringify(bundle)}, ...process.argv.slice(1)];
runBundle(${JSON.stringify(bundle)}, { keepCache: true });`;
  const env = { HOME: home, PATH: join(home, 'no-tools'), XDG_CONFIG_HOME: join(home, '.config'), LANG: 'C', LC_ALL: 'C' };
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script, '--', ...args.map((a) => a.replace('{home}', home))], { cwd: home, env, stdio: ['ignore', 'ignore', 'pipe'], timeout: 60_000 });
  if (run.error) throw run.error;
  if (!existsSync(cacheFileOf(bundle))) throw new Error(`code cache of ${bundle} not written: ${run.stderr}`);
}

export async function buildCli() {
  // Chunk names carry content hashes: clear the old ones so the folder holds exactly one build.
  rmSync(join(root, 'dist/cli'), { recursive: true, force: true });
  await buildEngine();
  await build({
    define: engineDefine(),
    entryPoints: {
      // Not used by the CLI (it reads notices on its own thread); built here so tests run the thread as shipped.
      'notice-worker': join(root, 'electron/core/notice/notice-worker.ts'),
    },
    outdir: join(root, 'dist/cli'),
    outExtension: { '.js': '.mjs' },
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
  // The scanning threads' bundle, beside the CLI's, where the CLI's entry point looks for it. CommonJS: a thread
  // whose script is an ES module first sets up Node's ES module loader, about 15 ms of CPU and 20 ms before its
  // first job, for each thread of every scan.
  await build({ ...shellBuildOptions('electron/core/cleanup/scan-worker.ts', join(root, 'dist/cli/scan-worker.cjs')), target: 'node20' });
  // The whole CLI (help, unknown commands, any OS) and one bundle per command with that command's code only and this
  // OS's adapters, named after the platform (cliBundleName). --version has a bundle with no command at all.
  const os = (await importTs('electron/core/platform/host.ts')).osFromNodePlatform(process.platform);
  const thisOs = onlyThisOs(os, process.platform);
  const bundles = [[join(root, 'dist/cli/main.cjs'), [], ['--help']], [join(root, 'dist/cli', cliBundleName('version')), [oneCommand(undefined), thisOs], ['--version']]];
  for (const command of cliCommands()) {
    bundles.push([join(root, 'dist/cli', cliBundleName(`command-${command[0]}`)), [oneCommand(command), thisOs], TRAINING_ARGS[command[0]] ?? [command[0], '--help']]);
  }
  const data = await checkedAtBuild();
  const metafiles = await Promise.all(bundles.map(([file, plugins]) => build(cliBundleOptions(file, plugins, data)).then((r) => r.metafile)));
  const home = mkdtempSync(join(tmpdir(), 'mg-build-home-'));
  try {
    for (const [file, , args] of bundles) {
      markBuild(file);
      trainCodeCache(file, args, home);
    }
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
  return { metafiles: Object.fromEntries(bundles.map(([file], i) => [file, metafiles[i]])) };
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
/** The Electron main process's entry: the one shell bundle that reads the products (the workers never do). */
const APP_MAIN = 'electron/main.ts';

/**
 * esbuild options for one shell bundle; `define` adds to them (the end-to-end tests compile their hooks in). `carried`
 * is checkedAtBuild()'s data: the app's main bundle then answers from it, as the CLI's do, instead of checking ~200
 * products with zod when the tray starts (about 50 ms of CPU at the first use of the catalogue).
 */
export function shellBuildOptions(entry, outfile, define = {}, carried = undefined) {
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
    define: { 'import.meta.url': '__mgImportMetaUrl', ...engineDefine(), ...define },
    banner: { js: "const __mgImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    plugins: carried && entry === APP_MAIN ? [...options.plugins, ...carriedDataPlugins(carried)] : options.plugins,
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
  const carried = await checkedAtBuild();
  for (const [entry, out] of shellEntries) {
    if (existsSync(join(root, entry))) await build(shellBuildOptions(entry, join(root, 'dist', out), {}, carried));
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
