// Builds a .deb from electron-builder's unpacked Linux output with dpkg-deb, for machines without fpm (which
// electron-builder's deb/rpm targets need). Same install path, desktop entry and maintainer scripts as the fpm
// build: the scripts are the electron-builder templates in build/linux/, filled in the same way.
//   node scripts/package-deb.mjs <linux-unpacked folder> <output folder>
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmod, cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { APP_ICON_SIZES, appIconPng } from './app-icon.mjs';

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
    license: pkg.license,
    copyright: config.copyright,
    changelog: join(projectDir, 'build/linux/changelog'),
  };
}

/** debian/copyright in the machine-readable format (https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/). */
export function debCopyright(info) {
  return [
    'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/',
    `Upstream-Name: ${info.productName}`,
    '',
    'Files: *',
    `Copyright: ${info.copyright}`,
    `License: ${info.license}`,
    '',
    `License: ${info.license}`,
    ...(info.license === 'MIT' ? MIT_TEXT.split('\n').map((line) => (line ? ` ${line}` : ' .')) : [' See the license file shipped with the application.']),
    '',
  ].join('\n');
}

const MIT_TEXT = `Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated
documentation files (the "Software"), to deal in the Software without restriction, including without limitation the
rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit
persons to whom the Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or substantial portions of the
Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE
WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR
COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.`;

/** The changelog's newest version must be the one being packaged: a release without its entry fails here. */
export function checkChangelog(text, version) {
  const top = /^(\S+) \(([^)]+)\)/.exec(text);
  if (!top) throw new Error('build/linux/changelog: the first line is not "package (version) distribution; urgency=…"');
  if (top[2] !== version) throw new Error(`build/linux/changelog: newest entry is ${top[2]}, package.json says ${version}: add an entry for ${version}`);
  return text;
}

/** Compressed as dpkg tools do (gzip -9n: no name, no time stamp), so the same input gives the same bytes. */
const gzip9n = (text) => gzipSync(Buffer.from(text), { level: 9 });

async function filesBelow(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesBelow(path)));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

function wrap(text, width) {
  const lines = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
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
    // Debian policy 5.6.13: extended description lines of at most 80 columns, each starting with a space.
    ...wrap(info.description, 79).map((line) => ` ${line}`),
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
  await rm(stage, { recursive: true, force: true });
  await cp(unpackedDir, join(stage, 'opt', info.productName), { recursive: true, verbatimSymlinks: true });
  await mkdir(join(stage, 'usr', 'share', 'applications'), { recursive: true });
  await writeFile(join(stage, 'usr', 'share', 'applications', `${info.executable}.desktop`), desktopEntry(info));
  // The icon the desktop entries name (Icon=<executable>), in the hicolor theme every desktop looks in.
  for (const size of APP_ICON_SIZES) {
    const dir = join(stage, 'usr', 'share', 'icons', 'hicolor', `${size}x${size}`, 'apps');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, `${info.executable}.png`), appIconPng(size));
  }
  // Debian policy 12.5 and 12.7: the copyright file, and the changelog compressed, in /usr/share/doc/<package>.
  const doc = join(stage, 'usr', 'share', 'doc', info.name);
  await mkdir(doc, { recursive: true });
  await writeFile(join(doc, 'copyright'), debCopyright(info));
  await writeFile(join(doc, 'changelog.gz'), gzip9n(checkChangelog(await readFile(info.changelog, 'utf8'), info.version)));
  const installedSize = await duKb(stage);
  await mkdir(join(stage, 'DEBIAN'), { recursive: true });
  await writeFile(join(stage, 'DEBIAN', 'control'), debControl(info, arch, installedSize));
  const sums = [];
  for (const file of (await filesBelow(stage)).filter((f) => !f.startsWith(join(stage, 'DEBIAN')))) {
    sums.push(`${createHash('md5').update(await readFile(file)).digest('hex')}  ${relative(stage, file)}`);
  }
  await writeFile(join(stage, 'DEBIAN', 'md5sums'), `${sums.sort((a, b) => a.slice(34).localeCompare(b.slice(34))).join('\n')}\n`);
  for (const [script, template] of [['postinst', info.afterInstall], ['postrm', info.afterRemove]]) {
    const path = join(stage, 'DEBIAN', script);
    await writeFile(path, fillTemplate(await readFile(template, 'utf8'), vars));
    await chmod(path, 0o755);
  }
  const deb = join(outDir, `${info.name}_${info.version}_${arch}.deb`);
  await run('dpkg-deb', ['--root-owner-group', `-Z${compression}`, '--build', stage, deb]);
  await rm(stage, { recursive: true, force: true });
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
