// npm start: builds, then runs the app in the Electron binary the `electron` package downloaded at install (or the
// unpacked Electron folder ELECTRON_OVERRIDE_DIST_PATH names). Where there is no binary (an install with
// ELECTRON_SKIP_BINARY_DOWNLOAD, or no network), it says in one line what to do instead of the package's stack trace,
// and never tries to download one itself.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The executable inside an unpacked Electron folder, as the electron package names it per OS. */
function executableIn(dir, platform) {
  if (platform === 'win32') return join(dir, 'electron.exe');
  if (platform === 'darwin') return join(dir, 'Electron.app', 'Contents', 'MacOS', 'Electron');
  return join(dir, 'electron');
}

/** `{ binary }` to run, or `{ advice }`: one line saying what to do. */
export function findElectron({ env = process.env, platform = process.platform, packageDir } = {}) {
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const binary = executableIn(override, platform);
    return existsSync(binary) ? { binary } : { advice: `npm start: ELECTRON_OVERRIDE_DIST_PATH is ${override}, but there is no Electron executable at ${binary}.` };
  }
  let dir = packageDir;
  try {
    dir ??= dirname(createRequire(join(root, 'package.json')).resolve('electron/package.json'));
  } catch {
    return { advice: 'npm start: the electron package is not installed: run "npm install" first.' };
  }
  const pathFile = join(dir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const binary = relative ? join(dir, 'dist', relative) : '';
  if (binary && existsSync(binary)) return { binary };
  return {
    advice:
      'npm start: no Electron binary here (npm install skipped or could not download it): run "node node_modules/electron/install.js" where the network allows, or set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron folder.',
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const found = findElectron();
  if (found.advice) {
    console.error(found.advice);
    process.exit(1);
  }
  const build = spawn(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
  const built = await new Promise((resolve) => build.on('exit', (code) => resolve(code === 0)));
  if (!built) process.exit(1);
  const app = spawn(found.binary, [root, ...process.argv.slice(2)], { stdio: 'inherit' });
  app.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
