// Linux packages on a build host that cannot download Electron (air-gapped, or a proxy that refuses it):
//   npm run dist:deb -- --electron-dist DIR
// DIR is an unpacked Electron for Linux x64 of the version in package-lock.json (the folder an Electron release zip
// unpacks to: the `electron` executable, its .pak/.dat/.so files, locales/). electron-builder packs the app into
// it (its `electronDist` option) and flips the fuses; the .deb is then built with dpkg-deb, so no fpm download is
// needed either. release/ then holds linux-unpacked/ and the .deb.
// Without --electron-dist, an existing release/linux-unpacked (from `npm run dist`) is packaged as before.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDeb } from './package-deb.mjs';

const root = join(fileURLToPath(import.meta.url), '..', '..');

/** The folder must look like an unpacked Electron: refused early with the reason, not deep inside electron-builder. */
export function checkElectronDist(dir) {
  if (!existsSync(join(dir, 'electron'))) throw new Error(`--electron-dist ${dir}: no "electron" executable there (expected an unpacked Electron for Linux)`);
}

/** electron-builder's `--linux dir` with the given Electron; returns release/linux-unpacked. */
export async function packLinux({ projectDir = root, electronDist, outDir = join(projectDir, 'release'), config = {} }) {
  checkElectronDist(electronDist);
  const { build, Platform, Arch } = await import('electron-builder');
  const electronVersion = JSON.parse(readFileSync(join(projectDir, 'node_modules/electron/package.json'), 'utf8')).version;
  await build({
    projectDir,
    targets: Platform.LINUX.createTarget('dir', Arch.x64),
    publish: 'never',
    // Merged over electron-builder.yml: only where Electron comes from differs from a release build.
    config: { electronDist, electronVersion, directories: { output: outDir }, ...config },
  });
  return join(outDir, 'linux-unpacked');
}

/** Packs with the local Electron and builds the .deb: `{ unpacked, deb }`. */
export async function distDeb({ projectDir = root, electronDist, outDir = join(projectDir, 'release'), compression = 'xz', config = {} }) {
  const unpacked = await packLinux({ projectDir, electronDist, outDir, config });
  const deb = await buildDeb(unpacked, outDir, { projectDir, compression });
  return { unpacked, deb };
}

/** `[--electron-dist DIR]`, nothing else. */
export function parseDistArgs(argv) {
  const args = { electronDist: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--electron-dist' && argv[i + 1]) args.electronDist = resolve(argv[++i]);
    else if (arg.startsWith('--electron-dist=')) args.electronDist = resolve(arg.slice('--electron-dist='.length));
    else throw new Error(`unknown argument "${arg}"; usage: npm run dist:deb -- [--electron-dist DIR]`);
  }
  return args;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const { electronDist } = parseDistArgs(process.argv.slice(2));
    if (electronDist) {
      checkElectronDist(electronDist);
      const built = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
      if (built.status !== 0) process.exit(1);
      console.log((await distDeb({ electronDist })).deb);
    } else {
      const unpacked = join(root, 'release/linux-unpacked');
      if (!existsSync(unpacked)) throw new Error('no release/linux-unpacked: run "npm run dist" first, or pass --electron-dist DIR');
      console.log(await buildDeb(unpacked, join(root, 'release')));
    }
  } catch (error) {
    console.error(`dist:deb: ${error.message}`);
    process.exit(1);
  }
}
