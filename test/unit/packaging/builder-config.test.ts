import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { FuseV1Options } from '@electron/fuses';
import { fuses } from '../../../electron/fuses.js';
import { packagedBinary } from '../../../scripts/package-after-pack.mjs';
import { fillTemplate } from '../../../scripts/package-deb.mjs';
import { PROJECT } from './maintainer-scripts.js';

// Windows Installer finds earlier versions by this code: it must never change after the first release.
const UPGRADE_CODE = '9FB20DDC-E3BA-4D75-BDC1-8475253B2DFA';

interface BuilderConfig {
  appId: string;
  productName: string;
  files: string[];
  asar: boolean;
  npmRebuild: boolean;
  extraResources: { from: string; to: string }[];
  afterPack: string;
  msiProjectCreated: string;
  win: { target: { target: string }[] };
  msi: { perMachine: boolean; oneClick: boolean; upgradeCode: string; artifactName: string };
  mac: { target: { target: string }[] };
  pkg: { installLocation: string; scripts: string; artifactName: string };
  linux: { target: string[]; executableName: string };
  deb: { afterInstall: string; afterRemove: string };
  rpm: { afterInstall: string; afterRemove: string };
  directories: { buildResources: string };
}
const config = parse(readFileSync(join(PROJECT, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
const req = createRequire(import.meta.url);

describe('electron-builder configuration', () => {
  it('passes electron-builder\'s own schema check', async () => {
    const { validateConfiguration } = req('app-builder-lib/out/util/config/config') as { validateConfiguration: (c: unknown, l: unknown) => Promise<void> };
    const { DebugLogger } = req('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...config, msi: { ...config.msi, upgradeKode: 'x' } }, new DebugLogger(false))).rejects.toThrow(/msi/);
  });

  it('names the product and ships only the bundled app', () => {
    expect(config).toMatchObject({ appId: 'org.meetingguard.app', productName: 'Meeting Guard', asar: true, npmRebuild: false });
    // The packaged app answers the CLI from main.cjs, so the per-command CLI bundles stay out of app.asar.
    expect(config.files).toEqual(['dist/**', '!dist/scripts/**', '!dist/cli/**', 'package.json']);
    expect(config.linux.executableName).toBe('meeting-guard');
  });

  it('builds a per-machine MSI with the fixed upgrade code, a pkg into /Applications, and deb + rpm', () => {
    expect(config.win.target.map((t) => t.target)).toEqual(['msi']);
    expect(config.msi).toMatchObject({ perMachine: true, oneClick: true, upgradeCode: UPGRADE_CODE, artifactName: '${productName}.${ext}' });
    expect(config.pkg.artifactName).toBe('${productName}.${ext}');
    expect(config.mac.target.map((t) => t.target)).toEqual(['pkg']);
    expect(config.pkg.installLocation).toBe('/Applications');
    expect(config.linux.target).toEqual(['deb', 'rpm']);
  });

  it('is what the deployment guide tells IT (upgrade code, file names, install lines)', () => {
    const guide = readFileSync(join(PROJECT, 'docs/deploy.md'), 'utf8');
    expect(guide).toContain(`{${UPGRADE_CODE}}`);
    expect(guide).toContain('msiexec /i "Meeting Guard.msi" /qn');
    expect(guide).toContain('installer -pkg "Meeting Guard.pkg" -target /');
    expect(guide).toContain('apt install ./meeting-guard_');
    expect(guide).toContain('"C:\\Program Files\\Meeting Guard\\Meeting Guard.exe" report --format json');
    expect(guide).toContain('"/Applications/Meeting Guard.app/Contents/MacOS/Meeting Guard" report');
    expect(guide).toContain('"/opt/Meeting Guard/meeting-guard" report');
  });

  it('ships policy templates, notices and fleet files as resources, from folders that exist and are not empty', () => {
    expect(config.extraResources).toEqual([
      { from: 'build/policy', to: 'policy' },
      { from: 'build/notices', to: 'notices' },
      { from: 'build/fleet', to: 'fleet' },
    ]);
    for (const { from } of config.extraResources) expect(readdirSync(join(PROJECT, from)).length).toBeGreaterThan(0);
  });

  it('points deb and rpm at the same maintainer scripts, which fill in without unknown macros', () => {
    expect(config.rpm).toEqual({ afterInstall: config.deb.afterInstall, afterRemove: config.deb.afterRemove });
    for (const file of [config.deb.afterInstall, config.deb.afterRemove]) {
      const filled = fillTemplate(readFileSync(join(PROJECT, file), 'utf8'), { executable: 'meeting-guard', sanitizedProductName: 'Meeting Guard', productFilename: 'Meeting Guard' });
      expect(filled).toContain("'/opt/Meeting Guard");
      expect(filled).not.toMatch(/\$\{[a-zA-Z]+\}/);
    }
    expect(() => fillTemplate('x ${unknownThing}', {})).toThrow(/unknownThing/);
  });

  it('has an executable pkg postinstall in the configured scripts folder', () => {
    const postinstall = join(PROJECT, config.directories.buildResources, config.pkg.scripts, 'postinstall');
    expect(statSync(postinstall).mode & 0o111).toBe(0o111);
  });

  it('wires hooks to modules that export them under the names electron-builder looks for', async () => {
    for (const [hook, path] of [['afterPack', config.afterPack], ['msiProjectCreated', config.msiProjectCreated]] as const) {
      expect(existsSync(join(PROJECT, path))).toBe(true);
      const mod = (await import(pathToFileURL(join(PROJECT, path)).href)) as Record<string, unknown>;
      expect(mod[hook]).toBeTypeOf('function');
    }
  });

  it('flips fuses with runAsNode off, so the app binary is never a general Node.js runtime', () => {
    expect(fuses[FuseV1Options.RunAsNode]).toBe(false);
    expect(fuses[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
  });

  it('finds the packaged binary electron-builder renamed, per OS', () => {
    const packager = { appInfo: { productFilename: 'Meeting Guard' }, executableName: 'meeting-guard' };
    expect(packagedBinary({ appOutDir: '/out', electronPlatformName: 'linux', packager })).toBe('/out/meeting-guard');
    expect(packagedBinary({ appOutDir: '/out', electronPlatformName: 'darwin', packager })).toBe('/out/Meeting Guard.app/Contents/MacOS/Meeting Guard');
    expect(packagedBinary({ appOutDir: '/out', electronPlatformName: 'win32', packager: { ...packager, executableName: 'Meeting Guard' } })).toBe('/out/Meeting Guard.exe');
  });
});
