import { build } from 'esbuild';
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TestHooks } from '../../electron/tray-app.js';
import { checkedAtBuild, copyTrayIcons, shellBuildOptions, shellEntries } from '../../scripts/build.mjs';

/**
 * A test build of the app in `dir`: the same sources as `npm run build`, plus the test hooks compiled in through
 * esbuild's define. Production bundles never contain them, so nothing at run time can switch them on.
 */
export async function buildTestApp(dir: string, hooks: TestHooks, rendererDir: string): Promise<string> {
  const out = join(dir, 'app');
  await mkdir(join(out, 'dist'), { recursive: true });
  const carried = await checkedAtBuild();
  for (const [entry, file] of shellEntries) {
    const define: Record<string, string> = entry === 'electron/main.ts' ? { __MEETING_GUARD_TEST_HOOKS__: JSON.stringify(hooks) } : {};
    await build({ ...shellBuildOptions(entry, join(out, 'dist', file), define, carried), logLevel: 'error' });
  }
  await cp(rendererDir, join(out, 'dist/renderer'), { recursive: true });
  copyTrayIcons(join(out, 'dist/icons'));
  await writeFile(join(out, 'package.json'), JSON.stringify({ name: 'meeting-guard', productName: 'Meeting Guard', version: '0.0.0-test', main: 'dist/main.cjs' }));
  return out;
}
