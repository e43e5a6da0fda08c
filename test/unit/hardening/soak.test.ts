import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runSoak } from '../../support/soak.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));

describe('soak: 20,000 poll cycles with churning clients and recorders (the million runs in npm run bench)', () => {
  it('no duplicate notice, warning or reminder, and every confirmed call ends with its reminder', () => {
    const r = runSoak(20_000, 42);
    expect(r.calls).toBeGreaterThan(5); // the churn really made calls
    expect(r.warnings).toBeGreaterThan(0);
    expect(r).toMatchObject({ duplicateNotices: 0, duplicateWarnings: 0, duplicateReminders: 0, missedEnds: 0 });
    expect(r.reminders).toBeGreaterThanOrEqual(r.confirmedCalls);
  });

  it('the heap does not grow by 1 MB (measured after gc in a child process)', async () => {
    const out = join(repo, 'dist', 'scripts', `soak-heap-${process.pid}.mjs`);
    await build({
      stdin: { contents: "import { soakHeap } from './test/support/soak-heap.ts';\nconsole.log(JSON.stringify(soakHeap(20000)));\n", resolveDir: repo, loader: 'ts' },
      bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'warning', packages: 'external', absWorkingDir: repo,
    });
    try {
      const { result, growthBytes } = JSON.parse(execFileSync(process.execPath, ['--expose-gc', out], { encoding: 'utf8' })) as { result: { missedEnds: number }; growthBytes: number };
      expect(result.missedEnds).toBe(0);
      expect(growthBytes).toBeLessThan(1024 * 1024);
    } finally {
      await rm(out, { force: true });
    }
  });
});
