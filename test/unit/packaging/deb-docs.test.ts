import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkElectronDist, parseDistArgs } from '../../../scripts/dist-linux.mjs';
import { checkChangelog, debControl, debCopyright, packageInfo } from '../../../scripts/package-deb.mjs';
import { PROJECT } from './maintainer-scripts.js';

describe('what the .deb carries besides the app (Debian policy 12.5, 12.7, 5.6.13)', () => {
  it('a machine-readable copyright file with a dated notice and the licence text', async () => {
    const text = debCopyright(await packageInfo(PROJECT));
    expect(text).toMatch(/^Format: https:\/\/www\.debian\.org\/doc\/packaging-manuals\/copyright-format\/1\.0\/\n/);
    expect(text).toMatch(/^Copyright: Copyright © \d{4} Meeting Guard contributors$/m);
    expect(text).toMatch(/^License: MIT\n Permission is hereby granted/m);
  });

  it('the changelog names the version being packaged, and a release without its entry is refused', async () => {
    const info = await packageInfo(PROJECT);
    const changelog = readFileSync(join(PROJECT, 'build/linux/changelog'), 'utf8');
    expect(checkChangelog(changelog, info.version)).toBe(changelog);
    expect(() => checkChangelog(changelog, '9.9.9')).toThrow(/add an entry for 9\.9\.9/);
    expect(changelog).toMatch(/^ -- .+ <.+> {2}\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}$/m);
  });

  it('the extended description is wrapped to 80 columns', async () => {
    const control = debControl(await packageInfo(PROJECT));
    const description = control.split('\n').slice(control.split('\n').findIndex((l) => l.startsWith('Description:')) + 1).filter(Boolean);
    expect(description.length).toBeGreaterThan(0);
    for (const line of description) expect(line.length <= 80 && line.startsWith(' ')).toBe(true);
  });

  it('dist:deb takes --electron-dist DIR and refuses a folder without an electron executable', () => {
    expect(parseDistArgs(['--electron-dist', '/srv/electron-v45'])).toEqual({ electronDist: '/srv/electron-v45' });
    expect(parseDistArgs([])).toEqual({ electronDist: undefined });
    expect(() => parseDistArgs(['--electron'])).toThrow(/unknown argument/);
    expect(() => checkElectronDist('/nonexistent')).toThrow(/no "electron" executable/);
  });
});
