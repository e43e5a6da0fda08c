import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shellBuildOptions } from '../../../scripts/build.mjs';
import { tempDir } from '../../support/temp.js';

describe('the matcher engine inside a bundle', () => {
  it('is carried by the bundle itself: built as the app\'s bundles are and run far from the checkout, it finds matches', async () => {
    const dir = await tempDir();
    const out = join(dir, 'app.asar.unpacked-like', 'matcher.cjs');
    await build({ ...shellBuildOptions('electron/core/cleanup/text-matcher.ts', out), logLevel: 'silent' });
    const script = `const m = require(${JSON.stringify(out)}); const b = Buffer.from('from 192.0.2.7 to ada@example.org'); const f = [];
      m.findMatches(b, b.length, { found: (k, s, e) => f.push(k + '=' + b.toString('utf8', s, e)) }); console.log(f.join(' '));`;
    // From a folder outside the checkout: no dist/engine/ to fall back on.
    const run = spawnSync(process.execPath, ['-e', script], { cwd: dir, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('ipv4=192.0.2.7 emails=ada@example.org');
  });
});
