import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the build script is plain JavaScript
import { zodTreeShaken } from '../../../scripts/build.mjs';
import { tempDir } from '../../support/temp.js';

// Building zod schemas was a large share of a command's start. Each bundle (built by the tests' global set-up) is
// run with zod's schema constructor counting (test/support/count-schemas.cjs): every schema built is put down to the
// module whose initialisation built it, or to "run" when it was built on first use.
const root = fileURLToPath(new URL('../../../', import.meta.url));
const counter = join(root, 'test/support/count-schemas.cjs');

function schemasBuilt(bundle: string, args: string[]): Record<string, number> {
  const run = spawnSync(process.execPath, [counter, bundle, ...args], { cwd: root, stdio: ['ignore', 'ignore', 'pipe', 'pipe'], timeout: 30_000 });
  expect(run.status, String(run.stderr)).toBe(0);
  return JSON.parse(String(run.output[3])) as Record<string, number>;
}
const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

/** What the two commands never need at start: the products' schema, policy validators, other OSes' probes. */
const NOT_AT_START = /^electron\/core\/(products\/|policy\/(policy-schema|validators|setting-kinds)\.ts|registry\/|device\/(windows|macos)\/|calls\/(windows|macos)-)/;

/** The schemas importing products/schema.ts alone builds, bundled the way the CLI bundles are. */
async function productSchemaAlone(): Promise<Record<string, number>> {
  const outfile = join(await tempDir(), 'product-schema.cjs');
  const { outputFiles } = await build({
    // Imported as a command module is (run-cli.ts loads commands with import()), so esbuild wraps each module in an
    // init function named after its path, as in the CLI's bundles.
    stdin: { contents: "void import('./electron/core/products/schema.ts');", resolveDir: root, loader: 'ts' },
    bundle: true, write: false, format: 'cjs', platform: 'node', target: 'node20', logLevel: 'silent', plugins: [zodTreeShaken],
  });
  await writeFile(outfile, outputFiles[0]!.text);
  return schemasBuilt(outfile, []);
}

describe('zod schemas built at a command start', () => {
  it('catalogue --json builds fewer than the product schema alone would, and none for products, policy or other OSes', async () => {
    const catalogue = schemasBuilt(join(root, `dist/cli/command-catalogue.${process.platform}.cjs`), ['catalogue', '--json']);
    const products = await productSchemaAlone();
    expect(total(catalogue)).toBeLessThan(total(products));
    expect(Object.keys(catalogue).filter((m) => NOT_AT_START.test(m))).toEqual([]);
  });

  it('report builds none for products, policy validators or other OSes', () => {
    const report = schemasBuilt(join(root, `dist/cli/command-report.${process.platform}.cjs`), ['report']);
    expect(total(report)).toBeGreaterThan(0);
    expect(Object.keys(report).filter((m) => NOT_AT_START.test(m))).toEqual([]);
    // The fleet status it prints is built typed and never parsed on the way out: its schema stays a z.lazy wrapper.
    expect(report['electron/core/report/status-model.ts']).toBe(1);
  });

  it('the count can fail: it puts the product schema and what it imports down to their modules', async () => {
    const products = await productSchemaAlone();
    expect(products['electron/core/products/schema.ts']).toBeGreaterThan(50);
    expect(Object.keys(products).filter((m) => NOT_AT_START.test(m))).toContain('electron/core/products/schema.ts');
  });
});
