/**
 * SLOW (about 40 s): the whole packaging pipeline, for real, on a machine that cannot download Electron.
 * electron-builder packs the app with `electronDist` pointing at a stand-in Electron (a shell script carrying a
 * fuse wire like the real binary's), then the result is checked the way a release would be: asar contents,
 * resources, renamed binary, flipped fuses; then a .deb is built from the unpacked output with dpkg-deb and
 * installed into a temporary root with dpkg itself (`--root` + `--force-script-chrootless`, which runs the
 * maintainer scripts with DPKG_ROOT set), and purged again. The app inside the asar, extracted, then gets the
 * same shell smoke run as the build output (test/unit/shell/electron-contract-smoke.test.ts): what ships must start
 * and work within Electron's rules, not only what sits in dist/. Needs `npm run build` first (npm test does it).
 */
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, cp, lstat, mkdir, readFile, readlink, readdir, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { promisify } from 'node:util';
import { build as esbuild } from 'esbuild';
// electron-builder's own asar module (a dependency of electron-builder).
import { extractAll, extractFile, listPackage } from '@electron/asar';
import { getCurrentFuseWire, FuseV1Options } from '@electron/fuses';
import { afterPack } from '../../../scripts/package-after-pack.mjs';
import { distDeb } from '../../../scripts/dist-linux.mjs';
import { checkedAtBuild, copyTrayIcons, shellBuildOptions, shellEntries } from '../../../scripts/build.mjs';
import { trayStates } from '../../../electron/core/menu/tray-state.js';
import { systemClock, withTimeout } from '../../../electron/core/calls/clock.js';
import { expectCleanRun } from '../../shell-smoke/expect-clean-run.js';
import { runShellSmoke } from '../../shell-smoke/run-smoke.js';
import { tempDir } from '../../support/temp.js';
import { PROJECT } from './maintainer-scripts.js';

const execFileAsync = promisify(execFile);
/** A program of the pipeline, killed if it runs past its bound: a tool that hangs fails the stage, not the whole run. */
const run = (file: string, args: string[], seconds = 60) => execFileAsync(file, args, { timeout: seconds * 1000, killSignal: 'SIGKILL' });

/**
 * One stage of the pipeline, bounded on its own: a stage that hangs (a packer waiting on something this machine
 * lacks, say) fails under its own name well before the test's timeout, instead of as "timed out" with no clue.
 */
const stage = <T>(name: string, seconds: number, work: () => Promise<T>): Promise<T> => withTimeout(work(), seconds * 1000, systemClock, `packaging stage "${name}"`);
const pkg = JSON.parse(await readFile(join(PROJECT, 'package.json'), 'utf8')) as { version: string; dependencies: Record<string, string>; devDependencies: Record<string, string> };

