// Compiles the cleanup scan's matcher (wasm/cleanup-matcher/, AssemblyScript) to dist/engine/cleanup-matcher.wasm.
// scripts/build.mjs runs it before bundling and carries the bytes inside every bundle that scans (define
// __MEETING_GUARD_MATCHER_WASM__), so the app, its threads and the CLI load no file for it; run from the sources
// (tests), electron/core/cleanup/text-matcher.ts reads the file written here.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sources = join(root, 'wasm/cleanup-matcher');
export const engineFile = join(root, 'dist/engine/cleanup-matcher.wasm');

// The features used are in every Node and Electron the app supports (SIMD since V8 9.1, Node 16.4).
const ARGS = ['index.ts', '--runtime', 'stub', '--optimizeLevel', '3', '--shrinkLevel', '0', '--noAssert', '--enable', 'simd', '--use', 'abort=', '--outFile', 'out.wasm'];

function newestInput() {
  const files = readdirSync(sources).map((name) => join(sources, name));
  files.push(fileURLToPath(import.meta.url), join(root, 'node_modules/assemblyscript/package.json'));
  return Math.max(...files.map((file) => statSync(file).mtimeMs));
}

/** Builds the engine unless the file is newer than every source; returns its bytes. */
export async function buildEngine() {
  if (existsSync(engineFile) && statSync(engineFile).mtimeMs >= newestInput()) return readFileSync(engineFile);
  const { default: asc } = await import('assemblyscript/asc');
  let wasm;
  const stderr = asc.createMemoryStream();
  const { error } = await asc.main(ARGS, {
    stderr,
    readFile: (name, baseDir) => {
      const path = join(baseDir === '.' ? sources : join(sources, baseDir), name);
      return existsSync(path) ? readFileSync(path, 'utf8') : null;
    },
    writeFile: (name, contents) => {
      if (name === 'out.wasm') wasm = Buffer.from(contents);
    },
    listFiles: (dir) => readdirSync(join(sources, dir)),
  });
  if (error || !wasm) throw new Error(`cleanup matcher engine did not compile:\n${stderr.toString()}${error ? error.message : ''}`);
  mkdirSync(dirname(engineFile), { recursive: true });
  writeFileSync(engineFile, wasm);
  return wasm;
}

/** The esbuild `define` that carries the engine inside a bundle (after `buildEngine`, which `buildCli` runs first). */
export function engineDefine() {
  if (!existsSync(engineFile)) throw new Error('cleanup matcher engine not built yet: run buildEngine() first');
  return { __MEETING_GUARD_MATCHER_WASM__: JSON.stringify(readFileSync(engineFile).toString('base64')) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildEngine();
