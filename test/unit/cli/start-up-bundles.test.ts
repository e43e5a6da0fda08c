import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { commands } from '../../../electron/core/cli/commands.js';

// Each command starts from a bundle of its own (scripts/build.mjs, built by the tests' global set-up). What a
// bundle holds is read from the module comments esbuild writes above each module ("// electron/core/x.ts").
const dist = fileURLToPath(new URL('../../../dist/cli/', import.meta.url));
const bundleText = (name: string) => readFileSync(`${dist}command-${name}.cjs`, 'utf8');
const modulesOf = (text: string) => [...text.matchAll(/^\/\/ ((?:electron|node_modules)\/\S+)$/gm)].map((m) => m[1]!);

/** What each start-up path must not read or compile: other features' code and the heavy libraries they need. */
const MUST_NOT_HOLD: Record<string, RegExp[]> = {
  device: [/^electron\/core\/notice\//, /^electron\/core\/cleanup\//, /^electron\/core\/report\//, /^node_modules\/(yaml|marked)\//],
  catalogue: [/^electron\/core\/notice\//, /^electron\/core\/cleanup\//, /^electron\/core\/report\//, /^node_modules\/(yaml|marked)\//],
  report: [/^electron\/core\/notice\//, /^electron\/core\/cleanup\/(scan|sqlite|text-matcher|address-matcher)/, /^node_modules\/(yaml|marked)\//],
  policy: [/^electron\/core\/notice\//, /^electron\/core\/cleanup\//, /^node_modules\/(yaml|marked)\//],
  signals: [/^electron\/core\/notice\//, /^electron\/core\/cleanup\//, /^node_modules\/(yaml|marked)\//],
  watch: [/^electron\/core\/notice\//, /^electron\/core\/cleanup\/(scan|sqlite|text-matcher|address-matcher)/, /^node_modules\/(yaml|marked)\//],
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
    // sql.js is loaded at run time by the scan alone (never bundled): no other command may even name it.
    expect(text.includes('"sql.js"'), `${name} names sql.js`).toBe(false);
  });

  it('--version starts from a bundle with no command in it', () => {
    const modules = modulesOf(readFileSync(`${dist}version.cjs`, 'utf8'));
    expect(modules.some((m) => m.endsWith('electron/core/cli/run-cli.ts'))).toBe(true);
    expect(modules.filter((m) => /-command\.ts$/.test(m))).toEqual([]);
  });

  it('the checks above can fail: the whole CLI bundle holds the notice renderer, yaml and the sql.js loader', () => {
    const text = readFileSync(`${dist}main.cjs`, 'utf8');
    const modules = modulesOf(text);
    expect(modules.some((m) => m.startsWith('electron/core/notice/'))).toBe(true);
    expect(modules.some((m) => m.startsWith('node_modules/yaml/'))).toBe(true);
    expect(text.includes('"sql.js"')).toBe(true);
  });
});
