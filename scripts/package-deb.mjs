// Builds a .deb from electron-builder's unpacked Linux output with dpkg-deb, for machines without fpm (which
// electron-builder's deb/rpm targets need). Same install path, desktop entry and maintainer scripts as the fpm
// build: the scripts are the electron-builder templates in build/linux/, filled in the same way.
//   node scripts/package-deb.mjs <linux-unpacked folder> <output folder>
import { execFile } from 'node:child_process';
import { chmod, cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const run = promisify(execFile);

// electron-builder's default deb dependencies for an Electron app (FpmTarget).
const DEB_DEPENDS = ['libgtk-3-0', 'libnotify4', 'libnss3', 'libxss1', 'libxtst6', 'xdg-utils', 'libatspi2.0-0', 'libuuid1', 'libsecret-1-0'];

/** electron-builder's template filling: `${name}` with letters only; an unknown name is an error, not a blank. */
export function fillTemplate(text, vars) {
  return text.replace(/\${([a-zA-Z]+)}/g, (_, name) => {
    if (!(name in vars)) throw new Error(`Macro ${name} is not defined`);
    return vars[name];
  });
}

export async function packageInfo(projectDir = root) {
  const pkg = JSON.parse(await readFile(join(projectDir, 'package.json'), 'utf8'));
  const config = parse(await readFile(join(projectDir, 'electron-builder.yml'), 'utf8'));
  return {
    name: pkg.name,
    version: pkg.version,
    description: pkg.description,
    productName: config.productName,
    executable: config.linux.executableName,
    maintainer: config.linux.maintainer,
    synopsis: config.linux.synopsis,
    section: config.deb?.packageCategory ?? 'utils',
    priority: config.deb?.priority ?? 'optional',
    afterInstall: join(projectDir, config.deb.afterInstall),
    afterRemove: join(projectDir, config.deb.afterRemove),
  };
}

export function debControl(info, arch = 'amd64', installedSizeKb = 0) {
  return [
    `Package: ${info.name}`,
    `Version: ${info.version}`,
    `Architecture: ${arch}`,
    `Maintainer: ${info.maintainer}`,
    `Installed-Size: ${installedSizeKb}`,
    `Depends: ${DEB_DEPENDS.join(', ')}`,
    `Section: ${info.section}`,
    `Priority: ${info.priority}`,
    `Description: ${info.synopsis}`,
    ` ${info.description}`,
    '',
  ].join('\n');
}

function desktopEntry(info) {
  const binary = `/opt/${info.productName}/${info.executable}`;
  return `[Desktop Entry]\nName=${info.productName}\nExec="${binary}" %U\nTerminal=false\nType=Application\nIcon=${info.executable}\nStartupWMClass=${info.productName}\nComment=${info.synopsis}\nCategories=Office;\n`;
}

async function duKb(dir) {
  const { stdout } = await run('du', ['-sk', dir]);
  return Number.parseInt(stdout, 10);
}

/**
 * Lays out the package tree (opt/<product>, desktop entry, DEBIAN/) and runs dpkg-deb. Returns the .deb path.
 * `compression` is dpkg-deb's -Z (xz for releases; gzip or none where speed matters more than size).
 */
export async function buildDeb(unpackedDir, outDir, { projectDir = root, arch = 'amd64', compression = 'xz' } = {}) {
  const info = await packageInfo(projectDir);
  const stage = join(outDir, `${info.name}-deb-stage`);
  const vars = { executable: info.executable, sanitizedProductName: info.productName, productFilename: info.productName };
  await cp(unpackedDir, join(stage, 'opt', info.productName), { recursive: true, verbatimSymlinks: true });
  await mkdir(join(stage, 'usr', 'share', 'applications'), { recursive: true });
  await writeFile(join(stage, 'usr', 'share', 'applications', `${info.executable}.desktop`), desktopEntry(info));
  const installedSize = await duKb(stage);
  await mkdir(join(stage, 'DEBIAN'), { recursive: true });
  await writeFile(join(stage, 'DEBIAN', 'control'), debControl(info, arch, installedSize));
  for (const [script, template] of [['postinst', info.afterInstall], ['postrm', info.afterRemove]]) {
    const path = join(stage, 'DEBIAN', script);
    await writeFile(path, fillTemplate(await readFile(template, 'utf8'), vars));
    await chmod(path, 0o755);
  }
  const deb = join(outDir, `${info.name}_${info.version}_${arch}.deb`);
  await run('dpkg-deb', ['--root-owner-group', `-Z${compression}`, '--build', stage, deb]);
  return deb;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [unpacked, out] = process.argv.slice(2);
  if (!unpacked || !out) {
    console.error('usage: node scripts/package-deb.mjs <linux-unpacked folder> <output folder>');
    process.exit(2);
  }
  console.log(await buildDeb(resolve(unpacked), resolve(out)));
}