// The sentinel @electron/fuses looks for, then wire version 1, 8 fuses, all "1" (enabled) as Electron ships them.
const FUSE_WIRE = Buffer.concat([Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'), Buffer.from([1, 8]), Buffer.from('11111111')]);

/**
 * NOT Electron: no Electron binary can be downloaded here, so this folder stands in for an unpacked Electron release
 * (what `--electron-dist DIR` points at): an `electron` shell script carrying the fuse wire the real binary has, the
 * setuid sandbox helper and the licence file electron-builder copies. Enough for electron-builder to pack and
 * @electron/fuses to flip; nothing here runs the app (the shell smoke run below does that under Node).
 */
async function standInElectron(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const script = Buffer.concat([Buffer.from('#!/bin/sh\n# '), FUSE_WIRE, Buffer.from('\necho "stand-in Electron $*"\n')]);
  await writeFile(join(dir, 'electron'), script);
  await chmod(join(dir, 'electron'), 0o755);
  await writeFile(join(dir, 'chrome-sandbox'), '#!/bin/sh\n');
  await chmod(join(dir, 'chrome-sandbox'), 0o755);
  await writeFile(join(dir, 'LICENSE'), 'stand-in\n');
}

/** A copy of the project as a release build sees it: sources of packaging, node_modules, and a built dist/. */
async function projectCopy(dir: string): Promise<void> {
  for (const f of ['package.json', 'package-lock.json', 'electron-builder.yml']) await cp(join(PROJECT, f), join(dir, f));
  await cp(join(PROJECT, 'build'), join(dir, 'build'), { recursive: true });
  await symlink(join(PROJECT, 'node_modules'), join(dir, 'node_modules'));
  // The shell bundles the same way scripts/build.mjs makes them, when the shell's sources are present; otherwise a
  // one-line main stands in (what is checked here is what gets packed, not what the app does).
  await mkdir(join(dir, 'dist/scripts'), { recursive: true });
  const realMain = existsSync(join(PROJECT, 'electron/main.ts'));
  const carried = await checkedAtBuild();
  for (const [entry, out] of shellEntries) {
    if (existsSync(join(PROJECT, entry))) await esbuild({ ...shellBuildOptions(entry, join(dir, 'dist', out), {}, carried), logLevel: 'silent' });
  }
  if (!realMain) await writeFile(join(dir, 'dist/main.cjs'), "require('electron');\n");
  copyTrayIcons(join(dir, 'dist/icons'));
  // The screens as `npm run build` made them.
  await cp(join(PROJECT, 'dist/renderer'), join(dir, 'dist/renderer'), { recursive: true });
  await writeFile(join(dir, 'dist/scripts/leftover.mjs'), '// a build script temporary, must not ship\n');
}

describe('packaging pipeline with a stand-in Electron (slow)', () => {
  it('packs, checks, smoke-runs the packaged app, builds a .deb, installs it into a temporary root and purges it', { timeout: 300_000 }, async () => {
    const work = await tempDir('mg-pack-');
    const project = join(work, 'project');
    await mkdir(project);
    await stage('copy the project and bundle the shell', 60, () => projectCopy(project));
    await standInElectron(join(work, 'electron-dist'));
    // What `npm run dist:deb -- --electron-dist DIR` does (after npm run build), on the stand-in Electron.
    const { unpacked, deb } = await stage('electron-builder and dpkg-deb', 150, () => distDeb({ projectDir: project, electronDist: join(work, 'electron-dist'), outDir: join(work, 'out'), compression: 'gzip', config: { afterPack, msiProjectCreated: null } }));
    expect(deb).toBe(join(work, 'out', `meeting-guard_${pkg.version}_amd64.deb`));
    expect((await readdir(join(work, 'out'))).filter((n) => !n.startsWith('builder-'))).toEqual(expect.arrayContaining(['linux-unpacked', `meeting-guard_${pkg.version}_amd64.deb`]));
    expect(existsSync(join(work, 'out/meeting-guard-deb-stage'))).toBe(false);

    // The Electron binary is renamed to the product's executable and its fuses are flipped: runAsNode off.
    const binary = join(unpacked, 'meeting-guard');
    expect(existsSync(join(unpacked, 'electron'))).toBe(false);
    expect((await run(binary, ['report', '--format', 'json'])).stdout).toBe('stand-in Electron report --format json\n');
    const wire = await getCurrentFuseWire(binary);
    expect(wire[FuseV1Options.RunAsNode]).toBe(48); // "0": disabled
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(48);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(49);

    // The asar holds the bundle, package.json and production dependencies only.
    const asar = join(unpacked, 'resources/app.asar');
    const entries = listPackage(asar, { isPack: false }).map((p) => p.split(sep).join('/'));
    expect(entries).toContain('/dist/main.cjs');
    expect(entries).toContain('/dist/scan-worker.cjs'); // the cleanup scan's threads, loaded from inside the asar
    expect(entries).toContain('/package.json');
    // The tray pictures ship inside the asar beside main.cjs (main.ts loads them from there), and the screens too.
    for (const state of trayStates) for (const variant of ['-light', '-dark', 'Template']) expect(entries).toContain(`/dist/icons/${state}${variant}.png`);
    expect(entries).toContain('/dist/renderer/index.html');
    expect(entries.filter((e) => e.startsWith('/dist/scripts'))).toEqual([]);
    expect(entries.filter((e) => /^\/(electron|test|scripts|renderer\/src|build|bench)\//.test(e))).toEqual([]);
    const topModules = new Set(entries.map((e) => /^\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(e)?.[1]).filter(Boolean));
    for (const dev of Object.keys(pkg.devDependencies)) expect(topModules.has(dev), `devDependency ${dev} shipped`).toBe(false);
    for (const name of ['vitest', 'typescript', 'eslint', 'electron', 'electron-builder', 'esbuild', 'vite']) expect(topModules.has(name)).toBe(false);
    // sql.js is loaded at run time with its .wasm beside it.
    expect(entries).toContain('/node_modules/sql.js/dist/sql-wasm.wasm');
    const shipped = JSON.parse(extractFile(asar, 'package.json').toString()) as Record<string, unknown>;
    expect(shipped).toMatchObject({ name: 'meeting-guard', version: pkg.version, main: 'dist/main.cjs' });
    expect(shipped.scripts).toBeUndefined();

    // Templates, notices and fleet files sit in resources/, fleet scripts still executable.
    const resources = join(unpacked, 'resources');
    for (const f of ['policy/windows/meeting-guard.admx', 'policy/windows/en-US/meeting-guard.adml', 'policy/macos/org.meetingguard.app.mobileconfig', 'policy/linux/meeting-guard.json', 'fleet/intune-compliance-rules.json', 'fleet/osquery-pack.json']) {
      expect(existsSync(join(resources, f)), f).toBe(true);
    }
    expect((await readdir(join(resources, 'notices'))).filter((n) => n.endsWith('.md')).length).toBeGreaterThan(0);
    expect((await stat(join(resources, 'fleet/intune-discovery-linux.sh'))).mode & 0o111).toBe(0o111);

    // The packaged app, extracted where Electron would find an unpacked one, passes the shell smoke run.
    const extracted = join(work, 'layout/resources/app');
    extractAll(asar, extracted);
    expectCleanRun(await stage('the shell smoke run of the packaged app', 150, async () => runShellSmoke(extracted, await tempDir('mg-smoke-packaged-'), { packaged: true })));

    // The .deb: control fields, maintainer scripts, file list.
    const info = (await run('dpkg-deb', ['--field', deb, 'Package', 'Version', 'Architecture'])).stdout;
    expect(info).toBe(`Package: meeting-guard\nVersion: ${pkg.version}\nArchitecture: amd64\n`);
    const contents = (await run('dpkg-deb', ['--contents', deb])).stdout;
    expect(contents).toMatch(/^-rwxr-xr-x root\/root .* \.\/opt\/Meeting Guard\/meeting-guard$/m);
    expect(contents).toMatch(/ \.\/opt\/Meeting Guard\/resources\/app\.asar$/m);
    expect(contents).toMatch(/ \.\/usr\/share\/applications\/meeting-guard\.desktop$/m);
    expect(contents).not.toMatch(/\.\/(etc|home)\//);
    // Everything the maintainer scripts name is in the package: the AppArmor profile after-install.tpl installs.
    expect(contents).toMatch(/ \.\/opt\/Meeting Guard\/resources\/apparmor-profile$/m);
    for (const size of [16, 32, 48, 128, 256, 512]) expect(contents).toMatch(new RegExp(` \\./usr/share/icons/hicolor/${size}x${size}/apps/meeting-guard\\.png$`, 'm'));

    // Lintian, Debian's own package checker, finds nothing but the /opt install every Electron deb has.
    const lintian = await run('lintian', ['--no-tag-display-limit', '--suppress-tags', 'dir-or-file-in-opt', deb], 120).catch((error: { stdout?: string; stderr?: string; message: string }) => {
      // lintian exits non-zero when it reports tags (checked below); without output it did not run at all.
      if (error.stdout === undefined) throw new Error(`lintian did not run: ${error.message}`);
      return { stdout: error.stdout };
    });
    expect(lintian.stdout.split('\n').filter((line) => /^[EW]: /.test(line))).toEqual([]);
    const control = join(work, 'control');
    await run('dpkg-deb', ['--control', deb, control]);
    for (const s of ['postinst', 'postrm']) expect((await stat(join(control, s))).mode & 0o777).toBe(0o755);

    // dpkg installs it into a temporary root and runs postinst there (DPKG_ROOT), then purges it.
    const root = join(work, 'root');
    if (!root.startsWith(tmpdir() + sep)) throw new Error('temporary root expected');
    await mkdir(join(root, 'var/lib/dpkg/info'), { recursive: true });
    await mkdir(join(root, 'var/lib/dpkg/updates'), { recursive: true });
    await writeFile(join(root, 'var/lib/dpkg/status'), '');
    const dpkg = (...args: string[]) => run('dpkg', [`--root=${root}`, '--force-script-chrootless', '--force-depends', '--force-not-root', '--log=/dev/null', ...args]);
    await dpkg('--install', deb);
    expect(await readFile(join(root, 'etc/xdg/autostart/meeting-guard.desktop'), 'utf8')).toContain('Exec="/opt/Meeting Guard/meeting-guard" --autostart');
    expect((await stat(join(root, 'etc/meeting-guard/policies/managed'))).mode & 0o777).toBe(0o755);
    expect(await readlink(join(root, 'usr/bin/meeting-guard'))).toBe('/opt/Meeting Guard/meeting-guard');
    await writeFile(join(root, 'etc/meeting-guard/policies/managed/10-council.json'), '{}');
    await dpkg('--purge', 'meeting-guard');
    expect(existsSync(join(root, 'opt/Meeting Guard'))).toBe(false);
    expect(existsSync(join(root, 'etc/xdg/autostart/meeting-guard.desktop'))).toBe(false);
    expect((await lstat(join(root, 'usr/bin')).then((s) => s.isDirectory()))).toBe(true);
    expect(existsSync(join(root, 'usr/bin/meeting-guard'))).toBe(false);
    expect(await readFile(join(root, 'etc/meeting-guard/policies/managed/10-council.json'), 'utf8')).toBe('{}');
  });
});
