import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import type { Violation } from './electron-standin.js';

const run = promisify(execFile);

export interface SmokeReport {
  crashed?: string;
  violations: Violation[];
  steps: string[];
  facts: Record<string, unknown>;
}

/**
 * Runs the shell smoke drive (drive-app.ts) on an app folder (package.json + dist/) in a process of its own, with a
 * home of its own in `work`: the app writes its preferences, status file and quarantine there, and finds the kind of
 * data Zoom leaves on Linux (logs and zoomus.conf, as in docs/cleanup.md's sources) to clean up.
 */
export async function runShellSmoke(appDir: string, work: string, options: { packaged: boolean }): Promise<SmokeReport> {
  const driver = join(work, 'drive-app.cjs');
  await build({ entryPoints: [fileURLToPath(new URL('./drive-app.ts', import.meta.url))], outfile: driver, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'error', define: { 'import.meta.url': '__smokeUrl' }, banner: { js: "const __smokeUrl = require('node:url').pathToFileURL(__filename).href;" } });
  const home = join(work, 'home');
  await mkdir(join(home, '.zoom/logs'), { recursive: true });
  await writeFile(join(home, '.zoom/logs/zoom_stdout_stderr.log'), 'login ok for ada.lovelace@example.org from 203.0.113.7\n');
  await mkdir(join(home, '.config'), { recursive: true });
  await writeFile(join(home, '.config/zoomus.conf'), '[General]\nuserEmailAddress=ada.lovelace@example.org\n');
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home, LANG: 'en_GB.UTF-8', MG_SMOKE_WORK: work };
  const { stdout } = await run(process.execPath, [driver, appDir, ...(options.packaged ? ['--packaged'] : [])], { env, cwd: work, maxBuffer: 16 * 1024 * 1024, timeout: 120_000 });
  const last = stdout.trim().split('\n').at(-1) ?? '{}';
  return JSON.parse(last) as SmokeReport;
}
