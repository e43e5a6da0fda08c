// Writes build/fleet/intune-compliance-rules.json from the report's compliance settings.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { importTs, root } from './import-ts.mjs';

const { fleetFiles } = await importTs('electron/core/report/fleet-files.ts');
for (const [rel, content] of Object.entries(fleetFiles())) {
  await writeFile(join(root, rel), content);
  console.log(`wrote ${rel}`);
}
