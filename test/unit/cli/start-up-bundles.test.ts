import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the build script is plain JavaScript
import { checkedAtBuild, leaveOutSourceChecks, shellBuildOptions } from '../../../scripts/build.mjs';
import { commands } from '../../../electron/core/cli/commands.js';
import { osFromNodePlatform } from '../../../electron/core/platform/host.js';
import { CLI, runNode } from '../../support/cli.js';
import { tempDir } from '../../support/temp.js';

// Each command starts from a bundle of its own (scripts/build.mjs, built by the tests' global set-up). What a
// bundle holds is read from the module comments esbuild writes above each module ("// electron/core/x.ts").
const root = fileURLToPath(new URL('../../../', import.meta.url));
const dist = `${root}dist/cli/`;
// Each is built for the platform the build runs on, and named after it.
const bundleText = (name: string) => readFileSync(`${dist}command-${name}.${process.platform}.cjs`, 'utf8');
const modulesOf = (text: string) => [...text.matchAll(/^\/\/ ((?:electron|node_modules)\/\S+)$/gm)].map((m) => m[1]!);

/**
 * The product files, their schema and the check of them: every bundle carries the products as checked at build
 * (electron/core/util/checked-at-build.ts), so none may build productSchema or read the ~200 files again at start.
 */
const PRODUCT_SOURCES = /^electron\/core\/products\/(schema|check-products|define-product)\.ts$|^electron\/core\/products\/(clients|browsers|recorders)\//;

