// Rewrites the product tables in docs/calls.md and docs/cleanup.md from the product definitions
// (electron/core/products/). `--check` writes nothing and exits 1 when a committed table is out of date.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { importTs, root } from './import-ts.mjs';

const { productDocTables, withTables } = await importTs('electron/core/products/docs-tables.ts');
const check = process.argv.includes('--check');
let stale = 0;
for (const [rel, tables] of Object.entries(productDocTables())) {
  const path = join(root, rel);
  const current = await readFile(path, 'utf8');
  const next = withTables(current, tables);
  if (next === current) continue;
  if (check) {
    console.error(`out of date: ${rel}`);
    stale++;
  } else {
    await writeFile(path, next);
    console.log(`wrote ${rel}`);
  }
}
if (stale > 0) {
  console.error('Run "npm run docs:products" and commit the result.');
  process.exitCode = 1;
}
