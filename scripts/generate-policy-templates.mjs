// Writes the admin templates (ADMX/ADML, example mobileconfig, Jamf schema, Linux example) to build/policy/ from
// the policy schema. `--check` writes nothing and exits 1 when a committed template is out of date.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { importTs, root } from './import-ts.mjs';

const outDir = join(root, 'build/policy');
const templates = (await importTs('electron/core/policy/templates/generate.ts')).policyTemplates();
const check = process.argv.includes('--check');
let stale = 0;
for (const [rel, content] of Object.entries(templates)) {
  const path = join(outDir, rel);
  const current = await readFile(path, 'utf8').catch(() => undefined);
  if (current === content) continue;
  if (check) {
    console.error(`out of date: build/policy/${rel}`);
    stale++;
  } else {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content);
    console.log(`wrote build/policy/${rel}`);
  }
}
if (stale > 0) {
  console.error('Run "npm run policy:generate" and commit the result.');
  process.exitCode = 1;
}
