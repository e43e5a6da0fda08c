// Writes the admin templates (ADMX/ADML, example mobileconfig, Jamf schema, Linux example) to build/policy/ from
// the policy schema. `--check` writes nothing and exits 1 when a committed template is out of date.
import { build } from 'esbuild';
import { mkdir, readFile, rm, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'build/policy');

async function loadTemplates() {
  const work = await mkdtemp(join(tmpdir(), 'mg-policy-'));
  const outfile = join(work, 'templates.mjs');
  try {
    await build({
      entryPoints: [join(root, 'electron/core/policy/templates/generate.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      absWorkingDir: root,
      logLevel: 'warning',
    });
    // Externals are resolved from the project, so the bundle is imported from a copy next to node_modules' parent.
    const local = join(root, 'dist', 'policy-templates.mjs');
    await mkdir(dirname(local), { recursive: true });
    await writeFile(local, await readFile(outfile));
    return (await import(`${pathToFileURL(local).href}?t=${Date.now()}`)).policyTemplates();
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

const templates = await loadTemplates();
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