/** What each start-up path must not read or compile: other features' code and the heavy libraries they need. */
const MUST_NOT_HOLD: Record<string, RegExp[]> = {
  device: [/^electron\/core\/notice\//, /^electron\/core\/cleanup\//, /^electron\/core\/report\//, /^node_modules\/(yaml|marked)\//, PRODUCT_SOURCES],
  catalogue: [/^electron\/core\/notice\//, /^electron\/core\/cleanup\//, /^electron\/core\/report\//, /^node_modules\/(yaml|marked)\//, PRODUCT_SOURCES],
  report: [/^electron\/core\/notice\//, /^electron\/core\/cleanup\/(scan|sqlite|text-matcher|address-matcher)/, /^node_modules\/(yaml|marked)\//, PRODUCT_SOURCES],
  policy: [/^electron\/core\/notice\//, /^electron\/core\/cleanup\//, /^node_modules\/(yaml|marked)\//, PRODUCT_SOURCES],
  signals: [/^electron\/core\/notice\//, /^electron\/core\/cleanup\//, /^node_modules\/(yaml|marked)\//, PRODUCT_SOURCES],
  watch: [/^electron\/core\/notice\//, /^electron\/core\/cleanup\/(scan|sqlite|text-matcher|address-matcher)/, /^node_modules\/(yaml|marked)\//, PRODUCT_SOURCES],
};

describe('each command starts from its own bundle', () => {
  it('has a bundle per command, each holding its own command module', () => {
    for (const { name } of commands) {
      const modules = modulesOf(bundleText(name));
      expect(modules.length, name).toBeGreaterThan(10);
      expect(modules.some((m) => new RegExp(`/${name}-command\\.ts$`).test(m)), name).toBe(true);
      // No other command's module.
      const others = commands.filter((c) => c.name !== name).map((c) => new RegExp(`/${c.name}-command\\.ts$`));
      expect(modules.filter((m) => others.some((o) => o.test(m))), name).toEqual([]);
    }
  });

  it.each(Object.entries(MUST_NOT_HOLD))('the %s bundle leaves out what that command never runs', (name, forbidden) => {
    const text = bundleText(name);
    const modules = modulesOf(text);
    expect(modules.filter((m) => forbidden.some((f) => f.test(m)))).toEqual([]);
    // One character outside ASCII makes V8 hold and scan the whole source two bytes a character (scripts/build.mjs).
    expect(text.match(/[^\0-\x7f]/g) ?? [], `${name} is not all ASCII`).toEqual([]);
    // A bundle runs as a vm script (bin/run-bundle.js), where import() of a module left outside it has no loader.
    expect(text.match(/\bimport\((["'])(node:)?[a-z_/]+\1\)/g) ?? [], `${name} imports a module at run time`).toEqual([]);
    // Node's promises module loads ten more at its first import: the bundles take the CLI's own (scripts/build.mjs).
    expect(text.includes('require("node:fs/promises")'), `${name} loads node:fs/promises at start`).toBe(false);
    // sql.js is loaded at run time by the scan alone (never bundled): no other command may even name it.
    expect(text.includes('"sql.js"'), `${name} names sql.js`).toBe(false);
  });

  it('the product sources are left out by the build, not by chance: bundled without that step, they are all there', async () => {
    const inputs = async (plugins: Plugin[]) => {
      const { metafile } = await build({ entryPoints: [fileURLToPath(new URL('../../../electron/core/products/index.ts', import.meta.url))], absWorkingDir: root, bundle: true, write: false, metafile: true, platform: 'node', format: 'esm', logLevel: 'silent', plugins });
      return Object.keys(metafile.inputs).filter((m) => PRODUCT_SOURCES.test(m));
    };
    expect((await inputs([])).length).toBeGreaterThan(200);
    expect(await inputs([leaveOutSourceChecks])).toEqual([]);
  });

  it("the app's main bundle carries the products as checked at build too, so the tray's start checks none of them", { timeout: 60_000 }, async () => {
    const inputs = async (carried?: Record<string, string>) => {
      const out = join(await tempDir(), 'main.cjs');
      const { metafile } = await build({ ...shellBuildOptions('electron/main.ts', out, {}, carried), write: false, metafile: true, logLevel: 'silent' });
      return Object.keys(metafile!.inputs).filter((m) => PRODUCT_SOURCES.test(m));
    };
    expect((await inputs()).length).toBeGreaterThan(200);
    expect(await inputs(await checkedAtBuild())).toEqual([]);
  });

  it('--version starts from a bundle with no command in it', () => {
    const modules = modulesOf(readFileSync(`${dist}version.${process.platform}.cjs`, 'utf8'));
    expect(modules.some((m) => m.endsWith('electron/core/cli/run-cli.ts'))).toBe(true);
    expect(modules.filter((m) => /-command\.ts$/.test(m))).toEqual([]);
  });

  it("holds this OS's adapters alone, while the whole CLI, for any other platform, holds all three", () => {
    const os = osFromNodePlatform(process.platform);
    const adapters = (modules: string[]) => modules.filter((m) => /^electron\/core\/(platform\/(windows|macos|linux)-platform|device\/\w+\/(windows|macos|linux)-probe|calls\/(windows|macos|linux)-call-probes)\.ts$/.test(m)).sort();
    const own = [`electron/core/calls/${os}-call-probes.ts`, `electron/core/device/${os}/${os}-probe.ts`, `electron/core/platform/${os}-platform.ts`];
    for (const { name } of commands) expect(adapters(modulesOf(bundleText(name))), name).toEqual(own);
    // macOS's plist and XML libraries came in through its adapters alone (the policy command reads plists itself).
    expect(modulesOf(bundleText('report')).filter((m) => /^node_modules\/(plist|@xmldom|xmlbuilder|fast-xml-parser)\//.test(m))).toEqual([]);
    expect(adapters(modulesOf(readFileSync(`${dist}main.cjs`, 'utf8')))).toHaveLength(9);
  });

  it("bin/meeting-guard.js starts this platform's bundle, and the whole CLI on a platform it was not built for", async () => {
    // A preload that names the bundle bin/meeting-guard.js reads, with process.platform as the test sets it.
    const preload = join(await tempDir(), 'which-bundle.cjs');
    writeFileSync(preload, `const fs = require('node:fs');
if (process.env.MG_TEST_PLATFORM) Object.defineProperty(process, 'platform', { value: process.env.MG_TEST_PLATFORM });
const read = fs.readFileSync;
fs.readFileSync = function (file, ...rest) {
  if (String(file).endsWith('.cjs')) process.stderr.write('bundle ' + require('node:path').basename(String(file)) + '\\n');
  return read.call(this, file, ...rest);
};
`);
    const run = (platform?: string) => runNode(['--require', preload, CLI, 'report', '--format', 'json'], { env: { MG_TEST_PLATFORM: platform } });
    const here = await run();
    expect([here.code, here.stderr]).toEqual([0, `bundle command-report.${process.platform}.cjs\n`]);
    const other = process.platform === 'darwin' ? 'win32' : 'darwin';
    const elsewhere = await run(other);
    expect([elsewhere.code, elsewhere.stderr]).toEqual([0, 'bundle main.cjs\n']);
    expect(JSON.parse(elsewhere.stdout).os).toBe(osFromNodePlatform(other));
  });

  it('the checks above can fail: the whole CLI bundle holds the notice renderer, yaml and the sql.js loader', () => {

    const text = readFileSync(`${dist}main.cjs`, 'utf8');
    const modules = modulesOf(text);
    expect(modules.some((m) => m.startsWith('electron/core/notice/'))).toBe(true);
    expect(modules.some((m) => m.startsWith('node_modules/yaml/'))).toBe(true);
    expect(text.includes('"sql.js"')).toBe(true);
  });
});
