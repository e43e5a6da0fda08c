import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findElectron } from '../../../scripts/start.mjs';
import { runNode } from '../../support/cli.js';
import { tempDir } from '../../support/temp.js';
import { PROJECT } from './maintainer-scripts.js';

// The electron package keeps the downloaded binary's path in path.txt and the binary below dist/; an install with
// ELECTRON_SKIP_BINARY_DOWNLOAD=1 (as on this project's build hosts) has neither.
describe('npm start without an Electron binary', () => {
  it('says in one line what to do, and neither builds nor downloads anything', async () => {
    const run = await runNode([join(PROJECT, 'scripts/start.mjs')], { env: { ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent/electron-dist' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual(['npm start: ELECTRON_OVERRIDE_DIST_PATH is /nonexistent/electron-dist, but there is no Electron executable at /nonexistent/electron-dist/electron.']);
  });

  it('an electron package without its binary gets the advice; a downloaded one, or an override folder, is run', async () => {
    const dir = await tempDir('mg-electron-pkg-');
    expect(findElectron({ env: {}, platform: 'linux', packageDir: dir }).advice).toMatch(/^npm start: no Electron binary here .*install\.js.*ELECTRON_OVERRIDE_DIST_PATH/);
    await mkdir(join(dir, 'dist'));
    await writeFile(join(dir, 'path.txt'), 'electron');
    expect(findElectron({ env: {}, platform: 'linux', packageDir: dir }).binary).toBeUndefined();
    await writeFile(join(dir, 'dist/electron'), '#!/bin/sh\n');
    await chmod(join(dir, 'dist/electron'), 0o755);
    expect(findElectron({ env: {}, platform: 'linux', packageDir: dir })).toEqual({ binary: join(dir, 'dist/electron') });
    expect(findElectron({ env: { ELECTRON_OVERRIDE_DIST_PATH: join(dir, 'dist') }, platform: 'linux', packageDir: '/nonexistent' })).toEqual({ binary: join(dir, 'dist/electron') });
  });
});
